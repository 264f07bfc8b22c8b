// Merging mentions into happenings across sources: precision tolerance, agents for their state,
// named target vs struck state, a day's drift; distinct happenings of one day kept apart; stable ids.
import { describe, expect, it } from 'vitest';
import type { Actor } from '../../pipeline/generated/dataset.js';
import type { EventCandidate, Quoted } from '../../pipeline/model.js';
import { mergeEvents, type SourceEvents } from '../../pipeline/normalize/events/index.js';
import { DEFINITIONS } from './helpers.js';

const actors = new Map<string, Actor>(DEFINITIONS.map((d) => [d.actor_id, d]));
let offset = 0;
function mention(type: EventCandidate['event_type'], a1: string | null, a2: string | null, date: string | null,
  more: Partial<EventCandidate> = {}): Quoted<EventCandidate> {
  const start = (offset += 100);
  return { sentence: { start, end: start + 50 }, trigger: { start: start + 5, end: start + 11 }, rule: 'test', event_type: type,
    subtype: null, actor1_id: a1, actor2_id: a2, mutual: false, date, location: null, country: null, fatalities: null, injuries: null,
    salience: 'core', quote: `mention at ${start}`, ...more };
}
const source = (source_id: string, ...events: Quoted<EventCandidate>[]): SourceEvents => ({ source_id, events });
/**
 * A mention stated by `sentence`, its trigger the first occurrence of `trigger` there; `mutual`
 * when extraction read its two parties as the clause's joint subject.
 */
function stated(type: EventCandidate['event_type'], a1: string | null, a2: string | null, date: string, sentence: string, trigger: string, mutual = false): Quoted<EventCandidate> {
  const start = (offset += 1000);
  const at = start + sentence.indexOf(trigger);
  return { ...mention(type, a1, a2, date, { mutual }), sentence: { start, end: start + sentence.length }, trigger: { start: at, end: at + trigger.length }, quote: sentence };
}

describe('mergeEvents', () => {
  it('joins "January 2024" and "16 January 2024", keeping the more precise date', () => {
    const { events, evidence } = mergeEvents([
      source('a', mention('ASSAULT', 'iran', 'pakistan', '2024-01')),
      source('b', mention('ASSAULT', 'iran', 'pakistan', '2024-01-16')),
    ], actors);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ date: '2024-01-16', date_precision: 'day', source_ids: ['a', 'b'] });
    expect(evidence).toHaveLength(2);
  });

  it('takes an agent for its state, and a named target for the struck state', () => {
    const { events } = mergeEvents([
      source('a', mention('ASSAULT', 'irgc', 'jaish-al-adl', '2024-01-16')),
      source('b', mention('ASSAULT', 'iran', 'pakistan', '2024-01-16')),
    ], actors);
    expect(events).toHaveLength(1);
    expect(events[0]!.actor2_id).toBe('jaish-al-adl'); // the targeted group where named
  });

  it('tolerates a day between reports (time zones) but not two', () => {
    const oneDay = mergeEvents([source('a', mention('ASSAULT', 'pakistan', 'iran', '2024-01-18')),
      source('b', mention('ASSAULT', 'pakistan', 'iran', '2024-01-17'))], actors);
    expect(oneDay.events).toHaveLength(1);
    const twoDays = mergeEvents([source('a', mention('ASSAULT', 'iran', 'syria', '2024-01-14')),
      source('b', mention('ASSAULT', 'iran', 'syria', '2024-01-16'))], actors);
    expect(twoDays.events).toHaveLength(2);
  });

  it('keeps a visitor\'s meetings with different people apart', () => {
    const { events } = mergeEvents([source('a', mention('CONSULT', 'raisi', 'sharif', '2024-04-22'), mention('CONSULT', 'raisi', 'dar', '2024-04-23'))], actors);
    expect(events).toHaveLength(2);
    const same = mergeEvents([source('a', mention('CONSULT', 'raisi', 'sharif', '2024-04-22')), source('b', mention('CONSULT', 'raisi', 'sharif', '2024-04-22'))], actors);
    expect(same.events).toHaveLength(1);
  });

  it('never merges distinct happenings of the same day', () => {
    const { events } = mergeEvents([source('a',
      mention('ASSAULT', 'iran', 'pakistan', '2024-01-16'),
      mention('COOPERATE', 'iran', 'pakistan', '2024-01-16'),
      mention('ASSAULT', 'iran', 'syria', '2024-01-16'))], actors);
    expect(events.map((e) => `${e.event_type} ${e.actor2_id}`).sort()).toEqual(['ASSAULT pakistan', 'ASSAULT syria', 'COOPERATE pakistan']);
  });

  it('keeps apart meetings of different people of one state on one day, and joins the same person’s', () => {
    const { events } = mergeEvents([source('a',
      mention('CONSULT', 'pezeshkian', 'sharif', '2025-08-03'),
      mention('CONSULT', 'araghchi', 'dar', '2025-08-03'),
      mention('CONSULT', 'pezeshkian', 'pakistan', '2025-08-03')),
    source('b', mention('CONSULT', 'iran', 'pakistan', '2025-08'))], actors);
    expect(events.map((e) => `${e.actor1_id}>${e.actor2_id} ${e.source_ids.join(',')}`).sort())
      .toEqual(['araghchi>dar a', 'pezeshkian>sharif a,b']);
  });

  it('does not take the place of an attack for its target when a report names the struck state', () => {
    // "Gunmen shot dead nine Pakistani labourers in Iran" struck Pakistan; Pakistan's strikes that month struck Iran.
    const { events } = mergeEvents([source('a',
      mention('ASSAULT', null, 'pakistan', '2024-01-27', { location: 'Saravan', country: 'IRN' }),
      mention('ASSAULT', 'pakistan', 'iran', '2024-01'))], actors);
    expect(events).toHaveLength(2);
  });

  it('joins a mutual act reported with the parties in either order', () => {
    const { events } = mergeEvents([source('a', mention('SANCTION', 'iran', 'pakistan', '2024-01')),
      source('b', mention('SANCTION', 'pakistan', 'iran', '2024-01'))], actors);
    expect(events).toHaveLength(1);
  });

  it('keeps an act and the other side\'s answer to it on another day apart', () => {
    const { events } = mergeEvents([source('a',
      stated('SANCTION', 'india', 'pakistan', '2025-04-23', 'New Delhi suspended visas for Pakistani nationals on Wednesday.', 'suspended'),
      stated('SANCTION', 'pakistan', 'india', '2025-04-24', 'A day later Islamabad suspended all trade with India.', 'suspended'))], actors);
    expect(events.map((e) => `${e.date} ${e.actor1_id}>${e.actor2_id}`).sort()).toEqual(['2025-04-23 india>pakistan', '2025-04-24 pakistan>india']);
    // The same across sources: a protest answered with a protest.
    const protests = mergeEvents([source('a', stated('ACCUSE', 'iran', 'pakistan', '2024-03-04', 'Tehran summoned Pakistan\'s envoy on 4 March.', 'summoned')),
      source('b', stated('ACCUSE', 'pakistan', 'iran', '2024-03-05', 'Islamabad summoned the Iranian envoy in turn the next day.', 'summoned'))], actors);
    expect(protests.events).toHaveLength(2);
  });

  it('keeps an attack by unnamed gunmen apart from the struck side\'s answer the next day, but not from its own fight that day', () => {
    // Gunmen (no named agent) struck Pakistan's forces late on Tuesday; Pakistani troops struck back on Wednesday.
    const { events } = mergeEvents([source('a',
      stated('ASSAULT', null, 'pakistan', '2026-10-13', 'Gunmen ambushed a Pakistani checkpost late on Tuesday.', 'ambushed'),
      stated('ASSAULT', 'pakistan', null, '2026-10-14', 'Pakistani troops killed three militants on Wednesday morning.', 'killed'))], actors);
    expect(events.map((e) => `${e.date} ${e.actor1_id}>${e.actor2_id}`).sort()).toEqual(['2026-10-13 null>pakistan', '2026-10-14 pakistan>null']);
    // On the same day, the struck side's fire is the same fight told from its side.
    const fight = mergeEvents([source('a',
      stated('ASSAULT', null, 'iran', '2026-03-08', 'Gunmen stormed an Iranian post on Sunday.', 'stormed'),
      stated('ASSAULT', 'iran', null, '2026-03-08', 'Iranian guards killed two attackers in the firefight.', 'killed'))], actors);
    expect(fight.events).toHaveLength(1);
  });

  it('joins two reports of one meeting that name its parties in either order and date it by either of its days', () => {
    const { events } = mergeEvents([source('a', stated('CONSULT', 'pakistan', 'iran', '2025-11-16', 'Pakistani border officials held talks in Zahedan on Sunday.', 'talks')),
      source('b', stated('CONSULT', 'iran', 'pakistan', '2025-11-17', 'Iran hosted Pakistani border officials for talks that ended on Monday.', 'hosted'))], actors);
    expect(events).toHaveLength(1);
  });

  it('joins a mutual act with one side\'s report of it, though the reports date it a day apart', () => {
    const mutual = stated('SANCTION', 'iran', 'pakistan', '2024-01-18', 'Both sides recalled their ambassadors after the strikes.', 'recalled', true);
    const one = stated('SANCTION', 'pakistan', 'iran', '2024-01-17', 'Pakistan recalled its ambassador from Tehran on Wednesday.', 'recalled');
    expect(mergeEvents([source('a', mutual), source('b', one)], actors).events).toHaveLength(1);
    expect(mergeEvents([source('a', one), source('b', mutual)], actors).events).toHaveLength(1);
    // The same two reports, the first not read as mutual: one side's act and the other's a day later are two.
    const other = stated('SANCTION', 'iran', 'pakistan', '2024-01-18', 'Iran recalled its ambassador from Islamabad.', 'recalled');
    expect(mergeEvents([source('a', other), source('b', one)], actors).events).toHaveLength(2);
    const named = mergeEvents([source('a', stated('AGREE', 'pakistan', 'iran', '2024-01-22', 'Islamabad and Tehran agreed on Monday to return their envoys.', 'agreed', true)),
      source('b', stated('AGREE', 'iran', 'pakistan', '2024-01-23', 'Iran agreed with Pakistan that the envoys would return.', 'agreed'))], actors);
    expect(named.events).toHaveLength(1);
  });

  it('keeps apart two statements one source dates to two days, but not two reports of one statement a day apart', () => {
    const oneSource = mergeEvents([source('a',
      stated('AGREE', 'iran', 'pakistan', '2025-05-04', 'On Sunday Tehran offered to mediate between the neighbours.', 'offered'),
      stated('AGREE', 'araghchi', 'pakistan', '2025-05-05', 'On Monday Araghchi offered Iran\'s good offices again.', 'offered'))], actors);
    expect(oneSource.events.map((e) => e.date).sort()).toEqual(['2025-05-04', '2025-05-05']);
    const twoSources = mergeEvents([source('a', stated('AGREE', 'iran', 'pakistan', '2025-05-04', 'Tehran offered on Sunday to mediate.', 'offered')),
      source('b', stated('AGREE', 'iran', 'pakistan', '2025-05-05', 'Iran offered on Monday to mediate.', 'offered'))], actors);
    expect(twoSources.events).toHaveLength(1);
    // A visit straddles days: its arrival and its talks, dated by one source, stay one visit.
    const visit = mergeEvents([source('a', stated('CONSULT', 'raisi', 'pakistan', '2024-04-22', 'Raisi arrived in Islamabad on Monday.', 'arrived'),
      stated('CONSULT', 'raisi', 'pakistan', '2024-04-23', 'Raisi held talks in Lahore on Tuesday.', 'talks'))], actors);
    expect(visit.events).toHaveLength(1);
  });

  it('keeps the most conservative toll and shows the range', () => {
    const { events } = mergeEvents([source('a', mention('ASSAULT', 'pakistan', 'iran', '2024-01-18', { fatalities: 9 })),
      source('b', mention('ASSAULT', 'pakistan', 'iran', '2024-01-18', { fatalities: 7 }))], actors);
    expect(events[0]).toMatchObject({ fatalities: 7, fatalities_low: 7, fatalities_high: 9 });
  });

  it('lists undated mentions instead of publishing them', () => {
    const { events, undated } = mergeEvents([source('a', mention('ASSAULT', 'iran', 'pakistan', null))], actors);
    expect(events).toEqual([]);
    expect(undated).toHaveLength(1);
  });

  it('writes a short summary', () => {
    const { events } = mergeEvents([source('a', mention('ASSAULT', 'iran', 'jaish-al-adl', '2024-01-16',
      { subtype: 'missile and drone strikes', location: 'Panjgur', country: 'PAK', fatalities: 2 }))], actors);
    expect(events[0]!.summary).toBe('Iran: missile and drone strikes on Jaish al-Adl in Panjgur; 2 killed');
  });

  it('keeps every event id when a source that touches other events is added', () => {
    const a = source('a', mention('ASSAULT', 'iran', 'pakistan', '2024-01-16'), mention('SANCTION', 'pakistan', 'iran', '2024-01'));
    const c = source('c', mention('ASSAULT', 'iran', 'syria', '2024-01-14'));
    const before = mergeEvents([a], actors).events.map((e) => e.event_id).sort();
    const after = mergeEvents([c, a], actors).events.map((e) => e.event_id);
    for (const id of before) expect(after).toContain(id);
    expect(new Set(after).size).toBe(3);
  });

  it('gives the same output whatever order the sources come in', () => {
    const a = source('a', mention('ASSAULT', 'iran', 'pakistan', '2024-01'), mention('AGREE', 'iran', 'pakistan', '2024-01-22'));
    const b = source('b', mention('ASSAULT', 'irgc', 'jaish-al-adl', '2024-01-16'), mention('AGREE', 'pakistan', 'iran', '2024-01'));
    expect(mergeEvents([b, a], actors)).toEqual(mergeEvents([a, b], actors));
  });
});
