import type { Diagnostic } from '../model/index.js';
import { makeDiagnostic, normalizeNewlines } from './draft.js';
import { decodeWindows1252, encodeWindows1252 } from './windows-1252.js';

/** Text decoded from an input's bytes, or null when the input is not usable text. */
export interface DecodedInput {
  readonly text: string | null;
  readonly diagnostics: Diagnostic[];
}

const SAMPLE = 64 * 1024;

function isBinary(bytes: Uint8Array): boolean {
  const end = Math.min(bytes.length, SAMPLE);
  let control = 0;
  for (let i = 0; i < end; i++) {
    const byte = bytes[i]!;
    if (byte === 0) return true;
    if ((byte < 9 || (byte > 13 && byte < 32) || byte === 127) && byte !== 27) control++;
  }
  return control > end * 0.05;
}

function sniffUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const pairs = Math.min(bytes.length, 2048) >> 1;
  if (pairs < 2) return null;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < pairs; i++) {
    if (bytes[2 * i] === 0) evenZero++;
    if (bytes[2 * i + 1] === 0) oddZero++;
  }
  if (oddZero > pairs * 0.4 && evenZero < pairs * 0.05) return 'utf-16le';
  if (evenZero > pairs * 0.4 && oddZero < pairs * 0.05) return 'utf-16be';
  return null;
}

/** Counts well-formed multi-byte UTF-8 sequences and stray bytes. */
function scanUtf8(bytes: Uint8Array): { valid: number; invalid: number; high: number } {
  let valid = 0;
  let invalid = 0;
  let high = 0;
  for (let i = 0; i < bytes.length; ) {
    const byte = bytes[i]!;
    if (byte < 0x80) {
      i++;
      continue;
    }
    high++;
    const length = byte >= 0xf0 && byte <= 0xf4 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc2 && byte <= 0xdf ? 2 : 0;
    let ok = length > 0 && i + length <= bytes.length;
    for (let k = 1; ok && k < length; k++) ok = (bytes[i + k]! & 0xc0) === 0x80;
    if (ok) {
      valid++;
      i += length;
    } else {
      invalid++;
      i++;
    }
  }
  return { valid, invalid, high };
}

/** Drops a multi-byte sequence cut in half by truncation. */
function trimPartialUtf8(bytes: Uint8Array): Uint8Array {
  for (let back = 1; back <= 3 && back <= bytes.length; back++) {
    const byte = bytes[bytes.length - back]!;
    if ((byte & 0xc0) === 0x80) continue;
    const length = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc0 ? 2 : 1;
    return length > back ? bytes.subarray(0, bytes.length - back) : bytes;
  }
  return bytes;
}

// UTF-8 text that was decoded as Windows-1252 once and saved again: "cafÃ©", "itâ€™s".
const MOJIBAKE = /Ã[\u0080-\u00bf]|â€[\u0080-\u00bf\u2018-\u201e\u2122\u0153\u02dc]|Â[\u00a0-\u00bf]/g;

function repairMojibake(text: string): string | null {
  if ((text.match(MOJIBAKE)?.length ?? 0) < 3) return null;
  const bytes = encodeWindows1252(text);
  if (!bytes) return null;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

// Document formats people save articles in, by their leading bytes: named in the message instead of "binary".
const DOCUMENT_MAGIC: readonly (readonly [string, readonly number[]])[] = [
  ['PDF', [0x25, 0x50, 0x44, 0x46, 0x2d]],
  ['ZIP or Office (DOCX, ODT, EPUB)', [0x50, 0x4b, 0x03, 0x04]],
  ['PNG image', [0x89, 0x50, 0x4e, 0x47]],
  ['JPEG image', [0xff, 0xd8, 0xff]],
  ['GIF image', [0x47, 0x49, 0x46, 0x38]],
  ['legacy Word (DOC) or Outlook', [0xd0, 0xcf, 0x11, 0xe0]],
];

function documentFormatOf(bytes: Uint8Array): string | null {
  return DOCUMENT_MAGIC.find(([, magic]) => magic.every((byte, i) => bytes[i] === byte))?.[0] ?? null;
}

/**
 * Decodes an input's bytes to text: UTF-8 (with or without BOM), UTF-16 (BOM or sniffed), and
 * Windows-1252/Latin-1 as a fallback; refuses empty and binary input; caps the input at `maxBytes`.
 */
export function decodeBytes(raw: Uint8Array, input: string, maxBytes: number): DecodedInput {
  const diagnostics: Diagnostic[] = [];
  const fail = (code: string, message: string): DecodedInput => ({ text: null, diagnostics: [...diagnostics, makeDiagnostic('error', code, message, input)] });
  if (raw.length === 0) return fail('empty-input', 'the input is empty');
  let bytes = raw;
  if (bytes.length > maxBytes) {
    bytes = bytes.subarray(0, maxBytes);
    diagnostics.push(makeDiagnostic('warning', 'input-truncated', `input is ${raw.length} bytes; only the first ${maxBytes} were read`, input));
  }
  let text: string;
  const bom =
    bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf
      ? 'utf-8'
      : bytes[0] === 0xff && bytes[1] === 0xfe
        ? 'utf-16le'
        : bytes[0] === 0xfe && bytes[1] === 0xff
          ? 'utf-16be'
          : null;
  const utf16 = bom === 'utf-8' ? null : (bom ?? sniffUtf16(bytes));
  if (utf16) {
    const body = bytes.subarray(bom ? 2 : 0, bytes.length - ((bytes.length - (bom ? 2 : 0)) % 2));
    text = new TextDecoder(utf16).decode(body);
    diagnostics.push(
      makeDiagnostic(bom ? 'info' : 'warning', 'decoded-utf16', `decoded as ${utf16.toUpperCase()}${bom ? '' : ' (no byte order mark)'}`, input),
    );
  } else {
    const document = documentFormatOf(bytes);
    if (document) return fail('unsupported-format', `a ${document} file, not text: convert it to text or HTML first (for a PDF, e.g. pdftotext); skipped`);
    if (isBinary(bytes)) return fail('binary-input', 'the input looks binary, not text; skipped');
    const body = trimPartialUtf8(bytes.subarray(bom ? 3 : 0));
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(body);
      const repaired = repairMojibake(text);
      if (repaired !== null) {
        text = repaired;
        diagnostics.push(makeDiagnostic('warning', 'repaired-mojibake', 'the text was UTF-8 decoded as Windows-1252 once; repaired', input));
      }
    } catch {
      const { valid, invalid, high } = scanUtf8(body);
      if (valid > invalid * 4) {
        text = new TextDecoder('utf-8').decode(body);
        diagnostics.push(makeDiagnostic('warning', 'invalid-utf8', `${invalid} invalid UTF-8 byte${invalid === 1 ? '' : 's'} replaced`, input));
      } else if (high > body.length * 0.5) {
        return fail('binary-input', 'the input is neither UTF-8 nor Windows-1252 text; skipped');
      } else {
        text = decodeWindows1252(body);
        diagnostics.push(makeDiagnostic('warning', 'decoded-windows-1252', 'the input is not UTF-8; decoded as Windows-1252 (Latin-1)', input));
      }
    }
  }
  text = normalizeNewlines(text.replace(/^\ufeff/, ''));
  if (text.trim() === '') return fail('empty-input', 'the input has no text');
  return { text, diagnostics };
}
