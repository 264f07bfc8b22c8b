// Briefing transcripts: a paragraph that a journalist's question opens ("QUESTION (Name, Outlet):
// Sir, there are reports that ...", "Q: Tehran has reportedly threatened ...") reports what the
// asker heard; the spokesperson's answer states what happened. A heading such as "QUESTION HOUR"
// is no question: the label must be followed by the asker in brackets or by a colon. The answer's
// label names who speaks its first person.
import type { ActorMention, Span } from '../../model.js';

const QUESTION_LABEL = /^\s*(?:QUESTION|Question|Q)\s*(?:\([^()\n]{0,80}\)\s*)?:/;

/** Whether a paragraph is a question put at a briefing, by its label. */
export const isAskedQuestion = (content: string, paragraph: Span): boolean =>
  QUESTION_LABEL.test(content.slice(paragraph.start, Math.min(paragraph.end, paragraph.start + 100)));

/** A label in capitals that opens a line, up to its colon ("SPOKESPERSON SHAFQAT ALI KHAN:"). */
const SPEAKER_LABEL = /^[ \t]*(\p{Lu}[\p{Lu} .'’-]{1,80}?)[ \t]*:/u;

/**
 * "SPOKESPERSON SHAFQAT ALI KHAN: ... we formally requested ...": a label in capitals that opens a
 * paragraph (a line, context.ts `paragraphs`) names who speaks its first person. A label with no name ("SPOKESPERSON:") is the
 * speaker the same role's last named label gave. Returns the labels' spans with their speakers, in text order.
 */
export function labelledSpeakers(content: string, paras: Span[], actors: ActorMention[]): Array<Span & { actor_id: string }> {
  const out: Array<Span & { actor_id: string }> = [];
  const byRole = new Map<string, string>();
  let a = 0;
  for (const { start, end } of paras) {
    const label = SPEAKER_LABEL.exec(content.slice(start, Math.min(end, start + 100)));
    if (!label) continue;
    const from = start + label.index;
    const to = from + label[0].length;
    while (a < actors.length && actors[a]!.start < from) a++;
    const named = a < actors.length && actors[a]!.end <= to ? actors[a]!.actor_id : undefined;
    const role = label[1]!.trim().split(/\s+/)[0]!;
    if (named) byRole.set(role, named);
    const speaker = named ?? byRole.get(role);
    if (speaker) out.push({ start: from, end: to, actor_id: speaker });
  }
  return out;
}
