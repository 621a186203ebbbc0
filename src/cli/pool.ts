import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { errorDocument } from '../error-document.js';
import type { Input } from './inputs.js';
import type { EngineOptions } from './read-input.js';
import { toResult, type Result, type Serialization } from './result.js';

export interface PoolOptions {
  jobs: number;
  engine: EngineOptions;
  serialization: Serialization;
  /** Bytes of standard input, when an input is `-`. */
  stdin?: Uint8Array;
}

export const defaultJobs = (): number => Math.max(1, availableParallelism());

/** Parse in this thread (--jobs 1): the parser is loaded only then, so that a parent with workers never loads it. */
async function processOne(input: Input, options: PoolOptions): Promise<Result> {
  const { parseBytes, processFile } = await import('./engine.js');
  const doc = input.kind === 'stdin' ? await parseBytes('-', options.stdin ?? new Uint8Array(), options.engine) : await processFile(input, options.engine);
  return toResult(doc, options.serialization);
}

/**
 * Parse every input and hand the serialized documents to `emit` in input order, whatever order the
 * workers finish in. At most a bounded window of documents waits for its turn, so memory
 * does not grow with the number of files.
 */
export async function runAll(
  inputs: readonly Input[],
  options: PoolOptions,
  emit: (result: Result, index: number) => void | Promise<void>,
): Promise<void> {
  const jobs = Math.max(1, Math.min(options.jobs, inputs.length));
  if (jobs <= 1) {
    for (let i = 0; i < inputs.length; i++) await emit(await processOne(inputs[i]!, options), i);
    return;
  }
  const workerUrl = new URL('./worker.js', import.meta.url);
  const workers = new Set<Worker>();
  /** The input each busy worker is parsing. */
  const busy = new Map<Worker, number>();
  const window = jobs * 8;
  const ready = new Map<number, Result>();
  let nextDispatch = 0;
  let nextEmit = 0;
  let emitting: Promise<void> = Promise.resolve();

  try {
    await new Promise<void>((resolve, reject) => {
      const idle: Worker[] = [];
      const flush = () => {
        emitting = emitting.then(async () => {
          while (ready.has(nextEmit)) {
            const result = ready.get(nextEmit)!;
            ready.delete(nextEmit);
            await emit(result, nextEmit);
            nextEmit++;
          }
          if (nextEmit === inputs.length) resolve();
          else pump();
        }).catch(reject);
      };
      const pump = () => {
        while (idle.length > 0 && nextDispatch < inputs.length && nextDispatch < nextEmit + window) {
          const index = nextDispatch++;
          const input = inputs[index]!;
          const w = idle.pop()!;
          busy.set(w, index);
          // Standard input goes to a worker as bytes: the parent parses nothing.
          w.postMessage(input.kind === 'stdin' ? { index, input, bytes: options.stdin ?? new Uint8Array() } : { index, input });
        }
      };
      const spawn = () => {
        const w = new Worker(workerUrl, { workerData: { engine: options.engine, serialization: options.serialization } });
        workers.add(w);
        w.on('message', (msg: { index: number; result: Result }) => {
          busy.delete(w);
          ready.set(msg.index, msg.result);
          idle.push(w);
          flush();
        });
        // A worker that dies (out of memory on one file, say) costs that file only: it gets an
        // INTERNAL_ERROR entry and a fresh worker takes the place of the dead one.
        w.on('error', (err: Error) => {
          const index = busy.get(w);
          busy.delete(w);
          workers.delete(w);
          void w.terminate();
          if (index !== undefined) {
            const doc = errorDocument(
              { path: inputs[index]!.path, sha256: null, bytes: null, encoding: null, lines: null, format: 'text', layout: null },
              'INTERNAL_ERROR',
              `budget-parse failed on this file (a bug: please report it with the file): the worker died: ${err.message}${options.engine.debug ? `\n${err.stack ?? ''}` : ''}`,
            );
            ready.set(index, toResult(doc, options.serialization));
          }
          spawn();
          flush();
        });
        idle.push(w);
      };
      for (let i = 0; i < jobs; i++) spawn();
      if (inputs.length === 0) resolve();
      pump();
    });
    await emitting;
  } finally {
    await Promise.all([...workers].map((w) => w.terminate()));
  }
}
