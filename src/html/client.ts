/**
 * The page's only script (inlined; without it links still jump and `:target` still highlights). A
 * click on a link to a sentence or section (a check's evidence, a timeline mark, a stage's event)
 * scrolls to it, centres it and gives it the `is-target` class; a tap on a highlighted entity, date or
 * citation shows its normalised value in a box (touch screens have no hover). On a narrow screen the
 * timeline, which pans sideways, starts at the first stage.
 */
export const CLIENT_JS = `(function(){
var current=null,tip=document.getElementById('tip');
function go(id){
 var el=document.getElementById(id);
 if(!el)return false;
 if(current)current.classList.remove('is-target');
 el.classList.add('is-target');current=el;
 if(!el.hasAttribute('tabindex'))el.setAttribute('tabindex','-1');
 el.scrollIntoView({block:'center',inline:'nearest'});
 try{el.focus({preventScroll:true});}catch(e){}
 try{history.replaceState(null,'','#'+id);}catch(e){}
 return true;
}
document.addEventListener('click',function(ev){
 var t=ev.target;if(!t||!t.closest)return;
 var link=t.closest('a[href^="#sent-"],a[href^="#sec-"]');
 if(link){if(go(link.getAttribute('href').slice(1)))ev.preventDefault();return;}
 if(!tip)return;
 var m=t.closest('mark[title]');
 if(m){tip.textContent=m.getAttribute('title');tip.hidden=false;}else tip.hidden=true;
});
document.addEventListener('keydown',function(ev){if(ev.key==='Escape'&&tip)tip.hidden=true;});
var pan=document.querySelector('.timeline-scroll'),band=pan&&pan.querySelector('.tl-band rect');
if(band&&pan.scrollWidth>pan.clientWidth)pan.scrollLeft=Math.max(0,band.getBoundingClientRect().left-pan.getBoundingClientRect().left-24);
if(location.hash.length>1){var id=decodeURIComponent(location.hash.slice(1));if(/^sent-/.test(id))go(id);}
})();`;
