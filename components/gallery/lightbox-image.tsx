import type { LightboxImageProps } from '@/lib/compile/component-props';
import { contentMessages } from '@/lib/i18n/content-messages';
import { LightboxLink } from './lightbox-link';
import { pageLocale } from '@/lib/render/site';

/**
 * A content image as the post shows it: sized, loaded lazily (the one a post opens with, at
 * once), without a lightbox (excerpts).
 */
export function PlainImage({
  src,
  srcSet,
  sizes,
  alt,
  width,
  height,
  title,
  priority = false,
}: LightboxImageProps) {
  return (
    // A static export serves files as they are; the compile step already set width and height.
    // eslint-disable-next-line @next/next/no-img-element
    <img
      src={src}
      srcSet={srcSet}
      sizes={sizes}
      alt={alt}
      width={width}
      height={height}
      title={title}
      loading={priority ? 'eager' : 'lazy'}
      fetchPriority={priority ? 'high' : undefined}
      decoding="async"
    />
  );
}

/** A standalone content image that opens in the lightbox (its title, if any, is the caption). */
export function LightboxImage(props: LightboxImageProps) {
  const { src, alt, width, height, title } = props;
  return (
    <LightboxLink
      images={[{ src, alt, width, height, caption: title }]}
      index={0}
      labels={contentMessages(pageLocale()).lightbox}
    >
      <PlainImage {...props} />
    </LightboxLink>
  );
}
