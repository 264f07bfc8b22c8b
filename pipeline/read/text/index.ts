// Plain-text articles saved from web pages: the leading title, the dateline, and the page
// furniture (breadcrumbs, bylines, badges, credits, bios, related lists) blanked to spaces so that
// extractors see only the article at unchanged offsets.
import type { Dateline, PublishedDate, Span } from '../../model.js';
import { isoDay } from './date-phrase.js';
import { countWords, endsLikeSentence, isProse, splitLines, type Furniture, type Line, type PageShape } from './lines.js';
import { LINE_RULES, PAGE_RULES, closingCredit, datelineRule, isCaption, sectionLabels } from './rules/index.js';
import { lowerBound, startOf } from '../../lib/sorted.js';

export type { Furniture } from './lines.js';

export interface TextArticle {
  /** The text with furniture blanked to spaces (line ends kept), offsets unchanged. */
  content: string;
  title: string | null;
  dateline: Dateline | null;
  /** Set when the dateline or, failing that, the closing credit line gives a full date (basis "dateline"). */
  published: PublishedDate | null;
  /** Which line gave `published`: "dateline" (at the top) or "credit-line" ("Published in Dawn, May 3rd, 2024" at the end). */
  publishedRule: 'dateline' | 'credit-line' | null;
  /** What was blanked, with the rule that found it (merged spans, in order). */
  furniture: Furniture[];
}

/** The title stands above the first paragraph: 3 to 30 words, not a sentence, not a caption. */
function findTitle(page: PageShape, isFurniture: (l: Line) => boolean): Line | null {
  for (const line of page.lines.slice(0, page.topEnd)) {
    const count = countWords(line.text, 31);
    if (count < 3 || count > 30 || isFurniture(line) || endsLikeSentence(line.text) || isCaption(line)) continue;
    return line;
  }
  return null;
}

/** The line holding an offset: the last one starting at or before it (lines are in order). */
function lineAt(lines: Line[], offset: number): Line | undefined {
  return lines[Math.max(0, lowerBound(lines, offset + 1, startOf) - 1)];
}

/** Refiner: overlapping or touching spans become one (the first rule's name is kept). */
function mergeSpans(spans: Furniture[]): Furniture[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: Furniture[] = [];
  for (const s of sorted) {
    const last = merged[merged.length - 1];
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else merged.push({ ...s });
  }
  return merged;
}

/** Blanks the spans to spaces, keeping line terminators, so every offset stays where it was. */
export function blankSpans(text: string, spans: Furniture[]): string {
  let out = '';
  let at = 0;
  for (const s of spans) {
    out += text.slice(at, s.start) + text.slice(s.start, s.end).replace(/[^\r\n]/g, ' ');
    at = s.end;
  }
  return out + text.slice(at);
}

export interface ReadTextOptions {
  /** Spans of the text that the page's markup shows are headings of the body (a timeline's dates). */
  headings?: Span[];
}

/** The page's shape: where its top ends and its body begins, and which lines are headings. */
export function pageShape(lines: Line[], headings: Span[] = []): PageShape {
  const paragraphs: number[] = [];
  for (const line of lines) {
    if (paragraphs.length === 2) break;
    if (isProse(line) && !isCaption(line)) paragraphs.push(line.index);
  }
  // Both lists are in text order: one pass pairs each heading with the lines that start inside it.
  const headingLines = new Set<number>();
  let h = 0;
  for (const line of lines) {
    while (h < headings.length && headings[h]!.end <= line.start) h++;
    const heading = headings[h];
    if (heading && heading.start <= line.start && line.start < heading.end) headingLines.add(line.index);
  }
  return { lines, topEnd: paragraphs[0] ?? lines.length, bodyStart: paragraphs[1] ?? lines.length, headings: headingLines };
}

export function readTextArticle(text: string, options: ReadTextOptions = {}): TextArticle {
  const lines = splitLines(text);
  const page = pageShape(lines, options.headings);

  const found: Furniture[] = [];
  const wholeLines = new Set<number>();
  let dateline: Dateline | null = null;
  let published: PublishedDate | null = null;
  let datelineUpdated = false;
  for (const line of lines) {
    if (!line.text.trim()) continue;
    const date = datelineRule.find(line, page);
    if (date) {
      found.push({ start: date.start, end: date.end, rule: date.rule });
      wholeLines.add(line.index);
      // The first dateline wins, unless it was an "Updated" line and a publication line follows.
      if (!dateline || (datelineUpdated && !date.updated)) {
        dateline = date.dateline;
        datelineUpdated = date.updated;
        const day = isoDay(date.dateline);
        published = day && !date.updated ? { value: day, basis: 'dateline' } : null;
      }
      continue;
    }
    for (const rule of LINE_RULES) {
      const hit = rule.find(line, page);
      if (!hit) continue;
      found.push(hit);
      if (hit.end - hit.start >= line.text.trim().length) wholeLines.add(line.index);
      break;
    }
  }
  for (const rule of PAGE_RULES) {
    for (const hit of rule(page)) {
      found.push(hit);
      const line = lineAt(lines, hit.start);
      if (line && hit.end - hit.start >= line.text.trim().length) wholeLines.add(line.index);
    }
  }
  // The closing credit line is furniture; its date is the publication's when no dateline gave one.
  const credit = closingCredit(page);
  let publishedRule: TextArticle['publishedRule'] = published ? 'dateline' : null;
  if (credit) {
    const { date, ...span } = credit;
    found.push(span);
    wholeLines.add(lineAt(lines, credit.start)!.index);
    const day = isoDay(date);
    if (!published && day) [published, publishedRule] = [{ value: day, basis: 'dateline' }, 'credit-line'];
  }
  const isFurniture = (l: Line): boolean => wholeLines.has(l.index);
  const title = findTitle(page, isFurniture);
  if (title) found.push(...sectionLabels(lines, title.index, isFurniture));

  const furniture = mergeSpans(found);
  return { content: blankSpans(text, furniture), title: title ? title.text.trim() : null, dateline, published, publishedRule, furniture };
}
