// Which words of an evidence quote to highlight. Two kinds, drawn differently:
// - actor: the names and aliases of the event's two actors, as whole words ("ISPR", "Iran's"),
//   because a reader checks first that the sentence is about who the event says;
// - trigger: the words of the event's subtype ("missile and drone strike" marks "missiles",
//   "drone", "strikes"), matched from the start of a word by a crude stem, because the subtype
//   is what the trigger rule recognised, so it shows why the sentence became this event.
// Pure and linear in (terms x quote length); no regular expressions are built from data.

export type HighlightKind = 'actor' | 'trigger';

export interface HighlightTerm {
  text: string;
  kind: HighlightKind;
}

export interface HighlightRange {
  start: number; // UTF-16, end exclusive
  end: number;
  kind: HighlightKind;
}

const STOP_WORDS = new Set(['and', 'the', 'with', 'from', 'into', 'over', 'for', 'of', 'on', 'in', 'to', 'by', 'at', 'a', 'an', 'or']);

const isWordChar = (c: string | undefined): boolean => c !== undefined && /[\p{L}\p{N}]/u.test(c);

/** Lowercases unit by unit so offsets into the copy are offsets into the original. */
function lowerSameLength(text: string): string {
  const lowered = text.toLowerCase();
  if (lowered.length === text.length) return lowered;
  let out = '';
  for (const unit of text.split('')) {
    const low = unit.toLowerCase();
    out += low.length === 1 ? low : unit;
  }
  return out;
}

/** The words of a subtype worth marking, each cut to a stem ("strike" -> "strik"). */
export function triggerTerms(subtype: string | null): HighlightTerm[] {
  if (!subtype) return [];
  return subtype
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length >= 3 && !STOP_WORDS.has(word))
    .map((word) => ({ text: stem(word), kind: 'trigger' as const }));
}

const SUFFIXES = ['ments', 'ment', 'ings', 'ing', 'ions', 'ion', 'ed', 'es', 's'];

/** A crude stem that still starts the word's other forms: agreement -> agre (agreed), warning -> warn. */
export function stem(word: string): string {
  const suffix = SUFFIXES.find((s) => word.endsWith(s) && word.length - s.length >= 4);
  const base = suffix ? word.slice(0, -suffix.length) : word;
  return base.length > 4 && base.endsWith('e') ? base.slice(0, -1) : base;
}

export function highlightRanges(quote: string, terms: HighlightTerm[]): HighlightRange[] {
  const haystack = lowerSameLength(quote);
  const found: HighlightRange[] = [];
  for (const term of terms) {
    const needle = term.text.toLowerCase();
    if (needle.length === 0) continue;
    for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + 1)) {
      if (isWordChar(haystack[at - 1])) continue; // must start a word
      let end = at + needle.length;
      if (term.kind === 'trigger') {
        while (isWordChar(haystack[end])) end += 1; // the stem's whole word
      } else if (isWordChar(haystack[end])) {
        continue; // a name must end a word ("Iran" is not marked in "Iranian")
      }
      found.push({ start: at, end, kind: term.kind });
    }
  }
  // Longest first at each start, then drop whatever overlaps an earlier range.
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: HighlightRange[] = [];
  for (const range of found) {
    const last = kept[kept.length - 1];
    if (last && range.start < last.end) continue;
    kept.push(range);
  }
  return kept;
}
