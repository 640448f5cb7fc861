// The kernel process's main thread (dist/kernel.js, started by src/kernel/childKernel.ts). It runs
// no Python: it starts the kernel worker thread within the memory budget (kernelThread.ts), relays
// messages both ways, and sets the worker's interrupt flag when the host asks. A fatal V8 error in
// the worker ends this process, not the host. `gradbook run` hosts the same worker thread in its
// own process instead (src/kernel/threadKernel.ts), starting it from this file too.
// The worker thread starts from this same small file and loads dist/worker.js through V8's code
// cache (codeCache.ts): compiling the 3.6 MB bundle was ~180 ms of every kernel start.
import * as path from 'node:path';
import { isMainThread } from 'node:worker_threads';
import { requireWithCodeCache } from './codeCache';
import { KernelThread } from './kernelThread';
import { memoryLimitFromArgv, sessionFromArgv, type KernelFatalEvent, type ProcessMessage, type ProcessRequest } from '../shared/protocol';

if (isMainThread) startKernelProcess();
else requireWithCodeCache(path.join(__dirname, 'worker.js'));

function startKernelProcess(): void {
  const memoryLimitMb = memoryLimitFromArgv(process.argv.slice(2)) ?? 4096;
  const send = (msg: ProcessMessage, then?: () => void) => process.send!(msg, undefined, undefined, then);
  const thread = new KernelThread(__filename, memoryLimitMb, sessionFromArgv(process.argv.slice(2)), {
    message: (msg) => send(msg),
    fatal: (fatal: KernelFatalEvent) => send(fatal, () => process.exit(1)),
    // The host keeps the process's stderr for its log.
    log: (text) => process.stderr.write(text),
  });
  process.on('message', (msg: ProcessRequest) => thread.send(msg));

  // The host going away (window closed, extension host crashed) ends the kernel with it.
  process.on('disconnect', () => process.exit(0));
  // A terminal's Ctrl-C reaches the whole process group; the host decides what it means.
  process.on('SIGINT', () => undefined);
}
