/** The dataset's tables, in the order they are written and documented. */
export const TABLES = ['sources', 'actors', 'events', 'evidence', 'figures', 'mentions'] as const;
export type TableName = (typeof TABLES)[number];
