import { parentPort, workerData } from 'node:worker_threads';
import { processFile, type EngineOptions } from './engine.js';
import type { Input } from './inputs.js';

/** A worker thread: parses the files it is sent and answers with the serialized documents. */
const options = workerData as EngineOptions;
parentPort!.on('message', (msg: { index: number; input: Input & { kind: 'file' } }) => {
  const doc = processFile(msg.input, options);
  parentPort!.postMessage({ index: msg.index, doc });
});
