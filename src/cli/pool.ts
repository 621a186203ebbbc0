import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { BudgetDocument } from '../schema/index.js';
import { parseBytes, processFile, type EngineOptions } from './engine.js';
import type { Input } from './inputs.js';

export interface PoolOptions {
  jobs: number;
  engine: EngineOptions;
  /** Bytes of standard input, when an input is `-`. */
  stdin?: Uint8Array;
}

export const defaultJobs = (): number => Math.max(1, availableParallelism());

function processOne(input: Input, options: PoolOptions): BudgetDocument {
  return input.kind === 'stdin' ? parseBytes('-', options.stdin ?? new Uint8Array(), options.engine) : processFile(input, options.engine);
}

/**
 * Parse every input and hand the documents to `emit` in input order, whatever order the
 * workers finish in. At most a bounded window of documents waits for its turn, so memory
 * does not grow with the number of files.
 */
export async function runAll(
  inputs: readonly Input[],
  options: PoolOptions,
  emit: (doc: BudgetDocument, index: number) => void | Promise<void>,
): Promise<void> {
  const jobs = Math.max(1, Math.min(options.jobs, inputs.length));
  if (jobs <= 1) {
    for (let i = 0; i < inputs.length; i++) await emit(processOne(inputs[i]!, options), i);
    return;
  }
  const workerUrl = new URL('./worker.js', import.meta.url);
  const workers = Array.from({ length: jobs }, () => new Worker(workerUrl, { workerData: options.engine }));
  const window = jobs * 8;
  const ready = new Map<number, BudgetDocument>();
  let nextDispatch = 0;
  let nextEmit = 0;
  let emitting: Promise<void> = Promise.resolve();

  try {
    await new Promise<void>((resolve, reject) => {
      const idle: Worker[] = [];
      const flush = () => {
        emitting = emitting.then(async () => {
          while (ready.has(nextEmit)) {
            const doc = ready.get(nextEmit)!;
            ready.delete(nextEmit);
            await emit(doc, nextEmit);
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
          if (input.kind === 'stdin') {
            ready.set(index, processOne(input, options));
            flush();
            continue;
          }
          idle.pop()!.postMessage({ index, input });
        }
      };
      for (const w of workers) {
        w.on('message', (msg: { index: number; doc: BudgetDocument }) => {
          ready.set(msg.index, msg.doc);
          idle.push(w);
          flush();
        });
        w.on('error', reject);
        idle.push(w);
      }
      if (inputs.length === 0) resolve();
      pump();
    });
    await emitting;
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
