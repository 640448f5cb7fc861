// Builds the real worker bundle (and the scripted stand-in for Python) once per test run, and
// records what a cell sends, so tests read a cell's events in the order they arrived.
import * as esbuild from 'esbuild';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { MimeBundle } from '../../src/shared/mimes';
import type { TrainingProgress } from '../../src/shared/protocol';
import { KernelClient, type CellSink } from '../../src/worker/kernelClient';

const root = path.resolve(__dirname, '../..');
let built: { workerScript: string; scriptedModule: string } | undefined;

export function buildWorker() {
  if (built) return built;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gradbook-worker-test-'));
  const common = { absWorkingDir: root, bundle: true, platform: 'node' as const, format: 'cjs' as const, target: 'node20', logLevel: 'error' as const };
  esbuild.buildSync({ ...common, entryPoints: ['src/worker/main.ts'], outfile: path.join(dir, 'worker.js') });
  esbuild.buildSync({ ...common, entryPoints: ['test/worker/fixtures/scriptedBackend.ts'], outfile: path.join(dir, 'scripted.js') });
  built = { workerScript: path.join(dir, 'worker.js'), scriptedModule: path.join(dir, 'scripted.js') };
  return built;
}

export const pythonFrontEndExists = fs.existsSync(path.join(root, 'src/python/index.ts'));

export function scriptedKernel(interruptTimeoutMs?: number) {
  const { workerScript, scriptedModule } = buildWorker();
  return new KernelClient({ workerScript, sessionModule: scriptedModule, interruptTimeoutMs });
}

export function pythonKernel(interruptTimeoutMs?: number) {
  return new KernelClient({ workerScript: buildWorker().workerScript, interruptTimeoutMs });
}

export type Event =
  | { kind: 'started'; order: number } | { kind: 'stdout' | 'stderr'; text: string }
  | { kind: 'display'; data: MimeBundle } | { kind: 'progress'; p: TrainingProgress; at: number };

export class RecordingSink implements CellSink {
  events: Event[] = [];
  started(order: number) { this.events.push({ kind: 'started', order }); }
  stdout(text: string) { this.events.push({ kind: 'stdout', text }); }
  stderr(text: string) { this.events.push({ kind: 'stderr', text }); }
  display(data: MimeBundle) { this.events.push({ kind: 'display', data }); }
  progress(p: TrainingProgress) { this.events.push({ kind: 'progress', p, at: performance.now() }); }
  get order() { return (this.events.find((e) => e.kind === 'started') as { order: number } | undefined)?.order; }
  text(kind: 'stdout' | 'stderr' = 'stdout') { return this.events.filter((e) => e.kind === kind).map((e) => (e as { text: string }).text).join(''); }
  get progressEvents() { return this.events.filter((e) => e.kind === 'progress').map((e) => e as { p: TrainingProgress; at: number }); }
}

export async function until(condition: () => boolean, timeoutMs = 10_000) {
  const end = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > end) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 10));
  }
}
