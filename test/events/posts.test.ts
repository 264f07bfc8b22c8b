// A live page's posts: each post's events with no date of their own take its stamp's day, and
// "today" in a post counts from that day. The stamps are blanked in the content (furniture) and
// read from the extracted text at the same offsets.
import { describe, expect, it } from 'vitest';
import { findDateMentions } from '../../pipeline/extract/dates/index.js';
import { findEvents } from '../../pipeline/extract/events/index.js';
import { findPosts } from '../../pipeline/extract/events/posts.js';
import { postStamp } from '../../pipeline/lib/post-stamp.js';
import { brief, inputFor } from './helpers.js';

describe('post stamps', () => {
  it.each([
    ['10:42 PKT', null],
    ['Updated 14:05', null],
    ['Posted at 9.05am', null],
    ['Sunday, 21:30 GST', 'Sunday'],
    ['Yesterday 18:00', 'Yesterday'],
    ['Nov 3, 09:15', 'Nov 3'],
    ['16:40 BST, 3 May 2025', '3 May 2025'],
  ])('"%s" is a stamp naming the day %s', (line, day) => {
    expect(postStamp(line)).toMatchObject({ day });
  });

  it.each(['At 10:42 the blast hit the convoy.', '10:42 in Quetta', 'Sunday', '14:05 gmt', 'Section 3, 12:30 of the report said'])('"%s" is no stamp', (line) => {
    expect(postStamp(line)).toBeNull();
  });
});

/** Blanks each stamp line of a page, as the reader does, keeping offsets. */
const blankStamps = (text: string): string => text.split('\n').map((l) => (postStamp(l) ? ' '.repeat(l.length) : l)).join('\n');

describe('the posts of a live page', () => {
  const page = 'LIVE: Crossing stays shut\n\n11:20 PKT\nFirst post.\n\n09:05 PKT\nSecond post.\n\nSaturday, 20:10 PKT\nThird post.\n\n18:45 PKT\nFourth post.\n';

  it('dates a time alone by the publication day, or by the day of the stamp before it', () => {
    expect(findPosts(page, '2025-11-03').map((p) => p.day.value)).toEqual(['2025-11-03', '2025-11-03', '2025-11-01', '2025-11-01']);
  });

  it('runs each post from its stamp to the next', () => {
    const posts = findPosts(page, '2025-11-03');
    expect(page.slice(posts[1]!.start, posts[1]!.end)).toBe('09:05 PKT\nSecond post.\n\n');
  });

  it('finds no posts with a single stamp, nor a day for a time alone when the publication day is unknown', () => {
    expect(findPosts('A headline\n\nUpdated 14:05\nThe story.\n', '2025-11-03')).toEqual([]);
    expect(findPosts(page, '2025-11')).toEqual([]);
  });
});

describe('events in the posts of a live page', () => {
  const text = [
    'LIVE: Talks as the border stays shut',
    '',
    '13:50 PKT',
    'Pakistan summoned Iran’s ambassador over the shooting of two traders.',
    '',
    'Sunday, 21:30 PKT',
    'Araghchi telephoned Dar to discuss the closure.',
    'Iran closed the crossing today, officials said.',
  ].join('\n');
  const input = { ...inputFor(blankStamps(text), { published: '2025-11-03' }), text };

  it('takes the stamp’s day for a post’s event with no date of its own', () => {
    const events = findEvents(input).map(brief);
    expect(events).toContain('ACCUSE pakistan>iran 2025-11-03');
    expect(events).toContain('CONSULT araghchi>dar 2025-11-02');
  });

  it('reads "today" in a post stamped Sunday as that Sunday, not the publication day', () => {
    expect(findEvents(input).map(brief)).toContain('COERCE iran>- 2025-11-02');
  });

  it('leaves a post’s heading and the nominals it mentions in passing to their own dates', () => {
    const page = [
      'LIVE: Envoys summoned',
      '',
      '13:50 PKT',
      'Iran summons Pakistan’s envoy',
      'Iran summoned Pakistan’s ambassador on 1 November 2025 over the shooting.',
      '',
      '12:10 PKT',
      'Analysts said Tehran was under pressure from Washington.',
    ].join('\n');
    const events = findEvents({ ...inputFor(blankStamps(page), { dates: [['1 November 2025', '2025-11-01']], published: '2025-11-03' }), text: page }).map(brief);
    expect(events).not.toContain('ACCUSE iran>pakistan 2025-11-03');
    expect(events).toContain('ACCUSE iran>pakistan 2025-11-01');
    // undated, it is reported as such, not published
    expect(events.filter((e) => e.startsWith('REQUEST'))).toEqual(['REQUEST usa>iran undated']);
  });

  it('codes the same events from the posts and post-read dates the dates stage hands it as from its own reading', () => {
    const content = blankStamps(text);
    const posts = findPosts(text, '2025-11-03');
    const own = findEvents({ ...input, dates: findDateMentions(content, { dct: '2025-11-03' }) });
    const handed = findEvents({ ...input, dates: findDateMentions(content, { dct: '2025-11-03', text, posts }), posts });
    expect(handed.map(brief)).toContain('COERCE iran>- 2025-11-02');
    expect(handed).toEqual(own);
  });

  it('dates nothing by stamps the text does not hold', () => {
    const events = findEvents({ ...input, text: undefined }).map(brief);
    expect(events).not.toContain('CONSULT araghchi>dar 2025-11-02');
  });
});
