// Who speaks and what a statement does: quotes in the first person, statements of future acts
// (promises and threats), willingness, verbal acts with no speaker, negated frames that still
// assert their complement.
import { describe, expect, it } from 'vitest';
import { findEvents } from '../../pipeline/extract/events/index.js';
import { brief, DEFINITIONS, eventsIn, inputFor, type Given } from './helpers.js';

const LEAD: Given = { dates: [['on Saturday', '2024-01-27']], published: '2024-01-27' };

describe('statements', () => {
  it.each<[string, Given, string[]]>([
    // A quote's "we" is its speaker, and a performative present is done as it is said.
    ['Gunmen killed Pakistani labourers in Saravan on Saturday.\n"We strongly condemn it. We have asked Iran to investigate," Mumtaz Zahra Baloch said.',
      LEAD, ['ASSAULT ->pakistan 2024-01-27', 'ACCUSE spokesperson>- 2024-01-27', 'REQUEST spokesperson>iran 2024-01-27']],
    // A stated future attack is a threat; the speaker threatens.
    ['Gunmen killed Pakistani labourers in Saravan on Saturday.\nAraghchi said the attackers would be hunted down.',
      LEAD, ['ASSAULT ->pakistan 2024-01-27', 'THREATEN araghchi>- 2024-01-27']],
    // Willingness offers the act.
    ['On 27 January 2024, Sharif said Islamabad was ready to cooperate with Tehran.', { dates: [['27 January 2024', '2024-01-27']] },
      ['AGREE sharif>iran 2024-01-27']],
    // What is agreed is still to come: the agreement is the event, not the cooperation.
    ['On 3 August 2025, Iran and Pakistan agreed to open new border markets.', { dates: [['3 August 2025', '2025-08-03']], published: '2025-08-03' },
      ['AGREE iran>pakistan 2025-08-03']],
    // Condolences are not an offer.
    ['On 27 January 2024, Iran condemned the killings and offered condolences.', { dates: [['27 January 2024', '2024-01-27']] },
      ['ACCUSE iran>- 2024-01-27']],
    // "it is not surprising that" asserts what follows.
    ['In January 2024, it is not surprising that the United States condemned Iran.', { dates: [['January 2024', '2024-01']] },
      ['ACCUSE usa>iran 2024-01']],
    // A request to investigate is not an investigation.
    ['On 27 January 2024, Pakistan asked Iran to immediately investigate the killings.', { dates: [['27 January 2024', '2024-01-27']] },
      ['REQUEST pakistan>iran 2024-01-27']],
    ['On 27 October 2024, Pezeshkian ordered an investigation into the ambush.', { dates: [['27 October 2024', '2024-10-27']] },
      ['ACCUSE pezeshkian>- 2024-10-27']],
  ])('%s', (text, given, expected) => {
    expect(eventsIn(text, given).map(brief)).toEqual(expected);
  });

  it('drops a verbal act nobody is named making', () => {
    expect(eventsIn('On 23 February 2024, the FC was asked to keep the crossings with Iran open.', { dates: [['23 February 2024', '2024-02-23']] })
      .map(brief)).toEqual([]);
  });

  it('still reads "Iran would strike Pakistan again" as conjecture, not a threat', () => {
    expect(eventsIn('In 2024, Iran would strike Pakistan again.', { dates: [['2024', '2024']] })).toEqual([]);
  });
});

describe('headlines and documents', () => {
  it('dates a headline’s verbal acts by the report’s lead day, a caption’s older date before it notwithstanding', () => {
    const text = 'Pakistan condemns Israel, calls for restraint\nSmoke rises after an Israeli strike on 15 June 2025.\n'
      + 'Pakistan on Sunday condemned Israel’s strikes on Iran.';
    const events = eventsIn(text, { dates: [['15 June 2025', '2025-06-15'], ['Sunday', '2025-06-22']], published: '2025-06-22' });
    expect(events.map(brief).filter((b) => !b.startsWith('ASSAULT'))).toEqual(
      ['ACCUSE pakistan>israel 2025-06-22', 'REQUEST pakistan>- 2025-06-22', 'ACCUSE pakistan>israel 2025-06-22']);
  });

  it('reads a stated future meeting as the speaker’s promise, the speaker named in apposition', () => {
    const text = 'On 3 August 2025, Iran’s ambassador to Islamabad, Amir-Abdollahian, told IRNA that the two countries would hold the next meeting.';
    expect(eventsIn(text, { dates: [['3 August 2025', '2025-08-03']], published: '2025-08-03' }).map(brief))
      .toEqual(['AGREE amir-abdollahian>- 2025-08-03']);
  });

  it('gives a document’s call to its author, not to the name that qualifies it', () => {
    const text = 'On 22 June 2025, Pakistan circulated a draft UN Security Council resolution calling for a ceasefire.';
    const events = eventsIn(text, { dates: [['22 June 2025', '2025-06-22']], published: '2025-06-22' });
    expect(events.map(brief)).toEqual(['REQUEST pakistan>- 2025-06-22']);
  });
});

describe('speaker labels of a briefing transcript', () => {
  /** The events of `text` with "MUMTAZ ZAHRA BALOCH", as a speaker label writes her name, read as her. */
  const transcript = (text: string, given: Given): string[] => {
    const input = inputFor(text, given);
    const at = text.indexOf('MUMTAZ ZAHRA BALOCH');
    const label = { start: at, end: at + 19, text: 'MUMTAZ ZAHRA BALOCH', actor_id: 'spokesperson', rule: 'test' };
    return findEvents({ ...input, actors: [...input.actors, label].sort((a, b) => a.start - b.start),
      definitions: [...input.definitions, ...DEFINITIONS.filter((d) => d.actor_id === 'spokesperson')] }).map(brief);
  };
  const given: Given = { dates: [['16 January 2024', '2024-01-16'], ['The next day', '2024-01-17']], published: '2024-01-19' };

  it('takes the first person of an answer for the spokesperson its label, or the same role’s last named label, names', () => {
    const text = 'SPOKESPERSON MUMTAZ ZAHRA BALOCH: Good afternoon.\n'
      + 'QUESTION (Ali Khan, City TV): Sir, what has Pakistan done?\n'
      + 'SPOKESPERSON: Iran struck a village near Panjgur on 16 January 2024. The next day, we summoned the Iranian envoy.';
    expect(transcript(text, given)).toEqual(['ASSAULT iran>- 2024-01-16', 'ACCUSE spokesperson>iran 2024-01-17']);
  });

  it('takes the one who will act, not the spokesperson who confirms it, as committed', () => {
    const text = 'SPOKESPERSON MUMTAZ ZAHRA BALOCH: On 16 January 2024, I can confirm that Amir-Abdollahian will visit Islamabad next month.';
    expect(transcript(text, given)).toEqual(['AGREE amir-abdollahian>pakistan 2024-01-16']);
  });

  it('reads no speaker from a label that names nobody and follows no named one', () => {
    const text = 'SPOKESPERSON: The next day, we summoned the Iranian envoy.';
    expect(eventsIn(text, given).map(brief)).toEqual([]);
  });
});
