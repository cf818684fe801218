import fs from 'node:fs';
import path from 'node:path';
import type { Root } from 'hast';
import { SKIP, visit } from '../visit';
import type { PullRequestTableProps } from '../component-props';
import type { CompileContext } from '../context';
import { isExternal, isInside } from '../local-files';
import type { JsxElement } from '../jsx-nodes';
import { isJsxElement, jsxAttribute, jsxProps } from '../jsx-nodes';
import { checkPullRequestTable, readPullRequestFile } from '../pull-requests';

/** The file a path leads to (through symlinks), or the path when it does not exist. */
function realPath(file: string): string {
  try {
    return fs.realpathSync(file);
  } catch {
    return file;
  }
}

export const PULL_REQUEST_TABLE_COMPONENT = 'PullRequestTable';

const DATA_EXTENSIONS = ['.yml', '.yaml', '.json'];

type Context = Pick<CompileContext, 'file' | 'postDir' | 'rootDir' | 'facts'>;

/**
 * `<PullRequestTable repo="owner/name" rows={[…]} />` or `<PullRequestTable data="./prs.yml" />`:
 * the rows are checked while compiling (a data file is read then, relative to the post) and the
 * component always gets plain `repo` and `rows` props.
 */
export function rehypePullRequestTable(context: Context) {
  const tag = `<${PULL_REQUEST_TABLE_COMPONENT}>`;

  function problem(node: JsxElement, message: string): undefined {
    context.facts.problems.push({
      file: context.file,
      line: node.position?.start.line,
      column: node.position?.start.column,
      message: `${tag} ${message}`,
    });
    return undefined;
  }

  function fromFile(node: JsxElement, data: string): PullRequestTableProps | undefined {
    const where = `data="${data}"`;
    if (data.startsWith('/') || isExternal(data))
      return problem(node, `${where}: the data file must be a path relative to the post`);
    const file = path.resolve(context.postDir, data);
    if (!isInside(context.rootDir, file) || !isInside(context.rootDir, realPath(file)))
      return problem(node, `${where}: the data file must be inside the project`);
    const shown = path.join(path.dirname(context.file), path.relative(context.postDir, file));
    if (!DATA_EXTENSIONS.includes(path.extname(file)))
      return problem(node, `${where}: the data file must be ${DATA_EXTENSIONS.join(', ')}`);
    if (!fs.existsSync(file) || !fs.statSync(file).isFile())
      return problem(node, `${where}: there is no file ${shown}`);
    context.facts.dependencies.files.push(file);
    const read = readPullRequestFile(fs.readFileSync(file, 'utf8'), shown);
    if (read.ok) return read.table;
    context.facts.problems.push(...read.problems);
    return undefined;
  }

  function tableOf(node: JsxElement): PullRequestTableProps | undefined {
    const { values, dynamic } = jsxProps(node);
    if (dynamic.length > 0)
      return problem(
        node,
        `needs plain data, not JavaScript, in ${dynamic.map((name) => `"${name}"`).join(', ')}`,
      );
    if (node.children.some((child) => child.type !== 'text' || child.value.trim() !== ''))
      return problem(node, 'takes no children: give "repo" and "rows", or "data"');
    const data = values.get('data');
    if (data !== undefined) {
      if (typeof data !== 'string')
        return problem(node, '"data" must be a path such as "./prs.yml"');
      if (values.size > 1)
        return problem(node, 'takes either "data" or "repo" and "rows", not both');
      return fromFile(node, data);
    }
    const checked = checkPullRequestTable(Object.fromEntries(values));
    if (checked.ok) return checked.table;
    for (const issue of checked.issues) problem(node, issue.message);
    return undefined;
  }

  return (tree: Root) => {
    visit(tree, (node) => {
      if (!isJsxElement(node, PULL_REQUEST_TABLE_COMPONENT)) return;
      const table = tableOf(node);
      if (table) {
        node.attributes = [
          jsxAttribute('repo', table.repo),
          jsxAttribute(
            'rows',
            table.rows.map(({ number, title, category }) => ({ number, title, category })),
          ),
        ];
      }
      return SKIP;
    });
  };
}
