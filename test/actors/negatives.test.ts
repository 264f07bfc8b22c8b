import { describe, expect, it } from 'vitest';
import { mentionsOf } from './helpers.js';

describe('not actors', () => {
  it.each([
    // analysts, journalists, authors
    ['“It was a surprise,” Dr Umer Karim, an associate fellow, told TNA.'],
    ['Dr Rabia Akhtar, the director of the Centre for Security, Strategy and Policy Research, agrees.'],
    ['Giorgio Cafiero is the CEO of Gulf State Analytics.'],
    ['said Dr Ali Vaez, the director of the Iran Project at the International Crisis Group.'.replace('Iran Project', 'project')],
    // appositives that name no official: an analyst, a place, a relative
    ['Dr Ali Reza Vaezi, a senior adviser at the Crisis Group, said so.'],
    ['Ali Reza Vaezi, an adviser at a private consultancy, said so.'],
    ['He was made governor of the border district, Mand and Tump, in 2019.'],
    ['Zahedan, the provincial capital, was calm; Karim Khan Baloch, the minister\'s son, was freed.'],
    // a poet honoured on a visit is no political actor
    ['He laid a wreath at the mausoleum of the poet-philosopher Allama Muhammad Iqbal, whom Iranians revere as Iqbal Lahori.'.replace('Iranians ', '')],
    // a comma never joins words an alias writes without one ("Cabinet, Committee", not "Cabinet Committee")
    ['The Cabinet, Committee members and Energy officials met.'],
    // think tanks, universities and outlets, including ones named after states and cities
    ['Dr Rouzbeh Parsi of the Swedish Institute of International Affairs told The New Arab.'],
    ['a report by the United States Institute of Peace and the Atlantic Council'],
    ['He writes for the Express Tribune and the Tehran Times; Reuters and Al Jazeera reported it.'],
    ['a lecturer at Johns Hopkins University and the University of Lahore'],
    ['the Islamabad Policy Research Institute and the Pakistan Institute of Peace Studies'],
    // provinces, cities and seas are places
    ['Balochistan, Sistan and Baluchestan, Kerman, Saravan, Panjgur and Rask'],
    ['ships in the Persian Gulf, the Gulf of Oman and the Indian Ocean'],
    ['meetings in Davos and a protest in Lahore'],
    // roads, squares and buildings named after people
    ['protesters blocked M.A. Jinnah Road and gathered at Numaish Chowrangi'],
    // acronyms are upper case, and whole words
    ['It is what it is; tell us the truth; the un-armed men'],
    ['What IS the plan? This IS not over.'],
    ['USBANK, MUSIC and ISIS-like tactics in ISLAMABAD'.replace('ISIS-like', 'ISISLIKE')],
    ['a turkey for dinner; a china cup; let it be; a jordan river'],
    // a treaty named after a body is a document, not the body acting
    ['lawful under the UN Charter and Article 51 of the United Nations Charter'],
    // descriptions are not names, and offices with no date resolve to no one
    ['the militia was formed; a Shia militia; the army chief said; the president has no authority'],
  ])('%s', (sentence) => {
    expect(mentionsOf(sentence, null)).toEqual([]);
  });

  it('a capital used as the place of an event is not a mention; used for the state it is', () => {
    expect(mentionsOf('A protest was held in Tehran.')).toEqual([]);
    expect(mentionsOf('Tehran rejected the claim.')).toEqual(['Tehran=iran']);
  });

  it('a capital before "-based" is where someone works, not the state; a state named so still is', () => {
    expect(mentionsOf('a Tehran-based analyst and an Islamabad based think tank said')).toEqual([]);
    expect(mentionsOf('a Pakistan-based group; Islamabad said')).toEqual(['Pakistan=pakistan', 'Islamabad=pakistan']);
  });

  it('outlets named after a state are not the state', () => {
    expect(mentionsOf('Afghanistan International and Afghan Witness reported; Iran Focus said', null)).toEqual([]);
  });

  it('a state inside a non-actor name is hidden, the same state elsewhere is not', () => {
    expect(mentionsOf('The Tehran Times said Iran struck.')).toEqual(['Iran=iran']);
  });

  it('a bracketed credit is no acronym definition', () => {
    expect(mentionsOf('Quetta, Pakistan (AP) reported it. The AP said more.', null)).toEqual(['Pakistan=pakistan']);
  });

  it('a headline is no name', () => {
    expect(mentionsOf('Prime Minister Meets Top Officials Over Border Tensions\nThe talks went on.', null)).toEqual([]);
    expect(mentionsOf('Senator Sherry Rehman Slams Trade Talks With Kabul\nThe talks went on.', null)).toEqual(['Kabul=afghanistan']);
  });

  it('unless punctuation closes the name after its title', () => {
    expect(mentionsOf('Starred Question No. 41, asked by Senator Sherry Rehman: Trade with the Islamic Republic of Iran', null))
      .toEqual(['Sherry Rehman=sherry-rehman', 'Islamic Republic of Iran=iran']);
  });

  it('a title before an organisation is no person', () => {
    expect(mentionsOf('King Faisal Centre for Research and Islamic Studies in Riyadh', null)).toEqual([]);
  });
});

describe('near misses of the wider lexicon', () => {
  it.each([
    // an organ form no one state owns
    ['Pakistan and Iran walked back; either foreign ministry could have', ['Pakistan=pakistan', 'Iran=iran']],
    ['Iran and Pakistan: both foreign ministries issued statements', ['Iran=iran', 'Pakistan=pakistan']],
    // generic forms are the state, not a named institution
    ['Iranian police officers were killed; Iran’s armed forces responded', ['Iranian=iran', 'Iran=iran']],
    ['Pakistani police said', ['Pakistani=pakistan']],
    // divisions and assemblies need their capitals
    ['Pakistan has a power division problem and a home department', ['Pakistan=pakistan']],
    // analysts are no officials, even in apposition; an appositive must close
    ['an Iranian analyst, Hamid Reza Karimi, said', ['Iranian=iran']],
    ['the envoy, Hamid Reza Karimi and others', []],
    // a company after a rank is no person; a name stops at a full stop and does not end on an initial
    ['the chairman of General Motors Corp said', []],
    ["Senator Alfonse D'Amato said", []],
    // a building named after an office is no person
    ['a meeting at the Governor House Quetta and the Chief Minister Secretariat', []],
    // a generic organ with no state before it resolves to no one
    ['The Armed Forces said the Senate and the health ministry agreed.', []],
    // an outlet or foundation after "and the" leaves the name before it an actor; a foundation in the lexicon is one
    ['Iran and the Tehran Times', ['Iran=iran']],
    ['OCHA and the Edhi Foundation distributed food', ['OCHA=ocha', 'Edhi Foundation=edhi-foundation']],
    // a currency named after a state is no mention of the state
    ['The tariff rose from 9.6 US cents to 11 cents; US officials objected.', ['US=united-states']],
    // the commander of a sub-force is not the holder of the office of its parent: the sub-force is the mention
    ['The commander of the IRGC Ground Force, Brigadier General Mohammad Pakpour, warned.', ['IRGC Ground Force=irgc-ground-force', 'Mohammad Pakpour=mohammad-pakpour']],
    // ... while a state inside a think tank's name still is none
    ['the Pakistan Institute for Peace and Conflict Studies said', []],
  ])('%s', (sentence, expected) => {
    expect(mentionsOf(sentence)).toEqual(expected);
  });
});
