// The happenings a mention may join, found without comparing it with every cluster: clusters
// are filed by event type, by the months their dates have covered and by their initiator, so a
// mention is held only to clusters of its type whose dates can agree with its own (within a
// day's slack) and whose initiator can be its own (the same, none yet, or, for a mutual act
// naming the parties in the other order, its counterpart).
// Candidates come back in no particular order: the caller breaks ties between equal fits by
// cluster id (the earliest), so the best fit is the one a scan of all clusters would pick.
import { dateRange } from './date-range.js';

const DAY = 86_400_000;
/** A range longer than this many months (a decade, a long interval) is checked against every cluster of its type. */
const WIDE_MONTHS = 24;

/** Months since year 0 of the month holding `ms` (UTC). */
const monthOf = (ms: number): number => {
  const d = new Date(ms);
  return d.getUTCFullYear() * 12 + d.getUTCMonth();
};

/** The months a date covers, with a day's slack either side; null for a wide or invalid date. */
export function monthsOf(date: string): number[] | null {
  const r = dateRange(date);
  if (!r) return null;
  const first = monthOf(r.start - DAY);
  const last = monthOf(r.end + DAY);
  if (last - first > WIDE_MONTHS) return null;
  const months: number[] = [];
  for (let m = first; m <= last; m++) months.push(m);
  return months;
}

interface TypeIndex {
  /** By month, all clusters; by `month|initiator`, the clusters with that initiator ('' for none yet). */
  byMonth: Map<number, number[]>;
  byMonthAndInitiator: Map<string, number[]>;
  /** Clusters that once had a wide date: candidates for every mention. */
  wide: number[];
  /** Every cluster of the type, for mentions with a wide date. */
  all: number[];
}

export class ClusterIndex {
  private readonly types = new Map<string, TypeIndex>();
  /** Per cluster, the months it is filed under (to file a new date only once). */
  private readonly filed: Array<Set<string> | null> = [];
  /**
   * Per cluster, the date and initiator it was last filed under: filing them again adds nothing,
   * and a merge files its cluster again after every mention that joins it (most change neither).
   */
  private readonly lastDate: string[] = [];
  private readonly lastInitiator: Array<string | null> = [];

  /**
   * Files cluster `id` (ids are given in creation order, each with one type) under its type, the months of `date`
   * and its initiator; called again whenever its date or initiator changes (older filings stay:
   * candidates are a superset, each then checked in full).
   */
  add(id: number, type: string, date: string, initiator: string | null): void {
    if (this.filed[id] !== undefined && this.lastDate[id] === date && this.lastInitiator[id] === initiator) return;
    this.lastDate[id] = date;
    this.lastInitiator[id] = initiator;
    let t = this.types.get(type);
    if (!t) { t = { byMonth: new Map(), byMonthAndInitiator: new Map(), wide: [], all: [] }; this.types.set(type, t); }
    if (this.filed[id] === undefined) { this.filed[id] = new Set(); t.all.push(id); }
    const filed = this.filed[id];
    if (filed === null) return; // already among the wide ones
    const months = monthsOf(date);
    if (!months) { this.filed[id] = null; t.wide.push(id); return; }
    for (const m of months) {
      if (!filed?.has(String(m))) {
        filed?.add(String(m));
        push(t.byMonth, m, id);
      }
      const key = `${m}|${initiator ?? ''}`;
      if (!filed?.has(key)) {
        filed?.add(key);
        push(t.byMonthAndInitiator, key, id);
      }
    }
  }

  /**
   * Ids of the clusters of `type` whose dates may agree with `date` and whose initiator may be
   * `initiator` (or `counterpart`, for a mutual act), each once, in no particular order. A
   * mention with no initiator may join any.
   */
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
