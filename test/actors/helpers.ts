// Shared helpers for the actor tests: which actors a sentence mentions, and by which words.
import { findActors } from '../../pipeline/extract/actors/index.js';

/** "text=actor_id" for every mention, in order. */
export function mentionsOf(sentence: string, date: string | null = '2024-01-20'): string[] {
  return findActors(sentence, { date }).mentions.map((m) => `${m.text}=${m.actor_id}`);
}

/** The distinct actor ids a sentence mentions, sorted. */
export function actorsOf(sentence: string, date: string | null = '2024-01-20'): string[] {
  return [...new Set(findActors(sentence, { date }).mentions.map((m) => m.actor_id))].sort();
}
