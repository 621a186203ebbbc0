import type { Writable } from 'node:stream';

/** Write a chunk, waiting for the stream to drain when its buffer is full. */
export async function write(stream: Writable, chunk: string | Uint8Array): Promise<void> {
  if (!stream.write(chunk)) {
    await new Promise<void>((resolve) => stream.once('drain', resolve));
  }
}
