// Saved web pages: the article text and the page's own metadata.
// (Interface stub: the full reader replaces these bodies.)
import * as cheerio from 'cheerio';
import type { Dateline, PublishedDate } from '../../model.js';

export interface DecodedHtml {
  html: string;
  charset: string;
  /** Losses or doubts met while decoding (reported, not fatal). */
  problems: string[];
}

export interface HtmlArticle {
  /** The article text: title, then paragraphs separated by blank lines. Offsets count into it. */
  text: string;
  title: string | null;
  publisher: string | null;
  author: string | null;
  url: string | null;
  language: string | null;
  published: PublishedDate | null;
  dateline: Dateline | null;
}

export function decodeHtml(bytes: Uint8Array): DecodedHtml {
  return { html: new TextDecoder('utf-8').decode(bytes), charset: 'utf-8', problems: [] };
}

export function readHtmlPage(html: string): HtmlArticle {
  const $ = cheerio.load(html);
  $('script, style, noscript, nav, header, footer, aside, form, template').remove();
  const title = $('h1').first().text().trim() || $('title').text().trim() || null;
  const paragraphs = $('p').map((_, el) => $(el).text().replace(/\s+/g, ' ').trim()).get().filter(Boolean);
  const text = [title, ...paragraphs].filter(Boolean).join('\n\n');
  return { text, title, publisher: null, author: null, url: null, language: $('html').attr('lang') ?? null, published: null, dateline: null };
}
