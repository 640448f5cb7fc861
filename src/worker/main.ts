// The kernel worker thread (dist/worker.js), started by the kernel process's main thread
// (processMain.ts, or `gradbook run`'s own process): sets the memory budget, then hands every
// message to the Kernel. Figures render synchronously; the bundled renderer compiles at the first
// figure, and one that can only start asynchronously starts here, beside the kernel's own start,
// with messages that arrive before it is done waiting for it, so no cell ever finds matplotlib
// unable to draw.
import { getHeapStatistics } from 'node:v8';
import { parentPort, workerData } from 'node:worker_threads';
import { plotRendererStarted } from './plotRendererStart';
import { setMemoryBudget } from '../engine';
import '../python/modules/standard';
import { installNodeHost } from '../node';
import type { HostMessage, WorkerMessage, WorkerStartData } from '../shared/protocol';
import { Kernel } from './kernel';
import { installThreadPool } from './threadPool';

const MB = 1024 * 1024;
const port = parentPort!;
const start = workerData as WorkerStartData;
const send = (msg: WorkerMessage) => port.postMessage(msg);

setMemoryBudget(start.memoryBudgetBytes);
// The engine's host interfaces (the MNIST loader's files) get Node's implementation.
installNodeHost();
// Big GEMMs and convolutions use the machine's cores: the gradbook.kernel.threads setting, else
// GRADBOOK_THREADS, else the cores (1 keeps them on this thread).
installThreadPool(start.session.threads || undefined);
const kernel = new Kernel(new Int32Array(start.control), send, start.session);
let waiting: HostMessage[] | null = [];
const plotsReady = () => {
  const queued = waiting ?? [];
  waiting = null;
  for (const msg of queued) kernel.handle(msg);
};
// Without the renderer the kernel still runs cells; showing a figure then raises a clear error.
const noRenderer = (e: Error) => { console.error(`plot renderer unavailable: ${e.message}`); plotsReady(); };
plotRendererStarted.ready.then(plotsReady, noRenderer);
port.on('message', (msg: HostMessage) => (waiting ? waiting.push(msg) : kernel.handle(msg)));
send({ type: 'ready', heapLimitMb: Math.round(getHeapStatistics().heap_size_limit / MB), memoryBudgetMb: Math.round(start.memoryBudgetBytes / MB) });
