// The HTML reader's vocabulary: date meta tags and JSON-LD article types (pipeline/lexicons/read/).
import { z } from 'zod';
import { loadLexicon } from '../../lib/lexicon-file.js';

const names = z.array(z.string().min(1));

export const dateMeta = loadLexicon('read', 'date-meta.json', z.object({
  description: z.string(),
  published: names,
  modified: names,
  articleTypes: names,
  metaJson: z.record(z.string().min(1), names),
  jsonLdOtherWorks: z.object({ keys: names, types: names }),
}));
export const articleTypes = new Set(dateMeta.articleTypes);
export const otherWorkKeys = new Set(dateMeta.jsonLdOtherWorks.keys);
export const otherWorkTypes = new Set(dateMeta.jsonLdOtherWorks.types);
