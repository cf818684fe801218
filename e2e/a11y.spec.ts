import { axePages } from './axe';

axePages({
  home: '/',
  post: '/2026/02/20/kube-rs-contribution/',
  'tags index': '/tags/',
  tag: '/tags/kube-rs/',
  archive: '/archive/',
  authors: '/authors/',
  author: '/authors/doxxx/',
  search: '/search/?q=기여',
  '404': '/no/such/page/',
});
