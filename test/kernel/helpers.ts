// Builds the real kernel bundles (dist/kernel.js and dist/worker.js, into a temporary folder) once
// per test run, and records what a cell sends, so tests read a cell's events in the order they arrived.
import * as esbuild from 'esbuild';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { MimeBundle } from '../../src/shared/mimes';
import type { TrainingProgress } from '../../src/shared/protocol';
import { KernelClient, type CellSink, type KernelClientOptions } from '../../src/kernel/kernelClient';

const root = path.resolve(__dirname, '../..');
let built: string | undefined;

/** The path of a freshly built kernel.js (its worker.js beside it). */
export function buildKernel(): string {
  if (built) return built;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gradbook-kernel-test-'));
  const common = { absWorkingDir: root, bundle: true, platform: 'node' as const, format: 'cjs' as const, target: 'node20', logLevel: 'error' as const };
  esbuild.buildSync({ ...common, entryPoints: ['src/worker/processMain.ts'], outfile: path.join(dir, 'kernel.js') });
  esbuild.buildSync({ ...common, entryPoints: ['src/worker/main.ts'], outfile: path.join(dir, 'worker.js') });
  // The plot renderer's files, where the bundles look for them (as scripts/build.mjs places them in dist/).
  fs.mkdirSync(path.join(dir, 'plots'));
  fs.copyFileSync(path.join(root, 'media', 'fonts', 'DejaVuSans.ttf'), path.join(dir, 'plots', 'DejaVuSans.ttf'));
  fs.copyFileSync(path.join(root, 'node_modules', '@resvg', 'resvg-wasm', 'index_bg.wasm'), path.join(dir, 'plots', 'resvg.wasm'));
  // The bundled MNIST digits, found by walking up from the bundle as from dist/ in the package.
  fs.cpSync(path.join(root, 'data', 'mnist'), path.join(dir, 'data', 'mnist'), { recursive: true });
  built = path.join(dir, 'kernel.js');
  return built;
}

/**
 * A kernel as the extension makes one, with a small memory budget by default: tests share the
 * machine, and a budget of 1 GB still holds every program they run.
 */
export function pythonKernel(options: Partial<KernelClientOptions> = {}): KernelClient {
  return new KernelClient({ kernelScript: buildKernel(), memoryLimitMb: 1024, ...options });
}

export type Event =
  | { kind: 'started'; order: number } | { kind: 'stdout' | 'stderr'; text: string }
  | { kind: 'display'; data: MimeBundle } | { kind: 'progress'; p: TrainingProgress; at: number }
  | { kind: 'summaries'; data: MimeBundle; stdout: string };

export class RecordingSink implements CellSink {
  events: Event[] = [];
  started(order: number) { this.events.push({ kind: 'started', order }); }
  stdout(text: string) { this.events.push({ kind: 'stdout', text }); }
  stderr(text: string) { this.events.push({ kind: 'stderr', text }); }
  display(data: MimeBundle) { this.events.push({ kind: 'display', data }); }
  progress(p: TrainingProgress) { this.events.push({ kind: 'progress', p, at: performance.now() }); }
  summaries(data: MimeBundle) { this.events.push({ kind: 'summaries', data, stdout: this.text() }); }
  get order() { return (this.events.find((e) => e.kind === 'started') as { order: number } | undefined)?.order; }
  text(kind: 'stdout' | 'stderr' = 'stdout') { return this.events.filter((e) => e.kind === kind).map((e) => (e as { text: string }).text).join(''); }
  get summariesEvents() { return this.events.filter((e) => e.kind === 'summaries').map((e) => e as { data: MimeBundle; stdout: string }); }
  get progressEvents() { return this.events.filter((e) => e.kind === 'progress').map((e) => e as { p: TrainingProgress; at: number }); }
}

export async function until(condition: () => boolean, timeoutMs = 10_000) {
  const end = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > end) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 10));
  }
}
