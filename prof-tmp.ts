import { readFileSync, readdirSync } from 'node:fs';
import { decodeHtml, readHtmlPage } from './pipeline/read/html/index.js';
const dir = '/work/shared/bench/pubdate/pages/';
const pages = readdirSync(dir).map((f) => readFileSync(dir + f));
for (let i = 0; i < 3; i++) {
  const c0 = process.cpuUsage();
  for (const p of pages) readHtmlPage(decodeHtml(p).html);
  const c = process.cpuUsage(c0);
  console.log('cpu s', ((c.user + c.system) / 1e6).toFixed(2), 'pages/s(cpu)', (pages.length / ((c.user + c.system) / 1e6)).toFixed(1));
}
