// Photo captions are content (the caption text), even where they stand among furniture.
import { alternation, furniture } from '../lexicon.js';
import type { Line } from '../lines.js';
import { photoCredit } from './photo-credit.js';

const opener = new RegExp(`^[\\s\\u00a0]*(?:${alternation(furniture.captionOpeners)})`, 'i');

/**
 * A caption line: it opens like one or closes with a photo credit.
 * accepts  "Image: A man looks at a television screen ...", "FILE - In this photo released by ...",
 *          "Activists protest in Lahore on 19 January 2024 ... [Getty]"
 * rejects  "Imagine a region where ..." (the opener needs its colon or dash)
 */
export const isCaption = (line: Line): boolean => opener.test(line.text) || photoCredit.find(line) !== null;
