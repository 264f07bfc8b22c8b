// The mentions table's rows of one source: every date, actor and amount it found, with offsets.
// They depend on that source's extraction alone (no other source, no merged event), which is
// why a rerun takes them rendered from the cache (emit/mention-block.ts) instead of rebuilding them.
import type { Mention } from '../generated/dataset.js';
import type { SourceExtraction } from '../model.js';
import { compareText } from '../lib/json.js';

type MentionSource = Pick<SourceExtraction, 'source' | 'dates' | 'actors' | 'amounts'>;

/** The source's mention rows in table order: by offset, then kind, then end. */
export function mentionRows(x: MentionSource): Mention[] {
  const sid = x.source.source_id;
  const rows: Mention[] = [];
  const mention = (kind: Mention['kind'], m: { start: number; end: number; text: string; rule: string }, value: string): Mention =>
    ({ mention_id: flatText([sid, ':', kind.charAt(0), ':', m.start, '-', m.end]), source_id: sid, kind, text: m.text, char_start: m.start, char_end: m.end, value, rule: m.rule });
  for (const d of x.dates) rows.push(mention('date', d, d.value));
  for (const a of x.actors) rows.push(mention('actor', a, a.actor_id));
  for (const a of x.amounts) rows.push(mention('amount', a, decimal(a.value)));
  return rows.sort((a, b) => a.char_start - b.char_start || compareText(a.kind, b.kind) || a.char_end - b.char_end);
}

/**
 * The parts joined as one flat string. A template literal makes a rope of its parts, which V8
 * flattens only when the string is first read: at 10,000 sources the ids of the mentions alone
 * held ~200 MB more as ropes than flat until validation read them (~2.5× their flat size).
 */
export function flatText(parts: Array<string | number>): string {
  return parts.join('');
}

/** A number in plain decimal notation (no exponent), as the mentions table writes values. */
export function decimal(value: number): string {
  if (Number.isInteger(value) && Math.abs(value) < 1e21) return BigInt(value).toString();
  const text = String(value);
  return /e/i.test(text) ? value.toFixed(20).replace(/\.?0+$/, '') : text;
}
