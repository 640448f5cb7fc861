// The kernel worker thread (dist/worker.js), started by the kernel process's main thread
// (processMain.ts): sets the memory budget, then hands every message to the Kernel.
import { getHeapStatistics } from 'node:v8';
import { parentPort, workerData } from 'node:worker_threads';
import { setMemoryBudget } from '../engine/memory';
import '../python/modules/standard';
import type { HostMessage, WorkerMessage, WorkerStartData } from '../shared/protocol';
import { Kernel } from './kernel';

const MB = 1024 * 1024;
const port = parentPort!;
const start = workerData as WorkerStartData;
const send = (msg: WorkerMessage) => port.postMessage(msg);

setMemoryBudget(start.memoryBudgetBytes);
const kernel = new Kernel(new Int32Array(start.control), send);
port.on('message', (msg: HostMessage) => kernel.handle(msg));
send({ type: 'ready', heapLimitMb: Math.round(getHeapStatistics().heap_size_limit / MB), memoryBudgetMb: Math.round(start.memoryBudgetBytes / MB) });
