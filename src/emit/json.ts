import type { Writable } from 'node:stream';
import { write } from './write.js';

/** `--format json`: one JSON array, streamed one document (already serialized) at a time. */
export class JsonArrayWriter {
  private count = 0;
  constructor(private readonly out: Writable) {}
  async add(json: string): Promise<void> {
    await write(this.out, (this.count++ === 0 ? '[\n' : ',\n') + json);
  }
  async end(): Promise<void> {
    await write(this.out, this.count === 0 ? '[]\n' : '\n]\n');
  }
}

/** `--format jsonl`: one document per line. */
export class JsonLinesWriter {
  constructor(private readonly out: Writable) {}
  async add(json: string): Promise<void> {
    await write(this.out, `${json}\n`);
  }
  async end(): Promise<void> {}
}
