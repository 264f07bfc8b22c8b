// Which characters of a text candidates already cover: a bitmap, so that overlap checks stay
// linear in the text however many candidates there are.
import type { ActorCandidate } from '../types.js';

export class Coverage {
  private readonly taken: Uint8Array;

  constructor(length: number, candidates: ActorCandidate[] = []) {
    this.taken = new Uint8Array(length + 1);
    for (const c of candidates) this.take(c);
  }

  overlaps(span: { start: number; end: number }): boolean {
    for (let i = span.start; i < span.end; i++) if (this.taken[i]) return true;
    return false;
  }

  take(span: { start: number; end: number }): void {
    this.taken.fill(1, span.start, span.end);
  }
}
