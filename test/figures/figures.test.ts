// Sentence tables for the figure rules: each sentence goes through the recogniser and the
// sentence splitter, and must yield these figures [value, unit, kind].
import { describe, expect, it } from 'vitest';
import type { ActorMention, DateMention } from '../../pipeline/model.js';
import { figuresOf } from './helpers.js';

const brief = (content: string) => figuresOf(content).map((f) => [f.value, f.unit, f.kind]);

type Row = [sentence: string, expected: [value: number, unit: string, kind: string][]];

describe('casualties', () => {
  it.each<Row>([
    ['On 14 December, Jaish al-Adl killed 11 Iranian security forces at a police station.', [[11, 'people', 'fatalities']]],
    ['The strike hit a village, resulting in the death of two children.', [[2, 'people', 'fatalities']]],
    ['Seven people who were not Iranian nationals lost their lives.', [[7, 'people', 'fatalities']]],
    ['The bombing caused almost 100 deaths and 284 injuries.', [[100, 'people', 'fatalities'], [284, 'people', 'injuries']]],
    ['Militants attacked the post, killing nine.', [[9, 'people', 'fatalities']]],
    ['Officials gave a death toll of nine.', [[9, 'people', 'fatalities']]],
    ['Gunmen wounded 14 pilgrims near Zahedan.', [[14, 'people', 'injuries']]],
    ['The deputy governor said one officer had been wounded.', [[1, 'people', 'injuries']]],
    ['A security source said one more soldier was wounded.', [[1, 'people', 'injuries']]],
    ['Three soldiers were killed and five were injured in the ambush.', [[3, 'people', 'fatalities'], [5, 'people', 'injuries']]],
    ['They claimed the killing of the colonel and two of his guards.', [[2, 'people', 'fatalities']]],
    ['The attack killed at least 11 people.', [[11, 'people', 'fatalities']]],
    // the persons' verb after an aside that names some of them
    ['Eleven passengers, including four children, were killed in the crash.', [[11, 'people', 'fatalities'], [4, 'people', 'fatalities']]],
    ['Six guards, among them two officers, were wounded.', [[6, 'people', 'injuries'], [2, 'people', 'injuries']]],
    ['Eleven passengers, including four children, reached Quetta.', [[11, 'people', 'count'], [4, 'people', 'count']]],
    ['Rescuers pulled 4 more bodies from the bus on Friday.', [[4, 'people', 'fatalities']]],
    ['Ten more wounded were flown to Karachi.', [[10, 'people', 'injuries']]],
    // a toll named earlier in the clause, with words between
    ['Death toll from Quetta bombing climbs to 52', [[52, 'people', 'fatalities']]],
    ['The toll in Panjgur has now reached 17, officials said.', [[17, 'people', 'fatalities']]],
    ['The toll plaza at Hub charges 300 rupees to 2 trucks.', [[2, 'count', 'count']]],
    // "a third" after killing two is the third person, not a fraction of one
    ['Gunmen shot dead two guards and wounded a third.', [[2, 'people', 'fatalities']]],
  ])('%s', (sentence, expected) => expect(brief(sentence)).toEqual(expected));

  it('keeps the hedge: "almost 100 deaths" is approximate with an upper bound', () => {
    const [f] = figuresOf('The attack caused almost 100 deaths.');
    expect(f).toMatchObject({ value: 100, approximate: true, bound: 'upper', kind: 'fatalities' });
  });
});

describe('money, trade and measures', () => {
  it.each<Row>([
    ['Both governments aim to increase bilateral trade from $3 billion to $10 billion.', [[3e9, 'USD', 'trade_value'], [1e10, 'USD', 'trade_value']]],
    ['Official data put formal trade at two billion dollars per year.', [[2e9, 'USD', 'trade_value']]],
    ['China has invested billions of dollars in both countries.', [[1e9, 'USD', 'money']]],
    ['The province received Rs 200 million from Islamabad.', [[2e8, 'PKR', 'money']]],
    ['Tehran wants a tariff of 9.6 US cents per unit.', [[0.096, 'USD', 'money']]],
    ['The largely lawless 900-kilometer border separates Iran from Pakistan.', [[900, 'km', 'distance']]],
    ['Iran exports 104 MW of electricity to Pakistan.', [[104, 'MW', 'energy']]],
    ['The pipeline would carry 750 mmcfd of gas.', [[750, 'mmcfd', 'energy']]],
    ['Inflation reached 29.7 percent.', [[29.7, 'percent', 'percent']]],
    ['Inflows fell by nearly 70pc.', [[70, 'percent', 'percent']]],
    ['The deals will expand bilateral trade five-fold.', [[5, 'times', 'multiplier']]],
    ['Seizures rose to 1,200 tonnes.', [[1200, 't', 'quantity']]],
    // an exchange rate as a bare number takes the currency named before it
    ['The rial weakened past 900,000 to the dollar in Mashhad.', [[900000, 'IRR', 'money']]],
    ["Afghanistan's afghani held near 70 per dollar.", [[70, 'AFN', 'money']]],
    ['Exporters want 3 to the dollar.', []],
    // units outside the dataset's list, converted: kilograms into tonnes, litres a day into barrels a day
    ['Customs found 250 kg of opium in the truck.', [[0.25, 't', 'quantity']]],
    ['Smugglers carry about 2 million litres a day across the border.', [[12579.62154, 'bbl/d', 'energy']]],
    ['The pipeline was to deliver one billion cubic feet of gas a day.', [[1000, 'mmcfd', 'energy']]],
    // a fraction of a whole is a multiplier below one (GUIDELINES: 0.5 for "half")
    ['Pakistan takes more than half of its exports.', [[0.5, 'times', 'multiplier']]],
    ['Iran accounts for less than a fifth of the trade.', [[0.2, 'times', 'multiplier']]],
  ])('%s', (sentence, expected) => expect(brief(sentence)).toEqual(expected));
});

describe('counts and seats', () => {
  it.each<Row>([
    ['The visit produced eight memoranda of understanding.', [[8, 'count', 'count']]],
    ['The strike was directed at two bases belonging to Jaish al-Adl.', [[2, 'count', 'count']]],
    ['Forty-four political parties are vying for a share of the 266 seats.', [[44, 'count', 'count'], [266, 'count', 'seats']]],
    ['Formally, seven border markets are now operational.', [[7, 'count', 'count']]],
    // what deportation drives and border economies count: transit points, holding centres, jobs, registered pickups
    ['The province set up 11 transit points and two holding centres for the deportees.', [[11, 'count', 'count'], [2, 'count', 'count']]],
    ['About 4,000 Zamyads were registered in Kech, and the plan promised 20,000 jobs.', [[4000, 'count', 'count'], [20000, 'count', 'count']]],
    ['Pakistan hit seven legitimate military targets.', [[7, 'count', 'count']]],
    ['Hundreds of extremist Sunni Deobandi madrassas emerged.', [[100, 'count', 'count']]],
    ['Pakistan deployed 500 soldiers to the border.', [[500, 'people', 'count']]],
    // things counted in trade, smuggling and power supply
    ['Bankers said the mechanism had settled just 23 transactions and 9 invoices.', [[23, 'count', 'count'], [9, 'count', 'count']]],
    ['The state visit ended with eight memoranda of understanding aimed at trade.', [[8, 'count', 'count']]],
    ['Levies seized 75 jerry cans, 14 drums and 6 pick-up trucks near Mand.', [[75, 'count', 'count'], [14, 'count', 'count'], [6, 'count', 'count']]],
    ['The utility built four substations and 230 transmission towers in Makran.', [[4, 'count', 'count'], [230, 'count', 'count']]],
    // people and things beyond the seeds' nouns: pilgrims' own names, returnees, vehicles, documents
    ['More than 700,000 Pakistani zaireen travel to Iran every year.', [[700000, 'people', 'count']]],
    ['About 2,400 returnees crossed at Taftan.', [[2400, 'people', 'count']]],
    ['Gunmen stopped two passenger coaches in Zhob.', [[2, 'count', 'count']]],
    ['The two sides signed eight cooperation documents.', [[8, 'count', 'count']]],
    ['Iran seized 18 fishing boats off Jiwani.', [[18, 'count', 'count']]],
    ['The FC set up 12 new checkposts along the border.', [[12, 'count', 'count']]],
    ['The report lists 995 petrol pumps and names 29 politicians.', [[995, 'count', 'count'], [29, 'people', 'count']]],
    ['Iran sent at least nine planeloads of relief goods.', [[9, 'count', 'count']]],
    ['The two sides agreed to open two more border markets.', [[2, 'count', 'count']]],
    // a singular noun after a number above one is a modifier; the counted noun comes later
    ['Traders asked Quetta to reopen four official border crossings.', [[4, 'count', 'count']]],
    ['Levies rescued six civilian truck drivers.', [[6, 'people', 'count']]],
    ['A five-member commission will review the claims.', [[5, 'people', 'count']]],
    ['The seven-member bench heard the appeal.', [[7, 'people', 'count']]],
    ['Donors sent 1,400 relief kits and 800 blankets to Mashkel.', [[1400, 'count', 'count'], [800, 'count', 'count']]],
    // a part of a whole: the part counts the noun after the whole, and only the part was hurt
    ['At least 6 of the 25 labourers were injured.', [[6, 'people', 'injuries'], [25, 'people', 'count']]],
    ['Two of the 14 wounded later died.', [[14, 'people', 'injuries']]],
    ['A 3,000-strong force guards the route.', [[3000, 'people', 'count']]],
    // a range writes its noun once, after the second number
    ['Between 30 and 40 militants attacked the camp.', [[30, 'people', 'count'], [40, 'people', 'count']]],
    ['Iran will open 3 to 5 new markets.', [[3, 'count', 'count'], [5, 'count', 'count']]],
  ])('%s', (sentence, expected) => expect(brief(sentence)).toEqual(expected));
});

describe('subject, attribution and date', () => {
  it('takes the subject from the noun phrase', () => {
    expect(figuresOf('The visit produced eight memoranda of understanding.')[0]?.subject).toBe('memoranda of understanding');
    expect(figuresOf('Jaish al-Adl killed 11 Iranian security forces.')[0]?.subject).toBe('Iranian security forces');
  });

  it('credits "according to" and names the actor', () => {
    const content = 'Seven people were killed, according to Iranian authorities.';
    const at = content.indexOf('Iranian authorities');
    const actors: ActorMention[] = [{ start: at, end: at + 19, text: 'Iranian authorities', actor_id: 'iran', rule: 'test' }];
    expect(figuresOf(content, actors)[0]).toMatchObject({ attribution: 'according to Iranian authorities', attributed_to: 'iran' });
  });

  it('credits a reporting verb before the number', () => {
    const f = figuresOf('Informal trade is large, while official data put formal trade at two billion dollars per year.')[0];
    expect(f).toMatchObject({ attribution: 'official data put', attributed_to: null, subject: 'formal trade' });
  });

  it('dates a figure by a date mention in its sentence', () => {
    const content = 'On 14 December, militants killed 11 police officers.';
    const dates: DateMention[] = [{ start: 3, end: 14, text: '14 December', value: '2023-12-14', rule: 'test' }];
    const [f] = figuresOf(content, [], dates);
    expect(f).toMatchObject({ date: '2023-12-14', sentence: { start: 0, end: content.length } });
    expect(content.slice(f!.start, f!.end)).toBe(f!.text);
  });
});

describe('subjects with two nouns', () => {
  it('joins "agreements and memoranda of understanding"', () => {
    const [f] = figuresOf('The signing of twelve agreements and memoranda of understanding followed.');
    expect(f).toMatchObject({ value: 12, unit: 'count', subject: 'agreements and memoranda of understanding' });
  });
});

describe('regional casualty and count phrasings', () => {
  it.each<Row>([
    ['Jaish al-Adl claimed the attack that killed 11 police in Rask.', [[11, 'people', 'fatalities']]],
    ['Nine Pakistanis were killed in Saravan.', [[9, 'people', 'fatalities']]],
    ['Pakistan hosts 1.7 million Afghans.', [[1.7e6, 'people', 'count']]],
    ['Iran exports 104 megawatts of electricity to Gwadar.', [[104, 'MW', 'energy']]],
    ['The 1,931 km pipeline would carry 750 million cubic feet of gas per day.', [[1931, 'km', 'distance'], [750, 'mmcfd', 'energy']]],
    ['Pakistan faces a $18 billion penalty.', [[1.8e10, 'USD', 'money']]],
    ['On February 8 voters went to the polls.', []],
  ])('%s', (sentence, expected) => expect(brief(sentence)).toEqual(expected));
});

describe('injured others', () => {
  it.each<Row>([
    ['The blasts killed scores of people and injured more than 1,000 others outside the embassies.', [[20, 'people', 'fatalities'], [1000, 'people', 'injuries']]],
  ])('%s', (sentence, expected) => expect(brief(sentence)).toEqual(expected));
});

// The noun of a count written before the number: a pronoun's antecedent, "the number of X", "X numbered".
describe('counts whose noun comes first', () => {
  it.each<Row>([
    ['Gunmen seized seven truck drivers near Taftan. Four of them were later released.', [[7, 'people', 'count'], [4, 'people', 'count']]],
    ['Officials inspected fuel depots across Makran and closed nine of them.', [[9, 'count', 'count']]],
    ['The injured were taken to Turbat, where three of them died.', [[3, 'people', 'injuries']]],
    // "them" is the head of the noun phrase, not its complement ("of the two countries")
    ['The foreign ministers of the two countries met; two of them spoke.', [[2, 'people', 'count']]],
    ['Police put the number of protesters at about 3,000.', [[3000, 'people', 'count']]],
    ['The number of deaths rose to 14 by evening.', [[14, 'people', 'fatalities']]],
    ['Witnesses said the raiders numbered at least a dozen.', [[12, 'people', 'count']]],
    ['The gunmen, numbering around 15, stormed the post.', [[15, 'people', 'count']]],
    ['Gwadar has a population of about 250,000.', [[250000, 'people', 'count']]],
    ['Police held 35 smugglers, 12 of whom were Afghans.', [[35, 'people', 'count'], [12, 'people', 'count']]],
    // a list opened by "including" or "among": a number with a relative pronoun or a participle after it
    ['Iran handed over 40 prisoners, including 25 who had served their terms and seven convicted of smuggling.', [[40, 'people', 'count'], [25, 'people', 'count'], [7, 'people', 'count']]],
    ['The court freed 12 traders, among them three arrested at Taftan.', [[12, 'people', 'count'], [3, 'people', 'count']]],
    // a bare number compared with the count before it, far back in the sentence, joined by "and" with its own time, or an average
    ['Officials recorded 90,000 people crossing back through the main gate in the province and through the smaller posts in the south, up from 40,000 the week before.', [[90000, 'people', 'count'], [40000, 'people', 'count']]],
    ['Officials counted 2,300 returnees on Monday alone and 9,800 between July 1 and July 6, against a daily average of about 700 in May.', [[2300, 'people', 'count'], [9800, 'people', 'count'], [700, 'people', 'count']]],
    ['Some 900 traders have crossed since Friday, including 250 yesterday.', [[900, 'people', 'count'], [250, 'people', 'count']]],
    ['Police estimated the crowd at about 4,000.', [[4000, 'people', 'count']]],
    // a possessive before three or more states how many they have
    ['Their nine boats remain impounded at Chabahar.', [[9, 'count', 'count']]],
    ['The ministry said 17 who had completed their sentences were sent home.', []],
    // "N more" with no noun goes on counting the noun named before
    ['Both sides agreed to open six crossings, and the first of them opened in March. Two more, at Gabd and Chedgi, have opened since.', [[6, 'count', 'count'], [2, 'count', 'count']]],
    ['Two more days passed before the border reopened.', []],
    // "of them" points back past a sentence that names no one, to the subject of the one before
    ['The fishermen were held at Jiwani together with four boats. We asked for their release. The ministry said 18 of them would return on Friday.', [[4, 'count', 'count'], [18, 'people', 'count']]],
    // ... but not three sentences back
    ['Coast guards detained 30 fishermen off Jiwani. Talks went on. They went on again. The ministry said 18 of them would return.', [[30, 'people', 'count']]],
  ])('%s', (sentence, expected) => expect(brief(sentence)).toEqual(expected));

  it('takes the antecedent as the subject, and "of them" into the text', () => {
    const f = figuresOf('Customs officers stopped 40 trucks at Gabd and impounded 11 of them.')[1];
    expect(f).toMatchObject({ value: 11, unit: 'count', text: '11 of them', subject: 'trucks' });
  });
});

// A bare number compared with the figure before it shares its unit and noun.
describe('numbers compared with a figure', () => {
  it.each<Row>([
    ['Some 450 trucks crossed at Gabd last month, against 310 a year earlier.', [[450, 'count', 'count'], [310, 'count', 'count']]],
    ['The rial fell to 900,000 rials to the dollar, compared with about 600,000 in spring.', [[900000, 'IRR', 'money'], [600000, 'IRR', 'money']]],
    ['Ten crossings were planned; only three are open.', [[10, 'count', 'count'], [3, 'count', 'count']]],
    ['Iran returned 1,100 Pakistanis on Monday and another 700 on Tuesday.', [[1100, 'people', 'count'], [700, 'people', 'count']]],
    ['Seizures grew from 120 vehicles in 2022 to 340.', [[120, 'count', 'count'], [340, 'count', 'count']]],
    // no cue, a designation: the bare number is no figure
    ['Some 450 trucks crossed at Gabd, and 310 returned empty.', [[450, 'count', 'count']]],
    ['Some 450 trucks used the road, against Route 40.', [[450, 'count', 'count']]],
    ['Nine crossings were planned, but only the one at Gabd is open.', [[9, 'count', 'count']]],
    ['The sides signed 6 agreements; from 2025 the tariff falls to 5.', [[6, 'count', 'count']]],
    // a bound or hedge on a bare number after a count: the noun is left out
    ['The camp at Chaman, built for 2,000 refugees, sheltered up to 3,500 last winter.', [[2000, 'people', 'count'], [3500, 'people', 'count']]],
    ['Turkey sent back 300,000 migrants last year and Greece returned about 20,000 in the same period.', [[300000, 'people', 'count'], [20000, 'people', 'count']]],
    ['Some 80 tankers queued at Mand on Monday, and nearly 120 by Tuesday night.', [[80, 'count', 'count'], [120, 'count', 'count']]],
    // ... not a time or a place after a preposition
    ['About 250 lorries waited at the gate until around 9 in the evening.', [[250, 'count', 'count']]],
    ['Some 60 fishermen were held at Gwadar by about 10.', [[60, 'people', 'count']]],
  ])('%s', (sentence, expected) => expect(brief(sentence)).toEqual(expected));
});

describe('multipliers and shares of a change; hedges after the number; bare cents', () => {
  it.each<Row>([
    ['Iran offered to double its exports of power to Makran.', [[2, 'times', 'multiplier']]],
    ['Tehran says it will triple the supply.', [[3, 'times', 'multiplier']]],
    ['Fuel sells at twice the price in Quetta.', [[2, 'times', 'multiplier']]],
    ['Iran hanged 3 Pakistani smugglers.', [[3, 'people', 'fatalities']]],
    ['The ban cut rice exports by nearly a quarter.', [[0.25, 'times', 'multiplier']]],
    ['Smugglers use the 300-odd-kilometre coastal road.', [[300, 'km', 'distance']]],
    ['Iran raised the price from 8 US cents to 12 cents a unit.', [[0.08, 'USD', 'money'], [0.12, 'USD', 'money']]],
  ])('%s', (sentence, expected) => expect(brief(sentence)).toEqual(expected));

  it('"-odd" makes a number approximate with a lower bound', () => {
    expect(figuresOf('Some 40-odd families fled.')[0]).toMatchObject({ value: 40, approximate: true, bound: 'lower' });
  });
});

describe('a definite number that states a total', () => {
  it.each<Row>([
    ['Of the five border crossings, only one is open to trade.', [[5, 'count', 'count'], [1, 'count', 'count']]],
    ['The seven markets the two sides agreed to build are still closed.', [[7, 'count', 'count']]],
    ['The last of the four power lines planned in 2019 was finished in May.', [[4, 'count', 'count']]],
    // a number before "of the" is a part, not an ordinal: the set's size is no figure
    ['Officials disagreed in two of the three cases.', [[2, 'count', 'count']]],
  ])('%s', (sentence, expected) => expect(brief(sentence)).toEqual(expected));
});


describe('parts of the casualties, compound nouns, role nouns and counts that open a sentence', () => {
  it.each<Row>([
    // "N of the dead/wounded": a part of the persons who died or were hurt
    ['A police spokesman said four of the dead were traders from Gwadar.', [[4, 'people', 'fatalities']]],
    ['Nine of the wounded were flown to Karachi on Sunday.', [[9, 'people', 'injuries']]],
    ['At least three of the injured remain in intensive care.', [[3, 'people', 'injuries']]],
    // a noun before the noun that heads the phrase: the second is counted
    ['The district council approved three new police platoons for the border.', [[3, 'count', 'count']]],
    ['The commission sanctioned two FC companies and four Levies squads.', [[2, 'count', 'count'], [4, 'count', 'count']]],
    // persons named by their role
    ['The ministry registered 2,300 road travellers and 410 licensed tour operators.', [[2300, 'people', 'count'], [410, 'people', 'count']]],
    ['Health officials deployed 85 polio vaccinators in Kech.', [[85, 'people', 'count']]],
    // a number that opens its sentence with no noun counts what the sentence before counted
    ['On Monday 212 Pakistani fishermen were released from a jail in Chabahar. Another 85 will be freed next week.', [[212, 'people', 'count'], [85, 'people', 'count']]],
    ['Border officials said 1,450 pilgrims entered Iran on Friday. Some 9,000 have crossed since the season opened.', [[1450, 'people', 'count'], [9000, 'people', 'count']]],
    ['About 120 trucks crossed at Gabd on Tuesday. A further 60 were waiting at the gate.', [[120, 'count', 'count'], [60, 'count', 'count']]],
    // the count before may be in words; "only" opening a clause counts how few ("the only two" refers)
    ['The two states agreed in 2021 to open six border markets. Only three were operating by 2025.', [[6, 'count', 'count'], [3, 'count', 'count']]],
    ['Militants seized twelve border guards near Mirjaveh. Five were released a month later.', [[12, 'people', 'count'], [5, 'people', 'count']]],
    ['The two states agreed to open six border markets, but only two have opened.', [[6, 'count', 'count'], [2, 'count', 'count']]],
    ['The two states agreed to open six border markets. The only two that opened are in Mand.', [[6, 'count', 'count']]],
  ])('%s', (sentence, expected) => expect(brief(sentence)).toEqual(expected));

  it('takes in the casualty noun: "four of the dead"', () => {
    expect(figuresOf('He said four of the dead were traders.')[0]?.text).toBe('four of the dead');
  });
});
