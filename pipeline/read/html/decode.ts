// Bytes of a saved page to a string: the character set from the BOM, then <meta charset> or
// http-equiv, then the XML declaration; UTF-8 otherwise. What could not be decoded is reported.
export interface DecodedHtml {
  html: string;
  charset: string;
  /** Losses or doubts met while decoding (reported, not fatal). */
  problems: string[];
}

/** How far into the page a charset declaration is looked for (the HTML standard's prescan: 1024). */
const PRESCAN_BYTES = 4096;

const META_CHARSET = /<meta[^>]{0,300}?charset[\s]*=[\s]*["']?[\s]*([a-z0-9_:.()-]{2,40})/i;
const XML_ENCODING = /^<\?xml[^>]{0,200}?encoding[\s]*=[\s]*["']([a-z0-9_.:-]{2,40})["']/i;

function bomCharset(bytes: Uint8Array): { charset: string; skip: number } | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { charset: 'utf-8', skip: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { charset: 'utf-16le', skip: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { charset: 'utf-16be', skip: 2 };
  return null;
}

/**
 * windows-1252's characters for bytes 0x80-0x9F ("€", "–", "“" ...). Node 20's TextDecoder decodes
 * "windows-1252" (and "iso-8859-1", which the web reads as windows-1252) as Latin-1, leaving C1
 * control characters there; they are mapped here. Five bytes are undefined and stay as they are.
 */
const CP1252_HIGH = '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

function decodeWindows1252(bytes: Uint8Array): string {
  return new TextDecoder('latin1').decode(bytes).replace(/[\u0080-\u009f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80] ?? c);
}

/** The decoder for a label, or null when the platform does not know it. */
function decoderFor(label: string, fatal = false): TextDecoder | null {
  try {
    return new TextDecoder(label, { fatal });
  } catch {
    return null;
  }
}

export function declaredCharset(bytes: Uint8Array): string | null {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, PRESCAN_BYTES));
  const declared = META_CHARSET.exec(head) ?? XML_ENCODING.exec(head);
  return declared?.[1]?.toLowerCase() ?? null;
}

export function decodeHtml(bytes: Uint8Array): DecodedHtml {
  const problems: string[] = [];
  const bom = bomCharset(bytes);
  if (bom) {
    return { html: new TextDecoder(bom.charset).decode(bytes.subarray(bom.skip)), charset: bom.charset, problems };
  }
  let label = declaredCharset(bytes);
  // A page that declares UTF-16 without a BOM was transcoded when saved; its bytes are ASCII-compatible.
  if (label && /^utf-?16/.test(label)) label = 'utf-8';
  if (label && !decoderFor(label)) {
    problems.push(`unknown charset "${label}" declared; decoded as UTF-8`);
    label = null;
  }
  const charset = label ? (decoderFor(label)!.encoding) : 'utf-8';
  if (charset === 'utf-8') {
    const strict = decoderFor('utf-8', true)!;
    try {
      return { html: strict.decode(bytes), charset, problems };
    } catch {
      if (!label) {
        // Undeclared and not valid UTF-8: the web's usual legacy encoding is windows-1252.
        problems.push('bytes are not valid UTF-8 and no charset is declared; decoded as windows-1252');
        return { html: decodeWindows1252(bytes), charset: 'windows-1252', problems };
      }
      problems.push('declared UTF-8 but some bytes are invalid; replaced with U+FFFD');
      return { html: new TextDecoder('utf-8').decode(bytes), charset, problems };
    }
  }
  const html = charset === 'windows-1252' ? decodeWindows1252(bytes) : new TextDecoder(charset).decode(bytes);
  return { html, charset, problems };
}
