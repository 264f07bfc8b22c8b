// Types generated from the JSON Schemas in ./schemas by json-schema-to-typescript.
/**
 * An EDTF (ISO 8601-2) date: a day (2024-01-16), month (2024-01), year (2024), decade (196X), century (19XX) or an interval of these (2024-01-16/2024-01-18).
 */
export type Edtf = string;
export type PublishedBasis = "sidecar" | "html" | "url" | "dateline" | "inferred";

/**
 * One article the dataset was extracted from. Its text is not republished; quotes are.
 */
export interface Source {
  /**
   * The source's id: its file name in raw/ without the extension.
   */
  source_id: string;
  /**
   * The article's title.
   */
  title: string | null;
  /**
   * Who published the article.
   */
  publisher: string | null;
  /**
   * Who wrote the article.
   */
  author: string | null;
  /**
   * Where the article was published (http or https only).
   */
  url: string | null;
  /**
   * The article's language as a BCP 47 tag (en).
   */
  language: string | null;
  /**
   * When the article was published, at the precision that is known.
   */
  published: Edtf | null;
  /**
   * Where the publication date came from: sidecar, html (the page's metadata), url, dateline (a dateline or a closing credit line of the text), or inferred (from the text's own references, or, for a web page that gives no publication date at all, from its last update).
   */
  published_basis: PublishedBasis | null;
  /**
   * SHA-256 of the raw file, hex.
   */
  sha256: string;
  /**
   * SHA-256 of the extracted text (UTF-8), hex: the string all offsets refer to.
   */
  text_sha256: string;
  /**
   * Length of the extracted text in UTF-16 code units.
   */
  chars: number;
}

/**
 * What kind of actor this is.
 */
export type ActorType =
  "state" | "government" | "person" | "military" | "armed_group" | "party" | "igo" | "organization";
/**
 * lexicon: a curated lexicon entry; pattern: found by a pattern for actors the lexicon lacks.
 */
export type ActorOrigin = "lexicon" | "pattern";

/**
 * A political actor named in the sources: a state, organ, official, force, armed group, party, intergovernmental body or organisation.
 */
export interface Actor {
  /**
   * Stable slug identifying the actor.
   */
  actor_id: string;
  /**
   * Canonical name.
   */
  name: string;
  /**
   * Other names the actor goes by (spellings, metonyms, acronyms, demonyms).
   */
  aliases: string[];
  type: ActorType;
  /**
   * ISO 3166-1 alpha-3 of the state the actor belongs to (ISO 3166-3 for a former state such as SUN), or null.
   */
  country: string | null;
  /**
   * Wikidata QID, where certain.
   */
  wikidata: string | null;
  origin: ActorOrigin;
}

/**
 * Precision of date.
 */
export type DatePrecision = "day" | "month" | "year" | "decade" | "interval";
/**
 * PLOVER event type.
 */
export type EventType =
  | "AGREE"
  | "CONSULT"
  | "SUPPORT"
  | "CONCEDE"
  | "COOPERATE"
  | "AID"
  | "RETREAT"
  | "REQUEST"
  | "ACCUSE"
  | "REJECT"
  | "THREATEN"
  | "PROTEST"
  | "SANCTION"
  | "MOBILIZE"
  | "COERCE"
  | "ASSAULT";
/**
 * core: the two states' dealings with each other or their shared border region; context: everything else.
 */
export type Salience = "core" | "context";

/**
 * One real-world happening, merged across every source that reports it.
 */
export interface Event {
  /**
   * Stable id of the event.
   */
  event_id: string;
  date: Edtf;
  date_precision: DatePrecision;
  /**
   * First day the date covers (ISO 8601).
   */
  date_start: string;
  /**
   * Last day the date covers (ISO 8601).
   */
  date_end: string;
  event_type: EventType;
  /**
   * Short description of the mode (missile and drone strike, state visit).
   */
  subtype: string | null;
  /**
   * The actor who acts (actor_id).
   */
  actor1_id: string | null;
  /**
   * The target or counterpart (actor_id).
   */
  actor2_id: string | null;
  /**
   * The most specific place the sources give.
   */
  location: string | null;
  /**
   * ISO 3166-1 alpha-3 of the location.
   */
  country: string | null;
  /**
   * The most conservative number of people killed that the sources give.
   */
  fatalities: number | null;
  /**
   * Lowest fatality figure across sources.
   */
  fatalities_low: number | null;
  /**
   * Highest fatality figure across sources.
   */
  fatalities_high: number | null;
  /**
   * Number of people injured (most conservative figure).
   */
  injuries: number | null;
  salience: Salience;
  /**
   * Every source that reports the event.
   *
   * @minItems 1
   */
  source_ids: [string, ...string[]];
  /**
   * A short generated description of the event.
   */
  summary: string;
}

/**
 * A sentence of a source that reports an event: why the event is in the dataset.
 */
export interface Evidence {
  /**
   * The event this sentence reports.
   */
  event_id: string;
  /**
   * The source the sentence is in.
   */
  source_id: string;
  /**
   * The sentence, as written.
   */
  quote: string;
  /**
   * Offset of the first character in the source's extracted text, in UTF-16 code units.
   */
  char_start: number;
  /**
   * Offset just past the last character (end exclusive), in UTF-16 code units.
   */
  char_end: number;
  /**
   * The trigger rule that fired.
   */
  rule: string;
}

/**
 * ISO 4217 currency code or one of the dataset's units.
 */
export type FigureUnit =
  | "AED"
  | "AFN"
  | "ALL"
  | "AMD"
  | "ANG"
  | "AOA"
  | "ARS"
  | "AUD"
  | "AWG"
  | "AZN"
  | "BAM"
  | "BBD"
  | "BDT"
  | "BGN"
  | "BHD"
  | "BIF"
  | "BMD"
  | "BND"
  | "BOB"
  | "BRL"
  | "BSD"
  | "BTN"
  | "BWP"
  | "BYN"
  | "BZD"
  | "CAD"
  | "CDF"
  | "CHF"
  | "CLP"
  | "CNY"
  | "COP"
  | "CRC"
  | "CUP"
  | "CVE"
  | "CZK"
  | "DJF"
  | "DKK"
  | "DOP"
  | "DZD"
  | "EGP"
  | "ERN"
  | "ETB"
  | "EUR"
  | "FJD"
  | "FKP"
  | "GBP"
  | "GEL"
  | "GHS"
  | "GIP"
  | "GMD"
  | "GNF"
  | "GTQ"
  | "GYD"
  | "HKD"
  | "HNL"
  | "HTG"
  | "HUF"
  | "IDR"
  | "ILS"
  | "INR"
  | "IQD"
  | "IRR"
  | "ISK"
  | "JMD"
  | "JOD"
  | "JPY"
  | "KES"
  | "KGS"
  | "KHR"
  | "KMF"
  | "KPW"
  | "KRW"
  | "KWD"
  | "KYD"
  | "KZT"
  | "LAK"
  | "LBP"
  | "LKR"
  | "LRD"
  | "LSL"
  | "LYD"
  | "MAD"
  | "MDL"
  | "MGA"
  | "MKD"
  | "MMK"
  | "MNT"
  | "MOP"
  | "MRU"
  | "MUR"
  | "MVR"
  | "MWK"
  | "MXN"
  | "MYR"
  | "MZN"
  | "NAD"
  | "NGN"
  | "NIO"
  | "NOK"
  | "NPR"
  | "NZD"
  | "OMR"
  | "PAB"
  | "PEN"
  | "PGK"
  | "PHP"
  | "PKR"
  | "PLN"
  | "PYG"
  | "QAR"
  | "RON"
  | "RSD"
  | "RUB"
  | "RWF"
  | "SAR"
  | "SBD"
  | "SCR"
  | "SDG"
  | "SEK"
  | "SGD"
  | "SHP"
  | "SLE"
  | "SOS"
  | "SRD"
  | "SSP"
  | "STN"
  | "SVC"
  | "SYP"
  | "SZL"
  | "THB"
  | "TJS"
  | "TMT"
  | "TND"
  | "TOP"
  | "TRY"
  | "TTD"
  | "TWD"
  | "TZS"
  | "UAH"
  | "UGX"
  | "USD"
  | "UYU"
  | "UZS"
  | "VES"
  | "VND"
  | "VUV"
  | "WST"
  | "XAF"
  | "XCD"
  | "XOF"
  | "XPF"
  | "YER"
  | "ZAR"
  | "ZMW"
  | "ZWL"
  | "km"
  | "mi"
  | "people"
  | "count"
  | "percent"
  | "times"
  | "MW"
  | "bbl/d"
  | "mmcfd"
  | "t";
/**
 * What the figure measures.
 */
export type FigureKind =
  | "trade_value"
  | "money"
  | "fatalities"
  | "injuries"
  | "distance"
  | "count"
  | "percent"
  | "multiplier"
  | "seats"
  | "energy"
  | "quantity";
export type FigureBound = "lower" | "upper";
/**
 * One quantity stated in a source, with its unit, subject and attribution.
 */
export interface Figure {
  /**
   * Stable id of the figure.
   */
  figure_id: string;
  /**
   * The source that states it.
   */
  source_id: string;
  /**
   * The number, resolved (3000000000 for "$3 billion").
   */
  value: number;
  unit: FigureUnit;
  kind: FigureKind;
  /**
   * True when the text hedges the number (about, nearly, some, dozens).
   */
  approximate: boolean;
  /**
   * lower for at least / more than / over; upper for up to / less than / almost / nearly; else null.
   */
  bound: FigureBound | null;
  /**
   * What the figure counts, from its noun phrase.
   */
  subject: string | null;
  /**
   * The words that credit the number, as written (according to Iranian authorities).
   */
  attribution: string | null;
  /**
   * actor_id of whoever is credited, when that is an actor.
   */
  attributed_to: string | null;
  /**
   * The event the figure belongs to, if any.
   */
  event_id: string | null;
  /**
   * The date the figure refers to, if stated.
   */
  date: Edtf | null;
  /**
   * The sentence that states the figure.
   */
  quote: string;
  /**
   * Offset of the first character in the source's extracted text, in UTF-16 code units.
   */
  char_start: number;
  /**
   * Offset just past the last character (end exclusive), in UTF-16 code units.
   */
  char_end: number;
}

/**
 * date, actor or amount.
 */
export type MentionKind = "date" | "actor" | "amount";

/**
 * A date, actor or amount mention in a source's content: the audit layer.
 */
export interface Mention {
  /**
   * Id of the mention.
   */
  mention_id: string;
  /**
   * The source it is in.
   */
  source_id: string;
  kind: MentionKind;
  /**
   * The words as written.
   */
  text: string;
  /**
   * Offset of the first character in the source's extracted text, in UTF-16 code units.
   */
  char_start: number;
  /**
   * Offset just past the last character (end exclusive), in UTF-16 code units.
   */
  char_end: number;
  /**
   * EDTF for dates, actor_id for actors, the number in decimal for amounts.
   */
  value: string;
  /**
   * The rule or lexicon entry that matched.
   */
  rule: string;
}

/** A table name: the key of `schemas`, the file name under data/. */
export type TableName = 'sources' | 'actors' | 'events' | 'evidence' | 'figures' | 'mentions';
/** A published record: frozen, and so are its lists. */
export type Row<T> = { readonly [K in keyof T]: FrozenValue<T[K]> };
type FrozenValue<V> = V extends ReadonlyArray<unknown> ? Readonly<V> : V;

/** One article the dataset was extracted from. Its text is not republished; quotes are. */
export declare const sources: readonly Row<Source>[];
/** A political actor named in the sources: a state, organ, official, force, armed group, party, intergovernmental body or organisation. */
export declare const actors: readonly Row<Actor>[];
/** One real-world happening, merged across every source that reports it. */
export declare const events: readonly Row<Event>[];
/** A sentence of a source that reports an event: why the event is in the dataset. */
export declare const evidence: readonly Row<Evidence>[];
/** One quantity stated in a source, with its unit, subject and attribution. */
export declare const figures: readonly Row<Figure>[];
/** A date, actor or amount mention in a source's content: the audit layer. */
export declare const mentions: readonly Row<Mention>[];
/** The JSON Schema (2020-12) of each table. */
export declare const schemas: { readonly [table in TableName]: Readonly<Record<string, unknown>> };
/** The actor with this actor_id, or undefined (also for a null id, as in an event without actor2). */
export declare function actorById(id: string | null | undefined): Row<Actor> | undefined;
/** Events in which the actor is actor1 or actor2, in table order. */
export declare function eventsByActor(actorId: string): readonly Row<Event>[];
/**
 * Events whose span [date_start, date_end] overlaps [from, to], inclusive.
 * @param from first day, month or year: "2024-01-16", "2024-01", "2024"
 * @param to last day, month or year ("2024" means up to 2024-12-31)
 * @throws RangeError when a bound is not such a date
 */
export declare function eventsBetween(from: string, to: string): readonly Row<Event>[];
/** The evidence rows (the source sentences) of an event. */
export declare function evidenceFor(eventId: string): readonly Row<Evidence>[];
