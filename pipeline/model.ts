// The records the stages hand each other. Dataset records (what is published) are generated
// from schemas/ into ./generated/dataset.ts; these are the intermediate shapes of one source's
// reading and extraction, before normalize resolves and merges them across sources.
import type { Actor, Event, Figure, Source } from './generated/dataset.js';

/** A half-open range [start, end) of UTF-16 code units in a source's extracted text. */
export interface Span {
  start: number;
  end: number;
}

export type PublishedBasis = NonNullable<Source['published_basis']>;

/** A publication date with where it came from. */
export interface PublishedDate {
  value: string; // EDTF
  basis: PublishedBasis;
}

/** A dateline found in the page furniture; it tells `published` and is never a mention. */
export interface Dateline extends Span {
  text: string;
  year: number | null;
  month: number | null; // 1-12
  day: number | null;
  /** The weekday the dateline writes beside its date (1 = Monday), when it writes one. */
  weekday?: number | null;
}

/** Something wrong with an input, reported in report.json; never silently dropped. */
export interface Problem {
  source_id: string | null;
  file: string | null;
  stage: 'read' | 'extract' | 'normalize' | 'emit';
  severity: 'error' | 'warning';
  problem: string; // what was wrong
  action: string; // what was done about it
}

/** What a reader finds in an article: its text, the content of that text, and its metadata. */
export interface ArticleReading {
  /** The extracted text: every offset in the dataset counts into this string. */
  text: string;
  /**
   * The same string with page furniture (datelines, bylines, teasers, bios, read-time badges)
   * blanked to spaces, line ends kept, so extractors see only content at unchanged offsets.
   */
  content: string;
  title: string | null;
  publisher: string | null;
  author: string | null;
  url: string | null;
  language: string | null;
  /** Publication date known before extraction: sidecar, HTML metadata, URL or a full dateline. */
  published: PublishedDate | null;
  /** A dateline, possibly without a year, left for extraction to complete. */
  dateline: Dateline | null;
}

/** A source as read from raw/: its extracted text and what is known about it. */
export interface SourceDocument extends ArticleReading {
  sourceId: string;
  file: string; // file name inside raw/
  format: 'text' | 'html';
  sha256: string; // of the raw bytes
  problems: Problem[];
}

/** A temporal expression as TimeML sees it (TempEval's TIMEX3). */
export interface Timex extends Span {
  text: string;
  type: 'DATE' | 'TIME' | 'DURATION' | 'SET';
  value: string; // TimeML value: 2024-01-16, 2024-W03, 196, P3D, PRESENT_REF ...
  rule: string;
}

/** A date mention in content, in EDTF. Durations and times of day are not date mentions. */
export interface DateMention extends Span {
  text: string;
  value: string; // EDTF
  rule: string;
}

/** An actor the pipeline knows of, from the lexicon or from a pattern: an actors-table row. */
export type ActorDefinition = Actor;

export interface ActorMention extends Span {
  text: string;
  actor_id: string;
  rule: string; // "lexicon:<entry id>" or "pattern:<rule name>"
}

/** A number found in text, with the unit recognised next to it. */
export interface Amount extends Span {
  text: string;
  value: number;
  /** Dataset unit (ISO 4217 code, km, mi, percent, MW, mmcfd, bbl/d, t, times) or null. */
  unit: string | null;
  approximate: boolean;
  bound: 'lower' | 'upper' | null;
  rule: string;
  /** The recognised unit's English name ("Dollar", "Cent", "Foot"), also where no dataset code fits. */
  unitName?: string | null;
  /** How the number was written: digits, words, a vague plural ("hundreds"), a multiplier ("tripled"). */
  form?: 'digits' | 'words' | 'vague' | 'multiplier';
}

/** A figure a researcher would tabulate, before ids and event links are assigned. */
export interface FigureCandidate extends Span {
  text: string;
  value: number;
  unit: string;
  kind: Figure['kind'];
  approximate: boolean;
  bound: 'lower' | 'upper' | null;
  subject: string | null;
  attribution: string | null;
  attributed_to: string | null; // actor_id
  date: string | null; // EDTF
  sentence: Span;
  rule: string;
}

/** An event as one sentence of one source states it, before merging across sources. */
export interface EventCandidate {
  sentence: Span;
  trigger: Span;
  rule: string;
  event_type: Event['event_type'];
  subtype: string | null;
  actor1_id: string | null;
  actor2_id: string | null;
  /**
   * Whether the clause names actor1 and actor2 together as its subject ("Iran and Pakistan
   * recalled their ambassadors", "both sides recalled"): a mutual act. Merging needs it to tell a
   * mutual act, which reports may date a day apart and name in either order, from a reprisal.
   */
  mutual: boolean;
  /** EDTF, or null when nothing dates it (it is then reported as undated, never published). */
  date: string | null;
  location: string | null;
  country: string | null;
  fatalities: number | null;
  injuries: number | null;
  salience: Event['salience'];
  /**
   * Where the date came from: a date expression in the sentence, the paragraph's last anchor, or
   * the month the narrative keeps returning to (too vague to identify a day's happening when merging).
   */
  date_basis?: 'sentence' | 'paragraph' | 'narrative' | null;
  /** Start offsets of the casualty figures the coder took fatalities/injuries from (to link them). */
  figure_starts?: number[];
}

/** Everything extraction found in one source: what normalize receives, and what is cached. */
export interface SourceExtraction {
  source: Source;
  dates: DateMention[];
  actors: ActorMention[];
  actorDefinitions: ActorDefinition[];
  amounts: Amount[];
  figures: Quoted<FigureCandidate>[];
  events: Quoted<EventCandidate>[];
  problems: Problem[];
}

/** A candidate with the sentence that states it, as written (quotes are published, texts are not). */
export type Quoted<T> = T & { quote: string };
