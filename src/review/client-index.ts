/**
 * The script of the index page, inlined as a string. The rows travel as JSON; only one page
 * of them (PAGE_SIZE) is in the DOM at a time, so ten thousand documents open at once.
 * Cells are filled with textContent only.
 */
export const PAGE_SIZE = 100;

export const INDEX_SCRIPT = String.raw`(function(){
'use strict';
var PAGE=${PAGE_SIZE};
var rows=JSON.parse(document.getElementById('rows').textContent);
// a row: [href, path, department, year, kind, layout, figures, indicators, warnings, error, codes, file name]
var COLS=[[11,'document',0],[2,'department',0],[3,'year',1],[4,'kind',0],[5,'layout',0],[6,'figures',1],[7,'indicators',1],[8,'warnings',1],[9,'error',0]];
var state={sort:11,dir:1,code:'',page:0};
var view=rows.slice();
var body=document.getElementById('body');
var info=document.getElementById('info');
var heads=document.querySelectorAll('table.rows th');
function cmp(a,b){
  var x=a[state.sort],y=b[state.sort];
  if(x===y)return a[1]<b[1]?-1:a[1]>b[1]?1:0;
  if(x===null)return 1;if(y===null)return -1;
  return (x<y?-1:1)*state.dir;
}
function refresh(){
  var c=state.code;
  view=c===''?rows.slice():c==='*error'?rows.filter(function(r){return r[9]!==null;}):rows.filter(function(r){return r[10].indexOf(c)>=0;});
  view.sort(cmp);
  state.page=Math.min(state.page,Math.max(0,Math.ceil(view.length/PAGE)-1));
  render();
}
function td(text,cls){var e=document.createElement('td');if(cls)e.className=cls;e.textContent=text==null?'—':String(text);return e;}
function render(){
  var start=state.page*PAGE,end=Math.min(view.length,start+PAGE);
  var frag=document.createDocumentFragment();
  for(var i=start;i<end;i++){
    var r=view[i],tr=document.createElement('tr');
    var first=document.createElement('td'),a=document.createElement('a');
    a.href=r[0];a.textContent=r[11];a.title=r[1];first.appendChild(a);tr.appendChild(first);
    tr.appendChild(td(r[2]));tr.appendChild(td(r[3],'n'));tr.appendChild(td(r[4]));tr.appendChild(td(r[5]));
    tr.appendChild(td(r[6],'n'));tr.appendChild(td(r[7],'n'));tr.appendChild(td(r[8],'n'));tr.appendChild(td(r[9],r[9]?'err':''));
    frag.appendChild(tr);
  }
  body.textContent='';body.appendChild(frag);
  var pages=Math.max(1,Math.ceil(view.length/PAGE));
  info.textContent=(view.length?(start+1)+'–'+end:'0')+' of '+view.length+' documents · page '+(state.page+1)+' of '+pages;
  document.getElementById('prev').disabled=state.page===0;
  document.getElementById('next').disabled=state.page>=pages-1;
  heads.forEach(function(th,i){th.setAttribute('aria-sort',COLS[i][0]===state.sort?(state.dir>0?'ascending':'descending'):'none');});
}
heads.forEach(function(th,i){
  th.querySelector('button').addEventListener('click',function(){
    var k=COLS[i][0];
    if(state.sort===k)state.dir=-state.dir;else{state.sort=k;state.dir=COLS[i][2]?-1:1;}
    state.page=0;refresh();
  });
});
var select=document.getElementById('code');
select.addEventListener('change',function(e){state.code=e.target.value;state.page=0;refresh();});
document.querySelectorAll('[data-code]').forEach(function(g){g.addEventListener('click',function(){select.value=g.getAttribute('data-code');state.code=select.value;state.page=0;refresh();});});
document.getElementById('prev').addEventListener('click',function(){if(state.page>0){state.page--;render();}});
document.getElementById('next').addEventListener('click',function(){state.page++;refresh();});
refresh();
document.body.setAttribute('data-ready','1');
})();`;
