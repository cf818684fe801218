import type { Element, Parents, Root, RootContent } from 'hast';
import type { MdxJsxTextElementHast } from 'mdast-util-mdx-jsx';
import type { JsonValue } from '../estree-json';
import { isJsxElement, jsxAttribute } from '../jsx-nodes';
import { GALLERY_COMPONENT, isImage } from './rehype-gallery';

export const LIGHTBOX_IMAGE_COMPONENT = 'LightboxImage';

/** Images inside these stay as they are: a lightbox link there would nest interactive content. */
const INTERACTIVE = new Set(['a', 'button', 'label', 'picture', 'select', 'summary']);

/** What the image plugin leaves on an image; one with anything else (a class, srcset…) stays raw. */
const PLAIN_IMAGE_PROPERTIES = new Set([
  'src',
  'srcSet',
  'sizes',
  'alt',
  'width',
  'height',
  'title',
  'loading',
  'decoding',
]);

type Data = { [key: string]: JsonValue };

/** The plain data of a checked, sized image, for a component's props. */
function imageData(image: Element, captionKey: 'caption' | 'title'): Data | undefined {
  const { src, srcSet, sizes, alt, width, height, title } = image.properties;
  if (typeof src !== 'string') return undefined;
  const data: Data = { src, alt: typeof alt === 'string' ? alt : '' };
  if (typeof srcSet === 'string') data.srcSet = srcSet;
  if (typeof sizes === 'string') data.sizes = sizes;
  if (typeof width === 'number' || typeof width === 'string') data.width = width;
  if (typeof height === 'number' || typeof height === 'string') data.height = height;
  if (typeof title === 'string' && title !== '') data[captionKey] = title;
  return data;
}

function lightboxImage(image: Element): MdxJsxTextElementHast | undefined {
  if (Object.keys(image.properties).some((name) => !PLAIN_IMAGE_PROPERTIES.has(name))) return;
  const data = imageData(image, 'title');
  // A remote image of unknown size stays a plain image: while it loads, or when it cannot, a
  // link around it would be an empty, invisible stop for the keyboard.
  if (!data || data.width === undefined) return undefined;
  return {
    type: 'mdxJsxTextElement',
    name: LIGHTBOX_IMAGE_COMPONENT,
    attributes: Object.entries(data).map(([name, value]) => jsxAttribute(name, value)),
    children: [],
    position: image.position,
  };
}

function enhance(parent: Parents, interactive: boolean): void {
  parent.children.forEach((child, index) => {
    if (isJsxElement(child, GALLERY_COMPONENT)) {
      const images = child.children
        .filter(isImage)
        .flatMap((image) => imageData(image, 'caption') ?? []);
      child.attributes = [jsxAttribute('images', images)];
      child.children = [];
      return;
    }
    if (isImage(child)) {
      const replacement = interactive ? undefined : lightboxImage(child);
      if (replacement) parent.children[index] = replacement;
      return;
    }
    if (child.type === 'element') enhance(child, interactive || INTERACTIVE.has(child.tagName));
    else if (child.type === 'mdxJsxFlowElement' || child.type === 'mdxJsxTextElement')
      enhance(child, interactive || INTERACTIVE.has(child.name ?? ''));
  });
}

/** Whitespace between blocks, and `import`/`export` lines: not what a reader sees first. */
function isFiller(node: RootContent): boolean {
  return (node.type === 'text' && node.value.trim() === '') || node.type === 'mdxjsEsm';
}

/**
 * A post that opens with an image (a cover above its first words) gets it loaded first
 * (`priority`): it is the largest thing on the first screen, which a lazy image would delay.
 */
function markLeadImage(tree: Root): void {
  const first = tree.children.find((node) => !isFiller(node));
  if (first?.type !== 'element' || first.tagName !== 'p') return;
  const content = first.children.filter((node) => !isFiller(node));
  const [only] = content;
  if (content.length === 1 && only && isJsxElement(only, LIGHTBOX_IMAGE_COMPONENT))
    only.attributes.push(jsxAttribute('priority', true));
}

/**
 * Hands images to the components that add the lightbox, after the image plugin checked and
 * sized them: a gallery gets its images as an `images` prop; a standalone image becomes
 * `<LightboxImage>`, loaded first when the post opens with it. Images inside links, buttons or
 * `<picture>` stay plain `<img>`.
 */
export function rehypeLightbox() {
  return (tree: Root) => {
    enhance(tree, false);
    markLeadImage(tree);
  };
}
