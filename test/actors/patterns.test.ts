import { describe, expect, it } from 'vitest';
import { findActors } from '../../pipeline/extract/actors/index.js';
import { mentionsOf } from './helpers.js';

/** Pattern-found actors of a sentence: "name|type|country|rule". */
function patternActors(sentence: string): string[] {
  const { mentions, definitions } = findActors(sentence, { date: '2024-01-20' });
  return definitions
    .filter((d) => d.origin === 'pattern')
    .map((d) => `${d.name}|${d.type}|${d.country}|${mentions.find((m) => m.actor_id === d.actor_id)?.rule}`);
}

describe('patterns find actors the lexicon lacks', () => {
  it.each([
    ['IRGC Colonel Hossein Ali Javidanfar was killed.', ['Hossein Ali Javidanfar|person|IRN|pattern:titled-person']],
    ['Foreign Minister Ahmad Karimi Tabar met the envoy.', ['Ahmad Karimi Tabar|person|null|pattern:titled-person']],
    ['Iranian Ambassador Reza Hosseini Nejad was summoned.', ['Reza Hosseini Nejad|person|IRN|pattern:titled-person']],
    ['caretaker Interior Minister Zafar Ullah Baig resigned.', ['Zafar Ullah Baig|person|null|pattern:titled-person']],
    ['Taliban Deputy Prime Minister Abdul Salam Hanafi spoke.', ['Abdul Salam Hanafi|person|AFG|pattern:titled-person']],
    ['The Makran Liberation Tigers claimed it.', ['Makran Liberation Tigers|armed_group|PAK|pattern:group-name']],
    ['the Sindhudesh Liberation Army struck a train', ['Sindhudesh Liberation Army|armed_group|null|pattern:group-name']],
    ['the Abu Fazl Brigade fought in Syria', ['Abu Fazl Brigade|armed_group|null|pattern:group-name']],
    ['the Haidariyoun militia was formed', ['Haidariyoun militia|armed_group|null|pattern:group-name']],
    ['the Sindhudesh Freedom Army (SFA) claimed the blast.', ['Sindhudesh Freedom Army|armed_group|null|pattern:acronym-definition']],
    ['the Balochistan Counter Terrorism Force (BCTF) raided it.', ['Balochistan Counter Terrorism Force|military|PAK|pattern:acronym-definition']],
    // a name before its title, in an appositive; hyphenated given names
    ["Mohammad-Hadi Sarvari, the province's deputy governor for political affairs, told reporters.", ['Mohammad-Hadi Sarvari|person|null|pattern:appositive-person']],
    ["the talks, said Gholam Reza Rostami, Iran's consul general in Quetta.", ['Gholam Reza Rostami|person|IRN|pattern:appositive-person']],
    ['Jamal Baloch Khan, a spokesman for the provincial government, said so.', ['Jamal Baloch Khan|person|null|pattern:appositive-person']],
    // a doctor holding an office: the academic title is no part of the name
    ['The Minister for Parliamentary Affairs, Dr. Tariq Fazal Chaudhry, laid the reply.', ['Tariq Fazal Chaudhry|person|null|pattern:titled-person']],
    // a particle inside the name
    ['Hamood ur Rehman, the deputy commissioner of Gwadar, defends the system.', ['Hamood ur Rehman|person|null|pattern:appositive-person']],
    ['The deputy governor of Sistan and Baluchestan for security affairs, Mohammad-Hadi Sarvari, said so.', ['Mohammad-Hadi Sarvari|person|IRN|pattern:appositive-person']],
    // committees of a house the lexicon names, with their subject in capitals
    ["Papers shown to the National Assembly's Standing Committee on Railways last week", ['National Assembly Standing Committee on Railways|government|PAK|pattern:parliamentary-committee']],
    ['The Senate Standing Committee on Overseas Pakistanis and Human Resource Development met.', ['Senate Standing Committee on Overseas Pakistanis and Human Resource Development|government|null|pattern:parliamentary-committee']],
    ['the National Assembly Special Committee on Kashmir Chairman Shehryar Afridi said', ['National Assembly Special Committee on Kashmir|government|PAK|pattern:parliamentary-committee']],
    // chambers of commerce named by their city, with the country of the city
    ['Traders from the Mashhad Chamber of Commerce met officials in Quetta.', ['Mashhad Chamber of Commerce|organization|IRN|pattern:chamber-of-commerce']],
    ['The Turbat Chamber of Commerce and Industry asked for the crossing to reopen.', ['Turbat Chamber of Commerce and Industry|organization|PAK|pattern:chamber-of-commerce']],
    // missions named after "of" and the state, where the lexicon lacks them
    ['A delegation visited the Embassy of Pakistan in Kabul on Monday.', ['Embassy of Pakistan in Kabul|government|PAK|pattern:diplomatic-mission']],
    // a district's administration named by its district
    ['About 300 people crossed on Sunday, the Kech district administration said.', ['Kech district administration|government|PAK|pattern:district-administration']],
    // a province's department named by the province
    ["Balochistan's Fisheries Department said on Sunday that 23 boats had been seized.", ['Balochistan Fisheries Department|government|PAK|pattern:provincial-department']],
    ['About 40 percent of households depend on the trade, the Balochistan Planning and Development Department estimated.', ['Balochistan Planning and Development Department|government|PAK|pattern:provincial-department']],
    ['The Sindh Excise and Taxation Department seized the trucks.', ['Sindh Excise and Taxation Department|government|PAK|pattern:provincial-department']],
    // officials after a secretary's title
    ['Provincial Home Secretary Imran Zarkoon said the route was closed.', ['Imran Zarkoon|person|null|pattern:titled-person']],
  ])('%s', (sentence, expected) => {
    expect(patternActors(sentence)).toEqual(expected);
  });

  it.each([
    ['The case went to the International Chamber of Commerce in Paris.'],
    ['The chamber of commerce in Gwadar complained. A Chamber of Commerce delegation came.'],
    ['Protesters gathered outside the embassy in Tehran.'],
    ['Iran said our Embassy in Tehran was closed.'],
    ['The district administration said the road was closed; the Local district administration agreed.'],
    ['The Fisheries Department said so; the Quetta Fisheries Department agreed; Balochistan’s fisheries department did not.'],
    ["Iran's Fisheries Department said the boats were seized."],
    ['"We will not close," said Haji Gul Muhammad Kakar, president of the Zahedan Chamber of Commerce.'],
  ])('no chamber without a city, no mission without an owner, no business head as an official, no administration without a district: %s', (sentence) => {
    expect(patternActors(sentence).filter((a) => !a.includes('chamber-of-commerce'))).toEqual([]);
  });

  it.each([
    // "our"/"its" mission: the state named last before it that is not the host
    ['Iranian guards held six Pakistani traders in Iranian territory. Our Consulate General in Zahedan and our Embassy in Tehran are in touch.', ['Consulate General in Zahedan=pakistan-consulates-iran', 'Embassy in Tehran=pakistan-embassy-iran']],
    ['The Iranian foreign ministry said its Embassy in Islamabad had issued visas.', ['Embassy in Islamabad=iran-embassy-pakistan']],
    // other governments' ministries of the lexicon
    ['An air strike killed 12 people, according to the Gaza health authorities.', ['Gaza health authorities=gaza-health-ministry']],
  ])('missions and ministries of the lexicon: %s', (sentence, expected) => {
    expect(mentionsOf(sentence).filter((m) => /embassy|consulate|health/.test(m))).toEqual(expected);
  });

  it.each([
    ['a standing committee on power met'],
    ['the Senate standing committee on energy issues met'],
    ['the National Assembly Standing Committee on energy met'],
  ])('no committee without a house or a capitalised subject: %s', (sentence) => {
    expect(patternActors(sentence).filter((a) => a.includes('parliamentary-committee'))).toEqual([]);
  });

  it('links a later three-letter surname only after a title or before a verb of saying', () => {
    const { mentions } = findActors('Deputy Prime Minister Ishaq Dar met the envoy. Mr Dar condemned the attack, and Dar said talks would go on. Dar es Salaam is far.', { date: '2025-03-05' });
    expect(mentions.filter((m) => m.text === 'Dar').map((m) => m.actor_id)).toEqual(['ishaq-dar', 'ishaq-dar']);
  });

  it('links a later surname and a later acronym to the pattern actor', () => {
    const { mentions } = findActors('Foreign Minister Ahmad Karimi Tabar spoke. Tabar said more. The Sindhudesh Freedom Army (SFA) and the SFA.', { date: null });
    expect(mentions.map((m) => `${m.text}=${m.actor_id}`)).toEqual([
      'Ahmad Karimi Tabar=ahmad-karimi-tabar',
      'Tabar=ahmad-karimi-tabar',
      'Sindhudesh Freedom Army=sindhudesh-freedom-army',
      'SFA=sindhudesh-freedom-army',
      'SFA=sindhudesh-freedom-army',
    ]);
  });
});

describe("organs of one state under one plural head ('the Iranian interior and roads ministries')", () => {
  it.each([
    ['He met officials of the Iranian interior and roads ministries.', ['Iranian=iran', 'interior=iran-interior-ministry', 'roads=iran-roads-ministry']],
    ["Pakistan's foreign, interior and defence ministries said", ['Pakistan=pakistan', 'foreign=pakistan-foreign-ministry', 'interior=pakistan-interior-ministry', 'defence=pakistan-defence-ministry']],
    // each state keeps its own organs
    ["Iran's foreign and interior ministries and Pakistan's Interior and Commerce Ministries", ['Iran=iran', 'foreign=iran-foreign-ministry', 'interior=iran-interior-ministry', 'Pakistan=pakistan', 'Interior=pakistan-interior-ministry', 'Commerce=pakistan-commerce-ministry']],
    // a word that is no organ of the state names none; a list with no "and", or no state before it, is no such list
    ['the Iranian oil and gas ministries', ['Iranian=iran', 'oil=iran-oil-ministry']],
    ['Iranian officials, ministries and agencies; the IRGC and the interior ministries', ['Iranian=iran', 'IRGC=irgc']],
    ['Iranian interior\nand roads ministries', ['Iranian=iran']],
    // the head at most seven words after the state (a list, not a sentence), and at the text's end
    ["Pakistan's foreign, interior, defence, commerce and water ministries said", ['Pakistan=pakistan', 'foreign=pakistan-foreign-ministry', 'interior=pakistan-interior-ministry', 'defence=pakistan-defence-ministry', 'commerce=pakistan-commerce-ministry']],
    ["Pakistan's foreign, interior, defence, commerce, water and railways ministries said", ['Pakistan=pakistan']],
    ["Iran's foreign and interior ministries", ['Iran=iran', 'foreign=iran-foreign-ministry', 'interior=iran-interior-ministry']],
  ])('%s', (sentence, expected) => {
    expect(mentionsOf(sentence)).toEqual(expected);
  });
});
