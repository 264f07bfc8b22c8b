// Section labels above the title: a short Title Case line before the headline is the site's
// section ("New Atlanticist", "Opinion"), not part of the article.
import { countWords, endsLikeSentence, isTitleCase, trimmedSpan, type Furniture, type Line } from '../lines.js';

/**
 * section-label: a line of at most three Title Case words above the title.
 * accepts  "New Atlanticist", "World News", "South Asia"
 * rejects  the same words below the title ("Split Focus" is a heading), "Iran strikes." (a sentence),
 *          "The skies are quiet, but ..." (the title itself)
 */
export function sectionLabels(lines: Line[], titleIndex: number, isFurniture: (l: Line) => boolean): Furniture[] {
  return lines.slice(0, Math.max(0, titleIndex)).flatMap((l) => {
    const count = countWords(l.text, 4);
    if (count === 0 || count > 3 || isFurniture(l) || !isTitleCase(l.text) || endsLikeSentence(l.text)) return [];
    const span = trimmedSpan(l);
    return span ? [{ ...span, rule: 'section-label' }] : [];
  });
}
