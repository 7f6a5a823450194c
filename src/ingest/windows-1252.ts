// Bytes 0x80-0x9F in Windows-1252 (the rest of the range is Latin-1). Node's TextDecoder maps the
// 'windows-1252' label to plain Latin-1, which turns curly quotes into C1 control characters, so the
// table is applied by hand. Undefined bytes (0x81, 0x8D, 0x8F, 0x90, 0x9D) keep their Latin-1 value.
const HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f, 0x90, 0x2018, 0x2019, 0x201c, 0x201d,
  0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];

/** Decodes bytes as Windows-1252 (a superset of Latin-1 for printable text). */
export function decodeWindows1252(bytes: Uint8Array): string {
  const parts: string[] = [];
  const chunk = 0x4000;
  for (let offset = 0; offset < bytes.length; offset += chunk) {
    const end = Math.min(offset + chunk, bytes.length);
    const codes = new Array<number>(end - offset);
    for (let i = offset; i < end; i++) {
      const byte = bytes[i]!;
      codes[i - offset] = byte >= 0x80 && byte <= 0x9f ? HIGH[byte - 0x80]! : byte;
    }
    parts.push(String.fromCharCode(...codes));
  }
  return parts.join('');
}

const REVERSE = new Map<number, number>(HIGH.map((code, i) => [code, 0x80 + i]));

/** Encodes text back to Windows-1252 bytes, or null when a character has no byte there. */
export function encodeWindows1252(text: string): Uint8Array | null {
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const byte = code < 0x80 || (code >= 0xa0 && code <= 0xff) ? code : REVERSE.get(code);
    if (byte === undefined) return null;
    bytes[i] = byte;
  }
  return bytes;
}
