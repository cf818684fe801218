/**
 * Runs in <head>, before first paint: applies the reader's saved theme (`light`/`dark` on
 * <html>; none means the system decides, in CSS), marks that JavaScript runs (`js`), and makes
 * every `[data-theme-toggle]` button cycle system → light → dark, saving the choice. A few
 * hundred bytes inline instead of a React island on every page.
 */
const script = `(function(){
var d=document.documentElement,order=['system','light','dark'],cur='system';
try{var s=localStorage.getItem('theme');if(s==='light'||s==='dark')cur=s}catch(e){}
function apply(){d.classList.remove('light','dark');if(cur!=='system')d.classList.add(cur);d.setAttribute('data-theme',cur);
var b=document.querySelectorAll('[data-theme-toggle]');for(var i=0;i<b.length;i++){var l=b[i].getAttribute('data-label-'+cur);b[i].setAttribute('aria-label',l);b[i].setAttribute('title',l)}}
d.classList.add('js');apply();
document.addEventListener('DOMContentLoaded',apply);
document.addEventListener('click',function(e){var t=e.target;if(!t||!t.closest||!t.closest('[data-theme-toggle]'))return;
cur=order[(order.indexOf(cur)+1)%3];try{cur==='system'?localStorage.removeItem('theme'):localStorage.setItem('theme',cur)}catch(x){}apply()});
})()`;

export function ThemeScript() {
  return <script dangerouslySetInnerHTML={{ __html: script }} />;
}
