// How real reports state events beyond the seed texts: timelines under date headings, the forms
// of seizure, release, sanctions, protests, calls and threats, and the clauses whose subject is
// not the name just before the verb. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { findEvents } from '../../pipeline/extract/events/index.js';
import { pluralise } from '../../pipeline/extract/events/lexicon.js';
import { brief, inputFor, type Given } from './helpers.js';

const on = (text: string, value: string): Given => ({ dates: [[text, value]] });
const briefs = (text: string, given: Given = {}, organisation?: string): string[] => {
  const input = inputFor(text, given);
  if (organisation) {
    // An actor the shared test lexicon lacks, named where the text names it.
    const start = text.indexOf(organisation);
    input.actors = [...input.actors, { start, end: start + organisation.length, text: organisation, actor_id: 'company', rule: 'test' }]
      .sort((a, b) => a.start - b.start);
    input.definitions = [...input.definitions, { actor_id: 'company', name: organisation, aliases: [], type: 'organization', country: 'IRN', wikidata: null, origin: 'lexicon' }];
  }
  return findEvents(input).map(brief);
};

describe('timelines', () => {
  const timeline = 'Milestones\n\n5 March 2019\n\nRaisi visits Islamabad. Pakistan condemns the bombing in Zahedan.\n\n9 June 2020\n\nIran fires rockets at Jaish al-Adl camps.';
  const headings: Given = { dates: [['5 March 2019', '2019-03-05'], ['9 June 2020', '2020-06-09']], published: '2024-12' };

  it('dates each entry by the heading above it, in the historic present', () => {
    expect(briefs(timeline, headings)).toEqual(['CONSULT raisi>pakistan 2019-03-05', 'ACCUSE pakistan>- 2019-03-05', 'ASSAULT iran>jaish-al-adl 2020-06-09']);
  });

  it('does not take a lone date line (a dateline) as a heading for the text', () => {
    expect(briefs('9 June 2020\n\nRaisi visits Islamabad.', { dates: [['9 June 2020', '2020-06-09']] })).toEqual(['CONSULT raisi>pakistan undated']);
  });

  it('lets a date of the entry’s own sentence win over its heading', () => {
    const text = 'Milestones\n\n5 March 2019\n\nIran offers help. The next day, Raisi visits Islamabad.\n\n9 June 2020\n\nIran fires rockets at Jaish al-Adl camps.';
    expect(briefs(text, { dates: [...headings.dates!, ['The next day', '2019-03-06']] })).toContain('CONSULT raisi>pakistan 2019-03-06');
  });
});

describe('forms of acts', () => {
  it.each<[string, Given, string]>([
    ['On 3 May 2024, Iran’s coast guard seizes two Pakistani fishing boats.', on('3 May 2024', '2024-05-03'), 'COERCE iran>pakistan 2024-05-03'],
    ['On 3 May 2024, Pakistan banned the travel of pilgrims to Iran by road.', on('3 May 2024', '2024-05-03'), 'COERCE pakistan>iran 2024-05-03'],
    ['On 3 May 2024, the United States reimposed sanctions on Iran.', on('3 May 2024', '2024-05-03'), 'SANCTION usa>iran 2024-05-03'],
    ['In 2009, China pulled out of the talks with Iran.', on('2009', '2009'), 'SANCTION china>iran 2009'],
    ['In July 2024, Pakistan reached a staff-level agreement with the United States.', on('July 2024', '2024-07'), 'AGREE pakistan>usa 2024-07'],
    ['In August 2024, Iran served Pakistan with what officials called a final notice.', on('August 2024', '2024-08'), 'THREATEN iran>pakistan 2024-08'],
    ['In 2009, Iran and Pakistan signed a 25-year gas sales and purchase agreement.', on('2009', '2009'), 'SUPPORT iran>pakistan 2009'],
    ['On 3 May 2024, Ishaq Dar termed the decision unjust.', on('3 May 2024', '2024-05-03'), 'ACCUSE dar>- 2024-05-03'],
    ['On 3 May 2024, the raid drew a sharp rebuke from Pakistan.', on('3 May 2024', '2024-05-03'), 'ACCUSE pakistan>- 2024-05-03'],
    ['On 3 May 2024, Raisi attends and holds talks with Shehbaz Sharif.', on('3 May 2024', '2024-05-03'), 'CONSULT raisi>sharif 2024-05-03'],
    ['On 3 May 2024, China distributed food and tents to returnees from Iran.', on('3 May 2024', '2024-05-03'), 'AID china>iran 2024-05-03'],
  ])('%s', (text, given, expected) => {
    expect(briefs(text, given)).toEqual([expected]);
  });

  it('frees the captives of the seizure just reported: the captor releases them', () => {
    const text = 'On 3 May 2024, Iran’s coast guard seizes two Pakistani fishing boats. The fishermen are released a week later.';
    expect(briefs(text, { dates: [['3 May 2024', '2024-05-03'], ['a week later', '2024-05-10']] }))
      .toEqual(['COERCE iran>pakistan 2024-05-03', 'RETREAT iran>pakistan 2024-05-10']);
  });

  it('reads a nominal the verb needs as that verb’s object, not a second event', () => {
    expect(briefs('On 3 May 2024, Pakistan lodged a formal protest with Iran.', on('3 May 2024', '2024-05-03'))).toEqual(['ACCUSE pakistan>iran 2024-05-03']);
  });

  it('pluralises nouns in -sh and -ch, and keeps plurals', () => {
    expect([pluralise('clash'), pluralise('armed clash'), pluralise('talks'), pluralise('ambush')]).toEqual(['clashes', 'armed clashes', 'talks', 'ambushes']);
  });
});

describe('who acts', () => {
  it('gives a call in a parenthesis after the subject to that subject', () => {
    expect(briefs('On 3 May 2024, Shehbaz Sharif, in a telephone conversation with Masoud Pezeshkian, asked him to help.', on('3 May 2024', '2024-05-03')))
      .toEqual(['CONSULT sharif>pezeshkian 2024-05-03', 'REQUEST sharif>- 2024-05-03']);
  });

  it('gives a fronted call to the main clause’s subject and partner', () => {
    expect(briefs('In a telephone call on 3 May 2024, Foreign Minister Ishaq Dar and his Iranian counterpart agreed to de-escalate.', on('3 May 2024', '2024-05-03')))
      .toEqual(['CONSULT dar>iran 2024-05-03', 'CONCEDE dar>iran 2024-05-03']);
  });

  it('gives a verb after "and" the clause’s subject, not the object before it', () => {
    expect(briefs('On 3 May 2024, Iran’s ambassador called on Shehbaz Sharif and assured him that Tehran would help.', on('3 May 2024', '2024-05-03')))
      .toEqual(['CONSULT iran>sharif 2024-05-03', 'AGREE iran>- 2024-05-03']);
  });

  it('does not take a name after a preposition and a title for the subject a pronoun refers to', () => {
    expect(briefs('Raisi held talks with Prime Minister Shehbaz Sharif on 22 April 2024. He later met Ishaq Dar.', on('22 April 2024', '2024-04-22')))
      .toEqual(['CONSULT raisi>sharif 2024-04-22', 'CONSULT raisi>dar 2024-04-22']);
  });

  it('reads "the two leaders" as the text’s two parties', () => {
    expect(briefs('Iran and Pakistan met on 22 April 2019. The two leaders agreed to form a joint force.', on('22 April 2019', '2019-04-22')))
      .toEqual(['CONSULT iran>pakistan 2019-04-22', 'AGREE iran>pakistan 2019-04-22']);
  });

  it('takes a collective subject as the subject of a bare verb', () => {
    expect(briefs('Iran and Pakistan met on 29 January 2024. The two sides agree to post liaison officers.', on('29 January 2024', '2024-01-29')))
      .toEqual(['CONSULT iran>pakistan 2024-01-29', 'AGREE iran>pakistan 2024-01-29']);
  });

  it('sets an attack by unnamed gunmen against the state where it happened', () => {
    expect(briefs('On 10 July 2025, gunmen stopped two coaches in Zhob and killed nine passengers. Pakistan condemned the attack.',
      { ...on('10 July 2025', '2025-07-10'), places: [['Zhob', 'PAK', 'other']], published: '2025-08' }))
      .toEqual(['ASSAULT ->pakistan 2025-07-10', 'ACCUSE pakistan>- 2025-07-10']);
  });

  it('does not set an act on the agent itself', () => {
    expect(briefs('On 13 June 2025, Israel launched air strikes on sites across Iran, and Iran responded with missile attacks on Israel.',
      { ...on('13 June 2025', '2025-06-13'), places: [['Iran', 'IRN', 'country']], published: '2025-07' }))
      .toEqual(['ASSAULT israel>iran 2025-06-13', 'ASSAULT iran>israel 2025-06-13']);
  });
});

describe('what is not an event', () => {
  it.each<[string, Given]>([
    ['On 3 May 2024, a powerful earthquake near Saravan kills 35 people in Pakistan.', on('3 May 2024', '2024-05-03')],
    ['On 3 May 2024, twelve Pakistani pilgrims were killed in a bus accident in Iran.', on('3 May 2024', '2024-05-03')],
    ['On 13 April 2024, Iran named its reply Operation True Promise.', on('13 April 2024', '2024-04-13')],
    ['In May 2024, Islamabad hosted a summit of the UN Security Council.', on('May 2024', '2024-05')],
    ['In 2024, the militants could have attacked and killed Pakistani soldiers.', on('2024', '2024')],
    ['In April 2019, Pakistan, which hosts three million Afghan refugees, faced a crisis.', on('April 2019', '2019-04')],
    ['In May 2024, Iran, in consultation with Pakistan, drew up the list.', on('May 2024', '2024-05')],
  ])('%s', (text, given) => {
    expect(briefs(text, given)).toEqual([]);
  });

  it('does not state the act an accusation alleges ("accused X of hosting")', () => {
    expect(briefs('On 20 April 2019, Ishaq Dar accused Iran of hosting and supporting the BLA.', on('20 April 2019', '2019-04-20')))
      .toEqual(['ACCUSE dar>iran 2019-04-20']);
  });

  it('does not take a word inside a name for the word a trigger needs', () => {
    expect(briefs('In September 2024, the notice was delivered by the Iranian Gas Company to Pakistan.',
      { ...on('September 2024', '2024-09'), published: '2024-10' }, 'Iranian Gas Company')).toEqual([]);
  });

  it('takes a meeting named as the setting of another act for that act’s setting', () => {
    expect(briefs('In a statement issued at the end of the visit on 3 May 2024, Iran and Pakistan condemned terrorism.', on('3 May 2024', '2024-05-03')))
      .toEqual(['ACCUSE iran>pakistan 2024-05-03']);
  });

  it('reads "calling them a violation" after a condemnation as the same accusation', () => {
    const events = briefs('On 13 June 2025, Pakistan condemned Israel’s attacks on Iran, calling them a blatant violation of Iran’s sovereignty.',
      { ...on('13 June 2025', '2025-06-13'), published: '2025-07' });
    expect(events.filter((e) => e.startsWith('ACCUSE'))).toEqual(['ACCUSE pakistan>israel 2025-06-13']);
  });
});

describe('modality and dating', () => {
  it('lets a past verb after "did not ... and" stand on its own', () => {
    const events = briefs('In March 2024, the United States said it did not support the pipeline and warned Pakistan of sanctions.', on('March 2024', '2024-03'));
    expect(events).toEqual(['THREATEN usa>pakistan 2024-03']);
  });

  it('dates a stated future visit when the statement after it was made, not when the visit is due', () => {
    const events = briefs('Masoud Pezeshkian will visit Pakistan next month, the foreign ministry announced on Thursday.',
      { dates: [['next month', '2024-08'], ['Thursday', '2024-07-25']], published: '2024-07-26' });
    expect(events).toEqual(['AGREE pezeshkian>pakistan 2024-07-25']);
  });

  it('does not date a happening by a deadline ("until")', () => {
    const events = briefs('In 2019, Iran gave Pakistan until 2024 to build its section and pledged support.', { dates: [['2019', '2019'], ['2024', '2024']] });
    expect(events).toEqual(['AGREE iran>- 2019']);
  });

  it('dates each of two coordinated clauses by its own date', () => {
    const events = briefs('Iran recognised Pakistan in 1947, and Pakistan recognised the Islamic Republic after the revolution of 1979.',
      { dates: [['1947', '1947'], ['1979', '1979']] });
    expect(events).toEqual(['SUPPORT iran>pakistan 1947', 'SUPPORT pakistan>iran 1979']);
  });
});
