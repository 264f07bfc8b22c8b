// Roles from sentence structure: active, passive, possessive and "by" nominals, coordination,
// lists of targets, anaphora and reactions.
import { describe, expect, it } from 'vitest';
import { brief, eventsIn, type Given } from './helpers.js';

const DAY: Given = { dates: [['16 January 2024', '2024-01-16']] };

describe('roles', () => {
  it.each<[string, string[]]>([
    ['On 16 January 2024, Iran struck Pakistan.', ['ASSAULT iran>pakistan 2024-01-16']],
    ['On 16 January 2024, Pakistan was struck by Iran.', ['ASSAULT iran>pakistan 2024-01-16']],
    ['Iran’s strikes on Pakistan on 16 January 2024 angered Islamabad.', ['ASSAULT iran>pakistan 2024-01-16']],
    ['On 16 January 2024, strikes by Iran against Jaish al-Adl hit Panjgur.', ['ASSAULT iran>jaish-al-adl 2024-01-16']],
    ['On 16 January 2024, Iran’s Foreign Minister Amir-Abdollahian visited Islamabad.', ['CONSULT amir-abdollahian>pakistan 2024-01-16']],
    // "agreed to cooperate" promises cooperation (AGREE, per the guidelines); "X and Y" are its parties.
    ['On 16 January 2024, Iran and Pakistan agreed to cooperate.', ['AGREE iran>pakistan 2024-01-16']],
    ['Iranian missile strikes against Syria and Iraq on 16 January 2024 preceded the attack.', ['ASSAULT iran>syria 2024-01-16', 'ASSAULT iran>iraq 2024-01-16']],
    ['On 16 January 2024, the IRGC struck Pakistan, prompting retaliation.', ['ASSAULT irgc>pakistan 2024-01-16', 'ASSAULT pakistan>irgc 2024-01']],
    ['On 16 January 2024, in Iraq, the IRGC struck Syria.', ['ASSAULT irgc>syria 2024-01-16']],
    ['On 16 January 2024, Iran’s military fired missiles, according to Pakistan.', ['ASSAULT iran>- 2024-01-16']],
    ['On 16 January 2024, the calm was overshadowed by Iranian forces shooting Pakistani citizens.', ['ASSAULT iran>pakistan 2024-01-16']],
    ['On 16 January 2024, Pakistan withstood pressure from its partners (the US and China) for refusing to strike Iran.',
      ['REQUEST usa>pakistan 2024-01-16', 'REJECT pakistan>iran 2024-01-16']],
    ['On 16 January 2024, Pakistan and Iran, and China met.', ['CONSULT pakistan>iran 2024-01-16']],
    // A gerund after "by" shares its clause's subject, and one sentence states one recall.
    ['On 16 January 2024, Iran struck Syria. In turn, Pakistan adopted a strategy: First, it downgraded ties with Iran by recalling its ambassador.',
      ['ASSAULT iran>syria 2024-01-16', 'SANCTION pakistan>iran 2024-01']],
  ])('%s', (text, expected) => {
    expect(eventsIn(text, DAY).map(brief)).toEqual(expected);
  });

  // A participle clause after a comma ("..., killing two and wounding a third") shares the subject of
  // the finite verb it hangs on; the name it takes is its object, not who acted.
  it.each<[string, string[]]>([
    ['On 16 January 2024, gunmen attacked a checkpoint in Saravan, killing two Iranian guards and wounding a third.', ['ASSAULT ->iran 2024-01-16']],
    ['On 16 January 2024, the BLA ambushed a convoy near Panjgur, killing four Pakistani soldiers.', ['ASSAULT bla>pakistan 2024-01-16']],
    ['On 16 January 2024, Iran struck a village near Panjgur, killing two Pakistani children and wounding three.', ['ASSAULT iran>pakistan 2024-01-16']],
  ])('gives the participle clause in "%s" the subject of its finite verb', (text, expected) => {
    const given: Given = { ...DAY, places: [['Saravan', 'IRN', 'city'], ['Panjgur', 'PAK', 'city']] };
    expect(eventsIn(text, given).map(brief)).toEqual(expected);
  });

  it('takes unnamed attackers described by a phrase for the subject, not a name earlier in the sentence', () => {
    const text = 'Pakistan shut the crossing on 16 January 2024 after gunmen armed with rifles and grenades stormed a post of the IRGC.';
    expect(eventsIn(text, DAY).map(brief)).toEqual(['COERCE pakistan>- 2024-01-16', 'ASSAULT ->irgc 2024-01']);
  });

  it('reads "its personnel" as the body the possessive stands for', () => {
    expect(eventsIn('The IRGC patrols the border. On 16 January 2024, its personnel seized 40 smugglers.', DAY).map(brief))
      .toEqual(['COERCE irgc>- 2024-01-16']);
  });

  it('takes no target from the source of a report ("according to the BLA")', () => {
    const given: Given = { ...DAY, places: [['Panjgur', 'PAK', 'city']] };
    expect(eventsIn('On 16 January 2024, Iranian guards opened fire on fuel carriers near Panjgur, killing two Pakistani drivers, according to the BLA.', given)
      .map(brief)).toEqual(['ASSAULT iran>pakistan 2024-01-16']);
  });

  // A nominal's agent may follow its "of" phrase, which names the victims; people named by the goods
  // they carry ("fuel carriers") are people, not goods.
  it.each<[string, string[]]>([
    ['On 16 January 2024, Islamabad condemned the killing of two Pakistani fuel carriers by Iranian border guards.',
      ['ACCUSE pakistan>iran 2024-01-16', 'ASSAULT iran>pakistan 2024-01']],
    ['On 16 January 2024, Islamabad condemned the abduction of five guards by the BLA.', ['ACCUSE pakistan>bla 2024-01-16', 'ASSAULT bla>- 2024-01']],
    ['On 16 January 2024, Iran seized 64 vehicles loaded with Pakistani fuel.', ['COERCE iran>- 2024-01-16']],
  ])('reads the agent after the "of" phrase in "%s"', (text, expected) => {
    expect(eventsIn(text, DAY).map(brief)).toEqual(expected);
  });

  it('answers a strike with the struck state as the retaliating party', () => {
    const events = eventsIn('On 16 January 2024, Iran fired missiles at Pakistan. Two days later, Pakistan retaliated.',
      { dates: [['16 January 2024', '2024-01-16'], ['Two days later', '2024-01-18']] });
    expect(events.map(brief)).toEqual(['ASSAULT iran>pakistan 2024-01-16', 'ASSAULT pakistan>iran 2024-01-18']);
  });

  it('resolves "it" to the latest subject that is not a place', () => {
    const events = eventsIn('In January 2024, Pakistan adopted a new strategy. First, it recalled its ambassador from Tehran.',
      { dates: [['January 2024', '2024-01']] });
    expect(events.map(brief)).toEqual(['SANCTION pakistan>iran 2024-01']);
  });

  it('reads a word after "and, <adverbial>," as a verb that shares the subject, unless its own verb follows', () => {
    const given: Given = { dates: [['16 January 2024', '2024-01-16'], ['two days later', '2024-01-18']], places: [['Saravan', 'IRN', 'city']] };
    expect(eventsIn('On 16 January 2024, Pakistan recalls its ambassador from Tehran and, two days later, strikes targets near Saravan.', given)
      .map(brief)).toEqual(['SANCTION pakistan>iran 2024-01-16', 'ASSAULT pakistan>iran 2024-01-18']);
    expect(eventsIn('On 16 January 2024, Pakistan recalls its ambassador and, in a statement, strikes were condemned.', DAY).map(brief))
      .toEqual(['SANCTION pakistan>- 2024-01-16']);
  });

  it('reads "both ambassadors are back at their posts" as the two parties returning their envoys', () => {
    const given: Given = { dates: [['January 2024', '2024-01'], ['26 January 2024', '2024-01-26']] };
    expect(eventsIn('Pakistan and Iran recalled their envoys in January 2024. Both ambassadors were back at their posts by 26 January 2024.', given)
      .map(brief)).toEqual(['SANCTION pakistan>iran 2024-01', 'RETREAT pakistan>iran 2024-01-26']);
  });

  it('takes people counted by their nationality for people, not for their state', () => {
    expect(eventsIn('On 16 January 2024, some 3,100 Afghans arrived in Iran.', DAY).map(brief)).toEqual([]);
    expect(eventsIn('On 16 January 2024, thousands of Afghans protested against Iran.', DAY).map(brief)).toEqual(['PROTEST ->iran 2024-01-16']);
    expect(eventsIn('On 16 January 2024, 11 Afghans were killed by Jaish al-Adl.', DAY).map(brief)).toEqual(['ASSAULT jaish-al-adl>afghanistan 2024-01-16']);
  });

  it('takes a person named with an organisation\'s title as the actor of a coordinated verb, not the organisation', () => {
    expect(eventsIn('On 16 January 2024, IRGC commander Major General Amir-Abdollahian accused Pakistan of harbouring militants and warned Islamabad.', DAY)
      .map(brief)).toEqual(['ACCUSE amir-abdollahian>pakistan 2024-01-16', 'THREATEN amir-abdollahian>pakistan 2024-01-16']);
    expect(eventsIn('On 16 January 2024, the IRGC and Amir-Abdollahian accused Pakistan of harbouring militants and warned Islamabad.', DAY)
      .map(brief)).toEqual(['ACCUSE irgc>pakistan 2024-01-16', 'THREATEN irgc>pakistan 2024-01-16']);
  });

  it('resolves "he" past a person named in an "of" phrase or as what someone is called', () => {
    const events = eventsIn('On 16 January 2024, Raisi laid a wreath at the tomb of the poet Allama Ishaq Dar, whom Iranians call "Dar Lahori". '
      + 'Later he met Shehbaz Sharif.', { dates: [['16 January 2024', '2024-01-16']] });
    expect(events.map(brief)).toEqual(['CONSULT raisi>sharif 2024-01-16']);
  });

  it('resolves "the militia" to the armed group the text named last', () => {
    const events = eventsIn('Jaish al-Adl grew. In April 2024, Pakistan designated the militia as a terrorist organisation.',
      { dates: [['April 2024', '2024-04']] });
    expect(events.map(brief)).toEqual(['SANCTION pakistan>jaish-al-adl 2024-04']);
  });

  it('gives an attack to the group that claimed it', () => {
    const events = eventsIn('On 3 January 2024, there was an attack on a memorial in Kerman. The Islamic State claimed responsibility.',
      { dates: [['3 January 2024', '2024-01-03']] });
    expect(events.map(brief)).toEqual(['ASSAULT islamic-state>- 2024-01-03']);
  });

  it('ties fatalities of the same sentence to the attack', () => {
    const [e] = eventsIn('On 16 January 2024, Iran struck Panjgur in Pakistan, killing two children.',
      { ...DAY, figures: [['two children', 2, 'fatalities']], places: [['Panjgur', 'PAK', 'city'], ['Pakistan', 'PAK', 'country']] });
    expect(e).toMatchObject({ event_type: 'ASSAULT', fatalities: 2, location: 'Panjgur', country: 'PAK', salience: 'core' });
  });

  it('marks events away from Iran–Pakistan dealings as context', () => {
    const [e] = eventsIn('On 16 January 2024, Israel struck Syria.', DAY);
    expect(e?.salience).toBe('context');
  });
});

describe('roles in longer sentences', () => {
  const ON: Given = { dates: [['16 January 2024', '2024-01-16']] };
  it.each<[string, Given, string[]]>([
    // The subject stands before a relative clause, not inside it.
    ['On 16 January 2024, Jaish al-Adl, which says it fights for the Baloch of Pakistan, killed 11 Iranian police officers.', ON,
      ['ASSAULT jaish-al-adl>iran 2024-01-16']],
    // "its fighters" act for the group "its" stands for.
    ['In 2024, Jaish al-Adl grew. On 16 January 2024, its fighters attacked the IRGC.', { dates: [['16 January 2024', '2024-01-16'], ['2024', '2024']] },
      ['ASSAULT jaish-al-adl>irgc 2024-01-16']],
    // A fronted adverbial shares the main clause's subject.
    ['After recalling their ambassadors in January 2024, Iran and Pakistan restored ties.', { dates: [['January 2024', '2024-01']] },
      ['SANCTION iran>pakistan 2024-01', 'RETREAT iran>pakistan 2024-01']],
    // A nominal's target follows a preposition that marks one: a memorial "for" someone is not struck.
    ['On 16 January 2024, the Islamic State carried out an attack at a memorial for Raisi in Iran.', ON, ['ASSAULT islamic-state>iran 2024-01-16']],
    // "the border with Pakistan" is a place.
    ['On 16 January 2024, Jaish al-Adl killed police officers in an ambush near the border with Pakistan.', ON, ['ASSAULT jaish-al-adl>- 2024-01-16']],
    // "the first deadly attack": an adjective in -ly does not make a verb of the noun.
    ['On 16 January 2024, Pakistan’s foreign ministry said it was the first deadly attack on Pakistani nationals.', ON, ['ASSAULT ->pakistan 2024-01-16']],
    // The agents of a passive come after "by", past a title; the companion of the trigger may come first.
    ['In May 2023, the border market with Iran was inaugurated by prime minister Sharif and Raisi.', { dates: [['May 2023', '2023-05']] },
      ['COOPERATE sharif>raisi 2023-05']],
    // A list passes over the next name's title ("and Iranian President Raisi"); the relative clause after it is the same pair's.
    ['In May 2023, the border market was inaugurated by Prime Minister Sharif and Iranian President Raisi, who also jointly opened a transmission line.',
      { dates: [['May 2023', '2023-05']] }, ['COOPERATE sharif>raisi 2023-05']],
    // A state's forces act for it, also when the name is a bare demonym before "forces" ("Pakistani" is no alias here).
    ['In May 2024, the calm was overshadowed by Pakistani troops shooting Iranian citizens.', { dates: [['May 2024', '2024-05']] },
      ['ASSAULT pakistan>iran 2024-05']],
    // "Both" before the verb is the text's two parties.
    ['Iran and Pakistan were neighbours. In 1955, both joined the Baghdad Pact.', { dates: [['1955', '1955']] }, ['SUPPORT iran>pakistan 1955']],
    // The thanked do what they are thanked for.
    ['On 16 January 2024, Raisi thanked the people of Pakistan for standing by Iran.', ON, ['SUPPORT pakistan>iran 2024-01-16']],
    // Quote marks inside a multi-word trigger.
    ['On 16 January 2024, Dar said that Pakistan stood "shoulder to shoulder" with Iran.', ON, ['SUPPORT pakistan>iran 2024-01-16']],
    // A state's strike with no named target struck the state whose soil it hit.
    ['On 16 January 2024, an Israeli strike hit an oil depot in Tehran.', { ...ON, places: [['Tehran', 'IRN', 'city']] }, ['ASSAULT israel>iran 2024-01-16']],
    // A city before an attack noun says where it happened, not who attacked (no ASSAULT by Iran).
    ['On 16 January 2024, Pakistan condemned the Tehran attack.', { ...ON, places: [['Tehran', 'IRN', 'city']] }, ['ACCUSE pakistan>iran 2024-01-16']],
    // "he and <title> X": the pronoun's antecedent acts with X as counterpart.
    ['Araghchi arrived in Islamabad. On 16 January 2024, he and Pakistani Foreign Minister Ishaq Dar held talks.', ON,
      ['CONSULT araghchi>pakistan undated', 'CONSULT araghchi>dar 2024-01-16']],
  ])('%s', (text, given, expected) => {
    expect(eventsIn(text, given).map(brief)).toEqual(expected);
  });
});
