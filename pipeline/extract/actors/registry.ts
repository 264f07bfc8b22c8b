// The actor rules and refiners, in the order they run.
import { resolveOrgans, resolveSharedAliases } from './refiners/resolve.js';
import { dropAcronymsUsedAsWords, dropCapitalsAsPlaces, dropInsideNonActorNames, dropShoutedAcronyms, removeBlocked } from './refiners/filters.js';
import { linkDefinedAcronyms, linkSurnames } from './refiners/coreference.js';
import { removeOverlaps } from './refiners/overlaps.js';
import { appositivePersons } from './rules/appositive-persons.js';
import { chambersOfCommerce } from './rules/chambers-of-commerce.js';
import { coordinatedOrgans } from './rules/coordinated-organs.js';
import { diplomaticMissions } from './rules/diplomatic-missions.js';
import { districtAdministrations } from './rules/district-administrations.js';
import { acronymDefinitions } from './rules/acronym-definitions.js';
import { groupNames } from './rules/group-names.js';
import { lexiconNames } from './rules/lexicon-names.js';
import { offices } from './rules/offices.js';
import { parliamentaryCommittees } from './rules/parliamentary-committees.js';
import { provincialDepartments } from './rules/provincial-departments.js';
import { titledInstitutions } from './rules/titled-institutions.js';
import { titledPersons } from './rules/titled-persons.js';
import { titledSurnames } from './rules/titled-surnames.js';
import { visitingOfficials } from './rules/visiting-officials.js';
import type { ActorRefiner, ActorRule } from './types.js';

/** Rules propose candidates independently of each other. */
export const ACTOR_RULES: ActorRule[] = [lexiconNames, offices, titledInstitutions, titledPersons, appositivePersons, titledSurnames, groupNames, acronymDefinitions, coordinatedOrgans, parliamentaryCommittees, chambersOfCommerce, diplomaticMissions, districtAdministrations, provincialDepartments, visitingOfficials];

/**
 * Refiners decide, in this order: hidden names and non-actors go first (so they cannot anchor
 * resolution); overlaps are settled before an organ or a shared alias looks back for its state;
 * coreference runs last, on settled mentions.
 */
export const ACTOR_REFINERS: ActorRefiner[] = [
  removeBlocked,
  dropInsideNonActorNames,
  dropCapitalsAsPlaces,
  dropShoutedAcronyms,
  dropAcronymsUsedAsWords,
  removeOverlaps,
  resolveOrgans,
  resolveSharedAliases,
  linkDefinedAcronyms,
  linkSurnames,
];
