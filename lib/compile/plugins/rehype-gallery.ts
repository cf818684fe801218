import type { Element, ElementContent, Root, RootContent } from 'hast';
import { SKIP, visit } from '../visit';
import { z } from 'zod';
import { describeIssues } from '../../validation';
import type { CompileContext } from '../context';
import type { JsxElement } from '../jsx-nodes';
import { isJsxElement, jsxProps } from '../jsx-nodes';

export const GALLERY_COMPONENT = 'Gallery';

const text = () => z.string({ error: 'must be a string' });

const imagesSchema = z.object({
  images: z
    .array(
      z.strictObject(
        {
          src: text().trim().min(1, { error: 'must not be empty' }),
          alt: text(),
          caption: text().optional(),
        },
        {
          error: (issue) =>
            issue.code === 'unrecognized_keys'
              ? `has unknown keys ${issue.keys.map((key) => `"${key}"`).join(', ')} (use "src", "alt" and "caption")`
              : 'must be an object with "src", "alt" and optionally "caption"',
        },
      ),
      { error: 'must be a list of images' },
    )
    .min(1, { error: 'must hold at least one image' }),
});

type Found = RootContent | ElementContent;

type Image = Element & { tagName: 'img' };

export function isImage(node: Found): node is Image {
  return node.type === 'element' && node.tagName === 'img';
}

function isFiller(node: Found): boolean {
  if (node.type === 'text') return node.value.trim() === '';
  return node.type === 'comment' || (node.type === 'element' && node.tagName === 'br');
}

/** The images of a paragraph that holds nothing else (line breaks aside). */
function imagesOnly(paragraph: Element): Element[] | undefined {
  const images = paragraph.children.filter(isImage);
  return paragraph.children.every((child) => isImage(child) || isFiller(child))
    ? images
    : undefined;
}

function describe(node: Found): string {
  if (node.type === 'element') return `<${node.tagName}>`;
  if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement')
    return `<${node.name ?? ''}>`;
  if (node.type === 'text') return `text "${node.value.trim().slice(0, 30)}"`;
  return node.type;
}

/**
 * Galleries, in one shape for the lightbox plugin: a `Gallery` element holding `<img>` elements
 * (so that the image plugin checks and sizes them). It comes from `<Gallery>` with images as
 * children (Markdown or `<img>`), from `<Gallery images={[{ src, alt, caption }]} />`, or from
 * a paragraph that holds only two or more images. A caption travels as the image's `title`.
 */
export function rehypeGallery(context: Pick<CompileContext, 'file' | 'facts'>) {
  const problem = (node: { position?: Element['position'] }, message: string) =>
    context.facts.problems.push({
      file: context.file,
      line: node.position?.start.line,
      column: node.position?.start.column,
      message,
    });

  function imageOfJsx(node: JsxElement): Element | undefined {
    const { values, dynamic } = jsxProps(node);
    const src = values.get('src');
    const alt = values.get('alt');
    const title = values.get('title');
    if (dynamic.length > 0 || typeof src !== 'string' || typeof alt !== 'string') {
      problem(node, '<img> in <Gallery> needs plain text "src" and "alt" attributes');
      return undefined;
    }
    const properties: Element['properties'] = { src, alt };
    if (typeof title === 'string') properties.title = title;
    return { type: 'element', tagName: 'img', properties, children: [], position: node.position };
  }

  function imagesIn(nodes: Found[]): Element[] {
    const images: Element[] = [];
    for (const node of nodes) {
      // A JSX <img> becomes an element the image plugin can check and size.
      const item = isJsxElement(node, 'img') ? imageOfJsx(node) : node;
      if (item === undefined) continue;
      if (isImage(item)) images.push(item);
      else if (item.type === 'element' && item.tagName === 'p')
        images.push(...imagesIn(item.children));
      else if (!isFiller(item))
        problem(item, `<Gallery> may only hold images (found ${describe(item)})`);
    }
    return images;
  }

  function imagesFromProp(node: JsxElement, value: unknown): Element[] {
    const parsed = imagesSchema.safeParse({ images: value });
    if (!parsed.success) {
      for (const issue of describeIssues(parsed.error, { images: value }))
        problem(node, `<Gallery> ${issue.message}`);
      return [];
    }
    return parsed.data.images.map(({ src, alt, caption }) => ({
      type: 'element',
      tagName: 'img',
      properties: caption === undefined ? { src, alt } : { src, alt, title: caption },
      children: [],
      position: node.position,
    }));
  }

  function normalize(node: JsxElement): void {
    const { values, dynamic } = jsxProps(node);
    const unknown = [...values.keys()].filter((name) => name !== 'images');
    if (dynamic.length > 0 || unknown.length > 0) {
      const names = [...dynamic, ...unknown].map((name) => `"${name}"`).join(', ');
      problem(
        node,
        `<Gallery> takes images as children or as a plain "images={[{ src, alt, caption }]}" list, not ${names}`,
      );
      return;
    }
    const hasChildren = node.children.some((child) => !isFiller(child));
    if (values.has('images') && hasChildren) {
      problem(node, '<Gallery> takes images either as children or as "images", not both');
      return;
    }
    const images = values.has('images')
      ? imagesFromProp(node, values.get('images'))
      : imagesIn(node.children);
    if (!values.has('images') && images.length === 0 && !hasChildren)
      problem(node, '<Gallery> needs at least one image');
    node.attributes = [];
    node.children = images;
  }

  return (tree: Root) => {
    visit(tree, (node, index, parent) => {
      if (isJsxElement(node, GALLERY_COMPONENT)) {
        normalize(node);
        return SKIP;
      }
      if (node.type !== 'element' || node.tagName !== 'p' || !parent || index === undefined) return;
      const images = imagesOnly(node);
      if (!images || images.length < 2) return;
      parent.children[index] = {
        type: 'mdxJsxFlowElement',
        name: GALLERY_COMPONENT,
        attributes: [],
        children: images,
        position: node.position,
      };
      return SKIP;
    });
  };
}
