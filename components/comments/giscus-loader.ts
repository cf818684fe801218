/**
 * The script that loads giscus under a post: only once the reader scrolls near the comments
 * (giscus's client and its iframe are ~100 KB a reader who never gets there should not pay
 * for), with the site's theme, and following it when the reader switches. Inline and under
 * 1 KB, so a page without comments carries none of it.
 *
 * It reads its settings from `data-giscus` on its parent and puts giscus's script in the
 * parent's `.giscus` element, which React leaves alone (components/comments/comments.tsx).
 */
export const GISCUS_ORIGIN = 'https://giscus.app';

export const GISCUS_LOADER = `(function(){
var s=document.currentScript,box=s.parentNode,c=JSON.parse(box.getAttribute('data-giscus')),d=document.documentElement;
function theme(){return d.classList.contains('dark')?'dark':d.classList.contains('light')?'light':'preferred_color_scheme'}
function load(){var g=document.createElement('script');g.src='${GISCUS_ORIGIN}/client.js';g.async=true;g.crossOrigin='anonymous';
for(var k in c)g.setAttribute('data-'+k,c[k]);g.setAttribute('data-theme',theme());box.querySelector('.giscus').appendChild(g);
new MutationObserver(function(){var f=box.querySelector('iframe.giscus-frame');
if(f&&f.contentWindow)f.contentWindow.postMessage({giscus:{setConfig:{theme:theme()}}},'${GISCUS_ORIGIN}')}).observe(d,{attributes:true,attributeFilter:['class']})}
if(!('IntersectionObserver' in window))return load();
var o=new IntersectionObserver(function(e){if(e[0].isIntersecting){o.disconnect();load()}},{rootMargin:'800px 0px'});o.observe(box);
})()`;
