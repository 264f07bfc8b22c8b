// Trigger types: verbs in their inflections and nominalisations, each with its PLOVER type.
import { describe, expect, it } from 'vitest';
import { brief, eventsIn, type Given } from './helpers.js';

const on = (text: string, value: string): Given => ({ dates: [[text, value]] });

describe('trigger types', () => {
  it.each<[string, Given, string]>([
    ['On 16 January 2024, Iran launched missile and drone strikes on Jaish al-Adl in Panjgur.', on('16 January 2024', '2024-01-16'), 'ASSAULT iran>jaish-al-adl 2024-01-16'],
    ['On 18 January 2024, Pakistan carried out “precision strikes” targeting the BLA.', on('18 January 2024', '2024-01-18'), 'ASSAULT pakistan>bla 2024-01-18'],
    ['On 16 January 2024, Iran fired a barrage of missiles at a village in Pakistan.', on('16 January 2024', '2024-01-16'), 'ASSAULT iran>pakistan 2024-01-16'],
    ['On 14 December 2023, Jaish al-Adl killed 11 Iranian security forces in Rask.', on('14 December 2023', '2023-12-14'), 'ASSAULT jaish-al-adl>iran 2023-12-14'],
    ['In January 2024, Pakistan recalled its ambassador from Tehran.', on('January 2024', '2024-01'), 'SANCTION pakistan>iran 2024-01'],
    ['In April 2024, Islamabad designated the Zainebiyoun a terrorist organisation.', on('April 2024', '2024-04'), 'SANCTION pakistan>- 2024-04'],
    ['In April 2024, Iran and Pakistan signed eight memoranda of understanding.', on('April 2024', '2024-04'), 'SUPPORT iran>pakistan 2024-04'],
    ['Raisi paid a state visit to Pakistan in April 2024.', on('April 2024', '2024-04'), 'CONSULT raisi>pakistan 2024-04'],
    ['On 17 January 2024, Pakistan blamed Iran for the attack.', on('17 January 2024', '2024-01-17'), 'ACCUSE pakistan>iran 2024-01-17'],
    ['On 16 January 2024, Iran and Pakistan held joint naval exercises.', on('16 January 2024', '2024-01-16'), 'COOPERATE iran>pakistan 2024-01-16'],
    ['In the 1960s, Iran supplied weapons and fuel to Pakistan.', on('the 1960s', '196X'), 'AID iran>pakistan 196X'],
    ['In January 2024, Iran and Pakistan agreed to de-escalate tensions.', on('January 2024', '2024-01'), 'CONCEDE iran>pakistan 2024-01'],
    // "the end of the <named> war": the states named inside the nominal are its parties.
    ['Relations improved after the end of the Iran-Iraq war in 1988.', on('1988', '1988'), 'CONCEDE iran>iraq 1988'],
    ['Trade resumed after the end of the Iran-Iraq conflict in 1988.', on('1988', '1988'), 'CONCEDE iran>iraq 1988'],
    ['In 2015, Pakistan refused to send troops to Yemen.', on('2015', '2015'), 'REJECT pakistan>- 2015'],
    ['In 2015, Pakistan declined to send troops to Yemen.', on('2015', '2015'), 'REJECT pakistan>- 2015'],
    ['Activists protest in Lahore on 19 January 2024 against Iran.', on('19 January 2024', '2024-01-19'), 'PROTEST ->iran 2024-01-19'],
    ['On 20 January 2024, Pakistan deployed troops along the border with Iran.', on('20 January 2024', '2024-01-20'), 'MOBILIZE pakistan>iran 2024-01-20'],
    ['On 5 March 2019, Pakistan conveyed its serious concern to Iran.', on('5 March 2019', '2019-03-05'), 'ACCUSE pakistan>iran 2019-03-05'],
    // Verbs whose past doubles the last consonant: "kidnapped", "scrapped", "cancelled", "labelled".
    ['On 5 March 2019, the BLA kidnapped two Iranian engineers.', on('5 March 2019', '2019-03-05'), 'ASSAULT bla>iran 2019-03-05'],
    ['In May 2019, Washington scrapped the waivers it had granted to Iran.', on('May 2019', '2019-05'), 'SANCTION usa>iran 2019-05'],
    ['In May 2019, Washington cancelled the exemptions it had granted to Iran.', on('May 2019', '2019-05'), 'SANCTION usa>iran 2019-05'],
    ['On 5 March 2019, Pakistan labelled the decision of Iran a violation of its sovereignty.', on('5 March 2019', '2019-03-05'), 'ACCUSE pakistan>iran 2019-03-05'],
    ['On 20 January 2024, Iran arrested smugglers near the border.', on('20 January 2024', '2024-01-20'), 'COERCE iran>- 2024-01-20'],
    ['On 20 January 2024, China urged Iran and Pakistan to show restraint.', on('20 January 2024', '2024-01-20'), 'REQUEST china>iran 2024-01-20'],
    ['In 1947, Iran was the first country to recognise Pakistan’s independence.', on('1947', '1947'), 'SUPPORT iran>pakistan 1947'],
    // Raising a matter with someone is a complaint (ACCUSE).
    ['On 16 January 2024, Dar raised the matter with Raisi.', on('16 January 2024', '2024-01-16'), 'ACCUSE dar>raisi 2024-01-16'],
    // A ceasefire that takes effect, or hostilities halted under it, is observed (RETREAT); one declared is a concession.
    ['On 24 June 2024, a ceasefire between Israel and Iran took effect.', on('24 June 2024', '2024-06-24'), 'RETREAT israel>iran 2024-06-24'],
    ['On 24 June 2024, Israel and Iran halted hostilities under a ceasefire.', on('24 June 2024', '2024-06-24'), 'RETREAT israel>iran 2024-06-24'],
    ['On 24 June 2024, Israel and Iran declared a ceasefire.', on('24 June 2024', '2024-06-24'), 'CONCEDE israel>iran 2024-06-24'],
    // Speaking by phone is a call (CONSULT); opening fire is a shooting (ASSAULT).
    ['On 26 April 2024, Pezeshkian spoke to Sharif by phone.', on('26 April 2024', '2024-04-26'), 'CONSULT pezeshkian>sharif 2024-04-26'],
    ['On 26 April 2024, Raisi talked with Dar over the telephone.', on('26 April 2024', '2024-04-26'), 'CONSULT raisi>dar 2024-04-26'],
    ['On 3 May 2024, Iranian forces opened fire on a Pakistani boat.', on('3 May 2024', '2024-05-03'), 'ASSAULT iran>pakistan 2024-05-03'],
    // Opening a new border crossing is a joint project (COOPERATE); reopening one is a retreat (return-envoy).
    ['On 5 May 2024, Iran and Pakistan opened a new crossing point at Chedgi.', on('5 May 2024', '2024-05-05'), 'COOPERATE iran>pakistan 2024-05-05'],
  ])('%s', (text, given, expected) => {
    expect(eventsIn(text, given).map(brief)).toEqual([expected]);
  });

  it('codes a statement that envoys will return as AGREE by the announcer, dated when it was said', () => {
    const events = eventsIn('On 22 January 2024, Iran and Pakistan announced that they would return their envoys.', on('22 January 2024', '2024-01-22'));
    expect(events.map(brief)).toEqual(['AGREE iran>pakistan 2024-01-22']);
  });

  it('codes a reported future visit as AGREE, never as the visit', () => {
    const events = eventsIn('Also, the ambassadors will return by 26 January and Raisi will visit Pakistan on 29 January.',
      { dates: [['26 January', '2024-01-26'], ['29 January', '2024-01-29']] });
    expect(events.map(brief)).toEqual(['AGREE raisi>pakistan 2024-01']);
  });

  it('keeps the trigger offsets and the rule that fired', () => {
    const text = 'On 16 January 2024, Iran struck Pakistan.';
    const [e] = eventsIn(text, on('16 January 2024', '2024-01-16'));
    expect(text.slice(e!.trigger.start, e!.trigger.end)).toBe('struck');
    expect(e!.rule).toBe('strike:verb');
    expect(text.slice(e!.sentence.start, e!.sentence.end)).toBe(text);
  });
});
