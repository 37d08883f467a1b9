const fs=require('fs');
const {paragraphContext}=require('./dist/extractors/context.js');
const R=require('./dist/extractors/registry.js');
const {readParagraph}=require('./dist/extractors/run.js');
const paras=[];
for(const f of fs.readdirSync('/tmp/subbase')){ if(!f.endsWith('.json')||f.startsWith('_'))continue; const d=JSON.parse(fs.readFileSync('/tmp/subbase/'+f)); for(const p of d.paragraphs||[]) if(p.lang==='zh'||p.lang==='en') paras.push(p);}
console.log('paragraphs',paras.length);
// pre-tokenise so jieba isn't timed
const ctxs=paras.map(p=>{const c=paragraphContext(p.text,p.lang);c.tokens();c.tokenIndex();return c;});
const times=[];
for (const [kind,reg] of Object.entries({dates:R.DATE_RULES,counts:R.COUNT_RULES,places:R.PLACE_RULES,agreements:R.AGREEMENT_RULES})) for (const lang of ['zh','en']) for (const rule of reg[lang]) {
  const t=performance.now(); for(let k=0;k<2;k++) for(const c of ctxs) if(c.lang===lang) { try{ rule.find(c,{places:[],dates:[]},[]);}catch(e){} }
  times.push([(performance.now()-t)/2, kind, lang, rule.id]); }
times.sort((a,b)=>b[0]-a[0]); for(const t of times.slice(0,30)) console.log(t[0].toFixed(0).padStart(6), t.slice(1).join(' '));
console.log('sum', times.reduce((a,b)=>a+b[0],0).toFixed(0));
let t=performance.now(); for(const p of paras) readParagraph(p.text,p.lang); console.log('readParagraph all (incl jieba)', (performance.now()-t).toFixed(0));
t=performance.now(); for(const p of paras) readParagraph(p.text,p.lang); console.log('readParagraph all again', (performance.now()-t).toFixed(0));
