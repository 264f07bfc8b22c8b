// Date mentions of a text read against one document time (the tagger's readings as EDTF).
import type { DateMention } from '../../model.js';
import { timemlValueToEdtf } from './edtf.js';
import { joinRanges } from './ranges.js';
import { tag } from './tag.js';
import { periodsYearBack } from './year-back.js';

/** Date mentions in content, in EDTF: durations, sets, vague references and times of day are left
 * out; two dates written as a range are one interval, and "the same period last year" is the period
 * named before it a year back. */
export function readMentions(content: string, dct: string | null): DateMention[] {
  const mentions = tag(content, dct).flatMap(({ candidate, reading }) => {
    if (reading.timemlOnly || (reading.type !== 'DATE' && reading.type !== 'TIME')) return [];
    const value = timemlValueToEdtf(reading.value);
    return value ? [{ start: candidate.start, end: candidate.end, text: candidate.text, value, rule: candidate.rule }] : [];
  });
  return periodsYearBack(content, joinRanges(content, mentions));
}
