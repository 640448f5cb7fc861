// esbuild plugin: gives resvg's wasm-bindgen loader a synchronous start, `initWasmSync(bytes)`.
// The package only exports `initWasm` (async: WebAssembly.instantiate), so a kernel had to start
// the renderer before its first cell, ~90 ms of CPU and ~18 MB at every start even for programs
// that never plot (cells run synchronously and cannot wait for it). With a synchronous start
// (WebAssembly.Module + Instance, allowed off the browser's main thread) the first figure starts
// it instead (src/plots/render/png.ts). The function is appended to the module, where the
// loader's own internals (imports, finalize) are in scope; a resvg update that renames them
// fails the build here rather than at the first figure.
import fs from 'node:fs';

const needed = ['function __wbg_get_imports(', 'function __wbg_init_memory(', 'function __wbg_finalize_init(', 'var initialized = false;'];

/** resvg's index.mjs (esbuild picks it: the `import` condition) or index.js, with initWasmSync exported. */
export function withSyncInit(source, esm) {
  const missing = [...needed, esm ? 'export {' : 'module.exports = __toCommonJS('].filter((s) => !source.includes(s));
  if (missing.length) throw new Error(`resvg-sync-init: @resvg/resvg-wasm changed (no ${missing.join(', ')})`);
  return `${source}
${esm ? 'export ' : 'module.exports.initWasmSync = '}function initWasmSync(bytes) {
  if (initialized) throw new Error("Already initialized.");
  const imports = __wbg_get_imports();
  __wbg_init_memory(imports);
  const module2 = new WebAssembly.Module(bytes);
  __wbg_finalize_init(new WebAssembly.Instance(module2, imports), module2);
  initialized = true;
}
`;
}

export const resvgSyncInit = {
  name: 'resvg-sync-init',
  setup(build) {
    build.onLoad({ filter: /[\\/]@resvg[\\/]resvg-wasm[\\/]index\.m?js$/ }, (args) => ({
      contents: withSyncInit(fs.readFileSync(args.path, 'utf8'), args.path.endsWith('.mjs')),
      loader: 'js',
    }));
  },
};
