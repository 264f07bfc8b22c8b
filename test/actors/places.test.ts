import { describe, expect, it } from 'vitest';
import { findPlaces } from '../../pipeline/extract/actors/index.js';

const placesOf = (s: string) => findPlaces(s).map((p) => `${p.text}=${p.name}|${p.country}|${p.kind}`);

describe('places for event locations', () => {
  it.each([
    ["a village in Pakistan's Balochistan province", ['Pakistan=Pakistan|PAK|country', 'Balochistan province=Balochistan|PAK|province']],
    ['Sistan and Baluchistan, Sistan-Baluchestan and Sistan and Baluchestan', ['Sistan and Baluchistan=Sistan and Baluchestan|IRN|province', 'Sistan-Baluchestan=Sistan and Baluchestan|IRN|province', 'Sistan and Baluchestan=Sistan and Baluchestan|IRN|province']],
    ['around Saravan, an Iranian city; a police station in Rask', ['Saravan=Saravan|IRN|city', 'Rask=Rask|IRN|city']],
    ['a memorial in Kerman; meetings in Davos', ['Kerman=Kerman|IRN|city', 'Davos=Davos|CHE|city']],
    ["Syria's Idlib province and northern Iraq", ['Syria=Syria|SYR|country', 'Idlib province=Idlib|SYR|province', 'Iraq=Iraq|IRQ|country']],
    ['Panjgur, Gwadar, Karachi, Quetta and the Makran region', ['Panjgur=Panjgur|PAK|city', 'Gwadar=Gwadar|PAK|city', 'Karachi=Karachi|PAK|city', 'Quetta=Quetta|PAK|city', 'Makran=Makran|PAK|region']],
    ['Khyber Pakhtunkhwa and Damascus', ['Khyber Pakhtunkhwa=Khyber Pakhtunkhwa|PAK|province', 'Damascus=Damascus|SYR|city']],
  ])('%s', (sentence, expected) => {
    expect(placesOf(sentence)).toEqual(expected);
  });

  it('demonyms and organisations are not places', () => {
    expect(placesOf('Iranian officials and the Pakistani foreign ministry')).toEqual([]);
  });
});
