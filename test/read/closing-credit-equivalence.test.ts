// closingCredit looks for a credit line before it reads every line's prose and opener tests (most
// pages have none): it must find what the full pass it replaced finds, on the gold articles and on
// pages built to put credit lines, openers and prose in every order.
import { describe, expect, it } from 'vitest';
import { goldTexts } from '../fixtures/gold-texts.js';
import { pageShape } from '../../pipeline/read/text/index.js';
import { splitLines, isProse, trimmedSpan, type PageShape } from '../../pipeline/read/text/lines.js';
import { closingCredit, creditDate, type CreditLine } from '../../pipeline/read/text/rules/credit-line.js';
import { isOpener } from '../../pipeline/read/text/rules/trailing.js';

/** The closing credit as the full pass found it: both tests of every line first, then the credit lines. */
function closingCreditByFullPass(page: PageShape): CreditLine | null {
  const { lines } = page;
  const proseAfter = new Array<number>(lines.length + 1).fill(0);
  for (let i = lines.length - 1; i >= 0; i--) proseAfter[i] = isOpener(lines[i]!) ? 0 : Math.min(3, proseAfter[i + 1]! + Number(isProse(lines[i]!)));
  let openerSinceProse = false;
  for (let i = page.topEnd + 1; i < lines.length; i++) {
    const line = lines[i]!;
    const date = creditDate(line.text);
    if (!date) {
      if (isProse(line)) openerSinceProse = false;
      else if (isOpener(line)) openerSinceProse = true;
      continue;
    }
    if (openerSinceProse) return null;
    if (proseAfter[i + 1]! > 2) continue;
    return { ...trimmedSpan(line)!, rule: 'credit-line', date: { ...date, start: line.start + date.start, end: line.start + date.end } };
  }
  return null;
}

const PROSE = 'Traders in Turbat say the seizures at the crossing have doubled since the spring, and that the drivers who carry the cans are the last to profit from the trade.';
const pieces = [
  PROSE, PROSE, 'Published in Dawn, May 21st, 2024.', 'First published on 3 June 2023', 'Related news', 'More from this author',
  'The writer is a former diplomat.', 'Published in May 2024', 'A short line', '', 'Published in The Frontier Chronicle, 2 May 2024 and 3 May 2024',
];

/** Pages of the pieces in a pseudo-random order. */
function pages(count: number): string[] {
  let s = 7;
  const next = (): number => ((s = (Math.imul(s, 1103515245) + 12345) >>> 0) >>> 8) % pieces.length;
  return Array.from({ length: count }, (_, k) => ['Title of the page', ...Array.from({ length: 3 + (next() % 9) }, () => pieces[next()])].join(k % 2 ? '\n\n' : '\n'));
}

describe('closing credit', () => {
  it('finds what the full pass finds, on the gold articles and on built pages', () => {
    let found = 0;
    for (const text of [...goldTexts(), ...pages(400)]) {
      const page = pageShape(splitLines(text));
      const expected = closingCreditByFullPass(page);
      expect(closingCredit(page)).toEqual(expected);
      if (expected) found++;
    }
    expect(found).toBeGreaterThan(20);
  });
});
