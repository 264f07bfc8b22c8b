// Bytes of a plain-text source to a string: BOMs honoured, binary refused, bad UTF-8 reported.

export type DecodedText =
  | { ok: true; text: string; encoding: string; problems: string[] }
  | { ok: false; problem: string };

export function decodeTextBytes(bytes: Uint8Array): DecodedText {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return decodeWith('utf-16le', bytes.subarray(2));
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return decodeWith('utf-16be', bytes.subarray(2));
  const body = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  if (looksBinary(body)) return { ok: false, problem: 'binary content (NUL or control bytes), not text' };
  return decodeWith('utf-8', body);
}

function decodeWith(encoding: string, bytes: Uint8Array): DecodedText {
  try {
    return { ok: true, text: new TextDecoder(encoding, { fatal: true }).decode(bytes), encoding, problems: [] };
  } catch {
    const text = new TextDecoder(encoding).decode(bytes);
    let lost = 0;
    for (const ch of text) if (ch === '\uFFFD') lost++;
    return { ok: true, text, encoding, problems: [`invalid ${encoding}: ${lost} undecodable sequence(s) replaced with U+FFFD`] };
  }
}

/** NUL bytes, or many C0 controls other than tab and line ends, mean the file is not text. */
function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 65536);
  let controls = 0;
  for (let i = 0; i < sample.length; i++) {
    const b = sample[i]!;
    if (b === 0) return true;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) controls++;
  }
  return sample.length > 0 && controls / sample.length > 0.05;
}
