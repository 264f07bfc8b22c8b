import { describe, expect, it } from 'vitest';
import { findActors } from '../../pipeline/extract/actors/index.js';
import { mentionsOf } from './helpers.js';

describe('lexicon names: spellings, metonyms, demonyms, possessives', () => {
  it.each([
    ['Iran and Pakistan exchanged strikes.', ['Iran=iran', 'Pakistan=pakistan']],
    ["Tehran and Islamabad recalled envoys; the Islamic Republic's leaders", ['Tehran=iran', 'Islamabad=pakistan', 'Islamic Republic=iran']],
    ['Rawalpindi decides security policy.', ['Rawalpindi=pakistan']],
    ['Beijing, Washington and the Kremlin reacted.', ['Beijing=china', 'Washington=united-states', 'Kremlin=russia']],
    ['Soviet troops left; the Kremlin withdrew its forces.', ['Soviet=soviet-union', 'Kremlin=soviet-union']],
    ['Iranian officials met Pakistani and Emirati diplomats.', ['Iranian=iran', 'Pakistani=pakistan', 'Emirati=united-arab-emirates']],
    ['the Iranians and the Pakistanis and the Afghans', ['Iranians=iran', 'Pakistanis=pakistan', 'Afghans=afghanistan']],
    ["Iran's military and Pakistan’s army and Iranian forces", ['Iran=iran', 'Pakistan=pakistan', 'Iranian=iran']],
    ['Saudi and Chinese officials', ['Saudi=saudi-arabia', 'Chinese=china']],
    ['Sino-Pakistani ties and the Turks', ['Sino=china', 'Pakistani=pakistan', 'Turks=turkey']],
    ['the US and the U.S. and the UN', ['US=united-states', 'U.S.=united-states', 'UN=united-nations']],
    ['the Biden administration struck back', ['Biden administration=united-states']],
    ['Jaish al-Adl, Jaish-ul-Adal, Jaysh al-Adl, Jaish-e-Adl and the Army of Justice', ['Jaish al-Adl=jaish-al-adl', 'Jaish-ul-Adal=jaish-al-adl', 'Jaysh al-Adl=jaish-al-adl', 'Jaish-e-Adl=jaish-al-adl', 'Army of Justice=jaish-al-adl']],
    ["Jaish al-Adl's capabilities", ["Jaish al-Adl=jaish-al-adl"]],
    ['Jundallah, also spelled Jandullah', ['Jundallah=jundallah', 'Jandullah=jundallah']],
    ['Hossein Amir-Abdollahian, Amirabdollahian and Hossein Amir Abdollahian', ['Hossein Amir-Abdollahian=hossein-amir-abdollahian', 'Amirabdollahian=hossein-amir-abdollahian', 'Hossein Amir Abdollahian=hossein-amir-abdollahian']],
    ['the Zainebiyoun and the Fatemiyoun', ['Zainebiyoun=zainebiyoun', 'Fatemiyoun=fatemiyoun']],
    ['Houthis, Ansar Allah, Hamas and Hezbollah', ['Houthis=houthis', 'Ansar Allah=houthis', 'Hamas=hamas', 'Hezbollah=hezbollah']],
    ['the TTP and Tehreek-e-Taliban Pakistan', ['TTP=ttp', 'Tehreek-e-Taliban Pakistan=ttp']],
    ['IS-Khorasan, ISKP and the Islamic State', ['IS-Khorasan=iskp', 'ISKP=iskp', 'Islamic State=islamic-state']],
    ['the PTI, Pakistan Tehreek-i-Insaf, the PML-N and the PPP', ['PTI=pti', 'Pakistan Tehreek-i-Insaf=pti', 'PML-N=pml-n', 'PPP=ppp']],
    ['the SCO, the OIC, the ECO, the GCC, the IAEA and the FATF', ['SCO=sco', 'OIC=oic', 'ECO=eco', 'GCC=gcc', 'IAEA=iaea', 'FATF=fatf']],
    ['the UN Security Council and the United Nations Security Council', ['UN Security Council=un-security-council', 'United Nations Security Council=un-security-council']],
  ])('%s', (sentence, expected) => {
    expect(mentionsOf(sentence)).toEqual(expected);
  });
});

describe('named institutions are actors of their own', () => {
  it.each([
    ['the Islamic Revolutionary Guard Corps (IRGC) and its Quds Force', ['Islamic Revolutionary Guard Corps=irgc', 'IRGC=irgc', 'Quds Force=irgc-quds-force']],
    ['The Pakistan Army and the Frontier Corps (FC), the ISI and the ISPR', ['Pakistan Army=pakistan-army', 'Frontier Corps=pakistan-frontier-corps', 'FC=pakistan-frontier-corps', 'ISI=pakistan-isi', 'ISPR=pakistan-ispr']],
    ["Pakistan's Foreign Office summoned the envoy", ["Pakistan's Foreign Office=pakistan-foreign-ministry"]],
    ['the Pakistani foreign ministry said', ['Pakistani foreign ministry=pakistan-foreign-ministry']],
    ['the Supreme National Security Council and the Majlis and the Basij', ['Supreme National Security Council=iran-snsc', 'Majlis=iran-majlis', 'Basij=basij']],
    ["Iran's intelligence ministry and the Artesh", ["Iran's intelligence ministry=iran-intelligence-ministry", 'Artesh=artesh']],
  ])('%s', (sentence, expected) => {
    expect(mentionsOf(sentence)).toEqual(expected);
  });
});

describe('organ forms used alone resolve to the state named before them', () => {
  it.each([
    ['Pakistan summoned the envoy. The foreign ministry said it was outraged.', 'foreign ministry=pakistan-foreign-ministry'],
    ['Pakistan is holding elections for the National Assembly.', 'National Assembly=pakistan-national-assembly'],
    ['Iran denied it. The interior ministry said the border was calm.', 'interior ministry=iran-interior-ministry'],
    ["Pakistan's envoy left Iran. The Foreign Office said (Pakistan's: Iran's goes by no such name).", 'Foreign Office=pakistan-foreign-ministry'],
    ["Britain's Foreign Office spoke. Pakistan protested. The Foreign Office said.", 'Foreign Office=pakistan-foreign-ministry'],
    // a place named after the form owns it, whatever state was named last before
    ['Iran closed the border. Pakistani traders protested, and the foreign ministry in Tehran called it temporary.', 'foreign ministry=iran-foreign-ministry'],
    ['Pakistan said the interior ministry in Kabul had not replied.', 'interior ministry=afghanistan-interior-ministry'],
    ['Iranian officials called, and the Foreign Office in Islamabad issued a statement.', 'Foreign Office=pakistan-foreign-ministry'],
    // a government named by its form is the state (the gold codes "the caretaker government" as Pakistan)
    ['Pakistani traders were hit when the caretaker government shut the fuel depots.', 'caretaker government=pakistan'],
    ['Iranian officials met Pakistani traders. The federal government banned road travel.', 'federal government=pakistan'],
    ['Pakistani pilgrims go by road to Iran and Iraq, but the federal government wants them to fly.', 'federal government=pakistan'],
    ['Pakistan said the caretaker government in Kabul had not replied.', 'caretaker government=afghanistan'],
  ])('%s', (sentence, expected) => {
    expect(mentionsOf(sentence)).toContain(expected);
  });

  it('drops an organ form with no state before it', () => {
    expect(mentionsOf('The foreign ministry said nothing.')).toEqual([]);
    expect(mentionsOf('The federal government said nothing.')).toEqual([]);
    // Iran has no federal government: the form is no Iranian organ, and no other state was named
    expect(mentionsOf('Iran said the federal government would decide.')).toEqual(['Iran=iran']);
    expect(mentionsOf('Pilgrims travel by road to Iran and Iraq. The federal government banned it.')).toEqual(['Iran=iran', 'Iraq=iraq']);
  });
});

describe('acronyms defined in the text', () => {
  it('resolve their later uses to the defined actor', () => {
    expect(mentionsOf('the Balochistan Liberation Army (BLA) attacked; later the BLA denied it')).toEqual([
      'Balochistan Liberation Army=balochistan-liberation-army',
      'BLA=balochistan-liberation-army',
      'BLA=balochistan-liberation-army',
    ]);
  });
});

describe('definitions', () => {
  it('list every actor the mentions use, with canonical name, type, country and origin', () => {
    const { mentions, definitions } = findActors('Tehran accused the IRGC and Jaish-ul-Adal.', { date: null });
    expect(new Set(definitions.map((d) => d.actor_id))).toEqual(new Set(mentions.map((m) => m.actor_id)));
    const byId = Object.fromEntries(definitions.map((d) => [d.actor_id, d]));
    expect(byId.iran).toMatchObject({ name: 'Iran', type: 'state', country: 'IRN', wikidata: 'Q794', origin: 'lexicon' });
    expect(byId.irgc).toMatchObject({ name: 'Islamic Revolutionary Guard Corps', type: 'military', country: 'IRN' });
    expect(byId['jaish-al-adl']).toMatchObject({ name: 'Jaish al-Adl', type: 'armed_group', country: 'IRN' });
    expect(byId.iran?.aliases).toContain('Tehran');
  });

  it('give offsets into the string and the rule that fired', () => {
    const text = "On Tuesday Iran's army struck.";
    const [m] = findActors(text, { date: null }).mentions;
    expect(m).toMatchObject({ start: 11, end: 15, text: 'Iran', actor_id: 'iran', rule: 'lexicon:iran' });
    expect(text.slice(m?.start, m?.end)).toBe('Iran');
  });
});
