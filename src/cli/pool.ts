import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { errorDocument } from '../error-document.js';
import type { Input } from './inputs.js';
import { emptySource, type EngineOptions } from './read-input.js';
import { toResult, type Result, type Serialization } from './result.js';

export interface PoolOptions {
  jobs: number;
  engine: EngineOptions;
  serialization: Serialization;
  /** Bytes of standard input, when an input is `-`. */
  stdin?: Uint8Array;
  /**
   * The output is done with a document's bytes once `emit` resolves: each worker's buffer is then
   * sent back to the worker that made it (transferred), to be freed by that worker's collector. The
   * parent allocates little, so it collects rarely, and the buffers it received (a document's JSON,
   * 117 kB on the bench corpus) piled up as external memory until V8's 64 MB external limit forced a
   * collection: 18 MB of the parent's memory after 200 documents, 58 MB after 2000.
   */
  returnBytes?: boolean;
}

/** How many inputs a worker holds at once (the one it parses and the next). */
const DEPTH = 2;

export const defaultJobs = (): number => Math.max(1, availableParallelism());

/** The parser, imported on the first document parsed in this thread (once, not per document). */
let engine: Promise<typeof import('./engine.js')> | null = null;

/** Parse in this thread (--jobs 1): the parser is loaded only then, so that a parent with workers never loads it. */
async function processOne(input: Input, options: PoolOptions): Promise<Result> {
  const { parseBytes, processFile } = await (engine ??= import('./engine.js'));
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
  /** The inputs sent to each worker, oldest first: the first is the one it is parsing. */
  const sent = new Map<Worker, number[]>();
  const window = jobs * 8;
  const ready = new Map<number, Result>();
  /** The worker that answered each input waiting in `ready`, for its buffer to go back to it. */
  const from = new Map<number, Worker>();
  let nextDispatch = 0;
  let nextEmit = 0;
  let emitting: Promise<void> = Promise.resolve();
  /** Set once every result is written: workers are then terminated, and their exits are no deaths. */
  let finished = false;

  try {
    await new Promise<void>((resolve, reject) => {
      const flush = () => {
        emitting = emitting.then(async () => {
          while (ready.has(nextEmit)) {
            const result = ready.get(nextEmit)!;
            const maker = from.get(nextEmit);
            ready.delete(nextEmit);
            from.delete(nextEmit);
            await emit(result, nextEmit);
            nextEmit++;
            if (options.returnBytes && maker && workers.has(maker) && typeof result.text !== 'string' && result.text.byteLength > 0) {
              const buffer = result.text.buffer as ArrayBuffer;
              maker.postMessage({ release: true }, [buffer]);
            }
          }
          if (nextEmit === inputs.length) resolve();
          else pump();
        }).catch(reject);
      };
      const send = (w: Worker, index: number) => {
        const input = inputs[index]!;
        sent.get(w)!.push(index);
        // Standard input goes to a worker as bytes: the parent parses nothing.
        w.postMessage(input.kind === 'stdin' ? { index, input, bytes: options.stdin ?? new Uint8Array() } : { index, input });
      };
      /** Inputs sent back by a dead worker, to be sent again before new ones. */
      const again: number[] = [];
      // Each worker holds up to DEPTH inputs, so that it starts the next one as soon as it has
      // answered, without waiting for the parent; the least loaded worker is served first.
      const pump = () => {
        for (let depth = 1; depth <= DEPTH; depth++) {
          for (const [w, queue] of sent) {
            if (queue.length >= depth) continue;
            if (again.length > 0) send(w, again.shift()!);
            else if (nextDispatch < inputs.length && nextDispatch < nextEmit + window) send(w, nextDispatch++);
            else return;
          }
        }
      };
      const spawn = () => {
        const w = new Worker(workerUrl, { workerData: { engine: options.engine, serialization: options.serialization } });
        workers.add(w);
        sent.set(w, []);
        w.on('message', (msg: { index: number; result: Result }) => {
          const queue = sent.get(w);
          const at = queue ? queue.indexOf(msg.index) : -1;
          if (at < 0) return; // not an input this worker holds (cannot happen: defensive)
          queue!.splice(at, 1);
          ready.set(msg.index, msg.result);
          from.set(msg.index, w);
          pump();
          flush();
        });
        // A worker that dies (out of memory on one file, say) costs that file only: it gets an
        // INTERNAL_ERROR entry and a fresh worker takes the place of the dead one. What it died on is
        // decided at 'exit', not at 'error': the answers it sent before dying are delivered before
        // 'exit' (they may come after 'error'), so what is still unanswered then is the file it was on
        // (it parses its inputs in the order sent) and the ones queued behind it, which are sent again.
        let failure: Error | null = null;
        w.on('error', (err: Error) => {
          failure = err;
        });
        w.on('exit', (code: number) => {
          if (finished) return;
          const [index, ...waiting] = sent.get(w) ?? [];
          sent.delete(w);
          workers.delete(w);
          again.push(...waiting);
          if (index !== undefined) {
            const why = failure ? `${failure.message}${options.engine.debug ? `\n${failure.stack ?? ''}` : ''}` : `it stopped with exit code ${code}`;
            const doc = errorDocument(emptySource(inputs[index]!.path), 'INTERNAL_ERROR', `budget-parse failed on this file (a bug: please report it with the file): the worker died: ${why}`);
            ready.set(index, toResult(doc, options.serialization));
          }
          spawn();
          pump();
          flush();
        });
      };
      for (let i = 0; i < jobs; i++) spawn();
      if (inputs.length === 0) resolve();
      pump();
    });
    await emitting;
  } finally {
    finished = true;
    await Promise.all([...workers].map((w) => w.terminate()));
  }
}
