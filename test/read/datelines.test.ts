// Date lines beyond the plain dateline: mastheads with a second calendar, wire datelines with the
// Gregorian date in brackets, labelled dates of issue beside a credit, byline meta lines; and date
// lines that are content because the body has begun (a timeline's entries).
import { describe, expect, it } from 'vitest';
import { readTextArticle } from '../../pipeline/read/text/index.js';

const TITLE = 'Border markets reopen as Iran and Pakistan ease restrictions';
const PROSE = 'Officials from Iran and Pakistan met in Quetta on Wednesday to agree on the reopening of three border markets closed since the spring, traders said.';
const MORE = 'The markets at Mand, Kuhak and Chedgi had handled most of the region’s small trade before they were shut, and local traders have lobbied for months to reopen them.';

/** A page with the line above the title. */
const masthead = (line: string): string => `${line}\n\n${TITLE}\n\n${PROSE}\n\n${MORE}\n`;
/** A page with the line under the title. */
const underTitle = (line: string): string => `${TITLE}\n\n${line}\n\n${PROSE}\n\n${MORE}\n`;

function dateline(page: string): { text: string; published: string | null; blanked: boolean } | null {
  const article = readTextArticle(page);
  if (!article.dateline) return null;
  const line = page.split('\n').find((l) => l.includes(article.dateline!.text)) ?? '';
  return {
    text: page.slice(article.dateline.start, article.dateline.end),
    published: article.published?.value ?? null,
    blanked: !article.content.includes(line.trim()),
  };
}

describe('masthead: segments with one Gregorian date among names, labels and another calendar\'s date', () => {
  it.each([
    ['THE FRONTIER HERALD | Lahore Edition | Friday, 7 March 2025 | 6 Ramadan 1446 AH', '7 March 2025', '2025-03-07'],
    ['Daily Kohistan Post | Monday, October 14, 2024 | 10 Rabi ul Akhir 1446', 'October 14, 2024', '2024-10-14'],
    ['WEEKLY BORDERLANDS | 21 May 2024 | Khordad 1, 1403 SH', '21 May 2024', '2024-05-21'],
    // the publication's stamp beside the update's: the first is the dateline, the line is furniture
    ['16:23, Thu, Nov 2, 2023 | UPDATED: 16:32, Thu, Nov 2, 2023', 'Nov 2, 2023', '2023-11-02'],
    ['Updated: 9 March 2025 | Published: 7 March 2025', '7 March 2025', '2025-03-07'],
  ])('%s', (line, text, published) => {
    expect(dateline(masthead(line))).toEqual({ text, published, blanked: true });
  });

  it.each([
    // a headline beside the date, not labels
    'Iran and Pakistan reopen three border markets | Friday, 7 March 2025 | 6 Ramadan 1446 AH',
    // two Gregorian dates
    'THE FRONTIER HERALD | Friday, 7 March 2025 | Saturday, 8 March 2025',
    // the other segment is no date of another calendar: a year of the Gregorian calendar's range
    'THE FRONTIER HERALD | Friday, 7 March 2025 | 6 Ramadan 2025 figures',
  ])('not a masthead: %s', (line) => {
    expect(dateline(masthead(line))).toBeNull();
  });
});

describe('wire dateline: a date of another calendar with the Gregorian one in brackets', () => {
  it.each([
    ['MASHHAD, Esfand 10, 1402 (February 29, 2024) - ', 'February 29, 2024', '2024-02-29'],
    ['ZAHEDAN, Iran, 3 Tir 1403 (23 June 2024): ', '23 June 2024', '2024-06-23'],
  ])('%s', (opening, text, published) => {
    const page = `${TITLE}\n\n${opening}${PROSE}\n\n${MORE}\n`;
    const found = readTextArticle(page);
    expect(page.slice(found.dateline!.start, found.dateline!.end)).toBe(text);
    expect(found.published).toEqual({ value: published, basis: 'dateline' });
    expect(found.content).not.toContain(opening.trim());
    expect(found.content).toContain(PROSE);
  });

  it.each([
    // nothing before the bracket but the place: the bracket stands for no other date
    'MASHHAD, Iran (February 29, 2024) - ',
    // a bracket that is neither an agency nor a date
    'MASHHAD, Esfand 10, 1402 (the last week of winter) - ',
  ])('no dateline: %s', (opening) => {
    expect(readTextArticle(`${TITLE}\n\n${opening}${PROSE}\n\n${MORE}\n`).dateline).toBeNull();
  });
});

describe('wire dateline with the place in title case: the agency after the date tells it from a sentence', () => {
  it.each([
    ['Zahedan, Dec. 3, IRNA -- ', 'Dec. 3', null],
    ['Quetta, 12 March 2025, APP: ', '12 March 2025', '2025-03-12'],
    ['Gwadar, Balochistan, March 4, 2025, PPI - ', 'March 4, 2025', '2025-03-04'],
    ['Tehran, Jan 5 (IRNA) - ', 'Jan 5', null],
  ])('%s', (opening, text, published) => {
    const page = `${TITLE}\n\n${opening}${PROSE}\n\n${MORE}\n`;
    const found = readTextArticle(page);
    expect(page.slice(found.dateline!.start, found.dateline!.end)).toBe(text);
    expect(found.published?.value ?? null).toBe(published);
    expect(found.content).not.toContain(opening.trim());
    expect(found.content).toContain(PROSE);
  });

  it.each([
    // no agency: a sentence may open with a place and a date
    'Iran, Jan 27 - ',
    // words after the date, not an agency in capitals
    'Tehran, Jan 5, officials said - ',
    // a bracket that is no agency's name
    'Tehran, Jan 5 (the last week) - ',
  ])('no dateline: %s', (opening) => {
    expect(readTextArticle(`${TITLE}\n\n${opening}${PROSE}\n\n${MORE}\n`).dateline).toBeNull();
  });
});

describe('place of issue and date heading a release or a transcript', () => {
  it.each([
    ['Islamabad, 14 November 2025', '14 November 2025', '2025-11-14', null],
    ['Islamabad, Friday, 14 November 2025', '14 November 2025', '2025-11-14', 5],
    ['Islamabad, Friday, the fourteenth of November', 'the fourteenth of November', null, 5],
    ['Friday, the 14th November', 'the 14th November', null, 5],
    ['Quetta, Pakistan, March 4', 'March 4', null, null],
  ])('%s', (line, text, published, weekday) => {
    const found = readTextArticle(underTitle(line));
    expect(found.dateline).toMatchObject({ text });
    expect(found.dateline!.weekday ?? null).toBe(weekday);
    expect(found.published?.value ?? null).toBe(published);
    expect(found.content).not.toContain(line);
  });

  it.each([
    // a lower-case word: a sentence, not a place of issue
    'Talks in Islamabad, 14 November 2025',
    // a list of places
    'Islamabad, Tehran and Kabul, 14 November 2025',
  ])('not a dateline: %s', (line) => {
    expect(readTextArticle(underTitle(line)).dateline).toBeNull();
  });
});

describe('labelled date of issue with the place of issue', () => {
  it.each([
    ['Released: Quetta, 14 October 2025', '14 October 2025', '2025-10-14'],
    ['Issued at Islamabad on 3 May 2024', '3 May 2024', '2024-05-03'],
    ['Date: Dera Ismail Khan, March 4, 2025', 'March 4, 2025', '2025-03-04'],
  ])('%s', (line, text, published) => {
    expect(dateline(underTitle(line))).toEqual({ text, published, blanked: true });
  });

  it.each([
    // a lower-case phrase is no place
    'Released: the annual report, 14 October 2025',
    // four capitalised words are a sentence's start, not a place
    'Released: The Annual Trade Report, 14 October 2025',
  ])('not a date of issue: %s', (line) => {
    expect(dateline(underTitle(line))).toBeNull();
  });
});

describe('labelled date of issue beside a long credit', () => {
  it.each([
    ['Issued: 12 August 2024 | Compiled by the protection working group with inputs from district authorities in Chagai and Kech', '12 August 2024', '2024-08-12'],
    ['Released: March 4, 2025 | Prepared by the provincial disaster management authority', 'March 4, 2025', '2025-03-04'],
    ['Date: 30 September 2023 | Situation report of the joint assessment mission to Panjgur', '30 September 2023', '2023-09-30'],
  ])('%s', (line, text, published) => {
    expect(dateline(underTitle(line))).toEqual({ text, published, blanked: true });
  });

  it.each([
    // the long credit needs the label of issue
    '12 August 2024 | Compiled by the protection working group with inputs from district authorities in Chagai and Kech',
    // a credit that holds a second date: which one is the is not clear
    'Issued: 12 August 2024 | Covers the period from 1 August 2024 to the end of the month in Chagai',
  ])('not a date of issue: %s', (line) => {
    expect(dateline(underTitle(line))).toBeNull();
  });

  it('never takes the date announced for the next issue', () => {
    const page = `${TITLE}\n\n${PROSE}\n\n${MORE}\n\nFor further information, please contact: the protection working group, Quetta | The next report will be issued on 19 August 2024.\n`;
    const article = readTextArticle(page);
    expect(article.dateline).toBeNull();
    expect(article.published).toBeNull();
    expect(article.content).not.toContain('19 August 2024');
  });
});

describe('byline meta line: a time with notes (update, read time, counts) and a name', () => {
  it.each([
    ['Staff Reporter March 3, 2025 09:15 PKT Last updated March 4, 2025 4 min read', 'March 3, 2025', '2025-03-03'],
    ['By Sana Mir • 12 May 2024 • 250 comments', '12 May 2024', '2024-05-12'],
    ['News Desk | 8 Jan 2024, 18:40 | 3 min read | 2.4K shares', '8 Jan 2024', '2024-01-08'],
    // an update stamp in brackets after the time of publication
    ['Monday, 4 March 2024 10:05 AM  [ Last Update: Monday, 4 March 2024 12:30 PM ]', '4 March 2024', '2024-03-04'],
  ])('%s', (line, text, published) => {
    expect(dateline(underTitle(line))).toEqual({ text, published, blanked: true });
  });

  it('a line of update notes only is a dateline but no publication date', () => {
    expect(dateline(underTitle('Updated 5 Feb 2024, 10:00 | 3 min read'))).toEqual({ text: '5 Feb 2024', published: null, blanked: true });
  });

  it.each([
    // a name and a date with no note: may be a headline
    'Staff Reporter March 3, 2025',
    // words besides a name
    'Pakistan and Iran agreed on March 3, 2025 to meet again; 4 min read',
  ])('not a meta line: %s', (line) => {
    expect(dateline(underTitle(line))).toBeNull();
  });
});

describe('a date line after the body has begun is content (a timeline)', () => {
  const timeline = `${TITLE}\n\n${PROSE}\n\n${MORE}\n\n9 November 2022\n\n${PROSE}\n\n14 February 2023\n\n${MORE}\n`;

  it('keeps the entries\' dates and finds no dateline', () => {
    const article = readTextArticle(timeline);
    expect(article.dateline).toBeNull();
    expect(article.content).toContain('9 November 2022');
    expect(article.content).toContain('14 February 2023');
  });

  it('still takes a dateline under a standfirst', () => {
    const page = `${TITLE}\n\n${PROSE}\n\n9 November 2022\n\n${MORE}\n\n${PROSE}\n`;
    expect(dateline(page)).toEqual({ text: '9 November 2022', published: '2022-11-09', blanked: true });
  });
});

describe('a stamp counted back from the reader\'s clock', () => {
  it.each(['Updated a day ago', 'Published 3 hours ago', 'Last updated: about an hour ago'])('%s is furniture and dates nothing', (line) => {
    const article = readTextArticle(underTitle(line));
    expect(article.content).not.toContain(line);
    expect(article.published).toBeNull();
  });

  it('a sentence that goes on after "ago" stays content', () => {
    const line = 'Two days ago, Iran recalled its ambassador from Islamabad.';
    expect(readTextArticle(underTitle(line)).content).toContain(line);
  });
});
