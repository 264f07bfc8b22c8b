// Numbers that are not figures: each sentence must yield no figure.
import { describe, expect, it } from 'vitest';
import type { DateMention } from '../../pipeline/model.js';
import { figuresOf } from './helpers.js';

describe('not figures', () => {
  it.each([
    'The war ended in 1988.',
    // a number opening its sentence with no counted noun in the sentence before: no guess
    'The talks were held in Quetta on Monday. 300 were invited.',
    'Officials said the crossing reopened. 40 were stranded overnight.',
    'Two days later, Pakistan retaliated.',
    'The project stalled nearly a decade-and-a-half later.',
    'He was 45 years old.',
    'The suspect, aged 32, was arrested.',
    'It was the first time since 1988.',
    'The two countries recalled their envoys.',
    'Pakistan and its two neighbours met; their two leaders spoke.',
    'Both sides will take offramps.',
    'There are at least five key factors which indicate that both sides will talk.',
    'Pakistan has difficult ties with its two main neighbors.',
    '9 min read',
    'Updated 08 Aug, 22:59',
    'Call +92 51 111 222 333 for details.',
    'Pakistan adopted a two-stage strategy.',
    'The JF-17 Thunder flew over Quetta.',
    'On the one hand, trade grew.',
    'The pursuit of short-term half-measures failed.',
    'Iran was one of the first countries to recognize Pakistan.',
    'Then, forty-eight-hours after the attack, it conducted strikes.',
    'I tried to call Bob 3 times already.',
    'Jews are prohibited from killing one another.',
    // the sources a text cites are not what it counts
    'The penalty could reach the court, according to two Pakistani officials who have seen the notice.',
    'The talks lasted half an hour.',
    'Iran wants two more than Pakistan offered.',
    // pronouns with no counted noun, "one of them", no comparison cue, designations, adjectives
    'The ministers met in Tehran, and two of them spoke.'.replace('ministers', 'sides'),
    'Iran named several candidates, and one of them won.',
    'They accused the West of double standards.',
    'The two ministers met twice in May.',
    'The population of the town was shocked.',
    'Iran and Pakistan share the three provinces of Baluchistan.',
    // a section number heading its line
    '2.4 Fuel smuggling routes\nThe routes run through Mashkel.',
    'Intro\n4.1 Recommendations for Islamabad',
  ])('%s', (s) => expect(figuresOf(s)).toEqual([]));

  it('drops numbers inside a date mention', () => {
    const content = 'On 16 January, 2024 the strike came.';
    const dates: DateMention[] = [{ start: 3, end: 19, text: '16 January, 2024', value: '2024-01-16', rule: 'test' }];
    expect(figuresOf(content, [], dates)).toEqual([]);
  });
});
