// Extraction of one source: dates, actors, places, amounts, figures and events, each with its
// offsets and the rule that fired. Works on `content` (furniture blanked), so offsets count
// into the source's extracted text.
import type { Source } from '../generated/dataset.js';
import type { PublishedDate, Quoted, SourceDocument, SourceExtraction, Span } from '../model.js';
import { sha256Hex } from '../lib/hash.js';
import { overlapsAny } from '../lib/overlaps.js';
import { findActors, findPlaces, readActors } from './actors/index.js';
import { titledTenureStart } from './actors/tenure.js';
import { recognizeAmounts } from './amounts/index.js';
import { findDateMentions, reasonPublication } from './dates/index.js';
import { findPosts } from './dates/posts.js';
import { findEvents } from './events/index.js';
import { findFigures } from './figures/index.js';
import { splitSentences } from './sentences.js';

export function extractSource(doc: SourceDocument): SourceExtraction {
  const { content, text } = doc;
  // Actors are read once: an undated text is no older than the terms of the officials it names by office.
  const actorReading = readActors(content);
  const published: PublishedDate | null = doc.published ?? reasonPublication(content, doc.dateline, titledTenureStart(actorReading));
  const dct = published?.value ?? null;

  const sentences = splitSentences(content);
  // A live page's posts, read once: the dates inside them count from their day, and so do the events.
  const posts = findPosts(text, dct);
  const dates = findDateMentions(content, { dct, text, posts });
  const { mentions: actors, definitions: actorDefinitions } = findActors(content, { date: dct }, actorReading);
  const places = findPlaces(content, actorReading);
  const amounts = recognizeAmounts(content);
  const figures = findFigures({ content, sentences, amounts, actors, dates });
  const events = findEvents({ content, text, sentences, dates, actors, definitions: actorDefinitions, places, figures, published: dct, posts });
  const quote = <T extends { sentence: Span }>(item: T): Quoted<T> => ({ ...item, quote: text.slice(item.sentence.start, item.sentence.end) });

  const source: Source = {
    source_id: doc.sourceId,
    title: doc.title,
    publisher: doc.publisher,
    author: doc.author,
    url: doc.url,
    language: doc.language,
    published: published?.value ?? null,
    published_basis: published?.basis ?? null,
    sha256: doc.sha256,
    text_sha256: sha256Hex(text),
    chars: text.length,
  };
  // Numbers inside a date ("2024" in "January 2024") are the date's, not amounts.
  const inDate = overlapsAny(dates);
  return {
    source,
    dates,
    actors,
    actorDefinitions,
    amounts: amounts.filter((a) => !inDate(a)),
    figures: figures.map(quote),
    events: events.map(quote),
    problems: [...doc.problems],
  };
}
