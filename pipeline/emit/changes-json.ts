// changes.json: toJsonText of the release's changes, written in pieces, the mentions' added ids
// as ListedIds holds them (mention-ids.ts): at 10,000 sources a first release lists 1.6 M of them.
import { toJsonText } from '../lib/json.js';
import type { ReleaseChanges } from './changes.js';

/** How the mentions' changes open in changes.json when none were added. */
const NONE_ADDED = '{\n      "added": []';

/** The text of toJsonText(changes), in pieces. */
export function* changesJsonPieces(changes: ReleaseChanges): Generator<string> {
  const { added } = changes.tables.mentions;
  if (Array.isArray(added)) {
    yield toJsonText(changes);
    return;
  }
  // The changes with no mention added, then the ids put in the place of that empty list. The
  // mentions are the last table, and the tables the last member: what the text ends with is checked.
  const mentions = { ...changes.tables.mentions, added: [] };
  const shell = toJsonText({ ...changes, tables: { ...changes.tables, mentions } });
  const mentionsText = JSON.stringify(mentions, null, 2).replaceAll('\n', '\n    ');
  const end = `"mentions": ${mentionsText}\n  }\n}\n`;
  if (!shell.endsWith(end) || !mentionsText.startsWith(NONE_ADDED)) {
    yield toJsonText({ ...changes, tables: { ...changes.tables, mentions: { ...changes.tables.mentions, added: added.ids() } } });
    return;
  }
  yield shell.slice(0, shell.length - end.length);
  yield `"mentions": ${NONE_ADDED.slice(0, -2)}`;
  yield* added.jsonPieces();
  yield mentionsText.slice(NONE_ADDED.length);
  yield '\n  }\n}\n';
}
