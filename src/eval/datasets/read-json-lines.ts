import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { createGunzip } from 'node:zlib';
import type { Readable } from 'node:stream';

async function isGzipped(path: string): Promise<boolean> {
  const handle = await open(path, 'r');
  try {
    const { bytesRead, buffer } = await handle.read(Buffer.alloc(2), 0, 2, 0);
    return bytesRead === 2 && buffer[0] === 0x1f && buffer[1] === 0x8b;
  } finally {
    await handle.close();
  }
}

/** A line of a JSON-lines file with its 1-based number (blank lines are skipped). */
export interface NumberedLine {
  readonly line: string;
  readonly number: number;
}

/** Streams the non-blank lines of a text file, gunzipping it when it starts with the gzip magic bytes. */
export async function* readTextLines(path: string): AsyncGenerator<NumberedLine> {
  const raw = createReadStream(path);
  const stream: Readable = (await isGzipped(path)) ? raw.pipe(createGunzip()) : raw;
  raw.on('error', (error) => stream.destroy(error));
  const lines = createInterface({ input: stream, crlfDelay: Infinity });
  let number = 0;
  try {
    for await (const line of lines) {
      number++;
      if (line.trim() !== '') yield { line, number };
    }
  } finally {
    lines.close();
    raw.destroy();
  }
}
