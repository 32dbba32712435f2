/**
 * The page's side of the worker: sends requests, passes on the responses of the latest computation and
 * drops stale ones, and restarts the worker when a computation nobody wants any more holds it.
 */
import type { ComputeRequest, LoadResult, WorkerRequest, WorkerResponse } from "./protocol";

/** A compute request without its envelope. */
export type ComputeInput = Omit<ComputeRequest, "type" | "id">;

/** What the page hears: responses of its latest computation only. */
export type ComputeResponse = Exclude<WorkerResponse, LoadResult | { type: "busy" | "idle" }>;

/** Runs the playground's computations in a worker, newest request first. */
export class PlaygroundWorker {
  #worker: Worker | undefined;
  #nextId = 1;
  #latestCompute = 0;
  /** The request the worker is working on, if any. */
  #running: number | undefined;
  /** The newest request the worker has begun. */
  #lastStarted = 0;
  #watchdog: ReturnType<typeof setTimeout> | undefined;
  readonly #loads = new Map<number, (result: LoadResult) => void>();
  readonly #onResponse: (response: ComputeResponse) => void;
  readonly #graceMs: number;

  /**
   * `graceMs`: how long a superseded computation may keep the worker from starting a newer request before
   * the worker is restarted (which loses what it had cached).
   */
  constructor(onResponse: (response: ComputeResponse) => void, graceMs: number) {
    this.#onResponse = onResponse;
    this.#graceMs = graceMs;
  }

  /** Starts a computation and returns its id; responses of older computations are dropped from now on. */
  compute(input: ComputeInput): number {
    const id = this.#nextId++;
    this.#latestCompute = id;
    this.#send({ type: "compute", id, ...input });
    return id;
  }

  /** Asks the worker to drop its current computation at its next check; responses to it are dropped now. */
  cancel(): void {
    const id = this.#nextId++;
    this.#latestCompute = id;
    this.#send({ type: "cancel", id });
  }

  /** Reads an uploaded file in the worker (a covariance's eigenvalues take a while). */
  load(name: string, bytes: ArrayBuffer): Promise<LoadResult> {
    const id = this.#nextId++;
    return new Promise((resolve) => {
      this.#loads.set(id, resolve);
      this.#send({ type: "load", id, name, bytes }, [bytes]);
    });
  }

  /** Stops the worker for good. */
  dispose(): void {
    clearTimeout(this.#watchdog);
    this.#worker?.terminate();
    this.#worker = undefined;
  }

  #send(request: WorkerRequest, transfer: Transferable[] = []): void {
    const held = this.#running !== undefined;
    this.#ensureWorker().postMessage(request, transfer);
    clearTimeout(this.#watchdog);
    if (held && request.type === "compute") {
      // The worker looks for newer requests between sweep cells; when one cell runs long, start afresh.
      this.#watchdog = setTimeout(() => {
        if (this.#latestCompute === request.id && this.#lastStarted < request.id) this.#restart(request);
      }, this.#graceMs);
    }
  }

  #restart(request: WorkerRequest): void {
    this.#worker?.terminate();
    this.#worker = undefined;
    this.#running = undefined;
    for (const [id, resolve] of this.#loads) {
      resolve({ type: "load-error", id, message: "Reading the file was interrupted; upload it again." });
    }
    this.#loads.clear();
    this.#ensureWorker().postMessage(request);
  }

  #ensureWorker(): Worker {
    if (this.#worker !== undefined) return this.#worker;
    const worker = new Worker(new URL("./worker.ts", import.meta.url), { type: "module", name: "klsched-playground" });
    worker.onmessage = (event: MessageEvent<WorkerResponse>) => this.#receive(event.data);
    worker.onerror = (event) => {
      event.preventDefault();
      this.dispose();
      this.#running = undefined;
      const message = `The computation stopped (${event.message || "worker error"}); change an input to try again.`;
      this.#onResponse({
        type: "result",
        id: this.#latestCompute,
        fieldErrors: [{ field: "spectrum", message }],
        d: null,
        spectrumLabel: "",
        processLabel: "",
        samplerName: "",
        rows: [],
        levels: [],
        computeMs: 0,
      });
    };
    this.#worker = worker;
    return worker;
  }

  #receive(response: WorkerResponse): void {
    switch (response.type) {
      case "busy":
        this.#running = response.id;
        this.#lastStarted = Math.max(this.#lastStarted, response.id);
        return;
      case "idle":
        if (this.#running === response.id) this.#running = undefined;
        return;
      case "loaded":
      case "load-error":
        this.#loads.get(response.id)?.(response);
        this.#loads.delete(response.id);
        return;
      default:
        if (response.id === this.#latestCompute) this.#onResponse(response);
    }
  }
}
