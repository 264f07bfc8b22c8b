// Each furniture rule of the plain-text reader with the lines it takes and the near-misses it leaves.
import { describe, expect, it } from 'vitest';
import { readTextArticle } from '../../pipeline/read/text/index.js';

const PROSE = 'Officials from Iran and Pakistan met in Islamabad on Tuesday to discuss border security, trade and the return of their ambassadors after the strikes.';
const MORE = 'The talks, which lasted several hours, ended with a joint statement in which both sides pledged to respect each other’s sovereignty and territorial integrity.';

/** The rule that blanked the given line of a page, or null if the line stayed content. */
function ruleFor(page: string, line: string): string | null {
  const article = readTextArticle(page);
  const start = page.indexOf(line);
  if (start === -1) throw new Error(`line not in page: ${line}`);
  const hit = article.furniture.find((f) => f.start <= start + line.trim().length - 1 && f.end > start + (line.length - line.trimStart().length));
  return hit ? hit.rule : null;
}

/** A page with the line at the top (before the title), then the title and two paragraphs. */
const top = (line: string): string => `${line}\n\nBorder talks resume between Iran and Pakistan\n\n${PROSE}\n\n${MORE}\n`;
/** A page with the line inside the body, between two paragraphs. */
const body = (line: string): string => `Border talks resume between Iran and Pakistan\n\n${PROSE}\n\n${line}\n\n${MORE}\n`;
/** A page with the line early in a long body. */
const early = (line: string): string => `Border talks resume between Iran and Pakistan\n\n${PROSE}\n\n${line}\n\n${[1, 2, 3, 4, 5].map(() => MORE).join('\n\n')}\n`;
/** A page with the line at the end. */
const end = (line: string): string => `Border talks resume between Iran and Pakistan\n\n${PROSE}\n\n${MORE}\n\n${MORE}\n\n${line}\n`;

describe.each([
  // [rule, page shape, line, expected rule (null: content)]
  ['issue-line', top, 'Policy Brief No. 14 | Quetta, March 2025', 'issue-line'],
  ['issue-line', top, 'Working Paper 7 | June 2024', 'issue-line'],
  ['issue-line', body, 'Policy Brief No. 14 | Quetta, March 2025', null],
  ['issue-line', top, 'Trade fell | March 2025 | Exports rose sharply as the border reopened after the talks', null],
  ['issue-line', top, 'Iran and Pakistan | Border Talks', null],
  ['breadcrumb', top, '• Home', 'breadcrumb'],
  ['breadcrumb', top, '  › World › Asia', 'breadcrumb'],
  ['breadcrumb', body, '• Iran will host the next round of talks in the spring, officials said on Monday.', null],
  ['tag-line', top, 'Conflict Economy & Business Iran Oil and Gas Pakistan Politics & Diplomacy', 'tag-line'],
  ['tag-line', top, 'Politics | Security', 'tag-line'],
  ['tag-line', body, 'Iran and Pakistan: Navigating Neighborhood Ties', null],
  ['section-label', top, 'New Atlanticist', 'section-label'],
  ['section-label', body, 'Split Focus', null],
  ['read-time', top, '9 min read', 'read-time'],
  ['read-time', body, 'Reading time: 4 minutes', 'read-time'],
  ['read-time', body, '90 minutes of talks followed the meeting between the two delegations in the capital.', null],
  ['label-line', body, 'Live Story', 'label-line'],
  ['label-line', body, 'Advertisement', 'label-line'],
  ['label-line', body, 'Deterioration of trust', null],
  ['field-label', end, 'Issue: Geopolitics', 'field-label'],
  ['field-label', body, 'Tags: Iran, Pakistan, Balochistan', 'field-label'],
  ['field-label', body, 'Source: officials said the talks would resume next week and that both delegations had agreed on an agenda.', null],
  ['subscribe', end, 'Subscribe to Receive Latest Updates from GIF.', 'subscribe'],
  ['subscribe', body, 'Subscribers to the agreement include Turkey and Azerbaijan, which joined in 2021 and 2022.', null],
  ['byline', top, 'By Muhammad Faisal', 'byline'],
  ['byline', top, 'By Jane Doe and John Roe | Reuters', 'byline'],
  ['byline', body, 'By contrast, Pakistan has kept its ambassador in Tehran.', null],
  ['byline', body, 'By 2030 the pipeline should carry gas to Karachi.', null],
  ['follow-social', end, 'Follow him on Twitter: @GiorgioCafiero', 'follow-social'],
  ['follow-social', end, '@GiorgioCafiero', 'follow-social'],
  ['follow-social', body, 'Pakistan will follow him on the path of dialogue, the minister said.', null],
  ['author-bio', end, 'Giorgio Cafiero is the CEO of Gulf State Analytics.', 'author-bio'],
  ['author-bio', end, 'Dr. Syed Mohammad Ali is a Lecturer at Johns Hopkins University.', 'author-bio'],
  ['author-bio', end, 'Imran Khan is the former prime minister of Pakistan and remains in jail.', null],
  ['author-bio', early, 'Giorgio Cafiero is the CEO of Gulf State Analytics.', null],
  ['trailing-zone', end, 'Related news', 'trailing-zone'],
  ['trailing-zone', end, 'The views and opinions expressed in this article are those of the authors.', 'trailing-zone'],
  ['copyright', end, 'Copyright 2024 The Frontier Chronicle', 'copyright'],
  ['copyright', end, '(c) 2019-2024 Dawn Media Group. All rights reserved.', 'copyright'],
  ['copyright', body, 'Copyright law in Pakistan dates from 1962 and has not kept pace with the internet, lawyers say.', null],
  ['copyright', body, 'Copyright 2024 figures show that piracy cost the music industry more than it earned from sales in the region.', null],
  ['credit-line', end, 'Published in The Frontier Chronicle, May 3rd, 2024', 'credit-line'],
  ['credit-line', early, 'Published in Dawn, May 3rd, 2024', null],
  ['post-stamp', body, '10:42 PKT', 'post-stamp'],
  ['post-stamp', body, 'Sunday, 21:30 GST', 'post-stamp'],
  ['post-stamp', body, 'Updated 14:05', 'post-stamp'],
  ['post-stamp', body, 'At 10:42 the blast hit the convoy near the crossing, police said.', null],
  ['dateline', top, '23 January, 2024', 'dateline'],
  ['dateline', top, '  • 08 Aug, 22:59', 'dateline'],
  ['dateline', body, 'On 16 January, Iran’s military fired a barrage of missiles at a village.', null],
  ['dateline', top, 'Ahmed Shah Baloch | Published February 24, 2024', 'dateline'],
  ['dateline', top, 'BREAKING | 27 October 2024, 14:05 GMT', 'dateline'],
  ['dateline', top, 'Iran | Pakistan talks end without a deal | 3 May', null],
  ['dateline', top, 'Posted on March 3, 2020 by Jane Doe', 'dateline'],
  ['dateline', top, 'By Jane Doe on 3 March 2020 at 5:00 pm', 'dateline'],
  ['dateline', top, 'Signed on March 3, 2020 by Iran and Pakistan', null],
])('%s', (_rule, shape, line, expected) => {
  it(`${JSON.stringify(line)} -> ${expected}`, () => {
    expect(ruleFor(shape(line), line)).toBe(expected);
  });
});

describe('photo credits: the credit goes, the caption stays', () => {
  it.each([
    ['The strikes will hurt bilateral relations. [Getty]', '[Getty]'],
    ['Pakistan holds elections on Feb. 8, 2024. (Ministry of Foreign Affairs via AP, File)', '(Ministry of Foreign Affairs via AP, File)'],
    ['Image: A man watches the news in Karachi, Pakistan January 18, 2024. REUTERS/Akhtar Soomro', 'REUTERS/Akhtar Soomro'],
    ['Ambassadors return to their posts. (AP Photo/Anjum Naveed)', '(AP Photo/Anjum Naveed)'],
    ['Traders at the reopened market in Mand on 2 March 2024. Photo: Provincial Information Department', 'Photo: Provincial Information Department'],
    ['Trucks wait at the Taftan crossing. Image credit: AFP/Getty Images', 'Image credit: AFP/Getty Images'],
  ])('%s', (line, credit) => {
    const page = body(line);
    const { content } = readTextArticle(page);
    expect(content).not.toContain(credit);
    expect(content).toContain(line.slice(0, line.indexOf(credit)).trim());
  });

  it.each([
    'The strike targeted Jaish al-Adl (Army of Justice), which Tehran calls a terrorist group.',
    'Both sides targeted the Balochistan Liberation Army (BLA)',
    'The report was released on Monday. Photo: the ministry released pictures of the site.',
    'The ministers met in Quetta. Credit: Pakistan expects a rating upgrade after the deal was signed in Tehran.',
  ])('no credit: %s', (line) => {
    expect(readTextArticle(body(line)).content).toContain(line);
  });
});

describe('trailing zone', () => {
  it('takes teasers and their dates after "Related", keeps captions', () => {
    const page = end('Related articles\n\nGulf States After the War\n\nJune 10, 2024\n\nDiscussions about the day after have dominated…\n\nImage: Delegates arrive in Tehran for talks.');
    const { content } = readTextArticle(page);
    expect(content).not.toMatch(/Related articles|Gulf States After the War|June 10, 2024|Discussions about/);
    expect(content).toContain('Image: Delegates arrive in Tehran for talks.');
  });

  it('is no zone when the article goes on (three long paragraphs after the opener)', () => {
    const page = body(`Read more\n\n${PROSE} ${MORE}\n\n${MORE} ${PROSE}\n\n${PROSE} ${PROSE}`);
    const { content, furniture } = readTextArticle(page);
    expect(furniture.map((f) => f.rule)).toContain('zone-opener');
    expect(content).not.toContain('Read more');
    expect(content.split(PROSE).length - 1).toBe(page.split(PROSE).length - 1);
  });
});

describe('title', () => {
  it.each([
    ['title first', 'Border talks resume between Iran and Pakistan\n\n' + PROSE, 'Border talks resume between Iran and Pakistan'],
    ['after breadcrumbs and a caption', '• Home\n• World\nFILE - In this photo released by the ministry, the two foreign ministers shake hands in Islamabad on Monday.\n\nBorder talks resume\n\n' + PROSE, 'Border talks resume'],
    ['no title: the text opens with prose', PROSE + '\n\n' + MORE, null],
  ])('%s', (_why, page, title) => {
    expect(readTextArticle(page).title).toBe(title);
  });
});

describe('a document saved from print: running heads and the notes list', () => {
  const brief = (head1: string, head2: string): string =>
    `Border talks resume between Iran and Pakistan\n\n${PROSE}\n\n${head1}\n\n${MORE}\n\n${head2}\n\n${PROSE}\n`;

  it.each([
    ['Border Policy Brief 14 | March 2025                 page 2', 'Border Policy Brief 14 | March 2025                 page 3'],
    ['Quarterly Border Report, 3 of 9', 'Quarterly Border Report, 4 of 9'],
    ['CBS Brief 11 — p. 4', 'CBS Brief 11 — p. 5'],
  ])('blanks a line that recurs with its page number: %s', (head1, head2) => {
    const { content, furniture } = readTextArticle(brief(head1, head2));
    expect(content).not.toContain(head1.trim());
    expect(content).not.toContain(head2.trim());
    expect(furniture.filter((f) => f.rule === 'running-head')).toHaveLength(2);
  });

  it.each([
    // once only, with a page number
    ['Border Policy Brief 14 | March 2025 page 2', 'Background'],
    // twice, without a page number (a heading or a speaker's label)
    ['Background', 'Background'],
    ['Spokesperson Mumtaz Zahra Baloch:', 'Spokesperson Mumtaz Zahra Baloch:'],
    // a table's cells recur but hold no letters
    ['2021', '2021'],
  ])('keeps %s … %s', (head1, head2) => {
    const { content } = readTextArticle(brief(head1, head2));
    expect(content).toContain(head2);
  });

  it.each([
    ['The group seized 12 guards near Mirjaveh.[3] Five were released later.', ['[3]'], 'Five were released later.'],
    ['Officials said so in 2023.[8] The fence grew.', ['[8]'], 'The fence grew.'],
    ['The filing[3, 4] and the border[12] were cited.', ['[3, 4]', '[12]'], 'The filing'],
  ])('blanks note numbers glued to the text: %s', (line, markers, kept) => {
    const { content } = readTextArticle(body(line));
    for (const m of markers) expect(content).not.toContain(m);
    expect(content).toContain(kept);
  });

  it.each([
    'Trucks wait at the Taftan crossing. [Getty]',
    'The index rose to 2,081 in array [3] of the table.',
    'The 1988 accord [1988] is cited in full.',
  ])('keeps brackets that are no note numbers: %s', (line) => {
    expect(readTextArticle(body(line)).content).toContain(line.includes('[Getty]') ? 'Trucks wait at the Taftan crossing.' : line);
  });

  it('blanks the notes list at the end, keeps the text above it', () => {
    const page = end('Notes\n[1] IRNA, "Five border guards kidnapped near Jakigur", 7 February 2014.\n[2] Press TV, "Four abducted guards return home", 4 April 2014.');
    const { content } = readTextArticle(page);
    expect(content).not.toMatch(/Notes|IRNA|7 February 2014|4 April 2014/);
    expect(content).toContain(MORE);
  });
});
