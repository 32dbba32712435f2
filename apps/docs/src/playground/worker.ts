/**
 * The playground's worker: computes off the page's thread so an optimiser that takes seconds (`optimal`
 * with a second-order sampler, say) never freezes the page. The page runs two: one for the table, one for
 * the export and the KL-against-N sweep. A newer request supersedes an older one between sweep cells;
 * the page restarts a worker when a single computation holds it too long.
 */
import { CellMemo, computeExport, computeTable, engineContext, messageOf, sweepPlan } from "./engine";
import type { ComputeRequest, LoadRequest, WorkerRequest, WorkerResponse } from "./protocol";
import { readUploadedSpectrum } from "./spectrum-upload";

interface WorkerScope {
  onmessage: ((event: MessageEvent<WorkerRequest>) => void) | null;
  postMessage(message: WorkerResponse, transfer?: Transferable[]): void;
}

const scope = self as unknown as WorkerScope;
const memo = new CellMemo();
let latest = 0;

scope.onmessage = (event) => {
  const request = event.data;
  latest = request.id;
  scope.postMessage({ type: "busy", id: request.id });
  if (request.type === "cancel") scope.postMessage({ type: "idle", id: request.id });
  else if (request.type === "load") load(request);
  else void compute(request).finally(() => scope.postMessage({ type: "idle", id: request.id }));
};

function load(request: LoadRequest): void {
  try {
    const spectrum = readUploadedSpectrum(request.name, new Uint8Array(request.bytes));
    const values = Float64Array.from(spectrum.eigenvalues);
    scope.postMessage({ type: "loaded", id: request.id, label: spectrum.label, values }, [values.buffer]);
  } catch (error) {
    scope.postMessage({ type: "load-error", id: request.id, message: messageOf(error) });
  }
  scope.postMessage({ type: "idle", id: request.id });
}

async function compute(request: ComputeRequest): Promise<void> {
  if (request.part === "table") {
    const t0 = performance.now();
    const table = computeTable(request, memo);
    scope.postMessage({ ...table, computeMs: performance.now() - t0 });
    return;
  }
  const context = engineContext(request);
  if (Array.isArray(context)) return;
  const t1 = performance.now();
  scope.postMessage({ type: "export", id: request.id, ...computeExport(request, memo), exportMs: performance.now() - t1 });
  const t2 = performance.now();
  for (const cell of sweepPlan(request)) {
    await yieldToEvents();
    if (latest !== request.id) return;
    const result = memo.get(context, cell.strategy, cell.steps);
    scope.postMessage({ type: "sweep-cell", id: request.id, key: cell.key, kl: result.ok ? result.row.kl : null });
  }
  scope.postMessage({ type: "sweep-done", id: request.id, sweepMs: performance.now() - t2 });
}

/** Lets queued messages (a newer request) run; a MessageChannel avoids setTimeout's 4 ms clamping. */
const channel = new MessageChannel();
const waiting: (() => void)[] = [];
channel.port1.onmessage = () => waiting.shift()?.();
function yieldToEvents(): Promise<void> {
  return new Promise((resolve) => {
    waiting.push(resolve);
    channel.port2.postMessage(null);
  });
}
