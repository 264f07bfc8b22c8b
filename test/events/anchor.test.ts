// The paragraph's anchor: the last date before a sentence in its paragraph dates the sentence's
// undated events (dating.ts paragraphAnchor), except the date of a negated "since" or one inside the clause "since" opens.
import { describe, expect, it } from 'vitest';
import { brief, eventsIn } from './helpers.js';

describe('the paragraph anchor', () => {
  it('passes over the date of a negated "since": when something last happened', () => {
    const text = 'On 8 September 2025 the commission, which had not met since 2023, opened in Islamabad. Dar and Araghchi signed five memoranda.';
    const events = eventsIn(text, { dates: [['8 September 2025', '2025-09-08'], ['2023', '2023']], published: '2025-09-09' }).map(brief);
    expect(events).toContain('SUPPORT dar>araghchi 2025-09-08');
    expect(events.filter((e) => e.endsWith(' 2023'))).toEqual([]);
  });

  it('keeps the date of a "since" that opens the stretch the paragraph tells of', () => {
    const text = 'Flights have been suspended since 13 June 2025. Iran struck Israel with missiles.';
    expect(eventsIn(text, { dates: [['13 June 2025', '2025-06-13']], published: '2025-06-16' }).map(brief)).toContain('ASSAULT iran>israel 2025-06-13');
  });

  it('passes over a date inside the clause "since" opens: that clause’s happening starts a stretch up to now', () => {
    const text = 'More than a million Afghans have gone back since the government launched its repatriation plan in late 2023. Iran has urged Pakistan to halt the returns.';
    expect(eventsIn(text, { dates: [['late 2023', '2023']], published: '2025-06-16' }).map(brief)).not.toContain('REQUEST iran>pakistan 2023');
  });
});
