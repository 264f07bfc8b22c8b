// A wire-service dateline opening the first paragraph: the place in capitals, the date, the agency.
import type { Dateline } from '../../../model.js';
import type { DatePhrase } from '../date-phrase.js';
import type { Line } from '../lines.js';
import { dateOnly } from './date-only.js';
import type { DatelineFound } from './dateline.js';

/**
 * The place, the date, then in brackets either the agency or the same date in the Gregorian
 * calendar (agencies that date by another calendar add it: "Ordibehesht 5, 1403 (April 24, 2024)").
 * accepts  "ISLAMABAD, Jan 27 (Reuters) - Gunmen shot ...", "TEHRAN, Iran, Aug. 3 (AP) — ...",
 *          "QUETTA/TEHRAN, March 12 (SAW) - ..." (a story filed from two places),
 *          "QUETTA, Pakistan, 27 October 2024: ...", "MASHHAD, Esfand 10, 1402 (February 29, 2024) - ..."
 * rejects  "ISLAMABAD: The caretaker government on Friday ..." (no date: the place alone is left),
 *          "Iran, Jan 27 - ..." (the place is not in capitals),
 *          "TEHRAN, Iran (April 24, 2024) - ..." (the bracketed date stands for no date before it)
 */
// The parts of a wire dateline: the place (its first word's letters given by each shape), up to two
// more places or a country, the date, then the agency and the dash.
const B = '[\\s\\u00a0]';
const MORE_PLACES = `(?:,${B}*\\p{Lu}[\\p{L}\\p{M} .'’-]{1,40}){0,2},${B}*`;
const DATE = '(?<date>[^()\\-–—:]{3,30}?)';
const BRACKET = `${B}*\\((?<bracket>[^()]{2,30})\\)`;
const DASH = `${B}*(?:[-–—:]+)${B}*`;
const wireDatelineShape = (place: string, agency: string): RegExp => new RegExp(`^${B}*\\p{Lu}${place}{1,40}${MORE_PLACES}${DATE}${agency}${DASH}`, 'du');

const WIRE_DATELINE = wireDatelineShape("[\\p{Lu}\\p{M} .'’/-]", `(?:${BRACKET})?`);
const AGENCY = /^[\p{L} .&]{2,30}$/u;

/**
 * Agencies that write the place in title case put the agency after the date, in capitals or in
 * brackets; the agency is what tells this dateline from a sentence that starts with a place.
 * accepts  "Zahedan, Dec. 3, IRNA -- ...", "Quetta, 12 March 2025, APP: ...", "Tehran, Jan 5 (IRNA) - ..."
 * rejects  "Iran, Jan 27 - ..." (no agency), "Tehran, Jan 5, Iran said - ..." (no agency in capitals)
 */
const TITLED_AGENCY = /^\p{Lu}[\p{L} .&]{1,29}$/u;
const TITLED_WIRE_DATELINE = wireDatelineShape("[\\p{L}\\p{M} .'’/-]", `(?:,${B}*\\p{Lu}{2,8}|${BRACKET})`);

function titledWireDateline(text: string): RegExpExecArray | null {
  const m = TITLED_WIRE_DATELINE.exec(text);
  return m && (m.groups!.bracket === undefined || TITLED_AGENCY.test(m.groups!.bracket)) ? m : null;
}

export function wireDateline(line: Line): DatelineFound | null {
  const m = WIRE_DATELINE.exec(line.text) ?? titledWireDateline(line.text);
  const groups = m?.indices?.groups;
  if (!m || !groups?.date) return null;
  const raw = m.groups!.date!;
  const bracket = m.groups!.bracket;
  let date: DatePhrase | null;
  let at: number;
  if (bracket !== undefined && !AGENCY.test(bracket)) {
    // The bracket gives the Gregorian equivalent of the date before it, which is in another calendar.
    date = /\d/.test(raw) ? dateOnly(bracket) : null;
    at = groups.bracket![0];
  } else {
    date = dateOnly(raw);
    at = groups.date[0];
  }
  if (!date) return null;
  const dateStart = line.start + at + date.start;
  const dateline: Dateline = { start: dateStart, end: dateStart + date.text.length, text: date.text, year: date.year, month: date.month, day: date.day };
  const lead = line.text.length - line.text.trimStart().length;
  return { start: line.start + lead, end: line.start + m[0].trimEnd().length, rule: 'wire-dateline', dateline, updated: false };
}
