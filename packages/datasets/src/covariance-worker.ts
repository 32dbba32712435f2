/**
 * The worker side of {@link accumulateCovarianceInWorkers} (covariance-workers.ts): one
 * CovarianceAccumulator over the batches it is sent, acknowledged one by one, and its moments when asked.
 * Messages in: `{ rows }` (a batch), `{ finish: true }`. Out: `{ added: rows }`, `{ moments }`.
 */
import { parentPort, workerData } from "node:worker_threads";
import { CovarianceAccumulator, type CovarianceMoments } from "@klsched/core-linalg";

/** What the main thread sends: a batch of rows, or the request for the moments. */
export type ToCovarianceWorker = { readonly rows: Float64Array | Float32Array } | { readonly finish: true };
/** What the worker answers: the rows of one batch added, or the moments of all of them. */
export type FromCovarianceWorker = { readonly added: number } | { readonly moments: CovarianceMoments };

const port = parentPort;
if (port !== null) {
  const accumulator = new CovarianceAccumulator((workerData as { dimension: number }).dimension);
  port.on("message", (message: ToCovarianceWorker) => {
    if ("rows" in message) {
      accumulator.add(message.rows);
      port.postMessage({ added: message.rows.length / accumulator.dimension } satisfies FromCovarianceWorker);
    } else {
      const moments = accumulator.moments();
      port.postMessage({ moments } satisfies FromCovarianceWorker, [
        moments.mean.buffer as ArrayBuffer,
        moments.comoment.buffer as ArrayBuffer,
      ]);
    }
  });
}
