// Second-pass coverage: statement, security-measure, project and solidarity triggers; "called on"
// read as a courtesy call unless an infinitive follows; "the X side" as a party; a news report's
// lead day dating the reactions it reports without a date of their own.
import { describe, expect, it } from 'vitest';
import { brief, eventsIn, type Given } from './helpers.js';

const on = (text: string, value: string): Given => ({ dates: [[text, value]] });

describe('more trigger types', () => {
  it.each<[string, Given, string]>([
    ['On 27 January 2024, Pakistan stepped up patrols along the border with Iran.', on('27 January 2024', '2024-01-27'), 'MOBILIZE pakistan>iran 2024-01-27'],
    ['In February 2024, Pakistan set up new checkposts along the border.', on('February 2024', '2024-02'), 'MOBILIZE pakistan>- 2024-02'],
    ['In 1998, Iran massed troops on the Afghan border.', on('1998', '1998'), 'MOBILIZE iran>- 1998'],
    ['On 11 March 2013, Raisi inaugurated the gas pipeline with Pakistan.', on('11 March 2013', '2013-03-11'), 'COOPERATE raisi>pakistan 2013-03-11'],
    ['In May 2023, Pakistan and Iran jointly opened a transmission line.', on('May 2023', '2023-05'), 'COOPERATE pakistan>iran 2023-05'],
    ['In June 2024, Pakistan stood shoulder to shoulder with Iran.', on('June 2024', '2024-06'), 'SUPPORT pakistan>iran 2024-06'],
    ['In June 2024, Pakistan expressed solidarity with Iran.', on('June 2024', '2024-06'), 'SUPPORT pakistan>iran 2024-06'],
    ['In 1955, Iran joined the Baghdad Pact with Pakistan.', on('1955', '1955'), 'SUPPORT iran>pakistan 1955'],
    ['In January 2024, Iran walked back its threats against Pakistan.', on('January 2024', '2024-01'), 'CONCEDE iran>pakistan 2024-01'],
    ['In November 2023, Iran served a notice on Pakistan.', on('November 2023', '2023-11'), 'THREATEN iran>pakistan 2023-11'],
    ['In the 1980s, Iran was funding the Taliban.', on('the 1980s', '198X'), 'AID iran>taliban 198X'],
    ['In 1971, Iran lent Pakistan some 30 Huey Cobra helicopters.', on('1971', '1971'), 'AID iran>pakistan 1971'],
    ['On 3 August 2024, the Taliban called on Raisi in Tehran.', on('3 August 2024', '2024-08-03'), 'CONSULT taliban>raisi 2024-08-03'],
    ['On 22 June 2024, China called on Iran to exercise restraint.', on('22 June 2024', '2024-06-22'), 'REQUEST china>iran 2024-06-22'],
    ['On 2 August 2024, Raisi arrived in Pakistan.', on('2 August 2024', '2024-08-02'), 'CONSULT raisi>pakistan 2024-08-02'],
    ['Under the agreement signed in 2009, Iran was to supply gas to Pakistan.', on('2009', '2009'), 'SUPPORT iran>pakistan 2009'],
  ])('%s', (text, given, expected) => {
    expect(eventsIn(text, given).map(brief)).toContain(expected);
  });

  it.each<[string, Given]>([
    ['In 2024, an intensified security dilemma will be permanent for Pakistan.', on('2024', '2024')],
    ['In 2024, a tightened security regime frustrated traders in Pakistan.', on('2024', '2024')],
    ['In 2024, Pakistan opened a new chapter with Iran.', on('2024', '2024')],
    ['In 2024, Iran said the pipeline project with Pakistan was stalled.', on('2024', '2024')],
  ])('no event: %s', (text, given) => {
    expect(eventsIn(text, given).map(brief)).toEqual([]);
  });

  it('a side is a party: "authorities on the Pakistani side had stepped up patrols"', () => {
    const text = 'On 27 January 2024, an official said authorities on the Pakistani side had stepped up patrols along the frontier.';
    expect(eventsIn(text, on('27 January 2024', '2024-01-27')).map(brief)).toEqual(['MOBILIZE pakistan>- 2024-01-27']);
  });
});

describe('the lead day of a news report', () => {
  const report = 'Gunmen killed nine Pakistani labourers in Iran on Saturday, officials said.\n\n'
    + 'Raisi condemned the attack and offered condolences.\n\n'
    + 'Pakistan recalled its ambassador from Iran.';
  const given = (published: string): Given => ({ dates: [['Saturday', '2024-01-27']], published });

  it('dates the reactions reported without a date of their own', () => {
    expect(eventsIn(report, given('2024-01-27')).map(brief)).toContain('ACCUSE raisi>- 2024-01-27');
  });

  it('not a strike, visit or sanction, which may be background from another day', () => {
    expect(eventsIn(report, given('2024-01-27')).map(brief)).not.toContain('SANCTION pakistan>iran 2024-01-27');
  });

  it('no lead day when the first date lies more than two days before publication', () => {
    expect(eventsIn(report, given('2024-02-15')).map(brief)).not.toContain('ACCUSE raisi>- 2024-01-27');
  });
});
