// The kernel worker: one per notebook. Runs cells one at a time in a Python session, streams
// their output to the host as it happens, and answers inspection requests between cells.
import { parentPort, workerData } from 'node:worker_threads';
import type { CellOutcome, HostMessage, WorkerMessage, WorkerStartData } from '../shared/protocol';
import { isNone, toMimeBundle } from './display';
import { makeInterruptCheck } from './interrupt';
import { LoopProgressTracker } from './progress';
import { loadPythonBackend, type PythonBackend, type PythonSessionLike } from './pythonSession';
import { findGlobal, snapshotVariables } from './variables';
import { answerGradients, answerGraph, answerTensor } from './inspection';
import { setGlobalsProvider } from './formatters/globals';
import { withLossHistory } from './formatters/training';

const port = parentPort!;
const start = workerData as WorkerStartData;
const control = new Int32Array(start.control);
const send = (msg: WorkerMessage) => port.postMessage(msg);

// eslint-disable-next-line @typescript-eslint/no-require-imports
const backend: PythonBackend | undefined = start.sessionModule ? require(start.sessionModule).backend : loadPythonBackend();

let currentCell = 0;
let session: PythonSessionLike | undefined;
const progress = new LoopProgressTracker(
  (p) => send({ type: 'progress', id: currentCell, progress: withLossHistory(p) }),
  () => session?.lastLoss?.(),
);

if (backend) {
  session = backend.createSession({
    stdout: (text) => send({ type: 'stdout', id: currentCell, text }),
    stderr: (text) => send({ type: 'stderr', id: currentCell, text }),
    display: (value) => send({ type: 'display', id: currentCell, data: toMimeBundle(value, backend.repr) }),
    checkInterrupt: makeInterruptCheck(control),
    loopProgress: (done, total) => progress.step(done, total),
  });
  const s = session;
  // The gradient and tensor views name variables and arrays by the globals bound to them.
  if (s.getGlobal) setGlobalsProvider(() => (s.listGlobals() as { name: string }[]).map((g) => [g.name, s.getGlobal!(g.name)]));
}

const missingFrontEnd: CellOutcome = {
  status: 'error',
  error: {
    ename: 'RuntimeError',
    evalue: 'the Python front end is not built into this kernel yet',
    traceback: ['RuntimeError: the Python front end is not built into this kernel yet'],
  },
};

function runCell(source: string, filename: string): CellOutcome {
  if (!session || !backend) return missingFrontEnd;
  try {
    const r = session.runCell(source, filename);
    if (!r.ok) return { status: 'error', error: { ...r.error, traceback: tracebackLines(r.error.traceback) } };
    return isNone(r.value, backend.repr) ? { status: 'ok' } : { status: 'ok', value: toMimeBundle(r.value, backend.repr) };
  } catch (e) {
    // An exception the front end did not turn into a Python error (e.g. an interrupt thrown
    // from a hook outside any Python frame, or a bug): still show it as a Python-style error.
    return { status: 'error', error: errorFromThrown(e) };
  } finally {
    progress.finish();
  }
}

function tracebackLines(traceback: string[] | string): string[] {
  return Array.isArray(traceback) ? traceback : traceback.replace(/\n$/, '').split('\n');
}

function errorFromThrown(e: unknown) {
  const err = e as { name?: string; message?: string; stack?: string; pyType?: string };
  const ename = err?.pyType ?? err?.name ?? 'Error';
  const evalue = err?.message ?? String(e);
  const head = evalue ? `${ename}: ${evalue}` : ename;
  const internal = err?.pyType ? [] : (err?.stack ?? '').split('\n').slice(1).map((l) => l.trim());
  return { ename, evalue, traceback: [...internal, head] };
}

function emptySnapshot() { return { globals: [], graphVariables: [] }; }

function handle(msg: HostMessage): void {
  switch (msg.type) {
    case 'run': {
      currentCell = msg.id;
      const result = runCell(msg.source, msg.filename);
      send({ type: 'done', id: msg.id, result });
      return;
    }
    case 'variables':
      send({ type: 'variables', id: msg.id, snapshot: session && backend ? snapshotVariables(session, backend) : emptySnapshot() });
      return;
    case 'describe': {
      const text = session && backend ? backend.repr(findGlobal(session, msg.name)) : '';
      send({ type: 'describe', id: msg.id, text });
      return;
    }
    case 'graph': send(answerGraph(msg, { session, backend })); return;
    case 'gradients': send(answerGradients(msg.id)); return;
    case 'tensor': send(answerTensor(msg, { session, backend })); return;
  }
}

port.on('message', handle);
send({ type: 'ready', backend: backend?.name ?? 'none' });
