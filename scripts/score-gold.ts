// Scores a release against hand annotations (test/gold/seeds, following test/gold/GUIDELINES.md),
// with the matching rules of the project's reference scorer: dates as multisets of EDTF values,
// actors as sets matched by folded names, figures by unit and value (0.5 %), events lenient
// (nested dates and an overlapping actor) and strict (date within gold, same type, actor1).
import fs from 'node:fs';
import path from 'node:path';
import type { Actor, Event, Figure, Mention, Source } from '../pipeline/generated/dataset.js';
import { edtfWithin } from '../pipeline/lib/edtf.js';

export interface Release { sources: Source[]; actors: Actor[]; events: Event[]; figures: Figure[]; mentions: Mention[] }
interface GoldActor { name: string; aliases: string[]; type: string; country: string | null }
interface GoldEvent { date: string; type: string; actor1: string | null; actor2: string | null }
interface Gold { doc: string; published: string; dates: Array<{ value: string }>; actors: GoldActor[]; figures: Array<{ value: number; unit: string }>; events: GoldEvent[] }

export interface Score { tp: number; pred: number; gold: number; p: number; r: number; f: number }
export const KINDS = ['dates', 'actors', 'figures', 'events_lenient', 'events_strict'] as const;
export type ScoreTable = Record<(typeof KINDS)[number], Score> & { dataset_events: Score; duplicates: number; published_exact: number; published_compatible: number; sources: number };

const fold = (s: unknown) => String(s ?? '').normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/^the\s+/, '').replace(/[^a-z0-9]+/g, '');
const AGENTS = new Set(['state', 'government', 'military', 'person']);
const nested = (a: string, b: string) => a === b || edtfWithin(a, b) || edtfWithin(b, a);
const intersects = (a: Set<string>, b: Set<string>) => [...a].some((x) => b.has(x));

function prf(tp: number, pred: number, gold: number): Score {
  const p = pred ? tp / pred : gold ? 0 : 1;
  const r = gold ? tp / gold : 1;
  return { tp, pred, gold, p, r, f: p + r ? (2 * p * r) / (p + r) : 0 };
}

function greedy<P, G>(pred: P[], gold: G[], ok: (p: P, g: G) => boolean): number {
  const used = new Set<number>();
  let tp = 0;
  for (const p of pred) {
    const j = gold.findIndex((g, k) => !used.has(k) && ok(p, g));
    if (j >= 0) { used.add(j); tp++; }
  }
  return tp;
}

export function readRelease(dir: string): Release {
  const read = (t: string) => JSON.parse(fs.readFileSync(path.join(dir, 'json', `${t}.json`), 'utf8'));
  return { sources: read('sources'), actors: read('actors'), events: read('events'), figures: read('figures'), mentions: read('mentions') };
}

export function scoreRelease(goldDir: string, release: Release): ScoreTable {
  const byId = new Map(release.actors.map((a) => [a.actor_id, a]));
  const namesOf = (a: { name: string; aliases: string[]; type: string; country: string | null } | undefined, asAgent: boolean) => {
    const names = new Set([a?.name, ...(a?.aliases ?? [])].map(fold).filter(Boolean));
    if (asAgent && a && AGENTS.has(a.type) && a.country) names.add(`@${a.country}`);
    return names;
  };
  const namesOfId = (id: string | null, asAgent = false) => (id == null ? new Set<string>() : byId.has(id) ? namesOf(byId.get(id), asAgent) : new Set([fold(id)]));
  const sums = Object.fromEntries(KINDS.map((k) => [k, [0, 0, 0]])) as Record<(typeof KINDS)[number], number[]>;
  let exact = 0;
  let compatible = 0;
  const files = fs.readdirSync(goldDir).filter((f) => f.endsWith('.json')).sort();
  for (const file of files) {
    const gold = JSON.parse(fs.readFileSync(path.join(goldDir, file), 'utf8')) as Gold;
    const sid = gold.doc;
    const add = (k: (typeof KINDS)[number], tp: number, pred: number, g: number) => { sums[k][0]! += tp; sums[k][1]! += pred; sums[k][2]! += g; };
    const pDates = release.mentions.filter((m) => m.source_id === sid && m.kind === 'date').map((m) => m.value);
    add('dates', greedy(pDates, gold.dates.map((d) => d.value), (a, b) => a === b), pDates.length, gold.dates.length);
    const pActors = [...new Set(release.mentions.filter((m) => m.source_id === sid && m.kind === 'actor').map((m) => m.value))].map((id) => namesOfId(id));
    const gActors = gold.actors.map((a) => namesOf(a, false));
    add('actors', greedy(pActors, gActors, intersects), pActors.length, gActors.length);
    const pFig = release.figures.filter((f) => f.source_id === sid);
    add('figures', greedy(pFig, gold.figures, (p, g) => p.unit === g.unit && Math.abs(p.value - g.value) <= Math.abs(g.value) * 0.005), pFig.length, gold.figures.length);
    const gNames = new Map(gold.actors.map((a) => [a.name, namesOf(a, true)]));
    const gOf = (n: string | null) => (n == null ? new Set<string>() : gNames.get(n) ?? new Set([fold(n)]));
    const pEv = release.events.filter((e) => e.source_ids.includes(sid));
    const lenient = (p: Event, g: GoldEvent) => {
      if (!nested(p.date, g.date)) return false;
      const pa = new Set([...namesOfId(p.actor1_id, true), ...namesOfId(p.actor2_id, true)]);
      const ga = new Set([...gOf(g.actor1), ...gOf(g.actor2)]);
      return pa.size || ga.size ? intersects(pa, ga) : p.event_type === g.type;
    };
    const strict = (p: Event, g: GoldEvent) => lenient(p, g) && (p.date === g.date || edtfWithin(p.date, g.date)) && p.event_type === g.type
      && (g.actor1 == null ? p.actor1_id == null : intersects(namesOfId(p.actor1_id, true), gOf(g.actor1)));
    add('events_lenient', greedy(pEv, gold.events, lenient), pEv.length, gold.events.length);
    add('events_strict', greedy(pEv, gold.events, strict), pEv.length, gold.events.length);
    const pub = release.sources.find((s) => s.source_id === sid)?.published ?? null;
    if (pub === gold.published) exact++;
    if (pub && nested(pub, gold.published)) compatible++;
  }
  const dataset = scoreDatasetEvents(goldDir, files, release, namesOf, namesOfId);
  const table = Object.fromEntries(KINDS.map((k) => [k, prf(sums[k][0]!, sums[k][1]!, sums[k][2]!)])) as Record<(typeof KINDS)[number], Score>;
  return { ...table, dataset_events: dataset.score, duplicates: dataset.duplicates, published_exact: exact, published_compatible: compatible, sources: files.length };
}

type NamesOf = (a: GoldActor | Actor | undefined, asAgent: boolean) => Set<string>;
type NamesOfId = (id: string | null, asAgent?: boolean) => Set<string>;

/**
 * Events across all sources: gold events of one type with nested dates and the same initiator are
 * one happening; a predicted event that only fits happenings already matched is a duplicate.
 */
function scoreDatasetEvents(goldDir: string, files: string[], release: Release, namesOf: NamesOf, namesOfId: NamesOfId): { score: Score; duplicates: number } {
  const happenings: Array<{ type: string; date: string; dates: string[]; actor1: Set<string>; names: Set<string> }> = [];
  for (const file of files) {
    const gold = JSON.parse(fs.readFileSync(path.join(goldDir, file), 'utf8')) as Gold;
    const names = new Map(gold.actors.map((a) => [a.name, namesOf(a, true)]));
    const of = (x: string | null) => (x == null ? new Set<string>() : names.get(x) ?? new Set([fold(x)]));
    for (const e of gold.events) {
      const a1 = of(e.actor1);
      let h = happenings.find((c) => c.type === e.type && c.dates.some((d) => nested(d, e.date)) && (a1.size || c.actor1.size ? intersects(a1, c.actor1) : true));
      if (!h) happenings.push((h = { type: e.type, date: e.date, dates: [], actor1: new Set(), names: new Set() }));
      h.dates.push(e.date);
      if (edtfWithin(e.date, h.date)) h.date = e.date;
      for (const n of a1) h.actor1.add(n);
      for (const n of [...a1, ...of(e.actor2)]) h.names.add(n);
    }
  }
  const scored = new Set(files.map((f) => f.replace(/\.json$/, '')));
  const predicted = release.events.filter((e) => e.source_ids.some((s) => scored.has(s)));
  const fits = (p: Event, h: (typeof happenings)[number]) => {
    if (!h.dates.some((d) => nested(p.date, d))) return false;
    const pn = new Set([...namesOfId(p.actor1_id, true), ...namesOfId(p.actor2_id, true)]);
    return pn.size || h.names.size ? intersects(pn, h.names) : p.event_type === h.type;
  };
  const matched = new Set<number>();
  let tp = 0;
  let duplicates = 0;
  const sameType = (p: Event) => happenings.some((h) => fits(p, h) && h.type === p.event_type);
  for (const p of [...predicted.filter(sameType), ...predicted.filter((e) => !sameType(e))]) {
    const ranked = happenings.map((h, j) => ({ h, j })).filter(({ h }) => fits(p, h))
      .sort((a, b) => Number(matched.has(a.j)) - Number(matched.has(b.j)) || Number(a.h.type !== p.event_type) - Number(b.h.type !== p.event_type));
    const best = ranked[0];
    if (!best) continue;
    if (matched.has(best.j)) duplicates++;
    else { matched.add(best.j); tp++; }
  }
  return { score: prf(tp, predicted.length, happenings.length), duplicates };
}
