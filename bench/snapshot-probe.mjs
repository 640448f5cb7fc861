// Experiment (issue 15, wave 12; see docs/ENGINE.md 12, "User-land start-up snapshot"): how much of
// a kernel start Node 20's user-land snapshot would save. Not a product path: it evaluates the
// kernel worker's modules (as dist/worker.js does) inside `node --build-snapshot`, and the snapshot's
// main function runs one .py file through the Kernel on the main thread (no Ctrl-C, no memory
// limit, exit status 0). Build, then run:
//   node scripts/build.mjs && node bench/snapshot-probe.mjs
//   node --snapshot-blob dist/snapshot-probe.blob examples/mnist_softmax.py
// What the snapshot builder refuses, and the stand-ins used here (which a real path would have to
// replace by making the module state lazy): SharedArrayBuffer is not defined while building (two
// module-level Int32Arrays, engine/memory.ts `pause` and time.sleep's cell, become non-shared, so
// Atomics.wait on them would throw after deserializing); a TextDecoder that has decoded holds an
// ICU converter V8 cannot serialize (fflate decodes at load), so decoders are made at first use
// after deserializing; WebAssembly is not defined while building (long.js falls back to its JS
// multiply, as it already does when wasm fails).
import * as esbuild from 'esbuild';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { root, targets } from '../scripts/build.mjs';

const script = path.join(root, 'dist', 'snapshot-probe.js');
const blob = path.join(root, 'dist', 'snapshot-probe.blob');

const prelude = `
if (typeof SharedArrayBuffer === 'undefined') globalThis.SharedArrayBuffer = ArrayBuffer;
{ const RealTextDecoder = TextDecoder; let building = true;
  globalThis.TextDecoder = class TextDecoder {
    constructor(...args) { this.args = args; this.real = null; }
    decoder() { return building ? new RealTextDecoder(...this.args) : (this.real ??= new RealTextDecoder(...this.args)); }
    decode(...args) { return this.decoder().decode(...args); }
    get encoding() { return this.decoder().encoding; }
  };
  require('node:v8').startupSnapshot.addDeserializeCallback(() => { building = false; }); }
`;

const entry = `
import '../src/python/modules/standard';
import { setMemoryBudget } from '../src/engine';
import { installNodeHost } from '../src/node';
import { Kernel } from '../src/worker/kernel';
import { installThreadPool } from '../src/worker/threadPool';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { startupSnapshot } from 'node:v8';

startupSnapshot.setDeserializeMainFunction(() => {
  const file = path.resolve(process.argv[process.argv.length - 1]);
  setMemoryBudget(Math.floor(os.totalmem() / 2));
  installNodeHost();
  installThreadPool();
  const kernel = new Kernel(new Int32Array(new SharedArrayBuffer(4)), (msg: any) => {
    if (msg.type === 'stdout') process.stdout.write(msg.text);
    else if (msg.type === 'stderr') process.stderr.write(msg.text);
    else if (msg.type === 'done' && msg.result.status !== 'ok') process.stderr.write(JSON.stringify(msg.result) + '\\n');
  }, { scriptPath: file, cwd: path.dirname(file), roots: [path.dirname(file), process.cwd(), os.tmpdir()], args: [] });
  kernel.handle({ type: 'run', id: 1, source: fs.readFileSync(file, 'utf8'), filename: file, displayLast: false });
  setImmediate(() => process.exit(0));
});
`;

await esbuild.build({
  ...targets.worker, entryPoints: undefined, sourcemap: false, absWorkingDir: root, outfile: script,
  stdin: { contents: entry, resolveDir: path.join(root, 'bench'), sourcefile: 'snapshot-probe-entry.ts', loader: 'ts' },
  banner: { js: prelude },
});
const started = Date.now();
execFileSync(process.execPath, ['--snapshot-blob', blob, '--build-snapshot', script], { cwd: path.dirname(script), stdio: ['ignore', 'ignore', 'inherit'] });
process.stderr.write(`[snapshot-probe] ${path.relative(root, blob)}: ${(fs.statSync(blob).size / 1048576).toFixed(1)} MB, built in ${Date.now() - started} ms\n`);
