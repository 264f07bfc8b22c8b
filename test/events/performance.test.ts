// The coder is linear, and merging grows about linearly with sources: 1 MB of adversarial text (trigger words, names, dates, pronouns and
// clause breaks packed together, in one endless sentence and in many short ones) takes time
// proportional to 100 KB.
import { describe, expect, it } from 'vitest';
import type { Actor } from '../../pipeline/generated/dataset.js';
import type { EventCandidate, Quoted } from '../../pipeline/model.js';
import { findEvents } from '../../pipeline/extract/events/index.js';
import { mergeEvents, type SourceEvents } from '../../pipeline/normalize/events/index.js';
import { DEFINITIONS, inputFor } from './helpers.js';

const DENSE = 'Iran and Pakistan struck Iran’s strikes on Pakistan by Iran, it retaliated, the IRGC’s killing of Jaish al-Adl '
  + 'agreed to de-escalate recalled its ambassador would visit did not strike if in 2024 claimed responsibility ';
const SHORT = 'On 16 January 2024, Iran struck Pakistan. Two days later, Pakistan retaliated. Both sides recalled their ambassadors.\n';

function time(unit: string, chars: number, endless: boolean): number {
  let text = unit.repeat(Math.ceil(chars / unit.length)).slice(0, chars);
  if (endless) text = text.replace(/[.\n]/g, ' ');
  const input = inputFor(text, { dates: [['16 January 2024', '2024-01-16'], ['Two days later', '2024-01-18'], ['2024', '2024']] });
  const t0 = performance.now();
  findEvents(input);
  return performance.now() - t0;
}

describe('findEvents performance', () => {
  it.each([['one endless sentence', DENSE, true], ['many short sentences', SHORT, false]] as const)('is linear on %s', (_, unit, endless) => {
    time(unit, 100_000, endless); // warm up
    const small = Math.max(time(unit, 100_000, endless), 5);
    const large = time(unit, 1_000_000, endless);
    expect(large / small).toBeLessThan(25);
  });

  // Collectives and "they" look their parties up a bounded number of mentions back (parties.ts).
  const PAIRS = 'Iran and Pakistan met on 16 January 2024. The two sides agreed to reopen the crossing, and they condemned the attack. ';
  it.each([['one endless sentence', true], ['many short sentences', false]] as const)('is linear with collectives on %s', (_, endless) => {
    time(PAIRS, 50_000, endless); // warm up
    const small = Math.max(time(PAIRS, 50_000, endless), 5);
    const large = time(PAIRS, 500_000, endless);
    expect(large / small).toBeLessThan(25);
  });
});

const actors = new Map<string, Actor>(DEFINITIONS.map((d) => [d.actor_id, d]));
let offset = 0;
function mention(type: EventCandidate['event_type'], a1: string, a2: string, date: string): Quoted<EventCandidate> {
  const start = (offset += 100);
  return { sentence: { start, end: start + 50 }, trigger: { start: start + 5, end: start + 11 }, rule: 'test', event_type: type,
    subtype: null, actor1_id: a1, actor2_id: a2, mutual: false, date, location: null, country: null, fatalities: null, injuries: null,
    salience: 'core', quote: `mention at ${start}` };
}
const source = (source_id: string, ...events: Quoted<EventCandidate>[]): SourceEvents => ({ source_id, events });

describe('mergeEvents cost', () => {
  // Many sources reporting happenings spread over years, by several initiators: each mention is
  // held only to the clusters of its type, months and initiator, so 10x the sources cost ~10x.
  const TYPES: EventCandidate['event_type'][] = ['ASSAULT', 'CONSULT', 'ACCUSE', 'AGREE', 'SANCTION'];
  const IDS = ['iran', 'pakistan', 'usa', 'china', 'israel', 'taliban', 'raisi', 'syria'];
  function corpus(sources: number): SourceEvents[] {
    const out: SourceEvents[] = [];
    for (let s = 0; s < sources; s++) {
      const events: Quoted<EventCandidate>[] = [];
      for (let k = 0; k < 10; k++) {
        const n = s * 7 + k * 13;
        const month = 1 + (n % 12);
        const year = 2000 + (Math.floor(n / 12) % 25);
        events.push(mention(TYPES[n % TYPES.length]!, IDS[n % IDS.length]!, IDS[(n + 3) % IDS.length]!,
          `${year}-${String(month).padStart(2, '0')}-${String(1 + (n % 28)).padStart(2, '0')}`));
      }
      out.push(source(`s${String(s).padStart(6, '0')}`, ...events));
    }
    return out;
  }
  // Best of three, so that a busy machine does not decide the ratio.
  const time = (sources: SourceEvents[]): number => {
    let best = Infinity;
    for (let r = 0; r < 3; r++) {
      const t0 = performance.now();
      mergeEvents(sources, actors);
      best = Math.min(best, performance.now() - t0);
    }
    return best;
  };

  it('grows about linearly with the number of sources', () => {
    const small = corpus(300);
    const large = corpus(3000);
    time(small); // warm up
    const ratio = time(large) / Math.max(time(small), 5);
    expect(ratio).toBeLessThan(25);
  });
});
