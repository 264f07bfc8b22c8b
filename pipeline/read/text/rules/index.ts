// The ordered registry of furniture rules for plain text. Line rules look at one line (and the
// page's shape); page rules look at the whole page once the title is known. Rules only propose
// spans; readTextArticle merges them (a refiner) and blanks them.
import type { Furniture, Line, PageShape } from '../lines.js';
import { bylineLine, followSocial } from './byline.js';
import { citationMarkers } from './citation-marker.js';
import { copyrightLine } from './copyright.js';
import { issueLine } from './issue-line.js';
import { datelineRule } from './dateline.js';
import { clockStampLine, fieldLabelLine, labelLine, postStampLine, readTimeBadge, subscribePrompt } from './labels.js';
import { photoCredit } from './photo-credit.js';
import { runningHeads } from './running-head.js';
import { breadcrumb, tagLine } from './top-of-page.js';
import { authorBios, trailingZone } from './trailing.js';

export interface LineRule {
  name: string;
  find(line: Line, page: PageShape): Furniture | null;
}

/** Rules that judge a line on its own. The dateline and closing-credit rules run separately: they also yield the date. */
export const LINE_RULES: LineRule[] = [
  breadcrumb,
  tagLine,
  issueLine,
  readTimeBadge,
  clockStampLine,
  postStampLine,
  labelLine,
  fieldLabelLine,
  subscribePrompt,
  bylineLine,
  followSocial,
  photoCredit,
  copyrightLine,
];

/** Rules over the whole page (after the line rules, since a zone keeps captions and skips blanks). */
export const PAGE_RULES: ((page: PageShape) => Furniture[])[] = [trailingZone, authorBios, runningHeads, citationMarkers];

export { datelineRule };
export { closingCredit } from './credit-line.js';
export { isCaption } from './caption.js';
export { sectionLabels } from './pre-title.js';
export { isOpener as opensTrailingZone } from './trailing.js';
