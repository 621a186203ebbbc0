import { writeSync, writevSync } from 'node:fs';
import type { Writable } from 'node:stream';
import { utf8, utf8View } from './utf8.js';
import { write } from './write.js';

/**
 * Where a writer's bytes go: a stream, or (`fd`) a file descriptor written synchronously, whose
 * bytes are handed to the system before the call returns: a document encoded in the thread
 * (`--jobs 1`) is then written from the encoder's scratch buffer, without a copy of its own.
 * Give `fd` only where the stream would have written synchronously anyway (a file; see syncFd in
 * src/cli/output.ts), so that what is written through the stream and through the fd stays in order.
 */
abstract class BytesWriter {
  constructor(
    protected readonly out: Writable,
    private readonly fd: number | null = null,
  ) {}
  protected async put(json: string | Uint8Array, prefix: string, suffix: string): Promise<void> {
    if (typeof json === 'string') {
      if (this.fd !== null) writeAll(this.fd, utf8View(json, prefix, suffix));
      else await write(this.out, utf8(json, prefix, suffix));
    } else if (this.fd !== null) {
      // Bytes from a worker: one writev of the separators and the document, no stream machinery.
      const chunks = [json];
      if (prefix) chunks.unshift(Buffer.from(prefix, 'latin1'));
      if (suffix) chunks.push(Buffer.from(suffix, 'latin1'));
      writeAllv(this.fd, chunks);
    } else {
      if (prefix) await write(this.out, prefix);
      await write(this.out, json);
      if (suffix) await write(this.out, suffix);
    }
  }
}

/** writeSync until every byte is written (it may write fewer than asked). */
function writeAll(fd: number, bytes: Uint8Array): void {
  for (let off = 0; off < bytes.length; ) off += writeSync(fd, bytes, off, bytes.length - off);
}

/** writevSync until every byte is written (the rest written piece by piece if it writes fewer). */
function writeAllv(fd: number, chunks: Uint8Array[]): void {
  let n = writevSync(fd, chunks);
  for (const c of chunks) {
    if (n >= c.length) {
      n -= c.length;
      continue;
    }
    writeAll(fd, n > 0 ? c.subarray(n) : c);
    n = 0;
  }
}

/** `--format json`: one JSON array, streamed one document (already serialized) at a time. */
export class JsonArrayWriter extends BytesWriter {
  private count = 0;
  async add(json: string | Uint8Array): Promise<void> {
    await this.put(json, this.count++ === 0 ? '[\n' : ',\n', '');
  }
  async end(): Promise<void> {
    await write(this.out, this.count === 0 ? '[]\n' : '\n]\n');
  }
}

/** `--format jsonl`: one document per line. */
export class JsonLinesWriter extends BytesWriter {
  async add(json: string | Uint8Array): Promise<void> {
    await this.put(json, '', '\n');
  }
  async end(): Promise<void> {}
}
