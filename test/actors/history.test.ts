// Actors that analysis pieces on the subject name from its history (the Shah, Pakistan's
// presidents and army chiefs since 1947, Iran's ministers before 2013, leaders of the US, India,
// China, Saudi Arabia and Afghanistan), relief and trade bodies, and the places of the border.
// Sentences are written for these tests; each expectation follows the gold guidelines
// (../shared/gold/GUIDELINES.md): officials are persons of their state, named institutions are
// actors of their own, the Red Cross and Red Crescent are organizations, UN agencies are igos,
// think tanks and airports are not actors, an office named without a name is its holder.
import { describe, expect, it } from 'vitest';
import { findActors, findPlaces } from '../../pipeline/extract/actors/index.js';

/** "text=actor_id|type|country" for every mention, in order. */
function typed(sentence: string, date = '2024-06-01'): string[] {
  const { mentions, definitions } = findActors(sentence, { date });
  const byId = new Map(definitions.map((d) => [d.actor_id, d]));
  return mentions.map((m) => `${m.text}=${m.actor_id}|${byId.get(m.actor_id)?.type}|${byId.get(m.actor_id)?.country}`);
}

/** The actor an office named without a name stands for at a date ("foreign minister=..."). */
function holder(sentence: string, office: string, date: string): string | undefined {
  return findActors(sentence, { date }).mentions.find((m) => m.text === office)?.actor_id;
}

describe('historic officials are persons of their state', () => {
  it.each([
    ['Benazir Bhutto visited Tehran in 1995, years after the Shah fell.', ['Benazir Bhutto=benazir-bhutto|person|PAK', 'Tehran=iran|state|IRN', 'the Shah=mohammad-reza-pahlavi|person|IRN']],
    ['Z.A. Bhutto and Ayub Khan both courted Tehran.', ['Z.A. Bhutto=zulfikar-ali-bhutto|person|PAK', 'Ayub Khan=ayub-khan|person|PAK', 'Tehran=iran|state|IRN']],
    ['Mohammad Khatami received Pervez Musharraf; Rafsanjani had met Nawaz Sharif.', ['Mohammad Khatami=mohammad-khatami|person|IRN', 'Pervez Musharraf=pervez-musharraf|person|PAK', 'Rafsanjani=akbar-hashemi-rafsanjani|person|IRN', 'Nawaz Sharif=nawaz-sharif|person|PAK']],
    ['Manouchehr Mottaki and Saeed Jalili met Hina Rabbani Khar.', ['Manouchehr Mottaki=manouchehr-mottaki|person|IRN', 'Saeed Jalili=saeed-jalili|person|IRN', 'Hina Rabbani Khar=hina-rabbani-khar|person|PAK']],
    ['Kulbhushan Jadhav was arrested in Balochistan. Jadhav was sentenced.', ['Kulbhushan Jadhav=kulbhushan-jadhav|person|IND', 'Jadhav=kulbhushan-jadhav|person|IND']],
    ['Mullah Akhtar Mansour was killed after crossing from Iran.', ['Mullah Akhtar Mansour=akhtar-mansour|person|AFG', 'Iran=iran|state|IRN']],
    ['Henry Kissinger flew to Beijing via Islamabad to meet Zhou Enlai.', ['Henry Kissinger=henry-kissinger|person|USA', 'Beijing=china|state|CHN', 'Islamabad=pakistan|state|PAK', 'Zhou Enlai=zhou-enlai|person|CHN']],
    ['King Faisal and Saddam Hussein', ['King Faisal=faisal-bin-abdulaziz|person|SAU', 'Saddam Hussein=saddam-hussein|person|IRQ']],
  ])('%s', (sentence, expected) => {
    expect(typed(sentence)).toEqual(expected);
  });

  it('keeps a name that contains another official apart from him', () => {
    // "Gohar Ayub Khan" is Ayub Khan's son, "Ahmad Khatami" is not Mohammad Khatami.
    expect(typed('Gohar Ayub Khan and Ahmad Khatami spoke.').map((m) => m.split('|')[0])).toEqual(['Gohar Ayub Khan=gohar-ayub-khan', 'Ahmad Khatami=ahmad-khatami']);
  });

  it('reads "King Abdullah" as the Saudi king, not as Abdullah Abdullah of Afghanistan', () => {
    expect(typed('King Abdullah received the envoy.')).toEqual(['King Abdullah=abdullah-bin-abdulaziz|person|SAU']);
  });

  it('reads "King Hussein" as the king of Jordan, not as Saddam Hussein, and keeps the state he is "of"', () => {
    expect(typed('King Hussein of Jordan met President Hussein.', '1990-08-15')).toEqual([
      'King Hussein=hussein-bin-talal|person|JOR',
      'Jordan=jordan|state|JOR',
      'Hussein=saddam-hussein|person|IRQ',
    ]);
  });
});

describe('an office named without a name is its holder at the publication date', () => {
  it.each([
    ["Iran's foreign minister arrived.", 'foreign minister', '1998-05', 'kamal-kharazi'],
    ["Iran's foreign minister arrived.", 'foreign minister', '2007-01-15', 'manouchehr-mottaki'],
    ["Iran's foreign minister arrived.", 'foreign minister', '1990-03', 'ali-akbar-velayati'],
    ['The Iranian president arrived.', 'president', '2003-06', 'mohammad-khatami'],
    ['The Iranian president arrived.', 'president', '1995', 'akbar-hashemi-rafsanjani'],
    ["Pakistan's prime minister spoke.", 'prime minister', '1995-06', 'benazir-bhutto'],
    ["Pakistan's prime minister spoke.", 'prime minister', '1998-06', 'nawaz-sharif'],
    ["Pakistan's prime minister spoke.", 'prime minister', '2010-06', 'yousaf-raza-gilani'],
    ["Pakistan's president spoke.", 'president', '2005-06', 'pervez-musharraf'],
    ["Pakistan's president spoke.", 'president', '1965', 'ayub-khan'],
    ["Pakistan's army chief visited Tehran.", 'army chief', '1986', 'zia-ul-haq'],
    ['The SNSC secretary met Pakistani officials.', 'SNSC secretary', '2010-01', 'saeed-jalili'],
    ['The US secretary of state called.', 'secretary of state', '2011-05-02', 'hillary-clinton'],
    ["India's external affairs minister said.", 'external affairs minister', '2010-06', 's-m-krishna'],
    ['The US vice president said.', 'vice president', '2025-08', 'jd-vance'],
    ['The Chief of Naval Staff visited Bandar Abbas.', 'Chief of Naval Staff', '2024-06-01', 'naveed-ashraf'],
    ['The Chief of the Air Staff said.', 'Chief of the Air Staff', '2019-01', 'mujahid-anwar-khan'],
    ["Iran's army chief said.", 'army chief', '2025-08', 'amir-hatami'],
    ['The Balochistan chief minister said.', 'Balochistan chief minister', '2010-06', 'aslam-raisani'],
  ])('%s (%s)', (sentence, office, date, expected) => {
    expect(holder(sentence, office, date)).toBe(expected);
  });

  it('names no holder where no term is known for the date', () => {
    // IRGC commanders before 2007 and Balochistan's chief minister under governor's rule (2013) are not in the lexicon.
    expect(holder('The IRGC commander said.', 'IRGC commander', '2003-06')).toBeUndefined();
    expect(holder('The Balochistan chief minister said.', 'Balochistan chief minister', '2013-02')).toBeUndefined();
  });

  it('gives a title and a surname to the one who held that office', () => {
    expect(typed('President Khatami visited Islamabad.', '2002-12')[0]).toBe('Khatami=mohammad-khatami|person|IRN');
    expect(typed('Vice President Vance spoke.', '2025-03')[0]).toBe('Vance=jd-vance|person|USA');
  });
});

describe('relief, trade and UN bodies are actors of their type', () => {
  it.each([
    ['The Iranian Red Crescent Society and the Pakistan Red Crescent sent aid.', ['Iranian Red Crescent Society=iranian-red-crescent-society|organization|IRN', 'Pakistan Red Crescent=pakistan-red-crescent-society|organization|PAK']],
    ["Iran's Red Crescent and the ICRC reached Khash.", ["Iran's Red Crescent=iranian-red-crescent-society|organization|IRN", 'ICRC=icrc|organization|null']],
    ['Iran said the Red Crescent sent 20 teams.', ['Iran=iran|state|IRN', 'Red Crescent=iranian-red-crescent-society|organization|IRN']], // the society of the state named before it
    ['Pakistan asked for help; the Red Crescent responded.', ['Pakistan=pakistan|state|PAK', 'Red Crescent=pakistan-red-crescent-society|organization|PAK']],
    ['OCHA said the Edhi Foundation ambulances arrived.', ['OCHA=ocha|igo|null', 'Edhi Foundation=edhi-foundation|organization|PAK']],
    ['UNICEF, the UNHCR and the IOM appealed for funds.', ['UNICEF=unicef|igo|null', 'UNHCR=unhcr|igo|null', 'IOM=iom|igo|null']],
    ['The FPCCI and the Iran Chamber of Commerce signed a memorandum.', ['FPCCI=fpcci|organization|PAK', 'Iran Chamber of Commerce=iccima|organization|IRN']],
    ['The Trade Development Authority of Pakistan and the Gwadar Port Authority', ['Trade Development Authority of Pakistan=pakistan-tdap|government|PAK', 'Gwadar Port Authority=gwadar-port-authority|government|PAK']],
  ])('%s', (sentence, expected) => {
    expect(typed(sentence)).toEqual(expected);
  });
});

describe('names that are not actors hide the actor names inside them', () => {
  it.each([
    ['He landed at Imam Khomeini International Airport.', []],
    ['Flights from Jinnah International Airport resumed; the Jinnah Institute disagreed.', []],
    ["Iran's human rights record", ['Iran=iran|state|IRN']], // a phrase, not the name of an organisation
  ])('%s', (sentence, expected) => {
    expect(typed(sentence)).toEqual(expected);
  });
});

describe('places on the border and in both provinces', () => {
  const placesOf = (s: string) => findPlaces(s).map((p) => `${p.text}=${p.name}|${p.country}|${p.kind}`);
  it.each([
    ['trade through the Taftan-Mirjaveh crossing and Gabd-Rimdan', ['Taftan-Mirjaveh=Taftan–Mirjaveh border crossing|null|other', 'Gabd-Rimdan=Gabd–Rimdan border crossing|null|other']],
    ['the Mand-Pishin crossing near Mand', ['Mand-Pishin=Pishin–Mand border crossing|null|other', 'Mand=Mand|PAK|city']],
    ['an attack in Kech district; Turbat is its headquarters', ['Kech district=Kech|PAK|region', 'Turbat=Turbat|PAK|city']],
    ['Sarbaz, Rask and Kuhak in Sistan and Baluchestan', ['Sarbaz=Sarbaz|IRN|city', 'Rask=Rask|IRN|city', 'Kuhak=Kuhak|IRN|city', 'Sistan and Baluchestan=Sistan and Baluchestan|IRN|province']],
    ['Mashkel, Dalbandin and Nok Kundi in Chagai', ['Mashkel=Mashkel|PAK|city', 'Dalbandin=Dalbandin|PAK|city', 'Nok Kundi=Nok Kundi|PAK|city', 'Chagai=Chagai|PAK|city']],
  ])('%s', (sentence, expected) => {
    expect(placesOf(sentence)).toEqual(expected);
  });
});
