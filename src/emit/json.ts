import type { Writable } from 'node:stream';
import { utf8 } from './utf8.js';
import { write } from './write.js';

/** `--format json`: one JSON array, streamed one document (already serialized) at a time. */
export class JsonArrayWriter {
  private count = 0;
  constructor(private readonly out: Writable) {}
  async add(json: string | Uint8Array): Promise<void> {
    const sep = this.count++ === 0 ? '[\n' : ',\n';
    if (typeof json === 'string') {
      await write(this.out, utf8(json, sep));
    } else {
      await write(this.out, sep);
      await write(this.out, json);
    }
  }
  async end(): Promise<void> {
    await write(this.out, this.count === 0 ? '[]\n' : '\n]\n');
  }
}

/** `--format jsonl`: one document per line. */
export class JsonLinesWriter {
  constructor(private readonly out: Writable) {}
  async add(json: string | Uint8Array): Promise<void> {
    if (typeof json === 'string') {
      await write(this.out, utf8(json, '', '\n'));
    } else {
      await write(this.out, json);
      await write(this.out, '\n');
    }
  }
  async end(): Promise<void> {}
}
