// TF1's readers (TextLineReaderV2, WholeFileReaderV2) and ReaderReadV2, ReadFile, CountUpTo
// (limit_epochs). A reader takes the next filename from its queue when its current file is done
// (running the queue's runners as a dequeue does); its state lives in the session. Keys are
// TF's: "<filename>:<line>" (1-based, header lines counted) and the filename for whole files.
import type { Operation } from '../../graph/operation';
import type { Tensor } from '../../graph/tensor';
import { NDArray } from '../../ndarray';
import type { RuntimeContext } from '../../session/runtime';
import { KernelError } from '../../errors';
import { op } from '../../formats/graph/op_defs/op_spec';
import { attr } from '../attrs';
import { convertToTensor, makeOp, TensorLike } from '../builder';
import { defineOp, NOT_DIFFERENTIABLE, OpGroup } from '../op_def';
import { OpType } from '../op_types';
import { awaitElements } from '../../queues/runners';
import { queueOpOf, queueState } from './queue_ops';
import { readKernelFile } from '../../io/kernel_files';
import { splitLines } from '../../data/pipeline/text_lines';
import { recordsOf } from '../../data/pipeline/tf_records';
import { recordCompression } from '../../formats/tfrecord';

interface ReaderState { file: string | null; lines: string[]; next: number; produced: number; keys?: string[] }

const HANDLE = [{ dtype: 'string' as const, shape: [] }];
const readerDef = (type: typeof OpType.TextLineReaderV2 | typeof OpType.WholeFileReaderV2 | typeof OpType.TFRecordReaderV2, extra: Record<string, ReturnType<typeof attr.int> | ReturnType<typeof attr.string>>, extraText: string) => defineOp({
  type, family: 'control', inputs: [], attrs: { container: attr.string(''), shared_name: attr.string(''), ...extra },
  infer: () => HANDLE,
  compute: (_v, o) => [new NDArray('string', [], [o.name])],
  gradient: NOT_DIFFERENTIABLE,
  stateful: true,
  tf: op(type, '', 'reader_handle: resource', `${extraText}container: string = ""; shared_name: string = ""`, { stateful: true }),
});
export const TextLineReaderV2 = readerDef(OpType.TextLineReaderV2, { skip_header_lines: attr.int(0) }, 'skip_header_lines: int = 0; ');
export const WholeFileReaderV2 = readerDef(OpType.WholeFileReaderV2, {}, '');
export const TFRecordReaderV2 = readerDef(OpType.TFRecordReaderV2, { compression_type: attr.string('') }, 'compression_type: string = ""; ');

const scalarString = (s: string) => new NDArray('string', [], [s]);

/** The next filename from the queue (its runners run as needed). */
function nextFile(rt: RuntimeContext, queueHandle: Tensor): string {
  const qop = queueOpOf(queueHandle), q = queueState(rt, qop);
  awaitElements(rt, qop, q, 1);
  return String(q.take(1)[0][0].data[0]);
}

export const ReaderReadV2 = defineOp({
  type: OpType.ReaderReadV2, family: 'control', inputs: ['reader_handle', 'queue_handle'], attrs: {},
  infer: () => [{ dtype: 'string', shape: [] }, { dtype: 'string', shape: [] }],
  compute: (_v, o, rt) => {
    const readerOp: Operation = queueOpOf(o.inputs[0]);
    const state = rt.opState<ReaderState>(readerOp, () => ({ file: null, lines: [], next: 0, produced: 0 }));
    if (readerOp.type === OpType.WholeFileReaderV2) {
      const f = nextFile(rt, o.inputs[1]);
      state.produced++;
      return [scalarString(f), scalarString(readKernelFile(f))];
    }
    if (readerOp.type === OpType.TFRecordReaderV2) {
      // TF's key is "<filename>:<byte offset of the record>".
      while (state.file === null || state.next >= state.lines.length) {
        const f = nextFile(rt, o.inputs[1]);
        const recs = recordsOf(f, recordCompression((readerOp.attrs as { compression_type: string }).compression_type));
        state.file = f;
        state.lines = recs.map(r => r.record);
        state.keys = recs.map(r => `${f}:${r.offset}`);
        state.next = 0;
      }
      const i = state.next++;
      state.produced++;
      return [scalarString(state.keys![i]), scalarString(state.lines[i])];
    }
    const skip = (readerOp.attrs as { skip_header_lines: number }).skip_header_lines;
    while (state.file === null || state.next >= state.lines.length) {
      const f = nextFile(rt, o.inputs[1]);
      state.file = f;
      state.lines = splitLines(readKernelFile(f));
      state.next = Math.min(skip, state.lines.length);
    }
    const line = state.next++;
    state.produced++;
    return [scalarString(`${state.file}:${line + 1}`), scalarString(state.lines[line])];
  },
  gradient: NOT_DIFFERENTIABLE,
  stateful: true,
  tf: op('ReaderReadV2', 'reader_handle: resource, queue_handle: resource', 'key: string, value: string', '', { stateful: true }),
});

export const ReadFile = defineOp({
  type: OpType.ReadFile, family: 'control', inputs: ['filename'], attrs: {},
  infer: () => [{ dtype: 'string', shape: [] }],
  compute: ([f]) => [scalarString(readKernelFile(String(f.data[0])))],
  gradient: NOT_DIFFERENTIABLE,
  stateful: true,
  tf: op('ReadFile', 'filename: string', 'contents: string', ''),
});

export const CountUpTo = defineOp({
  type: OpType.CountUpTo, family: 'state', inputs: ['ref'], attrs: { limit: attr.int(), T: attr.type('int64') },
  infer: ([ref]) => [{ dtype: ref.dtype, shape: ref.shape }],
  compute: ([ref], o) => {
    const before = Number(ref.data[0]);
    if (before >= o.attrs.limit) throw new KernelError('OutOfRangeError', `Reached limit of ${o.attrs.limit}`);
    (ref.data as Float64Array)[0] = before + 1;
    return [new NDArray(ref.dtype, [], ref.dtype === 'int64' ? Float64Array.of(before) : Int32Array.of(before))];
  },
  gradient: NOT_DIFFERENTIABLE,
  stateful: true,
  tf: op('CountUpTo', 'ref: Ref(T)', 'output: T', 'limit: int; T: type', { stateful: true }),
});

export const readerOps = {
  tfRecordReader: (compressionType: string, name: string): Tensor => makeOp(OpType.TFRecordReaderV2, [], { compression_type: compressionType }, name).outputs[0],
  reader: (kind: 'TextLineReader' | 'WholeFileReader', skipHeaderLines: number, name: string): Tensor =>
    makeOp(kind === 'TextLineReader' ? OpType.TextLineReaderV2 : OpType.WholeFileReaderV2, [], kind === 'TextLineReader' ? { skip_header_lines: skipHeaderLines } : {}, name).outputs[0],
  read: (reader: Tensor, queue: Tensor, name: string): Tensor[] => makeOp(OpType.ReaderReadV2, [reader, queue], {}, name).outputs.slice(),
  readFile: (filename: TensorLike, name: string): Tensor => makeOp(OpType.ReadFile, [convertToTensor(filename, 'string', 'filename')], {}, name).outputs[0],
  countUpTo: (ref: Tensor, limit: number, name: string): Tensor => makeOp(OpType.CountUpTo, [ref], { limit, T: ref.dtype }, name).outputs[0],
};

export const READER_OPS: OpGroup = { ops: [TextLineReaderV2, WholeFileReaderV2, TFRecordReaderV2, ReaderReadV2, ReadFile, CountUpTo], api: [] };
