/**
 * A worker thread of `cadre validate --jsonl` on a large stream: checks the batches of lines the
 * main thread sends, in order, and sends back their report lines.
 * @module
 */
import { parentPort, workerData } from 'node:worker_threads';
import { prepareZodForCommandLine } from '../domain/iscg/parse/zod-parser.js';
import type { BatchOptions, LineBatch } from './jsonl-batch.js';

// As in the main thread: zod is loaded only if a document is invalid (before the checker loads).
await prepareZodForCommandLine();
const { checkerFor } = await import('../domain/iscg/api/default-checker.js');
const { checkBatch } = await import('./jsonl-batch.js');
const { ReportSerializer } = await import('./jsonl-report-json.js');

const checker = checkerFor();
const options = workerData as BatchOptions;
const serializer = new ReportSerializer();
const encoder = new TextEncoder();
parentPort?.on('message', (batch: LineBatch) => {
  const result = checkBatch(checker, options, batch, serializer);
  // Encoded here, in parallel, and handed over without a copy: the main thread only writes it.
  const bytes = encoder.encode(result.text as string);
  parentPort?.postMessage({ ...result, text: bytes }, [bytes.buffer]);
});
