import { axePages } from './axe';

// Corpus posts carry what the real site's post does not: code in three languages, tables,
// lists and images. Their colours must read well in both themes too.
axePages({
  'post with Rust code': '/2019/01/01/p00079-notes-cache/',
  'post with TypeScript code': '/2019/07/13/p00025-archive-tags/',
  'post with YAML code': '/2019/11/11/p00043-guide-tags/',
  'Korean tag page 2': '/tags/오픈소스/page/2/',
  'list page 2': '/page/2/',
});
