// Numeric dates in ISO 8601 order: "2024-01-16", "2024/01/16".
import { day } from '../calendar.js';
import { candidate, type Rule } from '../types.js';
import { END, START, explicitReading } from './shared.js';

/**
 * Accepts: "2024-01-16", "2024/1/16".
 * Rejects: "2024-13-01" (month 13), "2024-02-31" (no such day), "12024-01-16".
 */
export const isoDate: Rule = {
  name: 'iso-date',
  pattern: new RegExp(`${START}(?<year>1\\d{3}|20\\d{2})(?<sep>[-/])(?<month>[01]?\\d)\\k<sep>(?<day>[0-3]?\\d)${END}`, 'gdu'),
  extract(match) {
    const g = match.groups ?? {};
    const point = day(Number(g['year']), Number(g['month']), Number(g['day']));
    return point ? candidate(this.name, match, () => explicitReading(point)) : null;
  },
};
