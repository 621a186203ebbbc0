/**
 * The script of a document page, inlined as a string. It builds the tooltip of a mark with
 * DOM calls and textContent only (the document's words are never parsed as HTML), jumps to
 * lines from the side panel, and moves between warnings with n / p.
 */
export const DOCUMENT_SCRIPT = String.raw`(function(){
'use strict';
var data=JSON.parse(document.getElementById('data').textContent);
var tip=document.getElementById('tip');
function el(tag,cls,text){var e=document.createElement(tag);if(cls)e.className=cls;if(text!=null)e.textContent=text;return e;}
function related(line){return data.warnings.filter(function(w){return w.line===line||(w.lines&&w.lines.indexOf(line)>=0);});}
function show(mark){
  var ids=(mark.getAttribute('data-m')||'').split(' ').filter(Boolean).map(Number);
  tip.textContent='';
  var line=mark.hasAttribute('data-wl')?Number(mark.getAttribute('data-wl')):null;
  ids.forEach(function(id){
    var m=data.marks[id];if(!m)return;line=m.l;
    var d=el('div');
    d.appendChild(el('div','p',m.p));
    d.appendChild(el('div',null,m.k+': '+m.v));
    d.appendChild(el('div',null,'raw: '+m.r+' · line '+m.l+(m.at?' (written on lines '+m.at.join(', ')+' of its row)':'')+(mark.classList.contains('whole')?' (not found on the line)':'')));
    if(m.f.length)d.appendChild(el('div',null,m.f.join(' · ')));
    tip.appendChild(d);
  });
  if(line!==null)related(line).forEach(function(w){
    var d=el('div','w',w.code+': '+w.message);
    if(w.lines&&w.lines.length)d.appendChild(el('div',null,'lines: '+w.lines.join(', ')));
    tip.appendChild(d);
  });
  tip.hidden=false;
  var r=mark.getBoundingClientRect();
  var top=r.bottom+6;if(top+tip.offsetHeight>innerHeight)top=Math.max(4,r.top-tip.offsetHeight-6);
  tip.style.top=top+'px';
  tip.style.left=Math.max(4,Math.min(r.left,innerWidth-tip.offsetWidth-8))+'px';
}
function hide(){tip.hidden=true;}
function markOf(t){return t&&t.closest?t.closest('.m,.wn'):null;}
document.addEventListener('mouseover',function(e){var m=markOf(e.target);if(m)show(m);});
document.addEventListener('mouseout',function(e){if(markOf(e.target))hide();});
document.addEventListener('focusin',function(e){var m=markOf(e.target);if(m)show(m);else hide();});
document.addEventListener('focusout',function(e){if(markOf(e.target))hide();});
function jump(line){
  var l=document.getElementById('L'+line);if(!l)return false;
  l.scrollIntoView({block:'center'});
  l.classList.remove('hit');void l.offsetWidth;l.classList.add('hit');
  if(history.replaceState)history.replaceState(null,'','#L'+line);
  return true;
}
var nav=[];
document.querySelectorAll('#warnings a[data-w]').forEach(function(a){nav.push(a);});
nav.sort(function(a,b){return a.getAttribute('data-line')-b.getAttribute('data-line');});
var cur=-1;
function select(i){
  if(!nav.length)return;
  cur=(i+nav.length)%nav.length;
  document.querySelectorAll('#warnings li.cur').forEach(function(li){li.classList.remove('cur');});
  var a=nav[cur];a.parentNode.classList.add('cur');
  a.scrollIntoView({block:'nearest'});
  jump(a.getAttribute('data-line'));
}
document.addEventListener('click',function(e){
  var a=e.target.closest&&e.target.closest('a[data-line]');if(!a)return;
  e.preventDefault();
  var i=nav.indexOf(a);
  if(i>=0)select(i);else jump(a.getAttribute('data-line'));
});
document.addEventListener('keydown',function(e){
  if(e.ctrlKey||e.metaKey||e.altKey)return;
  var t=e.target;if(t&&(t.tagName==='INPUT'||t.tagName==='TEXTAREA'||t.tagName==='SELECT'))return;
  if(e.key==='n'){select(cur+1);e.preventDefault();}
  else if(e.key==='p'){select(cur<0?nav.length-1:cur-1);e.preventDefault();}
  else if(e.key==='Escape')hide();
});
if(/^#L\d+$/.test(location.hash))jump(location.hash.slice(2));
})();`;
