// Folders say which side of a boundary they are on (DESIGN.md, issue 9). This test reads every import of
// the source tree and fails when a folder reaches across a boundary it must not cross, so the layering
// is checked rather than hoped for.
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';

const SRC = path.resolve(__dirname, '../../src');

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap(entry => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

/** Every module specifier a file imports (static, dynamic and require). */
function importsOf(file: string): string[] {
  const text = fs.readFileSync(file, 'utf8');
  const found: string[] = [];
  const pattern = /(?:from\s+|import\s*\(\s*|require\s*\(\s*|^import\s+)['"]([^'"]+)['"]/gm;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) found.push(m[1]);
  return found;
}

/** The top folder under src/ that a relative import lands in, or the package name. */
function landing(file: string, specifier: string): string {
  if (!specifier.startsWith('.')) return specifier.startsWith('node:') ? specifier.slice(5) : specifier;
  const target = path.resolve(path.dirname(file), specifier);
  return 'src/' + path.relative(SRC, target).split(path.sep)[0];
}

function violations(folder: string, forbidden: (landing: string) => boolean): string[] {
  return sourceFiles(path.join(SRC, folder)).flatMap(file =>
    importsOf(file)
      .filter(spec => forbidden(landing(file, spec)))
      .map(spec => `${path.relative(SRC, file)} imports ${spec}`));
}

describe('source layering', () => {
  it('the engine imports nothing from vscode, the DOM, worker_threads or any layer above it', () => {
    const above = new Set(['src/python', 'src/numpy', 'src/worker', 'src/extension', 'src/kernel', 'src/webviews',
      'src/language', 'src/cli', 'src/renderers', 'src/plots', 'vscode', 'worker_threads']);
    assert.deepEqual(violations('engine', to => above.has(to)), []);
  });

  // The engine is host-agnostic: the host's files, processes and machine come through interfaces
  // (io/file_system.ts, data/file-source.ts + data/host.ts, parallel/backend.ts) whose Node
  // implementations live at the entry-point side (src/node, src/worker). V8's own modules (v8, vm:
  // heap statistics and GC in memory.ts) are the runtime, not the host, and stay allowed.
  const HOST_MODULES = new Set(['fs', 'fs/promises', 'path', 'os', 'child_process', 'zlib', 'net', 'http', 'https',
    'http2', 'tls', 'dgram', 'dns', 'readline', 'cluster', 'process', 'inspector', 'perf_hooks']);
  /** The engine's host-module imports that are not I/O, each with why. */
  const ENGINE_HOST_ALLOWED: Record<string, string> = {
    'engine/memory.ts imports node:os': "os.totalmem(): the default memory budget is half the machine's RAM (no I/O)",
    'engine/formats/tfrecord.ts imports zlib': "TFRecord's GZIP/ZLIB compression of in-memory bytes (a codec, no I/O)",
  };

  it('the engine imports no Node host module (fs, path, os, child_process, zlib, ...) except the listed non-I/O uses', () => {
    const found = violations('engine', to => HOST_MODULES.has(to));
    assert.deepEqual(found.filter(v => !(v in ENGINE_HOST_ALLOWED)), []);
    assert.deepEqual(Object.keys(ENGINE_HOST_ALLOWED).filter(v => !found.includes(v)), [], 'allowlist entries that no longer import it');
  });

  it('the Node host (src/node) depends only on the engine, and only entry points import it', () => {
    assert.deepEqual(violations('node', to => to.startsWith('src/') && to !== 'src/node' && to !== 'src/engine'), []);
    for (const folder of ['engine', 'python', 'numpy', 'plots', 'language', 'kernel', 'extension', 'webviews', 'renderers', 'shared']) {
      assert.deepEqual(violations(folder, to => to === 'src/node'), [], `${folder} imports src/node`);
    }
  });

  it('NumPy core (src/numpy) depends only on the engine', () => {
    const allowed = new Set(['src/numpy', 'src/engine']);
    assert.deepEqual(violations('numpy', to => to.startsWith('src/') && !allowed.has(to)), []);
    assert.deepEqual(violations('numpy', to => to === 'vscode' || to === 'worker_threads'), []);
  });

  it('the Python front end never reaches into VS Code, the worker or the host-side kernel client', () => {
    const forbidden = new Set(['vscode', 'worker_threads', 'src/worker', 'src/extension', 'src/kernel', 'src/webviews']);
    assert.deepEqual(violations('python', to => forbidden.has(to)), []);
  });

  it('the host-side kernel client (src/kernel) runs no Python and no engine code in the extension host', () => {
    const forbidden = new Set(['src/python', 'src/engine', 'src/numpy']);
    assert.deepEqual(violations('kernel', to => forbidden.has(to)), []);
  });
});

// Issue 9's audit (wave 5): what was fixed stays fixed.
describe('issue 9 shape', () => {
  const rel = (file: string) => path.relative(SRC, file).split(path.sep).join('/');

  it('the worker and the Python front end (its bindings under modules/ too) use the engine through src/engine/index.ts only', () => {
    const internal = [...sourceFiles(path.join(SRC, 'worker')), ...sourceFiles(path.join(SRC, 'python'))]
      .flatMap(file => importsOf(file)
        .filter(spec => spec.startsWith('.') && /^engine\/./.test(path.relative(SRC, path.resolve(path.dirname(file), spec)).split(path.sep).join('/')))
        .filter(spec => !/\/engine(\/index)?$/.test(spec))
        .map(spec => `${rel(file)} imports ${spec}`));
    assert.deepEqual(internal, []);
  });

  it('nothing is hand-parsed: the parseArgs/argCount/noKwargs helpers are gone and no Python binding reimplements them', () => {
    assert.ok(!fs.existsSync(path.join(SRC, 'python', 'builtins', 'args.ts')));
    const users = sourceFiles(path.join(SRC, 'python'))
      .filter(file => /\b(parseArgs|argCount|noKwargs)\b/.test(fs.readFileSync(file, 'utf8')))
      .map(rel);
    assert.deepEqual(users, []);
  });

  it('the engine registers ops from the explicit list only: src/engine/index.ts has no side-effect imports', () => {
    const text = fs.readFileSync(path.join(SRC, 'engine', 'index.ts'), 'utf8');
    assert.deepEqual(text.match(/^import\s+['"][^'"]+['"];?$/gm) ?? [], []);
  });

  it('no engine module registers anything when imported: top-level register/install calls are in src/engine/index.ts only', () => {
    const calls = sourceFiles(path.join(SRC, 'engine'))
      .filter(file => rel(file) !== 'engine/index.ts')
      .flatMap(file => (fs.readFileSync(file, 'utf8').match(/^(?:register|install|set)[A-Za-z]*\(.*$/gm) ?? []).map(line => `${rel(file)}: ${line}`));
    assert.deepEqual(calls, []);
  });
});
