// Article lines that no furniture rule may touch, wherever they stand in the page.
import { describe, expect, it } from 'vitest';
import { findDatePhrases } from '../../pipeline/read/text/date-phrase.js';
import { readTextArticle } from '../../pipeline/read/text/index.js';

const PROSE = 'Officials from Iran and Pakistan met in Islamabad on Tuesday to discuss border security, trade and the return of their ambassadors after the strikes.';

describe('content lines stay content', () => {
  it.each([
    'Tehran and Islamabad quickly put diplomatic energy into de-escalating tensions.',
    '"Neither side has an interest in further escalation," Dr Vaez told TNA.',
    'Deterioration of trust',
    'Reasons to be optimistic about de-escalation',
    'In January 2024, these issues reached a dramatic breaking point.',
    'Live fire exercises were held near the border in March.',
    'Related to this, Pakistan has asked China to mediate.',
    'More from the ministry: a statement on Friday denied any role in the attack.',
    'Home to millions of Baloch, the province has long been restive.',
    'Share prices in Karachi fell 2 percent after the strikes.',
    'Iran is a neighbour Pakistan cannot ignore, analysts say.',
    'The Iranian Foreign Minister recently concluded a visit to Pakistan.',
    'By the end of January, both ambassadors had returned.',
    'Follow-up talks are planned for the spring in Tehran.',
  ])('%s', (line) => {
    for (const page of [`Title of the piece here\n\n${PROSE}\n\n${line}\n\n${PROSE}\n`, `Title of the piece here\n\n${PROSE}\n\n${PROSE}\n\n${line}\n`]) {
      expect(readTextArticle(page).content).toContain(line);
    }
  });

  it('leaves a text without furniture unchanged', () => {
    const page = `${PROSE}\n\n${PROSE}\r\n${PROSE}`;
    const article = readTextArticle(page);
    expect(article.content).toBe(page);
    expect(article.furniture).toEqual([]);
  });
});

describe('wire-service datelines open the first paragraph', () => {
  it.each([
    ['ISLAMABAD, Jan 27 (Reuters) - Gunmen shot dead nine labourers in the southeast on Saturday, officials said, in the first such attack since the strikes.', 'ISLAMABAD, Jan 27 (Reuters) -', { year: null, month: 1, day: 27 }],
    ['TEHRAN, Iran, Aug. 3 (AP) — Iran’s president arrived in Islamabad on Saturday for a two-day visit, his first trip to Pakistan since taking office.', 'TEHRAN, Iran, Aug. 3 (AP) —', { year: null, month: 8, day: 3 }],
    ['ISLAMABAD/KABUL, March 4 (AFP) - Pakistan and Afghanistan reopened the main border crossing at Torkham on Tuesday after a week of clashes, officials said.', 'ISLAMABAD/KABUL, March 4 (AFP) -', { year: null, month: 3, day: 4 }],
    ['QUETTA, 27 October 2024: Gunmen killed ten police officers in an ambush near the border with Iran on Saturday, state media reported.', 'QUETTA, 27 October 2024:', { year: 2024, month: 10, day: 27 }],
  ])('%s', (paragraph, furniture, date) => {
    const page = `Border talks resume between Iran and Pakistan\n\n${paragraph}\n\nMore of the story follows here in a second paragraph.\n`;
    const article = readTextArticle(page);
    expect(article.dateline).toMatchObject(date);
    expect(article.furniture.map((f) => page.slice(f.start, f.end))).toContain(furniture);
    expect(article.content).not.toContain(furniture.slice(0, 8));
  });

  it.each([
    'ISLAMABAD: The caretaker government on Friday approved construction of a section of the pipeline from the Iranian border to Gwadar.',
    'Iran, Jan 27 - officials in the capital said the border would reopen once the investigation into the killings had ended.',
  ])('not a dated wire dateline: %s', (paragraph) => {
    const article = readTextArticle(`Border talks resume between Iran and Pakistan\n\n${paragraph}\n\nMore of the story follows.\n`);
    expect(article.dateline).toBeNull();
  });
});

describe('no dateline', () => {
  it.each([
    ['prose with a date', `Title of the piece\n\nOn 16 January, Iran fired missiles at a village in Balochistan.\n\n${PROSE}`],
    ['a month and year only', `Title of the piece\n\nAugust 2025\n\n${PROSE}`],
    ['a relative time', `Title of the piece\n\n3 hours ago\n\n${PROSE}`],
    ['two dates on the line', `Title of the piece\n\nJanuary 25, 2024 - January 26, 2024\n\n${PROSE}`],
    ['a byline without a capitalised name', `Title of the piece\n\nPosted by the ministry on March 3, 2020\n\n${PROSE}`],
  ])('%s', (_why, page) => {
    expect(readTextArticle(page).dateline).toBeNull();
    expect(readTextArticle(page).published).toBeNull();
  });

  it('an "Updated" line is a dateline but no publication date', () => {
    const article = readTextArticle(`Title of the piece\n\nUpdated: Jan. 3, 2024\n\n${PROSE}`);
    expect(article.dateline).toMatchObject({ year: 2024, month: 1, day: 3 });
    expect(article.published).toBeNull();
  });
});

describe('date phrases that are not dates', () => {
  it.each(['5 Mayor', 'August 2025', '03/04/2024', '2024-13-01', '31 February 2024', '29 Feb 2023', 'March on Islamabad'])('%s', (s) => {
    expect(findDatePhrases(s).filter((p) => p.day !== null && p.year !== null)).toEqual([]);
  });
});
