// The dataset's identity, as ../DATASET.md fixes it.
export const DATASET = {
  name: 'iran-pakistan-events',
  title: 'Iran–Pakistan Relations Events and Figures',
  description:
    'Events (PLOVER-typed, dated at their true precision, merged across sources) and figures (trade values, casualties, distances, counts, with unit and attribution) of Iran–Pakistan relations, extracted by rule from news and analysis articles; every value traceable to the sentence it came from.',
  authors: 'The iran-pakistan-events contributors',
  homepage: 'https://www.npmjs.com/package/iran-pakistan-events',
  keywords: ['Iran', 'Pakistan', 'event data', 'PLOVER', 'conflict', 'diplomacy', 'Balochistan'],
  dataLicense: 'CC-BY-4.0',
  codeLicense: 'MIT',
} as const;
