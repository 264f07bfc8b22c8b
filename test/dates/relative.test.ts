import { describe, expect, it } from 'vitest';
import { values } from './helpers.js';

// Document date 2024-01-25, a Thursday.
describe('dates relative to the document date', () => {
  it.each([
    ['Iran and Pakistan announced on Monday that envoys would return.', ['2024-01-22']],
    ['The minister will visit on Tuesday.', ['2024-01-30']],
    ['The talks began yesterday.', ['2024-01-24']],
    ['The vote is tomorrow.', ['2024-01-26']],
    ['Officials met today.', ['2024-01-25']],
    ['Pezeshkian took office last month.', ['2023-12']],
    ['This year has been off to a rough start.', ['2024']],
    ['Attacks have happened since late last year.', ['2023']],
    ['The minister would visit Islamabad next week.', ['2024-01-29/2024-02-04']],
    ['The strikes last week will alter dynamics.', ['2024-01-15/2024-01-21']],
    ['Talks were held earlier this month.', ['2024-01']],
    ['Elections are due next year.', ['2025']],
    ['The envoy left three days ago.', ['2024-01-22']],
    ['The treaty was signed two months ago.', ['2023-11']],
    ['He visited last Friday.', ['2024-01-19']],
    ['Over the weekend, talks continued.', ['2024-01-20/2024-01-21']],
    ['The deal was agreed last April.', ['2023-04']],
  ])('%s', (sentence, expected) => {
    expect(values(sentence)).toEqual(expected);
  });

  it('leaves day-relative words unresolved when the document date is a month', () => {
    expect(values('The talks began yesterday.', '2024-02')).toEqual([]);
    expect(values('This year has been hard.', '2024-02')).toEqual(['2024']);
  });
});
