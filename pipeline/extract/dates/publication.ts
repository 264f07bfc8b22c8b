// The publication date reasoned from the text (stub, replaced below).
import type { Dateline, PublishedDate } from '../../model.js';
export function reasonPublication(content: string, dateline: Dateline | null): PublishedDate | null {
  void content;
  void dateline;
  return null;
}
