// Capabilities the engine's fast paths need and Node 20 always has. A test of such a path asserts
// them instead of skipping: a runtime without them (or a module that failed to load) is a failure,
// never a silent skip that would hide a regression.
import { strict as assert } from 'assert';
import { wasmSimdSupported } from '../../src/engine/kernels/wasm/module';

export function assertWasmSimd(): void {
  assert.ok(wasmSimdSupported(), 'the WebAssembly SIMD kernels did not load (kernels/wasm/module.ts); Node 20 always has wasm SIMD');
}

export function assertSharedMemory(): void {
  assert.equal(typeof SharedArrayBuffer, 'function', 'SharedArrayBuffer is missing; Node 20 always has it (the parallel backend needs it)');
}
