// Categories of actors any article on the subject may name: ministries and divisions, cabinet
// committees, provincial organs, Iran's ministries and armed forces, sectarian parties and groups,
// Iranian media's names for Israel and the US, and officials since 2013. Sentences are written
// for these tests (not taken from the gold sets), one or two per category.
import { describe, expect, it } from 'vitest';
import { mentionsOf } from './helpers.js';

describe('Pakistan: ministries, divisions, cabinet committees, the PM Office and parliament', () => {
  it.each([
    ['an official of the Petroleum Division said', ['Petroleum Division=pakistan-petroleum-division']],
    ['the Power Division and the Finance Division disagreed', ['Power Division=pakistan-power-division', 'Finance Division=pakistan-finance-ministry']],
    ["Pakistan's finance ministry released the funds", ["Pakistan's finance ministry=pakistan-finance-ministry"]],
    ['Pakistan will ask the Ministry of Commerce to review tariffs', ['Pakistan=pakistan', 'Ministry of Commerce=pakistan-commerce-ministry']],
    ['the Economic Coordination Committee (ECC) approved it; the ECC also', ['Economic Coordination Committee=pakistan-ecc', 'ECC=pakistan-ecc', 'ECC=pakistan-ecc']],
    ['a meeting of the Cabinet Committee on Energy', ['Cabinet Committee on Energy=pakistan-ccoe']],
    // a longer name that starts inside a state's organ form wins, and the state keeps its own mention
    ["Pakistan's Cabinet Committee on Energy approved the plan", ['Pakistan=pakistan', 'Cabinet Committee on Energy=pakistan-ccoe']],
    // the Taliban's government is the Taliban; "the interim Afghan government", like "the Iranian government", is the state
    ["the Taliban administration's Ministry of Refugees and Repatriation said", ['Taliban administration=taliban', 'Ministry of Refugees and Repatriation=afghanistan-refugees-ministry']],
    ['the interim Afghan government and the Taliban government', ['interim Afghan government=afghanistan', 'Taliban government=taliban']],
    ["Iran's Border Guard Command said; the next Pak-Iran Joint Economic Commission", ["Iran's Border Guard Command=iran-border-guard", 'Pak-Iran Joint Economic Commission=pakistan-iran-joint-economic-commission']],
    ["Iran's Civil Aviation Organization extended the closure; the Pakistan Airports Authority cancelled 12 flights", ["Iran's Civil Aviation Organization=iran-civil-aviation-organization", 'Pakistan Airports Authority=pakistan-airports-authority']],
    ['sales fell, according to the Oil Companies Advisory Council (OCAC)', ['Oil Companies Advisory Council=pakistan-ocac', 'OCAC=pakistan-ocac']],
    ["the Prime Minister's Office said; the PM Office added", ["Prime Minister's Office=pakistan-pm-office", 'PM Office=pakistan-pm-office']],
    ['Pakistan condemned the strikes. The Senate passed a resolution.', ['Pakistan=pakistan', 'Senate=pakistan-senate']],
    ['the Special Investment Facilitation Council and the State Bank of Pakistan', ['Special Investment Facilitation Council=pakistan-sifc', 'State Bank of Pakistan=state-bank-of-pakistan']],
  ])('%s', (sentence, expected) => {
    expect(mentionsOf(sentence)).toEqual(expected);
  });
});

describe('provincial governments, assemblies and departments', () => {
  it.each([
    ['a senior official of the Balochistan Home Department told reporters', ['Balochistan Home Department=balochistan-home-department']],
    ['the Balochistan government and the Balochistan Assembly', ['Balochistan government=balochistan-government', 'Balochistan Assembly=balochistan-assembly']],
    ['the Khyber Pakhtunkhwa government and the KP Assembly', ['Khyber Pakhtunkhwa government=khyber-pakhtunkhwa-government', 'KP Assembly=khyber-pakhtunkhwa-assembly']],
    ['the Sindh Assembly and the Punjab Home Department', ['Sindh Assembly=sindh-assembly', 'Punjab Home Department=punjab-home-department']],
    ['figures of the Balochistan Board of Investment and Trade and the KP Board of Investment and Trade', ['Balochistan Board of Investment and Trade=balochistan-board-of-investment', 'KP Board of Investment and Trade=khyber-pakhtunkhwa-board-of-investment']],
  ])('%s', (sentence, expected) => {
    expect(mentionsOf(sentence)).toEqual(expected);
  });
});

describe('provincial organs named alone: the organ of the province named last before', () => {
  it.each([
    ['In Quetta, Balochistan Chief Minister Sarfraz Bugti told the provincial home department to act, and the provincial assembly met.', ['Sarfraz Bugti=sarfraz-bugti', 'provincial home department=balochistan-home-department', 'provincial assembly=balochistan-assembly']],
    ['Refugees crossed into Khyber Pakhtunkhwa; the provincial government set up camps.', ['provincial government=khyber-pakhtunkhwa-government']],
    ['Protests spread in Sistan and Baluchestan, and the provincial government imposed a curfew.', ['provincial government=iran-sistan-baluchestan-governorate']],
    // a state alone names none of its provinces' organs; a province with no such organ in the lexicon names none
    ['Pakistan said the provincial assembly would meet.', ['Pakistan=pakistan']],
    ['Floods hit Kerman Province and the provincial government asked for aid.', []],
    // an organ named outright before is the one its generic form takes up again, whatever province was named since
    ['Balochistan government officials said the men tried to cross into Sistan and Baluchestan. Traders asked the provincial government for compensation.',
      ['Balochistan government=balochistan-government', 'provincial government=balochistan-government']],
  ])('%s', (sentence, expected) => {
    expect(mentionsOf(sentence)).toEqual(expected);
  });
});

describe("Iran's ministries and armed forces", () => {
  it.each([
    ["Iran's health ministry said 400 people were killed", ["Iran's health ministry=iran-health-ministry"]],
    ['the Iranian oil ministry and the Ministry of Roads and Urban Development', ['Iranian oil ministry=iran-oil-ministry', 'Ministry of Roads and Urban Development=iran-roads-ministry']],
    ['Iran said the economy ministry would pay', ['Iran=iran', 'economy ministry=iran-economy-ministry']],
    ['the Armed Forces of the Islamic Republic of Iran and the Iranian Armed Forces', ['Armed Forces of the Islamic Republic of Iran=iran-armed-forces', 'Iranian Armed Forces=iran-armed-forces']],
    ['Iran mourned the chief of staff of the Armed Forces, Major General Mohammad Bagheri', ['Iran=iran', 'Armed Forces=iran-armed-forces', 'Mohammad Bagheri=mohammad-bagheri']],
    ['the Central Bank of Iran and the Plan and Budget Organization', ['Central Bank of Iran=central-bank-of-iran', 'Plan and Budget Organization=iran-plan-budget']],
    // the two states' joint commissions are bodies of their own when named with capitals; a lower-case one is a description
    ['The Joint Border Commission met; the joint economic commission will meet.', ['Joint Border Commission=pakistan-iran-joint-border-commission']],
    ['the Central Power Purchasing Agency owes Iran; The Resistance Front claimed it', ['Central Power Purchasing Agency=pakistan-cppa', 'Iran=iran', 'The Resistance Front=the-resistance-front']],
    // the named service is an actor of its own; its members in lower case are the state's forces (GUIDELINES: "Iranian forces")
    ['the Iranian Border Guards said five Iranian border guards were abducted', ['Iranian Border Guards=iran-border-guard', 'Iranian=iran']],
  ])('%s', (sentence, expected) => {
    expect(mentionsOf(sentence)).toEqual(expected);
  });
});

describe('religious-sectarian parties and groups', () => {
  it.each([
    ['Tehran funded Tehrik-e-Jafaria Pakistan and Tehreek-e-Jafaria', ['Tehran=iran', 'Tehrik-e-Jafaria Pakistan=tehrik-e-jafaria-pakistan', 'Tehreek-e-Jafaria=tehrik-e-jafaria-pakistan']],
    ['Majlis Wahdat-e-Muslimeen (MWM) and the Shia Ulema Council', ['Majlis Wahdat-e-Muslimeen=majlis-wahdat-e-muslimeen', 'MWM=majlis-wahdat-e-muslimeen', 'Shia Ulema Council=shia-ulema-council']],
    ['Sipah-e-Sahaba and Lashkar-e-Jhangvi and Lashkar-i-Jhangvi', ['Sipah-e-Sahaba=sipah-e-sahaba', 'Lashkar-e-Jhangvi=lashkar-e-jhangvi', 'Lashkar-i-Jhangvi=lashkar-e-jhangvi']],
    ['Sipah-e-Muhammad Pakistan and the Sunni Tehreek', ['Sipah-e-Muhammad Pakistan=sipah-e-muhammad-pakistan', 'Sunni Tehreek=sunni-tehreek']],
  ])('%s', (sentence, expected) => {
    expect(mentionsOf(sentence)).toEqual(expected);
  });
});

describe("Iranian media's names for states", () => {
  it.each([
    ["the war imposed on Iran by the Zionist regime; the Zionist regime's aggression", ['Iran=iran', 'Zionist regime=israel', 'Zionist regime=israel']],
    ['the Great Satan and the Zionist entity', ['Great Satan=united-states', 'Zionist entity=israel']],
  ])('%s', (sentence, expected) => {
    expect(mentionsOf(sentence)).toEqual(expected);
  });
});

describe('officials since 2013: chief ministers, governors, ambassadors, spokespersons, ministers', () => {
  it.each([
    ['a senior State Department official, Donald Lu, said; spokespersons Mao Ning and Randhir Jaiswal replied', ['State Department=us-state-department', 'Donald Lu=donald-lu', 'Mao Ning=mao-ning', 'Randhir Jaiswal=randhir-jaiswal'], '2024-03-20'],
    ['Amir Saeed Iravani wrote to the council; Stephane Dujarric said', ['Amir Saeed Iravani=amir-saeid-iravani', 'Stephane Dujarric=stephane-dujarric'], '2024-01-20'],
    ['On Monday, Minister for Maritime Affairs Qaiser Ahmed Sheikh said so, and Governor Jaffar Mandokhail agreed.', ['Qaiser Ahmed Sheikh=qaiser-ahmed-sheikh', 'Jaffar Mandokhail=jafar-khan-mandokhail'], '2025-03-01'],
    ['Balochistan Chief Minister Sarfraz Bugti said', ['Sarfraz Bugti=sarfraz-bugti'], '2024-06-01'],
    ['the Balochistan chief minister said', ['Balochistan chief minister=sarfraz-bugti'], '2024-06-01'],
    ['the Balochistan chief minister said', ['Balochistan chief minister=abdul-malik-baloch'], '2014-05-01'],
    ['the Balochistan chief minister said', ['Balochistan chief minister=jam-kamal-khan'], '2019-05-01'],
    ['Governor Jafar Khan Mandokhail and Murad Ali Shah', ['Jafar Khan Mandokhail=jafar-khan-mandokhail', 'Murad Ali Shah=murad-ali-shah'], '2024-06-01'],
    ['Iranian ambassador Mehdi Honardoost and Riffat Masood', ['Iranian=iran', 'Mehdi Honardoost=mehdi-honardoost', 'Riffat Masood=riffat-masood'], '2017-01-01'],
    ['spokeswoman Tasnim Aslam and Marzieh Afkham', ['Tasnim Aslam=tasnim-aslam', 'Marzieh Afkham=marzieh-afkham'], '2014-01-01'],
    ['oil minister Javad Owji and Bijan Zanganeh', ['Javad Owji=javad-owji', 'Bijan Zanganeh=bijan-zanganeh'], '2022-01-01'],
  ])('%s (%s)', (sentence, expected, date) => {
    expect(mentionsOf(sentence, date)).toEqual(expected);
  });
});

describe('officials the lexicon lacks, named after a title', () => {
  it.each([
    ['an Iranian diplomat, Hamid Reza Karimi, was shot dead', ['Iranian=iran', 'Hamid Reza Karimi=hamid-reza-karimi']],
    ['Deputy Commissioner Hussain Jan Baloch said', ['Hussain Jan Baloch=hussain-jan-baloch']],
    ["PTI lawmaker Ali Muhammad Khan said", ['PTI=pti', 'Ali Muhammad Khan=ali-muhammad-khan']],
    ['spokesman P.J. Crowley and Ambassador William E. LaMothe', ['P.J. Crowley=p-j-crowley', 'William E. LaMothe=william-e-lamothe']],
    ['the envoy, Karim Dashti Rind. Rind said it was over.', ['Karim Dashti Rind=karim-dashti-rind', 'Rind=karim-dashti-rind']],
    // a cleric's honorific stands before his name as a rank does
    ['party leader Allama Shabbir Hassan Maisami said', ['Shabbir Hassan Maisami=shabbir-hassan-maisami']],
    // "Saeed" folds to the key of "said", but as written it is a name
    ['The police spokesman, Brigadier General Saeed Karimabadi, said two guards died.', ['Saeed Karimabadi=saeed-karimabadi']],
    // a portfolio between the title and the name
    ['On Sunday, Deputy Minister for Consular Affairs Vahid Jalalzadeh met the families.', ['Vahid Jalalzadeh=vahid-jalalzadeh']],
    ['a delegation led by Deputy Interior Minister for Security and Law Enforcement Affairs Ali Akbar Pourjamshidian arrived', ['Ali Akbar Pourjamshidian=ali-akbar-pourjamshidian']],
    // no name after the portfolio
    ['The minister for Foreign Affairs said it was over.', []],
  ])('%s', (sentence, expected) => {
    expect(mentionsOf(sentence)).toEqual(expected);
  });
});

describe('institutions named inside an office title', () => {
  it.each([
    ['IRGC commander Hossein Salami said', ['IRGC=irgc', 'Hossein Salami=hossein-salami']],
    ['the director general of the ISPR, Major General Ahmed Sharif Chaudhry', ['ISPR=pakistan-ispr', 'Ahmed Sharif Chaudhry=ahmed-sharif-chaudhry']],
  ])('%s', (sentence, expected) => {
    expect(mentionsOf(sentence)).toEqual(expected);
  });
});

describe('organs named alone or after "of": parliament, customs, provincial police and governorate', () => {
  it.each([
    ['Pakistan is fencing the border. Officials told parliament that the work was done.', ['Pakistan=pakistan', 'parliament=pakistan-parliament']],
    ['Pakistan will hold elections for a new parliament; the lower house of parliament has 336 seats.', ['Pakistan=pakistan']],
    ['Pakistan is in crisis. Officials told a Senate committee that inflows fell.', ['Pakistan=pakistan', 'Senate=pakistan-senate']],
    ['In Pakistan, the FIA and the Customs raided fuel depots.', ['Pakistan=pakistan', 'FIA=pakistan-fia', 'Customs=pakistan-customs']],
    ['a statement by the Foreign Ministry of the Islamic Republic', ['Foreign Ministry of the Islamic Republic=iran-foreign-ministry']],
    ['the Ministry of Foreign Affairs of the Islamic Republic of Pakistan', ['Ministry of Foreign Affairs of the Islamic Republic of Pakistan=pakistan-foreign-ministry']],
    ["Iran mourned the policemen. The provincial police command and the provincial governor's office said", ['Iran=iran', 'provincial police command=iran-sistan-baluchestan-police', "provincial governor's office=iran-sistan-baluchestan-governorate"]],
    ['the Sistan and Baluchestan Police Command said', ['Sistan and Baluchestan Police Command=iran-sistan-baluchestan-police']],
    ['Pakistan said the Coast Guard seized a boat; the US Coast Guard did not', ['Pakistan=pakistan', 'Coast Guard=pakistan-coast-guards', 'US Coast Guard=us-coast-guard']],
    ['India said; the Indian parliament and the Lok Sabha debated it', ['India=india', 'Indian parliament=india-parliament', 'Lok Sabha=india-parliament']],
    ['Iran said the Guardian Council vetoed it; the Islamic Revolutionary Guard Corps Navy seized a tanker', ['Iran=iran', 'the Guardian Council=iran-guardian-council', 'Islamic Revolutionary Guard Corps Navy=irgc-navy']],
    ['Pakistan said the NSC would meet after the Corps Commanders Conference', ['Pakistan=pakistan', 'NSC=pakistan-nsc', 'Corps Commanders Conference=pakistan-corps-commanders-conference']],
    // a state named right before owns the organ, even one the lexicon lacks: never a state named earlier
    ["Saudi Arabia's foreign ministry and Tajikistan's foreign ministry", ["Saudi Arabia's foreign ministry=saudi-foreign-ministry", 'Tajikistan=tajikistan']],
    ["the Saudi foreign ministry and Qatar's foreign ministry", ['Saudi foreign ministry=saudi-foreign-ministry', "Qatar's foreign ministry=qatar-foreign-ministry"]],
    ['FC South and the Revolutionary Court', ['FC South=pakistan-frontier-corps', 'Revolutionary Court=iran-revolutionary-court']],
  ])('%s', (sentence, expected) => {
    expect(mentionsOf(sentence)).toEqual(expected);
  });
});

describe('state companies and airlines: actors of their own (type organization), no longer hidden as non-actors', () => {
  it.each([
    ['the National Iranian Gas Company sent a notice to Inter State Gas Systems (ISGS)', ['National Iranian Gas Company=nigc', 'Inter State Gas Systems=isgs', 'ISGS=isgs']],
    ['NTDC buys power from Tavanir for QESCO feeders', ['NTDC=ntdc', 'Tavanir=tavanir', 'QESCO=qesco']],
    ['SSGC and SNGPL ration gas while OGDCL and Pakistan State Oil import', ['SSGC=ssgc', 'SNGPL=sngpl', 'OGDCL=ogdcl', 'Pakistan State Oil=pso']],
    ['PIA, Iran Air and Mahan Air resumed flights; flydubai and Qatar Airways did not', ['PIA=pia', 'Iran Air=iran-air', 'Mahan Air=mahan-air', 'flydubai=flydubai', 'Qatar Airways=qatar-airways']],
    ['Pakistan Railways and IRISL will carry cargo paid through the National Bank of Pakistan', ['Pakistan Railways=pakistan-railways', 'IRISL=irisl', 'National Bank of Pakistan=national-bank-of-pakistan']],
    ['India Ports Global Limited runs Chabahar; COPHC runs the Gwadar port', ['India Ports Global Limited=india-ports-global', 'COPHC=cophc']],
    // the airline needs its own word: "the Emirates" alone is the state
    ['the Emirates airline cut flights as the Emirates urged calm', ['Emirates airline=emirates-airline', 'Emirates=united-arab-emirates']],
  ])('%s', (sentence, expected) => {
    expect(mentionsOf(sentence)).toEqual(expected);
  });
});

describe('armed forces and security services: branches and commands named on their own', () => {
  it.each([
    // the Maritime Security Agency (the navy's) and the Coast Guards (the army's) are two services
    ['the Maritime Security Agency and the Pakistan Coast Guards seized two boats', ['Maritime Security Agency=pakistan-msa', 'Pakistan Coast Guards=pakistan-coast-guards']],
    ['CENTCOM said US Central Command tracked the drones', ['CENTCOM=us-centcom', 'US Central Command=us-centcom']],
    // one force whatever its wing: "(South)" in brackets is left outside the name
    ['FC Balochistan South and Frontier Corps Balochistan (North) sealed the crossing', ['FC Balochistan South=pakistan-frontier-corps', 'Frontier Corps Balochistan=pakistan-frontier-corps']],
    // "the Intelligence Bureau" is the bureau of the state named before it (India has one too)
    ['In Pakistan, the Intelligence Bureau, Military Intelligence and the Frontier Works Organization', ['Pakistan=pakistan', 'Intelligence Bureau=pakistan-intelligence-bureau', 'Military Intelligence=pakistan-military-intelligence', 'Frontier Works Organization=pakistan-fwo']],
    ['India said an Intelligence Bureau official was held', ['India=india', 'Intelligence Bureau=india-intelligence-bureau']],
    // the named police command is an actor; "the Iranian police" in lower case is the state
    ['Iranian Police said; later the Iranian police said', ['Iranian Police=iran-police', 'Iranian=iran']],
    ['the Border Guard Command of the Islamic Republic of Iran and the Iranian Air Defense Force', ['Border Guard Command of the Islamic Republic of Iran=iran-border-guard', 'Iranian Air Defense Force=iran-air-defense-force']],
    ["the Revolutionary Guards Ground Forces' Quds Base said; Peshawar police and Turbat police said", ['Revolutionary Guards Ground Forces=irgc-ground-force', 'Quds Base=irgc-quds-base', 'Peshawar police=pakistan-police', 'Turbat police=pakistan-police']],
    ['the Khatam al-Anbiya Construction Headquarters built the pipeline', ['Khatam al-Anbiya Construction Headquarters=khatam-al-anbiya-construction-hq']],
  ])('%s', (sentence, expected) => {
    expect(mentionsOf(sentence)).toEqual(expected);
  });
});

describe('organs: ministries, authorities, committees, and the neighbours’ organs', () => {
  it.each([
    ['NADRA blocked the cards and the Chief Commissionerate for Afghan Refugees said', ['NADRA=pakistan-nadra', 'Chief Commissionerate for Afghan Refugees=pakistan-ccar']],
    ['the Senate Standing Committee on Foreign Affairs and the NA Standing Committee on Petroleum were briefed', ['Senate Standing Committee on Foreign Affairs=pakistan-senate-foreign-affairs-committee', 'NA Standing Committee on Petroleum=pakistan-na-petroleum-committee']],
    ["the Majlis National Security and Foreign Policy Committee and Iran's BAFIA", ['Majlis National Security and Foreign Policy Committee=iran-majlis-national-security-committee', 'Iran=iran', 'BAFIA=iran-bafia']],
    ['the CPEC Authority and the Chabahar Free Zone Organization', ['CPEC Authority=pakistan-cpec-authority', 'Chabahar Free Zone Organization=iran-chabahar-free-zone']],
    // Afghanistan's commerce ministry is named with its state only: "the commerce ministry" after a list of states stays the host's
    ['Pakistan allowed barter with Iran, Afghanistan and Russia but it lags, the commerce ministry said', ['Pakistan=pakistan', 'Iran=iran', 'Afghanistan=afghanistan', 'Russia=russia', 'commerce ministry=pakistan-commerce-ministry']],
    // named far from any owner: the one state named so far that has such an organ (Iran and the United States have none here)
    ['Pakistan\'s exports rose. Exports to Iran rose, and banking channels with Iran stayed shut because of sanctions. Exports to Iran rose, and banking channels with Iran stayed shut because of sanctions. Exports to Iran rose, and banking channels with Iran stayed shut because of sanctions. Exports to Iran rose, and banking channels with Iran stayed shut because of sanctions. Exports to Iran rose, and banking channels with Iran stayed shut because of sanctions. Exports to Iran rose, and banking channels with Iran stayed shut because of sanctions. Exports to Iran rose, and banking channels with Iran stayed shut because of sanctions. Exports to Iran rose, and banking channels with Iran stayed shut because of sanctions. The United States kept its sanctions, and the Ministry of Commerce wrote to the bank.', ['Pakistan=pakistan', ...Array(16).fill('Iran=iran'), 'United States=united-states', 'Ministry of Commerce=pakistan-commerce-ministry']],
    // two named states that both have one (Pakistan and Iran a foreign ministry), both far back: none
    ['Pakistan and Iran traded. Trade rose and fell again at the crossings. Trade rose and fell again at the crossings. Trade rose and fell again at the crossings. Trade rose and fell again at the crossings. Trade rose and fell again at the crossings. Trade rose and fell again at the crossings. Trade rose and fell again at the crossings. Trade rose and fell again at the crossings. Trade rose and fell again at the crossings. Trade rose and fell again at the crossings. Trade rose and fell again at the crossings. Trade rose and fell again at the crossings. Trade rose and fell again at the crossings. Trade rose and fell again at the crossings. Trade rose and fell again at the crossings. Trade rose and fell again at the crossings. Then the foreign ministry protested.', ['Pakistan=pakistan', 'Iran=iran']],
    ["Afghanistan's Ministry of Commerce and the Ministry of Mines and Petroleum", ["Afghanistan's Ministry of Commerce=afghanistan-commerce-ministry", 'Ministry of Mines and Petroleum=afghanistan-mines-ministry']],
    ['the Kurdistan Regional Government, USAID and the Saudi Fund for Development', ['Kurdistan Regional Government=kurdistan-regional-government', 'USAID=usaid', 'Saudi Fund for Development=saudi-fund-for-development']],
    // "the Supreme Court" alone is the court of the state named last before it
    ['Pakistan tried him; the Supreme Court ruled. Iran executed him after the Supreme Court upheld it.', ['Pakistan=pakistan', 'Supreme Court=pakistan-supreme-court', 'Iran=iran', 'Supreme Court=iran-supreme-court']],
    ['the Anti-Terrorism Court and the Council of Common Interests (CCI); the Chinese Embassy in Islamabad', ['Anti-Terrorism Court=pakistan-anti-terrorism-court', 'Council of Common Interests=pakistan-ccni', 'CCI=pakistan-ccni', 'Chinese Embassy in Islamabad=china-embassy-pakistan']],
    ["Iran's Headquarters for Combating Smuggling of Goods and Currency and the Iranian Export Development Bank", ['Iran=iran', 'Headquarters for Combating Smuggling of Goods and Currency=iran-anti-smuggling-hq', 'Iranian Export Development Bank=edbi']],
    // a body's parent named with a possessive is a mention of its own
    ["The federal cabinet's Economic Coordination Committee (ECC) approved it", ['federal cabinet=pakistan-cabinet', 'Economic Coordination Committee=pakistan-ecc', 'ECC=pakistan-ecc']],
    ["The cabinet's energy committee approved it; the PAEC and Khan Research Laboratories were briefed", ["cabinet's energy committee=pakistan-ccoe", 'PAEC=pakistan-paec', 'Khan Research Laboratories=pakistan-krl']],
    ["the Pakistan Bureau of Statistics and the Statistical Centre of Iran published data; Iran's Trade Promotion Organization agreed", ['Pakistan Bureau of Statistics=pakistan-bureau-of-statistics', 'Statistical Centre of Iran=iran-statistical-centre', "Iran's Trade Promotion Organization=iran-tpo"]],
    ["Iran's Road Maintenance and Transportation Organization, the Hajj and Pilgrimage Organization and the Legal Medicine Organization", ["Iran's Road Maintenance and Transportation Organization=iran-rmto", 'Hajj and Pilgrimage Organization=iran-hajj-organization', 'Legal Medicine Organization=iran-legal-medicine-organization']],
    ['the Sistan and Baluchestan Organization of Industry, Mine and Trade and the PPIB', ['Sistan and Baluchestan Organization of Industry, Mine and Trade=iran-sistan-baluchestan-trade-organization', 'PPIB=pakistan-ppib']],
    ['Saudi Arabia said its interior ministry would help', ['Saudi Arabia=saudi-arabia', 'interior ministry=saudi-interior-ministry']],
    ["Iran's Central Insurance will pay, the Leader's office said; the Senate Standing Committee on Interior met", ["Iran's Central Insurance=iran-central-insurance", "Leader's office=iran-leader-office", 'Senate Standing Committee on Interior=pakistan-senate-interior-committee']],
    // an alias with brackets matches, brackets and all
    ['according to the Ministry of Energy (Power Division), Tavanir is owed', ['Ministry of Energy (Power Division)=pakistan-power-division', 'Tavanir=tavanir']],
    // Iran's border guard command is named so in lower case too; "border guards" are still the state's
    ["The border guard command of Iran's police said; Iranian border guards fired", ['border guard command=iran-border-guard', 'Iran=iran', 'Iranian=iran']],
    // a corridor is a project, not China
    ['a power plant under the China-Pakistan Economic Corridor', []],
    // a comma inside an official name ("Industry, Mine and Trade") joins its words as the alias does
    ["Iran's Ministry of Industry, Mine and Trade and the Ministry of Planning, Development and Special Initiatives", ["Iran's Ministry of Industry, Mine and Trade=iran-trade-ministry", 'Ministry of Planning, Development and Special Initiatives=pakistan-planning-ministry']],
    // "(PTA)" is the preferential trade agreement here, never the telecom authority
    ['Iran and Pakistan signed a Preferential Trade Agreement (PTA)', ['Iran=iran', 'Pakistan=pakistan']],
  ])('%s', (sentence, expected) => {
    expect(mentionsOf(sentence)).toEqual(expected);
  });
});

describe('human-rights organizations are actors (they document and accuse); an amnesty is no organization', () => {
  it.each([
    ['Human Rights Watch and the HRCP accused the police; Haalvsh said; Amnesty International urged', ['Human Rights Watch=human-rights-watch', 'HRCP=hrcp', 'Haalvsh=haalvsh', 'Amnesty International=amnesty-international']],
    ['Iran took the claim to the ICC International Court of Arbitration; Rescue 1122 and the Pakistan Business Council', ['Iran=iran', 'ICC International Court of Arbitration=icc-court-of-arbitration', 'Rescue 1122=rescue-1122', 'Pakistan Business Council=pakistan-business-council']],
    ['the government announced an amnesty for fuel smugglers', []],
  ])('%s', (sentence, expected) => {
    expect(mentionsOf(sentence)).toEqual(expected);
  });
});

describe('intergovernmental bodies, groups and parties', () => {
  it.each([
    ['FAO, the WTO and the Islamic Development Bank', ['FAO=fao', 'WTO=wto', 'Islamic Development Bank=isdb']],
    ['the Asian Clearing Union and the IAEA Board of Governors', ['Asian Clearing Union=asian-clearing-union', 'IAEA Board of Governors=iaea']],
    // a United Nations body as the press shortens it, not the UN itself
    ['the UN Office on Drugs and Crime (UNODC) and the U.N. Assistance Mission in Afghanistan', ['UN Office on Drugs and Crime=unodc', 'UNODC=unodc', 'U.N. Assistance Mission in Afghanistan=unama']],
    // the think tank's longer name wins over the EU body inside it
    ['the European Council on Foreign Relations and the European Council', ['European Council=council-of-the-eu']],
    ['Fitna al-Hindustan and the Majid Brigade attacked; the Khawarij fled', ['Fitna al-Hindustan=fitna-al-hindustan', 'Majid Brigade=balochistan-liberation-army', 'Khawarij=ttp']],
    ['PTI lawmakers joined the Sunni Ittehad Council (SIC); the Pakistan Ulema Council and the BSO protested', ['PTI=pti', 'Sunni Ittehad Council=sunni-ittehad-council', 'SIC=sunni-ittehad-council', 'Pakistan Ulema Council=pakistan-ulema-council', 'BSO=baloch-students-organization']],
    ['the Istehkam-e-Pakistan Party and the National Party; a national party', ['Istehkam-e-Pakistan Party=istehkam-e-pakistan-party', 'National Party=national-party-pakistan']],
  ])('%s', (sentence, expected) => {
    expect(mentionsOf(sentence)).toEqual(expected);
  });
});
