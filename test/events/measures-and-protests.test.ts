// Families added in session 7: expulsions, tightened sanctions, cut deliveries, leaving a deal,
// snapback, force majeure, votes in favour, contested claims, shutter-down
// strikes, wars, crackdowns, barter, targets hit, closures ordered,
// invitations. Sentences written for these tests, checked against
// ../shared/gold/GUIDELINES.md (events).
import { describe, expect, it } from 'vitest';
import { brief, eventsIn, type Given } from './helpers.js';

const on = (text: string, value: string): Given => ({ dates: [[text, value]], published: '2026' });

describe('measures, withdrawals and protests', () => {
  it.each<[string, Given, string]>([
    // Expelling people is coercion (COERCE), the expelled nationals' state the target.
    ['On 3 March 2025, Iran expelled 300 Afghans from Zahedan.', on('3 March 2025', '2025-03-03'), 'COERCE iran>afghanistan 2025-03-03'],
    // Tightened sanctions and a triggered snapback reduce relations (SANCTION).
    ['In 2019, Washington tightened sanctions on Iran.', on('2019', '2019'), 'SANCTION usa>iran 2019'],
    ['In August 2025, Israel triggered the snapback of UN sanctions on Iran.', on('August 2025', '2025-08'), 'SANCTION israel>iran 2025-08'],
    // Supply cut or curtailed by the supplier is a sanction on the buyer.
    ['In May 2024, Iran cut deliveries to Pakistan over unpaid bills.', on('May 2024', '2024-05'), 'SANCTION iran>pakistan 2024-05'],
    ['In May 2024, Iran curtailed electricity supply to Pakistan.', on('May 2024', '2024-05'), 'SANCTION iran>pakistan 2024-05'],
    // Leaving an agreement, invoking force majeure, contesting a claim: refusals (REJECT).
    ['In May 2018, the United States left the nuclear deal with Iran.', on('May 2018', '2018-05'), 'REJECT usa>iran 2018-05'],
    ['In 2014, Pakistan invoked force majeure under the gas contract.', on('2014', '2014'), 'REJECT pakistan>- 2014'],
    ['On 5 January 2026, Pakistan contested the claim Iran filed.', on('5 January 2026', '2026-01-05'), 'REJECT pakistan>iran 2026-01-05'],
    // A vote in favour is support.
    ['In September 2025, Pakistan voted in favour of a resolution backed by Iran.', on('September 2025', '2025-09'), 'SUPPORT pakistan>iran 2025-09'],
    // A war is an attack, its first-named party the attacker.
    ['Trade fell after the outbreak of the war between Israel and Iran on 13 June 2025.', on('13 June 2025', '2025-06-13'), 'ASSAULT israel>iran 2025-06-13'],
    // A crackdown is coercion.
    ['Pakistan\'s crackdown on smugglers began in September 2023.', on('September 2023', '2023-09'), 'COERCE pakistan>- 2023-09'],
    // Targets hit are struck; a crossing ordered closed is closed; strikes called reckless are condemned.
    ['On 18 January 2024, Pakistan hit targets around Saravan.', on('18 January 2024', '2024-01-18'), 'ASSAULT pakistan>- 2024-01-18'],
    ['On 12 October 2025, Pakistan ordered the Taftan crossing closed.', on('12 October 2025', '2025-10-12'), 'COERCE pakistan>- 2025-10-12'],
    ['On 22 June 2025, Pakistan called the US strikes reckless.', on('22 June 2025', '2025-06-22'), 'ACCUSE pakistan>usa 2025-06-22'],
    // An invitation offers to host (AGREE), the inviter to the invited.
    ['On 5 May 2025, Sharif invited Pezeshkian to visit Islamabad.', on('5 May 2025', '2025-05-05'), 'AGREE sharif>pezeshkian 2025-05-05'],
    ['On 5 May 2025, Araghchi handed Sharif an invitation from Pezeshkian to visit Tehran.', on('5 May 2025', '2025-05-05'), 'AGREE pezeshkian>sharif 2025-05-05'],
    // Barter trade notified or allowed is cooperation with the partner.
    ['In June 2023, Pakistan notified a barter mechanism for trade with Iran.', on('June 2023', '2023-06'), 'COOPERATE pakistan>iran 2023-06'],
  ])('%s', (text, given, expected) => {
    expect(eventsIn(text, given).map(brief)).toContain(expected);
  });

  it.each<[string, Given, string]>([
    // "shut" with shops is a strike, not a closure of a crossing.
    ['On 4 June 2025, Pakistani traders shut their shops in protest against Iran.', on('4 June 2025', '2025-06-04'), 'PROTEST'],
  ])('shutter-down: %s', (text, given, type) => {
    expect(eventsIn(text, given).map((e) => e.event_type)).toEqual([type]);
  });

  it('a nominal after "since" is another happening: the clause keeps its own (lack of) date', () => {
    const events = eventsIn('Pakistan struck Iran, the first attack on Iran since the war in 1988.', on('1988', '1988'));
    expect(events.filter((e) => e.rule.startsWith('strike')).map(brief)).toEqual(['ASSAULT pakistan>iran undated']);
  });

  it.each<[string, Given]>([
    // A participle with no auxiliary describes people (a caption, a statistic): no act reported.
    ['On 3 March 2025, Afghans expelled from Iran waited at Taftan.', on('3 March 2025', '2025-03-03')],
    ['In June 2025, 9,874 Afghans expelled from Iran passed through Taftan.', on('June 2025', '2025-06')],
  ])('no deportation: %s', (text, given) => {
    expect(eventsIn(text, given).filter((e) => e.event_type === 'COERCE')).toEqual([]);
  });

  it.each<[string, Given]>([
    // A war fronted before the clause sets its scene (the clause's subject did not wage it), and one
    // side named alone leaves the war in the background.
    ['In the 1965 war with India, Iran sent fuel to Pakistan.', on('1965', '1965')],
    ['In 2001, Pakistan joined the war on terror.', on('2001', '2001')],
    ['In June 2025, Pakistan held war games.', on('June 2025', '2025-06')],
  ])('no war: %s', (text, given) => {
    expect(eventsIn(text, given).filter((e) => e.event_type === 'ASSAULT')).toEqual([]);
  });

  it.each<[string, Given]>([
    // A deal left out of a sentence's objects, a cut in prices, a vote nobody cast in favour.
    ['In May 2018, the delegation left Tehran for Islamabad.', on('May 2018', '2018-05')],
    ['In May 2024, Iran cut prices for Pakistan.', on('May 2024', '2024-05')],
    ['In September 2025, Pakistan voted against the resolution.', on('September 2025', '2025-09')],
    ['On 4 June 2025, Pakistan blocked the transfer of funds.', on('4 June 2025', '2025-06-04')],
    // A plan announced for families, or a belt tightened, is no sanction.
    ['On 2 May 2025, Sharif announced a plan for the families.', on('2 May 2025', '2025-05-02')],
    ['In 2019, Pakistan tightened its belt on spending.', on('2019', '2019')],
    // Bids invited are no invitation to a party; a visit "at the invitation of" X reports the visit only.
    ['On 5 May 2025, Pakistan invited bids for the pipeline.', on('5 May 2025', '2025-05-05')],
    ['On 5 May 2025, Araghchi visited Islamabad at the invitation of Dar.', on('5 May 2025', '2025-05-05')],
    // Trade targets hit are no strike.
    ['In 2025, Pakistan hit its export targets for Iran.', on('2025', '2025')],
  ])('no such event: %s', (text, given) => {
    const ids = eventsIn(text, given).map((e) => e.rule);
    for (const id of ['leave-deal', 'suspend-ties', 'vote-for', 'impose-sanctions', 'hit-targets', 'invite']) {
      expect(ids.some((r) => r.includes(id))).toBe(false);
    }
  });

  // Protests by unnamed people (traders, drivers) are events with no named party; one against a
  // measure nobody is named taking is aimed at the authorities of the place (Pakistan, named
  // earlier in these texts, is the state of Turbat, Panjgur and Hoshab).
  const at = (day: string, value: string, place: string): Given => ({ dates: [[day, value]], places: [[place, 'PAK', 'city']], published: '2026' });
  it.each<[string, Given, string[]]>([
    ['Pakistan closed two crossings in October. On Monday, hundreds of drivers blocked the M-8 highway at Hoshab for six hours.',
      at('Monday', '2025-10-20', 'Hoshab'), ['PROTEST ->- 2025-10-20']],
    ['Pakistan closed two crossings in October. On Monday, transporters blocked the coastal highway near Turbat to protest against the seizure of their trucks.',
      at('Monday', '2025-10-20', 'Turbat'), ['PROTEST ->pakistan 2025-10-20']],
    ['Pakistan closed two crossings in October. Traders in Panjgur staged a sit-in on Wednesday against the closure.',
      at('Wednesday', '2025-10-22', 'Panjgur'), ['PROTEST ->pakistan 2025-10-22']],
    // The grievance must be the protest's own, not a later clause's.
    ['Pakistan closed two crossings in October. On Monday, drivers blocked the road at Hoshab, and the traders went home in protest.',
      at('Monday', '2025-10-20', 'Hoshab'), ['PROTEST ->- 2025-10-20']],
  ])('unnamed protesters: %s', (text, given, expected) => {
    expect(eventsIn(text, given).filter((e) => e.event_type === 'PROTEST').map(brief)).toEqual(expected);
  });

  it.each<[string, Given]>([
    // Security forces blocking a road are no protesters; "the protests" named in passing state no protest.
    ['On Monday, security forces blocked the road to the border.', on('Monday', '2025-10-20')],
    ['The protests of 2022 shook the region.', on('2022', '2022')],
  ])('no protest: %s', (text, given) => {
    expect(eventsIn(text, given).filter((e) => e.event_type === 'PROTEST')).toEqual([]);
  });
});
