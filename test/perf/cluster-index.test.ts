// ClusterIndex files a cluster again only where its date or initiator changed since it was last
// filed (a merge files its cluster after every mention that joins it, and most change neither):
// the same candidates as the index that filed every call, after every step of random merges.
import { describe, expect, it } from 'vitest';
import { ClusterIndex, monthsOf } from '../../pipeline/normalize/events/cluster-index.js';
import { seededRandom as random } from '../fixtures/seeded-random.js';

/** The index before the change (every call filed), as the oracle. */
class FilingEveryCall {
  private readonly types = new Map<string, { byMonth: Map<number, number[]>; byMonthAndInitiator: Map<string, number[]>; wide: number[]; all: number[] }>();
  private readonly filed: Array<Set<string> | null> = [];

  add(id: number, type: string, date: string, initiator: string | null): void {
    let t = this.types.get(type);
    if (!t) { t = { byMonth: new Map(), byMonthAndInitiator: new Map(), wide: [], all: [] }; this.types.set(type, t); }
    if (this.filed[id] === undefined) { this.filed[id] = new Set(); t.all.push(id); }
    const filed = this.filed[id];
    if (filed === null) return;
    const months = monthsOf(date);
    if (!months) { this.filed[id] = null; t.wide.push(id); return; }
    for (const m of months) {
      if (!filed?.has(String(m))) { filed?.add(String(m)); push(t.byMonth, m, id); }
      const key = `${m}|${initiator ?? ''}`;
      if (!filed?.has(key)) { filed?.add(key); push(t.byMonthAndInitiator, key, id); }
    }
  }

  candidates(type: string, date: string, initiator: string | null, counterpart: string | null): Iterable<number> {
    const t = this.types.get(type);
    if (!t) return [];
    const months = monthsOf(date);
    if (!months) return t.all;
    const ids = new Set<number>(t.wide);
    for (const m of months) {
      if (initiator === null) {
        for (const id of t.byMonth.get(m) ?? []) ids.add(id);
        continue;
      }
      for (const key of [initiator, '', ...(counterpart === null ? [] : [counterpart])]) {
        for (const id of t.byMonthAndInitiator.get(`${m}|${key}`) ?? []) ids.add(id);
      }
    }
    return ids;
  }
}

function push<K>(map: Map<K, number[]>, key: K, id: number): void {
  const list = map.get(key);
  if (list) list.push(id); else map.set(key, [id]);
}


// Days at month ends (the day's slack files them under two months), months, a year, a decade and a
// long interval (wide: every cluster's candidate), intervals across months, dates that are no dates.
const DATES = ['2024-01-31', '2024-02-01', '2024-02-14', '2024-01', '2024-02', '2024', '202X', '2020/2024', '2024-01-30/2024-02-02',
  '2024-02-30', '2024-13', 'not a date', '', '\u{1F600}'];
const INITIATORS = [null, '@IR', '@PK', 'jaish', 'baloch', '\u{1F600}', ''];
const TYPES = ['ASSAULT', 'CONSULT'];
const pick = <T>(next: () => number, xs: readonly T[]): T => xs[Math.floor(next() * xs.length)]!;

describe('ClusterIndex', () => {
  it('gives the candidates of an index that files every call, after each step of 3,000 random merges', () => {
    const next = random(7);
    for (let n = 0; n < 3_000; n++) {
      const index = new ClusterIndex();
      const oracle = new FilingEveryCall();
      const clusters: Array<{ type: string; date: string; initiator: string | null }> = [];
      for (let step = 0; step < 30; step++) {
        // A new cluster, or one filed again: mostly as it was, else with a new date, a new initiator or both
        // (an initiator may go back to none, and a date back to one it had: the index must not care).
        const id = Math.floor(next() * (clusters.length + 1));
        if (id === clusters.length) clusters.push({ type: pick(next, TYPES), date: pick(next, DATES), initiator: pick(next, INITIATORS) });
        else {
          const c = clusters[id]!;
          const r = next();
          if (r < 0.25) c.date = pick(next, DATES);
          else if (r < 0.5) c.initiator = pick(next, INITIATORS);
          else if (r < 0.6) { c.date = pick(next, DATES); c.initiator = pick(next, INITIATORS); }
        }
        const c = clusters[id]!;
        index.add(id, c.type, c.date, c.initiator);
        oracle.add(id, c.type, c.date, c.initiator);
        const [type, date, initiator, counterpart] = [pick(next, TYPES), pick(next, DATES), pick(next, INITIATORS), pick(next, INITIATORS)];
        const got = [...index.candidates(type, date, initiator, counterpart)].sort((a, b) => a - b);
        const want = [...oracle.candidates(type, date, initiator, counterpart)].sort((a, b) => a - b);
        expect(got, JSON.stringify({ n, step, clusters, type, date, initiator, counterpart })).toEqual(want);
      }
    }
  });
});
