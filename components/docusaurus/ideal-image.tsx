import type { ComponentType } from 'react';
import { LightboxImage, PlainImage } from '@/components/gallery/lightbox-image';
import type { LightboxImageProps } from '@/lib/compile/component-props';
import { useBaseUrlUtils } from './base-url';

/** What `require('./x.png')` gives: a URL, or an object holding one (and perhaps its size). */
export type IdealImageSource =
  | string
  | {
      src?: string | { src?: string; width?: number; height?: number };
      width?: number;
      height?: number;
    }
  | { default?: IdealImageSource };

export type IdealImageProps = {
  img: IdealImageSource;
  alt?: string;
  title?: string;
};

type Image = { src: string; width?: number; height?: number };

const size = (value: unknown): number | undefined =>
  typeof value === 'number' && value > 0 ? value : undefined;

function withSize(src: string, width: unknown, height: unknown): Image {
  const w = size(width);
  const h = size(height);
  return {
    src,
    ...(w === undefined ? {} : { width: w }),
    ...(h === undefined ? {} : { height: h }),
  };
}

/**
 * The image an `img` prop names: a URL string, `{ src: url }`, `{ src: { src, width, height } }`
 * (the ideal-image plugin's shape), `{ src, width, height }`, or a module's `{ default: … }`.
 */
export function idealImageSource(img: unknown): Image | undefined {
  if (typeof img === 'string') return img === '' ? undefined : { src: img };
  if (typeof img !== 'object' || img === null) return undefined;
  const { src, width, height } = img as { src?: unknown; width?: unknown; height?: unknown };
  if (typeof src === 'string' && src !== '') return withSize(src, width, height);
  if (typeof src === 'object' && src !== null) {
    const inner = src as { src?: unknown; width?: unknown; height?: unknown };
    if (typeof inner.src === 'string' && inner.src !== '')
      return withSize(inner.src, inner.width, inner.height);
  }
  if ('default' in img) return idealImageSource((img as { default?: unknown }).default);
  return undefined;
}

function idealImage(Image: ComponentType<LightboxImageProps>) {
  return function IdealImage({ img, alt = '', title }: IdealImageProps) {
    const image = idealImageSource(img);
    if (!image) throw new Error('<IdealImage> needs img={require("./image.png")} or a URL');
    const { withBaseUrl } = useBaseUrlUtils();
    return (
      <Image
        {...image}
        src={withBaseUrl(image.src)}
        alt={alt}
        {...(title === undefined ? {} : { title })}
      />
    );
  };
}

/**
 * Docusaurus's `<IdealImage img={require('./x.png')} alt="…" />`: the engine's content image,
 * sized when the size is known, loaded lazily, opening in the lightbox.
 */
export const IdealImage = idealImage(LightboxImage);

/** The same in lists, where images do not zoom (as `excerptComponents` does for Markdown). */
export const PlainIdealImage = idealImage(PlainImage);
