// Sentence segmentation: abbreviations, initialisms, quotations, headlines and captions.
import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../pipeline/extract/sentences.js';

const split = (text: string): string[] => splitSentences(text).map((s) => text.slice(s.start, s.end));

describe('splitSentences', () => {
  it.each<[string, string[]]>([
    ['Iran struck. Pakistan retaliated.', ['Iran struck.', 'Pakistan retaliated.']],
    ['Strikes hit a U.S. outpost near the border. Three died.', ['Strikes hit a U.S. outpost near the border.', 'Three died.']],
    ['Dr. Ali met Gen. Munir in Islamabad. They talked.', ['Dr. Ali met Gen. Munir in Islamabad.', 'They talked.']],
    ['The minister arrived on Jan. 29, 2024. Talks began.', ['The minister arrived on Jan. 29, 2024.', 'Talks began.']],
    ['Elections are on Thursday, Feb. 8, 2024. Forty-four parties run.', ['Elections are on Thursday, Feb. 8, 2024.', 'Forty-four parties run.']],
    ['“It was brazen.” Dr Parsi said so.', ['“It was brazen.”', 'Dr Parsi said so.']],
    ['“It was brazen,” Dr Parsi told The New Arab.', ['“It was brazen,” Dr Parsi told The New Arab.']],
    ['Was it a surprise? Yes! It was.', ['Was it a surprise?', 'Yes!', 'It was.']],
    ['Where is the relationship heading?\n\n9 min read\nOn 16 January, Iran struck.', ['Where is the relationship heading?', '9 min read', 'On 16 January, Iran struck.']],
    ['The strikes will hurt ties. [Getty]\nActivists protest in Lahore', ['The strikes will hurt ties.', '[Getty]', 'Activists protest in Lahore']],
    ['tense in the past…particularly on the border. Then calm.', ['tense in the past…particularly on the border.', 'Then calm.']],
    ['Trade grew 3.5 percent. It rose again.', ['Trade grew 3.5 percent.', 'It rose again.']],
    ['He said no. and then left.', ['He said no. and then left.']],
    ['  Leading space and trailing.   ', ['Leading space and trailing.']],
    ['', []],
  ])('%j', (text, expected) => {
    expect(split(text)).toEqual(expected);
  });

  it('returns offsets into the string it was given', () => {
    const text = 'A headline\n\nFirst sentence. Second one.';
    for (const s of splitSentences(text)) expect(text.slice(s.start, s.end).trim()).toBe(text.slice(s.start, s.end));
    expect(splitSentences(text).map((s) => s.start)).toEqual([0, 12, 28]);
  });
});
