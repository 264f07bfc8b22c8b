// Briefing transcripts: a paragraph that a journalist's question opens ("QUESTION (Name, Outlet):
// Sir, there are reports that ...", "Q: Tehran has reportedly threatened ...") reports what the
// asker heard; the spokesperson's answer states what happened. A heading such as "QUESTION HOUR"
// is no question: the label must be followed by the asker in brackets or by a colon.
import type { Span } from '../../model.js';

const QUESTION_LABEL = /^\s*(?:QUESTION|Question|Q)\s*(?:\([^()\n]{0,80}\)\s*)?:/;

/** Whether a paragraph is a question put at a briefing, by its label. */
export const isAskedQuestion = (content: string, paragraph: Span): boolean =>
  QUESTION_LABEL.test(content.slice(paragraph.start, Math.min(paragraph.end, paragraph.start + 100)));
