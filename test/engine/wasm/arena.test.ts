// The arena inside the kernel memory: aligned first-fit blocks, freed ranges merge back, and no
// grow (which would detach views) while a view handed out is alive.
import { strict as assert } from 'assert';
import { Arena } from '../../../src/engine/kernels/wasm/arena';

const PAGE = 65536;

describe('wasm arena', () => {
  it('hands out 16-byte aligned, disjoint blocks and merges freed neighbours', () => {
    const arena = new Arena(new WebAssembly.Memory({ initial: 1 }), 2 * PAGE);
    assert.equal(arena.size, 2 * PAGE);
    const total = arena.freeBytes();
    const a = arena.alloc(10), b = arena.alloc(100), c = arena.alloc(16);
    for (const p of [a, b, c]) assert.equal(p % 16, 0);
    assert.ok(a > 0 && b >= a + 16 && c >= b + 112);
    arena.release(b, 100);
    assert.equal(arena.alloc(96), b, 'first fit reuses the hole');
    arena.release(a, 10); arena.release(b, 96); arena.release(c, 16);
    assert.equal(arena.freeBytes(), total);
    assert.ok(arena.alloc(total) > 0, 'the merged free space is one block again');
  });

  it('grows while no view is alive, and refuses to once one is', () => {
    const memory = new WebAssembly.Memory({ initial: 1 });
    const arena = new Arena(memory, PAGE);
    assert.ok(arena.alloc(3 * PAGE) > 0);
    assert.ok(arena.size >= 4 * PAGE);
    const view = arena.float32View(16)!;
    view.fill(7);
    const before = arena.size;
    assert.equal(arena.alloc(10 * before), -1);
    assert.equal(arena.size, before);
    assert.equal(view.length, 16, 'the view is still attached');
    assert.equal(view[15], 7);
  });

  it('knows its shared memory\'s views after a grow gave the memory a new buffer object', () => {
    const memory = new WebAssembly.Memory({ initial: 1, maximum: 64, shared: true });
    const arena = new Arena(memory, PAGE);
    const view = arena.float32View(1024)!;
    assert.ok(arena.owns(view.buffer));
    assert.ok(arena.alloc(4 * PAGE) > 0);
    assert.notEqual(view.buffer, memory.buffer, 'the grow made a new SharedArrayBuffer object');
    assert.ok(arena.owns(view.buffer), 'a view from before the grow is still in the memory');
    assert.ok(arena.owns(memory.buffer));
    assert.ok(!arena.owns(new SharedArrayBuffer(PAGE)));
    assert.ok(!arena.owns(new Float32Array(4).buffer));
    const own = new Arena(new WebAssembly.Memory({ initial: 1 }), PAGE);
    assert.ok(own.owns((own.memory.buffer)));
    assert.ok(!own.owns(view.buffer));
  });
});
