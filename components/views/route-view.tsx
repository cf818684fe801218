import { AuthorPosts } from '@/components/post/author-posts';
import { TagPosts } from '@/components/post/tag-posts';
import { getBlog, ui } from '@/lib/render/site';
import { isSidebarSource } from '@/lib/routes/blog-sidebar';
import type { PageRoute } from '@/lib/routes/table';
import { ArchiveView } from './archive-view';
import { AuthorsView } from './authors-view';
import { BlogView } from './blog-view';
import { NotFoundView } from './not-found-view';
import { PageView } from './page-view';
import { PostView } from './post-view';
import { RedirectView } from './redirect-view';
import { SearchView } from './search-view';
import { TagsView } from './tags-view';

/** The view of a page of the route table. */
export function RouteView({ route }: { route: PageRoute }) {
  const t = ui();
  const routes = getBlog().routes();
  switch (route.kind) {
    case 'blog':
      return <BlogView list={route.list} sidebarSource={isSidebarSource(route)} />;
    case 'post':
      return <PostView post={route.post} newer={route.newer} older={route.older} />;
    case 'tags':
      return <TagsView groups={routes.tagGroups} />;
    case 'tag':
      return <TagPosts tag={route.tag} page={route.list} />;
    case 'archive':
      return <ArchiveView years={routes.archive} />;
    case 'authors':
      return <AuthorsView authors={routes.authors} />;
    case 'author':
      return <AuthorPosts author={route.author} page={route.list} />;
    case 'search':
      return <SearchView />;
    case 'redirect':
      return <RedirectView to={route.to} label={t.blog} />;
    case 'page':
      return <PageView page={route.post} />;
    case 'not-found':
      return <NotFoundView />;
  }
}
