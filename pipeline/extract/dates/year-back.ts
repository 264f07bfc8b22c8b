// "the same period last year" compares with the period the sentence has just named, a year back:
// "from January to October, 38 percent more than in the same period last year" is January to
// October of the year before. With no period named before it in its sentence, the tagger's own
// reading stands (the quarter under discussion, as financial reports use it).
import type { DateMention } from '../../model.js';

/** The phrase of a period compared a year back ("the same period last year", "the corresponding period a year earlier"). */
const YEAR_BACK = /^(?:the\s+)?(?:same|corresponding|comparable)\s+period\s+(?:of\s+|in\s+)?(?:(?:the\s+)?(?:last|previous|preceding|prior)\s+year|a\s+year\s+(?:ago|earlier))$/iu;
/** A year or a month, or an interval of them: a day or a week a year back is no "period". */
const PERIOD = /^\d{4}(?:-\d{2})?(?:\/\d{4}(?:-\d{2})?)?$/u;
const SENTENCE_END = /[.!?;]\s/u;

const yearBefore = (value: string): string => value.replace(/\d{4}/gu, (year) => String(Number(year) - 1));

/** The mentions with each period compared a year back read as the period named before it in its sentence, a year earlier. */
export function periodsYearBack(content: string, mentions: DateMention[]): DateMention[] {
  return mentions.map((m, i) => {
    const named = mentions[i - 1];
    if (!named || !YEAR_BACK.test(m.text) || !PERIOD.test(named.value) || YEAR_BACK.test(named.text)) return m;
    if (SENTENCE_END.test(content.slice(named.end, m.start))) return m;
    return { ...m, value: yearBefore(named.value) };
  });
}
