// Whose office a title names when the text gives no state: "the Deputy Prime Minister", "the army chief".
//
// Accepts: "Prime Minister Shehbaz Sharif arrived ... the prime minister said" (the one holder of the
//   office the text has named), "Pakistan and Iran ... the Deputy Prime Minister" (of the states the
//   text names, only Pakistan has a deputy prime minister at the date).
// Rejects: two holders of the office named before it ("President Zardari and President Pezeshkian
//   ... the president"), two named states with a holder ("Pakistan and Iran ... the interior
//   minister"), a text that names no state ("The president has no authority over the IRGC"), a
//   person named only after the office (the reader has not met them yet).
import { holderAt } from '../names.js';
import type { ActorIndex, Sense } from '../lexicon/senses.js';
import type { TrieMatch } from '../trie.js';

export class OfficeScope {
  /** Persons named so far (by name or alias), left to right. */
  private readonly personsBefore = new Set<string>();
  /** The countries of the states the text names anywhere (by name, capital or demonym). */
  private readonly states = new Set<string>();
  private next = 0;

  constructor(
    private readonly matches: TrieMatch<Sense>[],
    private readonly index: ActorIndex,
    private readonly date: string | null,
  ) {
    for (const m of matches) {
      for (const v of m.values) {
        const e = v.kind === 'actor' ? index.entries.get(v.id) : undefined;
        if (e?.type === 'state' && e.country) this.states.add(e.country);
      }
    }
  }

  /**
   * The holder at the date of an office named without a state at `offset`: the one current holder
   * of that office the text has named before it, else the holder in the one named state that has
   * one; null when either is ambiguous or there is none. Offsets must come in increasing order.
   */
  holderAt(officeKind: string, offset: number): string | null {
    this.readUpTo(offset);
    const named = [...this.personsBefore].filter((id) => {
      const country = this.index.entries.get(id)?.country ?? null;
      return holderAt(this.index, officeKind, country, this.date) === id;
    });
    if (named.length > 0) return named.length === 1 ? (named[0] as string) : null;
    const holders = new Set<string>();
    for (const country of this.states) {
      const holder = holderAt(this.index, officeKind, country, this.date);
      if (holder) holders.add(holder);
    }
    return holders.size === 1 ? ([...holders][0] as string) : null;
  }

  private readUpTo(offset: number): void {
    for (; this.next < this.matches.length; this.next++) {
      const m = this.matches[this.next] as TrieMatch<Sense>;
      if (m.end > offset) break;
      const actors = m.values.filter((v) => v.kind === 'actor');
      if (actors.length !== 1 || actors[0]?.kind !== 'actor') continue; // a shared alias names no one person yet
      if (this.index.entries.get(actors[0].id)?.type === 'person') this.personsBefore.add(actors[0].id);
    }
  }
}
