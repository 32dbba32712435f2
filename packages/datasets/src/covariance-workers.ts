import { createRequire } from "node:module";
import { availableParallelism } from "node:os";
import { pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import {
  accumulateCovariance,
  CovarianceAccumulator,
  type CovarianceMoments,
  type DataMatrix,
  DEFAULT_BATCH_ROWS,
  InvalidArgumentError,
  type ProgressCallback,
} from "@klsched/core-linalg";
import type { FromCovarianceWorker, ToCovarianceWorker } from "./covariance-worker.js";

/** Options of {@link accumulateCovarianceInWorkers}. */
export interface WorkerCovarianceOptions {
  /** Worker threads (default: the cores Node reports, at most 8); 1 accumulates on the calling thread. */
  readonly threads?: number;
  readonly onProgress?: ProgressCallback;
}

/** Batches in flight per worker: one being added, one waiting, so a worker never idles on the reader. */
const IN_FLIGHT = 2;

/**
 * core-linalg's `accumulateCovariance` on several cores: the calling thread reads the batches and
 * hands batch b to worker b mod threads (so the split, and the rounding, do not depend on timing);
 * each worker keeps its own CovarianceAccumulator, and their moments are merged in worker order by the
 * pairwise update of Chan, Golub & LeVeque (1979), exactly as `CovarianceAccumulator.merge` does.
 * The result equals the one-thread accumulator up to rounding (~1e-15 relative). Each worker starts in
 * ~50 ms and holds its own d × d co-moment, so this pays from n·d² ≈ 10⁹ (60 000 × 784: 3.7·10¹⁰).
 *
 * @example
 * ```ts
 * import { accumulateCovarianceInWorkers } from "@klsched/datasets";
 * const data = {
 *   label: "four points", rows: 4, dimension: 2, quantizationStep: 0,
 *   batches: () => [Float64Array.of(1, 0, -1, 0), Float64Array.of(0, 2, 0, -2)],
 * };
 * (await accumulateCovarianceInWorkers(data, { threads: 2 })).eigenvalues(); // Float64Array [2.6666…, 0.6666…]
 * ```
 * @throws InvalidArgumentError for a `threads` that is not a positive integer, if the reader yields
 * another number of rows than it announced, or a batch the accumulator refuses (the workers are stopped).
 */
export async function accumulateCovarianceInWorkers(
  data: DataMatrix,
  { threads = Math.min(8, availableParallelism()), onProgress }: WorkerCovarianceOptions = {},
): Promise<CovarianceAccumulator> {
  if (!Number.isInteger(threads) || threads < 1)
    throw new InvalidArgumentError("threads", threads, "expected a positive integer");
  if (threads === 1) return accumulateCovariance(data, onProgress === undefined ? {} : { onProgress });
  const workers = Array.from({ length: threads }, () => startWorker(data.dimension));
  try {
    let read = 0;
    let added = 0;
    onProgress?.(0, data.rows);
    const report = (rows: number) => {
      added += rows;
      onProgress?.(added, data.rows);
    };
    let next = 0;
    for (const batch of data.batches(DEFAULT_BATCH_ROWS)) {
      if (batch.length % data.dimension !== 0) {
        throw new InvalidArgumentError("batch", `${batch.length} values`, `not a whole number of rows of d=${data.dimension}`);
      }
      read += batch.length / data.dimension;
      const worker = workers[next] as CovarianceWorker;
      next = (next + 1) % threads;
      await worker.send(batch, report);
    }
    if (read !== data.rows) throw new InvalidArgumentError(data.label, `${read} rows`, `expected ${data.rows} rows`);
    const parts = await Promise.all(workers.map((worker) => worker.finish(report)));
    const total = new CovarianceAccumulator(data.dimension);
    for (const part of parts) total.merge(part);
    return total;
  } finally {
    await Promise.all(workers.map((worker) => worker.stop()));
  }
}

/** One worker thread, seen from the reading thread. */
interface CovarianceWorker {
  /** Posts a batch (transferring its buffer when the batch owns all of it); waits while IN_FLIGHT are pending. */
  send(batch: Float64Array | Float32Array, report: (rows: number) => void): Promise<void>;
  /** Waits for every batch, then returns the worker's rows as an accumulator. */
  finish(report: (rows: number) => void): Promise<CovarianceAccumulator>;
  stop(): Promise<void>;
}

function startWorker(dimension: number): CovarianceWorker {
  const worker = newWorker(dimension);
  let pending = 0;
  let moments: CovarianceMoments | undefined;
  let failure: Error | undefined;
  let report: (rows: number) => void = () => {};
  let wake: (() => void) | undefined;
  const changed = () => {
    const resume = wake;
    wake = undefined;
    resume?.();
  };
  worker.on("message", (message: FromCovarianceWorker) => {
    if ("added" in message) {
      pending--;
      report(message.added);
    } else {
      moments = message.moments;
    }
    changed();
  });
  worker.on("error", (error) => {
    failure = error;
    changed();
  });
  worker.on("exit", (code) => {
    failure ??= new Error(`a covariance worker stopped early (exit code ${code})`);
    changed();
  });
  /** Resolves once `ready()` holds; rejects as soon as the worker fails. */
  const until = async (ready: () => boolean) => {
    while (failure === undefined && !ready()) await new Promise<void>((resolve) => (wake = resolve));
    if (failure !== undefined) throw failure;
  };
  return {
    async send(batch, onAdded) {
      report = onAdded;
      await until(() => pending < IN_FLIGHT);
      const { buffer } = batch;
      const owned = buffer instanceof ArrayBuffer && batch.byteOffset === 0 && batch.byteLength === buffer.byteLength;
      const rows = owned ? batch : batch.slice();
      pending++;
      worker.postMessage({ rows } satisfies ToCovarianceWorker, [rows.buffer as ArrayBuffer]);
    },
    async finish(onAdded) {
      report = onAdded;
      await until(() => pending === 0);
      worker.postMessage({ finish: true } satisfies ToCovarianceWorker);
      await until(() => moments !== undefined);
      return CovarianceAccumulator.fromMoments(moments as CovarianceMoments);
    },
    async stop() {
      worker.removeAllListeners("exit");
      await worker.terminate();
    },
  };
}

/**
 * A worker running covariance-worker: the built .js beside this file or, when this file runs from
 * source (vitest, tsx: only in this repository), the .ts through tsx's loader, registered in the worker
 * (Node 20 does not pass `--import` on to workers), with the workspace's source export condition.
 */
function newWorker(dimension: number): Worker {
  const here = import.meta.url;
  if (!here.endsWith(".ts")) return new Worker(new URL("./covariance-worker.js", here), { workerData: { dimension } });
  const tsx = new URL("dist/esm/api/index.mjs", pathToFileURL(createRequire(here).resolve("tsx/package.json"))).href;
  const worker = new URL("./covariance-worker.ts", here).href;
  const code = `import(${JSON.stringify(tsx)}).then(({ register }) => { register(); return import(${JSON.stringify(worker)}); });`;
  return new Worker(code, { eval: true, workerData: { dimension }, execArgv: ["--conditions=@klsched/source"] });
}
