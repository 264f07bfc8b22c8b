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
        return { html: new TextDecoder('windows-1252').decode(bytes), charset: 'windows-1252', problems };
      }
      problems.push('declared UTF-8 but some bytes are invalid; replaced with U+FFFD');
      return { html: new TextDecoder('utf-8').decode(bytes), charset, problems };
    }
  }
  return { html: new TextDecoder(charset).decode(bytes), charset, problems };
}
