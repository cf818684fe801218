import type { GalleryImage } from '@/lib/compile/component-props';
import { isWideImage } from '@/lib/compile/responsive-images';
import { contentMessages } from '@/lib/i18n/content-messages';
import { PlainImage } from './lightbox-image';
import { LightboxLink } from './lightbox-link';
import { pageLocale } from '@/lib/render/site';

/**
 * Images that belong together: a grid on wide screens (one column when every image is wide), one
 * under the other on phones.
 * Each image opens the lightbox on the whole gallery (unless `lightbox` is false, in excerpts).
 */
export function Gallery({
  images,
  lightbox = true,
}: {
  images: GalleryImage[];
  lightbox?: boolean;
}) {
  const messages = contentMessages(pageLocale());
  const columns = images.every(isWideImage) ? 1 : Math.min(images.length, 3);
  // The lightbox shows the originals: the smaller copies stay out of its (client) props.
  const items = images.map(({ src, alt, width, height, caption }) => ({
    src,
    alt,
    width,
    height,
    caption,
  }));
  return (
    <ul
      className="gallery not-prose"
      data-columns={columns}
      aria-label={messages.gallery(images.length)}
      role="list"
    >
      {images.map((image, index) => {
        const picture = (
          <PlainImage
            src={image.src}
            srcSet={image.srcSet}
            sizes={image.sizes}
            alt={image.alt}
            width={image.width}
            height={image.height}
          />
        );
        return (
          <li key={`${index}-${image.src}`} className="gallery-item">
            <figure>
              {lightbox ? (
                <LightboxLink images={items} index={index} labels={messages.lightbox}>
                  {picture}
                </LightboxLink>
              ) : (
                picture
              )}
              {image.caption ? <figcaption>{image.caption}</figcaption> : null}
            </figure>
          </li>
        );
      })}
    </ul>
  );
}
