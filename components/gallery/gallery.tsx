import type { GalleryImage } from '@/lib/compile/component-props';
import { contentMessages } from '@/lib/i18n/content-messages';
import { PlainImage } from './lightbox-image';
import { LightboxLink } from './lightbox-link';
import { site } from '@/lib/render/site';

/**
 * Images that belong together: a grid on wide screens, a row that scrolls sideways on phones.
 * Each image opens the lightbox on the whole gallery (unless `lightbox` is false, in excerpts).
 */
export function Gallery({
  images,
  lightbox = true,
}: {
  images: GalleryImage[];
  lightbox?: boolean;
}) {
  const messages = contentMessages(site.defaultLocale);
  const columns = Math.min(images.length, 3);
  return (
    <ul
      className="gallery not-prose"
      data-columns={columns}
      aria-label={messages.gallery(images.length)}
      role="list"
    >
      {images.map((image, index) => {
        const picture = (
          <PlainImage src={image.src} alt={image.alt} width={image.width} height={image.height} />
        );
        return (
          <li key={`${index}-${image.src}`} className="gallery-item">
            <figure>
              {lightbox ? (
                <LightboxLink images={images} index={index} labels={messages.lightbox}>
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
