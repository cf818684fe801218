/**
 * Runs before first paint: applies the reader's saved theme (`light`/`dark`; none means the
 * system decides, in CSS) and marks that JavaScript runs, so JS-only controls may show.
 */
const script = `(function(){var d=document.documentElement;d.classList.add('js');try{var t=localStorage.getItem('theme');if(t==='light'||t==='dark')d.classList.add(t)}catch(e){}})()`;

export function ThemeScript() {
  return <script dangerouslySetInnerHTML={{ __html: script }} />;
}
