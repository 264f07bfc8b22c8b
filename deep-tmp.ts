import { parseHtml, flattenDeepNesting } from './pipeline/read/html/dom.js';
import { readHtmlPage } from './pipeline/read/html/index.js';
const depth = 100_000;
const html = `<html><body>${'<div>'.repeat(depth)}<p>Deep text</p>${'</div>'.repeat(depth)}</body></html>`;
let t0 = performance.now(); const f = flattenDeepNesting(html); console.log('flatten', performance.now() - t0, f.length);
t0 = performance.now(); parseHtml(html); console.log('parse', performance.now() - t0);
t0 = performance.now(); const p = readHtmlPage(html); console.log('read', performance.now() - t0, p.text);
const small = `<html><body>${'<div>'.repeat(500)}<p>Deep text</p>${'</div>'.repeat(500)}</body></html>`.repeat(200);
t0 = performance.now(); readHtmlPage(small); console.log('read 200x500', performance.now() - t0);
