// TF1's mnist DataSet: images and labels in their current (shuffled) order, and `next_batch`
// with TF ≥1.1's exact epoch rules (see tf1-semantics.md §6.3).
import { NDArray, DeferredNDArray } from '../ndarray';
import { PyLikeError, typeError } from '../errors';
import { PermutationRng, RngFactory } from './permutation-rng';
import { mt19937Factory } from './mt19937';
import { rows, concatRows, gatherRows } from './rows';

export type ImageDType = 'float32' | 'uint8';

export interface DataSetOptions {
  dtype?: ImageDType;
  /** Flatten [n, rows, cols, 1] images to [n, rows*cols]. Default true, like TF. */
  reshape?: boolean;
  seed?: number;
  rng?: RngFactory;
}

const FAKE_EXAMPLES = 10000;
const FAKE_IMAGE_SIZE = 784;

// TF computes float32(pixel) * (1.0/255.0) in float32; a table gives the same bits, fast.
export const PIXEL_TO_FLOAT = new Float32Array(256).map((_, k) => Math.fround(k * Math.fround(1 / 255)));

const pyShape = (shape: readonly number[]) => `(${shape.join(', ')}${shape.length === 1 ? ',' : ''})`;

const LITTLE_ENDIAN = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;

// Both scalings below write into a fresh Float32Array, which JavaScript fills with +0.0, and
// PIXEL_TO_FLOAT[0] is +0.0 (all bits zero): a pixel word of four zeros (~72 % of MNIST's words)
// is skipped instead of written. The output must never be a reused or unzeroed buffer.

/** `pixels * (1/255)` as float32, every pixel in order (file order `images`, `mnist.test.images`). */
function toUnitFloat(pixels: NDArray): NDArray {
  const src = pixels.data as Uint8Array;
  const out = new Float32Array(src.length);
  const table = PIXEL_TO_FLOAT;
  let i = 0;
  if (LITTLE_ENDIAN && src.byteOffset % 4 === 0) {
    const words = new Uint32Array(src.buffer, src.byteOffset, src.length >> 2);
    for (let k = 0; k < words.length; k++, i += 4) {
      const v = words[k];
      if (v === 0) continue;
      out[i] = table[v & 255];
      out[i + 1] = table[(v >>> 8) & 255];
      out[i + 2] = table[(v >>> 16) & 255];
      out[i + 3] = table[v >>> 24];
    }
  }
  for (; i < src.length; i++) out[i] = table[src[i]];
  return new NDArray('float32', pixels.shape, out);
}

/**
 * `pixels[perm] * (1/255)` in one pass: rows gathered from the uint8 pixels, scaled to float32.
 * MNIST rows (784 bytes) are whole 32-bit words, so four pixels are read per load: byte loads
 * one at a time ran at ~2.4 ns a pixel, a third of the seed program's training loop.
 */
function gatherUnitFloat(pixels: NDArray, perm: Int32Array): NDArray {
  const src = pixels.data as Uint8Array;
  const w = pixels.shape[0] === 0 ? 0 : pixels.size / pixels.shape[0];
  const out = new Float32Array(perm.length * w);
  if (LITTLE_ENDIAN && w % 4 === 0 && src.byteOffset % 4 === 0) {
    gatherWords(new Uint32Array(src.buffer, src.byteOffset, src.length >> 2), w >> 2, perm, out);
  } else {
    for (let i = 0; i < perm.length; i++) {
      const from = perm[i] * w, to = i * w;
      for (let k = 0; k < w; k++) out[to + k] = PIXEL_TO_FLOAT[src[from + k]];
    }
  }
  return new NDArray('float32', [perm.length, ...pixels.shape.slice(1)], out);
}

/** `out` must be freshly allocated (zero): zero words are skipped. */
function gatherWords(words: Uint32Array, rowWords: number, perm: Int32Array, out: Float32Array): void {
  const table = PIXEL_TO_FLOAT;
  let to = 0;
  for (let i = 0; i < perm.length; i++) {
    const from = perm[i] * rowWords;
    for (let k = 0; k < rowWords; k++, to += 4) {
      const v = words[from + k];
      if (v === 0) continue; // out is fresh, already +0.0 (see above)
      out[to] = table[v & 255];
      out[to + 1] = table[(v >>> 8) & 255];
      out[to + 2] = table[(v >>> 16) & 255];
      out[to + 3] = table[v >>> 24];
    }
  }
}

/**
 * The non-zero pixel words of every row, row by row (~28 % of MNIST's words): where each sits in
 * its row and its value. Built once per pixel array, at its first deferred batch (~1.4 MB for the
 * 5,000 bundled training digits), so a batch writes zeros with one fill and then only these words,
 * with no branch per word: the word-by-word gather above spent most of its time on the
 * unpredictable `v === 0` test and on reading whole rows.
 */
interface NonZeroWords { start: Int32Array; at: Uint8Array | Uint16Array; words: Uint32Array }
const nonZeroIndex = new WeakMap<Uint8Array, NonZeroWords>();

function nonZeroWordsOf(src: Uint8Array, words: Uint32Array, rowWords: number): NonZeroWords {
  let nz = nonZeroIndex.get(src);
  if (nz !== undefined) return nz;
  const rows = rowWords === 0 ? 0 : Math.floor(words.length / rowWords);
  const start = new Int32Array(rows + 1);
  let count = 0;
  for (let r = 0; r < rows; r++) {
    start[r] = count;
    for (let k = r * rowWords, e = k + rowWords; k < e; k++) if (words[k] !== 0) count++;
  }
  start[rows] = count;
  const at = rowWords <= 256 ? new Uint8Array(count) : new Uint16Array(count);
  const values = new Uint32Array(count);
  for (let r = 0, j = 0; r < rows; r++) {
    for (let k = 0; k < rowWords; k++) {
      const v = words[r * rowWords + k];
      if (v !== 0) { at[j] = k; values[j] = v; j++; }
    }
  }
  nz = { start, at, words: values };
  nonZeroIndex.set(src, nz);
  return nz;
}

/** Never written: the source that zeroes memory in a SharedArrayBuffer. */
let zeros = new Float32Array(0);

/**
 * `out.fill(0)`; in a SharedArrayBuffer (the kernel memory with a thread pool) V8's fill stores
 * element by element (~36 µs for 313 KB against ~4 µs unshared), and copying from zeros is faster.
 */
function zeroFill(out: Float32Array): void {
  if (typeof SharedArrayBuffer === 'function' && out.buffer instanceof SharedArrayBuffer) {
    if (zeros.length < out.length) zeros = new Float32Array(out.length);
    out.set(zeros.length === out.length ? zeros : zeros.subarray(0, out.length));
  } else {
    out.fill(0);
  }
}

/** `pixels[perm] * (1/255)` from the non-zero words; `out` is first zeroed unless it already is (+0.0 is PIXEL_TO_FLOAT[0]). */
function gatherNonZero(nz: NonZeroWords, rowWords: number, perm: Int32Array, out: Float32Array, zeroed: boolean): void {
  if (!zeroed) zeroFill(out);
  const table = PIXEL_TO_FLOAT, { start, at, words } = nz;
  for (let i = 0; i < perm.length; i++) {
    const r = perm[i], base = i * rowWords * 4;
    for (let j = start[r], e = start[r + 1]; j < e; j++) {
      const v = words[j], to = base + at[j] * 4;
      out[to] = table[v & 255];
      out[to + 1] = table[(v >>> 8) & 255];
      out[to + 2] = table[(v >>> 16) & 255];
      out[to + 3] = table[v >>> 24];
    }
  }
}

/**
 * A shuffled float32 batch, `pixels[perm] * (1/255)`, built on first read (DeferredNDArray): a
 * training loop that only feeds it has the session gather it straight into its feed memory
 * (session/feed_scratch.ts), so no fresh 313 KB array is allocated, zeroed and collected per
 * batch. The rows are fixed now (a copy of `perm`; `pixels` are the DataSet's private uint8
 * array, never handed out in float32 mode), so whenever it is read it holds the same bits the
 * eager gather gave. Null when the words gather does not apply (the eager path then runs).
 */
function deferredUnitFloat(pixels: NDArray, perm: Int32Array): NDArray | null {
  const src = pixels.data as Uint8Array;
  const w = pixels.shape[0] === 0 ? 0 : pixels.size / pixels.shape[0];
  if (!(LITTLE_ENDIAN && w > 0 && w % 4 === 0 && w <= 4 * 65536 && src.byteOffset % 4 === 0) || !deferredBatches.enabled) return null;
  const nz = nonZeroWordsOf(src, new Uint32Array(src.buffer, src.byteOffset, src.length >> 2), w >> 2);
  const rowsOf = perm.slice();
  return new DeferredNDArray([rowsOf.length, ...pixels.shape.slice(1)], (out, zeroed) => gatherNonZero(nz, w >> 2, rowsOf, out, zeroed));
}

/** Switch for measurements and tests (`GRADBOOK_DEFERRED_BATCH=0` turns it off for a process). */
export const deferredBatches = { enabled: (typeof process !== 'undefined' ? process.env?.GRADBOOK_DEFERRED_BATCH : undefined) !== '0' };

export class DataSet {
  // The arrays in file order, images as the reader's uint8 pixels when float32 was asked for;
  // the current (shuffled) order is `order` over them. Shuffling an index permutation instead of
  // the rows keeps an epoch's reshuffle at 4 bytes per example (copying 5,000 float images every
  // epoch was 18 % of the seed program), and a batch gathers its rows from the uint8 pixels and
  // scales them in one pass: a quarter of the bytes to read, and the float32 copy of the whole
  // set (4 bytes a pixel, 31 MB for the bundled digits) is only built if `images` is read.
  private imagesArray: NDArray | null;
  private labelsArray: NDArray | null;
  private readonly scaleToFloat: boolean;
  /** Row i of the current order is row order[i] of the arrays; null while in file order. */
  private order: Int32Array | null = null;
  private ordered: { images: NDArray; labels: NDArray } | null = null;
  private readonly rng: PermutationRng;
  private indexInEpoch = 0;
  private epochs = 0;
  readonly num_examples: number;

  /**
   * `images` are uint8 [n, rows, cols, 1] as the IDX reader returns them; `labels` [n] class
   * ids or [n, 10] one-hot. Pass `null` for both to build a fake DataSet (TF's fake_data=True).
   */
  constructor(images: NDArray | null, labels: NDArray | null, options: DataSetOptions = {}, readonly fakeOneHot = false) {
    const dtype = options.dtype ?? 'float32';
    if (dtype !== 'float32' && dtype !== 'uint8') {
      throw typeError(`Invalid image dtype tf.${dtype}, expected uint8 or float32`);
    }
    // Like TF, every DataSet (re)seeds its generator at construction.
    this.rng = (options.rng ?? mt19937Factory)(options.seed);
    if (images === null || labels === null) {
      this.imagesArray = this.labelsArray = null;
      this.scaleToFloat = false;
      this.num_examples = FAKE_EXAMPLES;
      return;
    }
    if (images.shape[0] !== labels.shape[0]) {
      throw new PyLikeError('AssertionError', `images.shape: ${pyShape(images.shape)} labels.shape: ${pyShape(labels.shape)}`);
    }
    this.num_examples = images.shape[0];
    let shaped = images;
    if (options.reshape ?? true) {
      if (images.rank !== 4 || images.shape[3] !== 1) throw new PyLikeError('AssertionError', '');
      shaped = images.reshape([images.shape[0], images.shape[1] * images.shape[2]]);
    }
    this.imagesArray = shaped;
    this.scaleToFloat = dtype === 'float32';
    this.labelsArray = labels;
  }

  get isFake(): boolean { return this.imagesArray === null; }
  get images(): NDArray { return this.current().images; }
  get labels(): NDArray { return this.current().labels; }
  get epochs_completed(): number { return this.epochs; }

  /**
   * The next `batchSize` examples as [images, labels]; see tf1-semantics.md §6.3. Batches that do
   * not cross an epoch end are views, as numpy slices are, while the set is in file order; once
   * shuffled, a batch is a copy of its rows (numpy's would be a view of the shuffled copy). A fake DataSet always serves fake
   * batches, where TF would fail on `fake_data=False` for lack of images.
   */
  next_batch(batchSize: number, fakeData = false, shuffle = true): [NDArray, NDArray] {
    if (fakeData || this.isFake) return this.fakeBatch(batchSize);
    const n = this.num_examples;
    const start = this.indexInEpoch;
    if (this.epochs === 0 && start === 0 && shuffle) this.permute();
    if (start + batchSize > n) {
      this.epochs += 1;
      const rest = n - start;
      const [restImages, restLabels] = this.batch(start, n);
      if (shuffle) this.permute();
      this.indexInEpoch = batchSize - rest;
      const [headImages, headLabels] = this.batch(0, this.indexInEpoch);
      // An empty rest (the epoch ended exactly): numpy's concatenate is a new array equal to the
      // head, which once shuffled already is one (gathered, not a view), and may stay deferred.
      if (rest === 0 && this.order !== null) return [headImages, headLabels];
      return [concatRows(restImages, headImages), concatRows(restLabels, headLabels)];
    }
    this.indexInEpoch += batchSize;
    return this.batch(start, this.indexInEpoch);
  }

  /** Rows [start, end) of the current order: views in file order, gathered copies once shuffled. */
  private batch(start: number, end: number): [NDArray, NDArray] {
    if (this.order === null) {
      const { images, labels } = this.current();
      return [rows(images, start, end), rows(labels, start, end)];
    }
    const picked = this.order.subarray(start, end);
    const { images, labels } = this.real();
    const imageBatch = this.scaleToFloat ? deferredUnitFloat(images, picked) ?? gatherUnitFloat(images, picked) : gatherRows(images, picked);
    return [imageBatch, gatherRows(labels, picked)];
  }

  /** The arrays in the current order and dtype, built once per shuffle and only when asked for. */
  private current(): { images: NDArray; labels: NDArray } {
    if (this.ordered) return this.ordered;
    const { images, labels } = this.real();
    const order = this.order;
    if (order === null) {
      this.ordered = { images: this.scaleToFloat ? toUnitFloat(images) : images, labels };
    } else {
      this.ordered = { images: this.scaleToFloat ? gatherUnitFloat(images, order) : gatherRows(images, order), labels: gatherRows(labels, order) };
    }
    return this.ordered;
  }

  private real(): { images: NDArray; labels: NDArray } {
    if (this.imagesArray === null || this.labelsArray === null) {
      throw new PyLikeError('AttributeError', "'DataSet' object has no attribute '_images' (a fake DataSet only serves next_batch)");
    }
    return { images: this.imagesArray, labels: this.labelsArray };
  }

  /**
   * Reorder by one permutation, as TF's `images = images[perm]`: composed onto the current order
   * (earlier batches and `images` arrays handed out stay as they were).
   */
  private permute(): void {
    const perm = this.rng.permutation(this.num_examples);
    const before = this.order;
    this.order = before === null ? perm : perm.map((p) => before[p]);
    this.ordered = null;
  }

  private fakeBatch(batchSize: number): [NDArray, NDArray] {
    const images = new NDArray('float32', [batchSize, FAKE_IMAGE_SIZE], new Float32Array(batchSize * FAKE_IMAGE_SIZE).fill(1));
    if (!this.fakeOneHot) return [images, NDArray.zeros('uint8', [batchSize])];
    const labels = NDArray.zeros('float32', [batchSize, 10]);
    for (let i = 0; i < batchSize; i++) labels.numeric[i * 10] = 1;
    return [images, labels];
  }
}
