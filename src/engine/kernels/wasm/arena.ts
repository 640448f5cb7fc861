// A first-fit allocator over the kernel module's linear memory. Blocks are 16-byte aligned so
// f32x4 loads of a block's start are aligned. Growing the memory detaches every view into it,
// so the arena grows only while no long-lived view (a tensor buffer handed to the engine) is
// alive; otherwise an allocation that does not fit returns -1 and the caller falls back.

const ALIGN = 16;
const PAGE = 65536;
/** Address 0 stays unused, so 0 is never a valid block. */
const BASE = 1024;

export class Arena {
  /** Free ranges [start, end), sorted by start, never adjacent. */
  private free: { start: number; end: number }[] = [];
  /** Views handed out that a grow would detach. */
  private liveViews = 0;
  /**
   * Pins held by callers that hold a view into an unshared memory for a while (a feed block read
   * by a run's GEMMs, feed_scratch.ts): while any is held the memory does not grow either.
   */
  private pins = 0;
  private readonly viewFinalizer = new FinalizationRegistry<{ ptr: number; bytes: number }>((b) => {
    this.release(b.ptr, b.bytes);
    this.liveViews--;
  });

  /** A shared memory grows without detaching views: tensors may live here (tensor_memory.ts). */
  readonly shared: boolean;
  /**
   * Every SharedArrayBuffer the shared memory has had: each grow gives `memory.buffer` a new, longer
   * SharedArrayBuffer object over the same bytes, and views made before it keep the old object,
   * so `view.buffer === memory.buffer` is false for them although they are in the memory.
   */
  private readonly sharedBuffers = new WeakSet<ArrayBufferLike>();

  constructor(readonly memory: WebAssembly.Memory, initialBytes: number) {
    this.shared = typeof SharedArrayBuffer === 'function' && memory.buffer instanceof SharedArrayBuffer;
    const want = Math.ceil(initialBytes / PAGE);
    const have = memory.buffer.byteLength / PAGE;
    if (want > have) memory.grow(want - have);
    if (this.shared) this.sharedBuffers.add(memory.buffer);
    this.free.push({ start: BASE, end: memory.buffer.byteLength });
  }

  get size(): number { return this.memory.buffer.byteLength; }

  /**
   * Whether `buffer` is this memory's: its current buffer, or (shared memory) one it had before a
   * grow. A typed array over it addresses the memory at its byteOffset.
   */
  owns(buffer: ArrayBufferLike): boolean {
    return buffer === this.memory.buffer || (this.shared && this.sharedBuffers.has(buffer));
  }

  /** A block of at least `bytes`, or -1 when it does not fit and growing is unsafe. */
  alloc(bytes: number): number {
    const size = Math.max(ALIGN, Math.ceil(bytes / ALIGN) * ALIGN);
    let ptr = this.take(size);
    if (ptr < 0 && (this.shared || (this.liveViews === 0 && this.pins === 0))) {
      this.growBy(size);
      ptr = this.take(size);
    }
    return ptr;
  }

  /** Until the matching unpin, allocations that do not fit return -1 instead of growing an unshared memory. */
  pin(): void { this.pins++; }
  unpin(): void { if (this.pins > 0) this.pins--; }
  get pinned(): boolean { return this.pins > 0; }

  release(ptr: number, bytes: number): void {
    const size = Math.max(ALIGN, Math.ceil(bytes / ALIGN) * ALIGN);
    const range = { start: ptr, end: ptr + size };
    let i = 0;
    while (i < this.free.length && this.free[i].start < ptr) i++;
    this.free.splice(i, 0, range);
    // Merge with the neighbours so the arena does not fragment into slivers.
    if (i + 1 < this.free.length && this.free[i + 1].start === range.end) { range.end = this.free[i + 1].end; this.free.splice(i + 1, 1); }
    if (i > 0 && this.free[i - 1].end === range.start) { this.free[i - 1].end = range.end; this.free.splice(i, 1); }
  }

  /**
   * A Float32Array of `length` inside the memory, freed when the view is garbage-collected; null
   * when the arena is full (the caller then uses an ordinary array).
   */
  float32View(length: number): Float32Array | null {
    const bytes = length * 4;
    const ptr = this.alloc(bytes);
    if (ptr < 0) return null;
    const view = new Float32Array(this.memory.buffer, ptr, length);
    if (this.shared) this.sharedBuffers.add(view.buffer);
    this.liveViews++;
    this.viewFinalizer.register(view, { ptr, bytes });
    return view;
  }

  /** Bytes free in total (for tests). */
  freeBytes(): number { return this.free.reduce((s, r) => s + r.end - r.start, 0); }

  private take(size: number): number {
    for (let i = 0; i < this.free.length; i++) {
      const r = this.free[i];
      if (r.end - r.start < size) continue;
      const ptr = r.start;
      r.start += size;
      if (r.start === r.end) this.free.splice(i, 1);
      return ptr;
    }
    return -1;
  }

  private growBy(size: number): void {
    const oldEnd = this.memory.buffer.byteLength;
    // At least double, so a run of growing requests costs few grows.
    const pages = Math.max(Math.ceil(size / PAGE), oldEnd / PAGE);
    try {
      this.memory.grow(pages);
    } catch {
      return; // the engine's limit: callers fall back
    }
    if (this.shared) this.sharedBuffers.add(this.memory.buffer);
    this.release(oldEnd, this.memory.buffer.byteLength - oldEnd);
  }
}
