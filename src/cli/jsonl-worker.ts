/**
 * A worker thread of `cadre validate --jsonl` on a long stream: says when it is ready, then
 * checks the batches of lines the main thread sends, in order, and sends back their report lines
 * (UTF-8 bytes, moved, not copied).
 * @module
 */
import { parentPort, workerData } from 'node:worker_threads';
import { prepareZodForCommandLine } from '../domain/iscg/parse/zod-parser.js';
import type { BatchOptions, LineBatch } from './jsonl-batch.js';
import type { WorkerMessage } from './jsonl-pool.js';

// As in the main thread: zod is loaded only if a document is invalid (before the checker loads).
await prepareZodForCommandLine();
const { checkerFor } = await import('../domain/iscg/api/default-checker.js');
const { BatchChecker } = await import('./jsonl-batch.js');

const batches = new BatchChecker(checkerFor(), workerData as BatchOptions);
parentPort?.on('message', (batch: LineBatch) => {
  const result = batches.run(batch);
  parentPort?.postMessage(result satisfies WorkerMessage, [result.bytes.buffer as ArrayBuffer]);
});
parentPort?.postMessage({ ready: true } satisfies WorkerMessage);
