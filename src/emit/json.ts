import type { Writable } from 'node:stream';
import type { BudgetDocument } from '../schema/index.js';
import { write } from './write.js';

/** `--format json`: one JSON array, streamed one document at a time. */
export class JsonArrayWriter {
  private count = 0;
  constructor(private readonly out: Writable) {}
  async add(doc: BudgetDocument): Promise<void> {
    await write(this.out, (this.count++ === 0 ? '[\n' : ',\n') + JSON.stringify(doc, null, 2));
  }
  async end(): Promise<void> {
    await write(this.out, this.count === 0 ? '[]\n' : '\n]\n');
  }
}

/** `--format jsonl`: one document per line. */
export class JsonLinesWriter {
  constructor(private readonly out: Writable) {}
  async add(doc: BudgetDocument): Promise<void> {
    await write(this.out, `${JSON.stringify(doc)}\n`);
  }
  async end(): Promise<void> {}
}
