/** What the compile step hands to the content components, checked and complete. */

/** An image of a gallery; sizes are known when the file is local. */
export type GalleryImage = {
  src: string;
  /** Smaller copies of a local image (lib/compile/responsive-images.ts) and the space it takes. */
  srcSet?: string;
  sizes?: string;
  alt: string;
  width?: number;
  height?: number;
  /** Shown under the image and in the lightbox (which otherwise shows the alt text). */
  caption?: string;
};

/** A standalone content image; width and height may be what raw HTML said (`"50%"`). */
export type LightboxImageProps = {
  src: string;
  srcSet?: string;
  sizes?: string;
  alt: string;
  width?: number | string;
  height?: number | string;
  title?: string;
  /** The image a post opens with: loaded at once, before other images. */
  priority?: boolean;
};

export type PullRequestRow = { number: number; title: string; category: string };

export type PullRequestTableProps = {
  /** `owner/name` on GitHub. */
  repo: string;
  rows: PullRequestRow[];
};
