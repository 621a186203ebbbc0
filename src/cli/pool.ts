import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { parseBytes, processFile, type EngineOptions } from './engine.js';
import type { Input } from './inputs.js';
import { toResult, type Result, type Serialization } from './result.js';

export interface PoolOptions {
  jobs: number;
  engine: EngineOptions;
  serialization: Serialization;
  /** Bytes of standard input, when an input is `-`. */
  stdin?: Uint8Array;
}

export const defaultJobs = (): number => Math.max(1, availableParallelism());

function processOne(input: Input, options: PoolOptions): Result {
  const doc = input.kind === 'stdin' ? parseBytes('-', options.stdin ?? new Uint8Array(), options.engine) : processFile(input, options.engine);
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
    for (let i = 0; i < inputs.length; i++) await emit(processOne(inputs[i]!, options), i);
    return;
  }
  const workerUrl = new URL('./worker.js', import.meta.url);
  const workers = Array.from({ length: jobs }, () => new Worker(workerUrl, { workerData: { engine: options.engine, serialization: options.serialization } }));
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
          if (input.kind === 'stdin') {
            ready.set(index, processOne(input, options));
            flush();
            continue;
          }
          idle.pop()!.postMessage({ index, input });
        }
      };
      for (const w of workers) {
        w.on('message', (msg: { index: number; result: Result }) => {
          ready.set(msg.index, msg.result);
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
