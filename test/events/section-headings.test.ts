// Section headings that close with their date ("2. Quetta: protest (Thursday 8 May)") date the
// paragraphs under them, as a timeline's date lines do. Texts written for these tests.
import { describe, expect, it } from 'vitest';
import { brief, eventsIn } from './helpers.js';

const ROUNDUP = `Border roundup

1. Zahedan: raid (Tuesday 6 May)
Iranian forces killed three members of Jaish al-Adl in a raid on a hideout.

2. Quetta: arrests – Thursday 8 May
Pakistan's army arrested 12 members of the BLA near the city.`;
const DATES: Array<[string, string]> = [['Tuesday 6 May', '2025-05-06'], ['Thursday 8 May', '2025-05-08']];

describe('section headings that close with a date', () => {
  it('date each section’s events', () => {
    expect(eventsIn(ROUNDUP, { dates: DATES, published: '2025-05-10' }).map(brief))
      .toEqual(['ASSAULT iran>jaish-al-adl 2025-05-06', 'COERCE pakistan>bla 2025-05-08']);
  });

  it('one such line alone is no heading', () => {
    const text = 'Zahedan raid (Tuesday 6 May)\nIranian forces killed three members of Jaish al-Adl in a raid on a hideout.';
    expect(eventsIn(text, { dates: DATES.slice(0, 1), published: '2025-05-10' }).map(brief)).toEqual(['ASSAULT iran>jaish-al-adl undated']);
  });

  it('a sentence that ends with a bracketed date is no heading', () => {
    const text = 'The talks ended. Officials met again (Tuesday 6 May)\nIranian forces killed three members of Jaish al-Adl in a raid on a hideout.\n'
      + 'The talks resumed. Officials met again (Thursday 8 May)\nIranian forces killed two members of Jaish al-Adl in a raid on a hideout.';
    const events = eventsIn(text, { dates: DATES, published: '2025-05-10' }).filter((e) => e.actor2_id === 'jaish-al-adl');
    expect(events.map((e) => e.date)).not.toContain('2025-05-06');
  });
});
