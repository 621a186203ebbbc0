import { parentPort, workerData } from 'node:worker_threads';
import { parseBytes, processFile, type EngineOptions } from './engine.js';
import type { Input } from './inputs.js';
import { toBytes, toResult, type Serialization } from './result.js';
import { loadValidator } from '../validate.js';

/** A worker thread: parses the files it is sent and answers with the serialized documents. */
const { engine, serialization } = workerData as { engine: EngineOptions; serialization: Serialization };
if (engine.validate) await loadValidator(true);
async function handle(msg: { index: number; input: Input; bytes?: Uint8Array }): Promise<void> {
  // Test hook: lets the tests kill a worker on one file, as running out of memory would.
  const crashOn = process.env.BUDGET_PARSE_TEST_WORKER_CRASH;
  if (crashOn && msg.input.path.includes(crashOn)) throw new Error('simulated worker crash');
  const doc = msg.input.kind === 'stdin' ? await parseBytes('-', msg.bytes ?? new Uint8Array(), engine) : await processFile(msg.input, engine);
  const result = toBytes(toResult(doc, serialization));
  parentPort!.postMessage({ index: msg.index, result }, [result.text.buffer as ArrayBuffer]);
}

// The parent sends the next input before this one is done; they are parsed one after the other,
// in the order sent (the parent relies on it to know which input a crash was on).
let queue: Promise<void> = Promise.resolve();
parentPort!.on('message', (msg: { index: number; input: Input; bytes?: Uint8Array } | { release: true }) => {
  // An answer's buffer sent back by the parent once written: dropped here, where the collector runs
  // often (see returnBytes in src/cli/pool.ts).
  if ('release' in msg) return;
  queue = queue.then(() => handle(msg));
});
