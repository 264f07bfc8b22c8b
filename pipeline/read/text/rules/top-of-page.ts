// Furniture at the top of a saved page, before the first paragraph: breadcrumbs and tag lines.
import { furniture } from '../lexicon.js';
import { MAX_SHORT_LINE, trimmedSpan, words, type Furniture, type Line, type PageShape } from '../lines.js';

// (A constant: a regex literal with \p{…} inside a function is built again at every call in the
// worker bundle, where esbuild writes it as `new RegExp(…)`.)
const CAPITAL_START = /^\p{Lu}/u;

const sectionWords = new Set(furniture.sectionWords.map((w) => w.toLowerCase()));

/**
 * breadcrumb: a bulleted line above the first paragraph.
 * accepts  "• Home", "  • Edge of Escalation: Navigating ...", "  • Iran", "› World › Asia"
 * rejects  "• Iran will host the talks, officials said ..." below the first paragraph (a list item)
 */
export const breadcrumb = {
  name: 'breadcrumb',
  find(line: Line, page: PageShape): Furniture | null {
    if (line.index >= page.topEnd || !/^[\s\u00a0]*[•›»>·▸][\s\u00a0]/.test(line.text)) return null;
    const span = trimmedSpan(line);
    return span && { ...span, rule: this.name };
  },
};

/**
 * tag-line: a line of section or topic names above the first paragraph.
 * accepts  "Conflict Economy & Business Iran Oil and Gas Pakistan Politics & Diplomacy",
 *          "Politics | Security"
 * rejects  "Iran and Pakistan: Navigating Neighborhood Ties" (a title: colon, one section word at most),
 *          "Where is the Iran-Pakistan relationship heading?" (lower-case words)
 */
export const tagLine = {
  name: 'tag-line',
  find(line: Line, page: PageShape): Furniture | null {
    if (line.index >= page.topEnd || line.text.length > MAX_SHORT_LINE || /[:?!.]/.test(line.text)) return null;
    const tokens = words(line.text);
    if (tokens.length < 2 || tokens.length > 20) return null;
    let sections = 0;
    for (const t of tokens) {
      if (/^(?:&|\||\/|and|,)$/.test(t)) continue;
      if (!CAPITAL_START.test(t)) return null;
      if (sectionWords.has(t.toLowerCase().replace(/,$/, ''))) sections++;
    }
    const separated = /[|/]/.test(line.text);
    if (sections < 2 && !(separated && sections >= 1)) return null;
    const span = trimmedSpan(line);
    return span && { ...span, rule: this.name };
  },
};
