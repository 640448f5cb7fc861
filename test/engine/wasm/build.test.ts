// The committed gemm_wasm.ts must be a fresh compile of gemm.wat (run scripts/build-wasm.mjs).
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';

const ROOT = path.join(__dirname, '..', '..', '..');

describe('wasm kernel build', function () {
  this.timeout(20000);
  it('gemm_wasm.ts and gemm_shared_wasm.ts are up to date with gemm.wat', async () => {
    // The build script is an ES module; import it the way Node would.
    const url = require('url').pathToFileURL(path.join(ROOT, 'scripts', 'build-wasm.mjs')).href;
    const build = await (new Function('u', 'return import(u)'))(url);
    for (const m of build.wasmModules) {
      const fresh = build.generatedSource(m, await build.compileWat(m.wat, m.shared));
      const committed = fs.readFileSync(path.join(ROOT, 'src/engine/kernels/wasm', m.out), 'utf8');
      assert.equal(committed, fresh, `${m.out} is stale: run node scripts/build-wasm.mjs`);
    }
  });
  it('the module validates with SIMD', () => {
    const { GEMM_WASM_BASE64 } = require('../../../src/engine/kernels/wasm/gemm_wasm');
    const { decodeBase64 } = require('../../../src/engine/kernels/wasm/base64');
    const bytes = decodeBase64(GEMM_WASM_BASE64);
    assert.deepEqual(Array.from(bytes), Array.from(Buffer.from(GEMM_WASM_BASE64, 'base64')));
    assert.equal(WebAssembly.validate(bytes), true);
  });
});
