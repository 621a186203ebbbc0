import { parentPort, workerData } from 'node:worker_threads';
import { processFile, type EngineOptions } from './engine.js';
import type { Input } from './inputs.js';
import { toResult, type Serialization } from './result.js';

/** A worker thread: parses the files it is sent and answers with the serialized documents. */
const { engine, serialization } = workerData as { engine: EngineOptions; serialization: Serialization };
parentPort!.on('message', (msg: { index: number; input: Input & { kind: 'file' } }) => {
  parentPort!.postMessage({ index: msg.index, result: toResult(processFile(msg.input, engine), serialization) });
});
