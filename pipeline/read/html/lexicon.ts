// The HTML reader's vocabulary: date meta tags and JSON-LD article types (pipeline/lexicons/read/).
import { z } from 'zod';
import { loadLexicon } from '../../lib/lexicon-file.js';

export const dateMeta = loadLexicon('read', 'date-meta.json', z.object({
  description: z.string(), published: z.array(z.string().min(1)), modified: z.array(z.string().min(1)), articleTypes: z.array(z.string().min(1)),
}));
export const articleTypes = new Set(dateMeta.articleTypes);
