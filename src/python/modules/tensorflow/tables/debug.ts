// The Python side of TF's debug tools: tf.print (its output_stream is a Python object, so it is
// bound here over the engine's printV2), and the hooks that connect the engine to the running
// cell: where tf.Print/tf.print write (the cell's streams, not the process's stderr as in TF),
// and which line of the cell created each op (the NaN/Inf origin report and the graph view
// name it).
import type { PyValue } from '../../../objects/core';
import * as tf from '../../../../engine';
import { entry, TableEntry } from '../../../bind';
import { sysStderr, sysStdout, TextStream } from '../../../builtins/io';
import { str } from '../../../runtime/repr';
import { state, moduleFrameFiles, type Frame } from '../../../interpreter/frame';
import type { CompiledCode } from '../../../interpreter/functions';
import { knownSources } from '../../../interpreter/source-registry';
import { isEngineBacked, toEngine } from '../convert';
import { PyNDArray } from '../../numpy/ndarray_object';
import { wrap } from '../wrappers';
import { PyList, PyTuple } from '../../../objects/containers';
import { typeError } from '../../../exceptions';

function streamOf(v: PyValue): 'stdout' | 'stderr' {
  if (v instanceof TextStream) return v.which;
  if (v === 'stdout' || v === 'stderr') return v;
  throw tf.unsupportedArgument('print', 'output_stream', 'only sys.stdout and sys.stderr (the cell\'s output)');
}

function printPart(v: PyValue): tf.PrintPart {
  if (typeof v === 'string') return { text: v };
  if (isEngineBacked(v) || v instanceof PyNDArray) return { tensor: toEngine(v) };
  return { text: str(v) };
}

const itemsOf = (v: PyValue): PyValue[] | null => (v instanceof PyList || v instanceof PyTuple ? v.items : null);

function intList(v: PyValue, what: string): number[] {
  const items = itemsOf(v);
  if (items === null || items.some(d => typeof d !== 'number' && typeof d !== 'bigint')) throw typeError(`${what} must be a list or tuple of ints`);
  return items.map(Number);
}

/** tf.test.compute_gradient's x/x_shape: one tensor and its shape, or lists of both. */
function checkInputs(fn: string, a: Record<string, unknown>): { many: boolean; jacobians: tf.Jacobians[] } {
  if (a.init_targets !== null) throw tf.unsupportedArgument(fn, 'init_targets', 'run the initializers before the check');
  if (a.extra_feed_dict !== null) throw tf.unsupportedArgument(fn, 'extra_feed_dict', 'feed placeholders through x');
  const session = tf.getDefaultSession();
  if (!session) throw tf.valueError(`${fn}() needs a default session: call it inside \`with tf.Session():\``);
  const xItems = itemsOf(a.x as PyValue);
  const many = xItems !== null && xItems.some(isEngineBacked);
  const xs = (many ? xItems! : [a.x as PyValue]).map(v => tf.convertToTensor(toEngine(v)));
  const shapes = many ? (itemsOf(a.x_shape as PyValue) ?? []).map(s => intList(s, 'x_shape')) : [intList(a.x_shape as PyValue, 'x_shape')];
  if (shapes.length !== xs.length) throw tf.valueError(`x has ${xs.length} tensors but x_shape has ${shapes.length} shapes`);
  const init = a.x_init_value === null ? null : (toEngine(a.x_init_value as PyValue) as tf.NDArray);
  const inputs: tf.GradientCheckInput[] = xs.map((x, i) => ({ x, shape: shapes[i], init: many ? null : init }));
  const y = tf.convertToTensor(toEngine(a.y as PyValue));
  return { many, jacobians: tf.computeJacobians(session, inputs, y, intList(a.y_shape as PyValue, 'y_shape'), a.delta as number) };
}

const gradientCheckParams = [
  { name: 'x' }, { name: 'x_shape' }, { name: 'y' }, { name: 'y_shape' },
  { name: 'x_init_value', default: null }, { name: 'delta', default: { float: 0.001 }, type: 'float' },
  { name: 'init_targets', default: null }, { name: 'extra_feed_dict', default: null },
] as const;

export const DEBUG_TABLE: readonly TableEntry[] = [
  entry({ name: 'tf.test.compute_gradient', doc: 'Theoretical and numerical Jacobians ([x_size, y_size] arrays) of y with respect to x, in the default session.', params: [...gradientCheckParams] }, a => {
    const r = checkInputs('compute_gradient', a as Record<string, unknown>);
    const pairs = r.jacobians.map(j => new PyTuple([new PyNDArray(j.theoretical), new PyNDArray(j.numerical)]));
    return r.many ? new PyList(pairs) : pairs[0];
  }),
  entry({ name: 'tf.test.compute_gradient_error', doc: 'The largest |theoretical − numerical| Jacobian entry of y with respect to x, in the default session.', params: [...gradientCheckParams] },
    a => tf.maxJacobianError(checkInputs('compute_gradient_error', a as Record<string, unknown>).jacobians)),
  entry({
    name: 'tf.print', doc: 'Prints the inputs (tensors formatted like NumPy) when the returned op runs, into the cell\'s output.',
    params: [
      { name: 'output_stream', default: { expr: 'sys.stderr' }, kind: 'keyword' },
      { name: 'summarize', default: 3, kind: 'keyword', type: 'int' },
      { name: 'sep', default: ' ', kind: 'keyword', type: 'str' },
      { name: 'end', default: '\n', kind: 'keyword', type: 'str' },
      { name: 'name', default: null, kind: 'keyword', type: 'name' },
    ],
    varargs: 'inputs',
  }, a => wrap(tf.printV2((a.inputs as PyValue[]).map(printPart), {
    stream: a.output_stream === undefined ? 'stderr' : streamOf(a.output_stream as PyValue),
    summarize: a.summarize as number, sep: a.sep as string, end: a.end as string, name: (a.name as string | null) ?? undefined,
  })), { aliases: ['tf.compat.v1.print'] }),
];

/** The file a frame runs (a cell, a user module, a bundled library module). */
function fileOf(f: Frame): string | undefined {
  return f.fn ? (f.fn.code as CompiledCode).filename : moduleFrameFiles.get(f);
}

/** The innermost frame running user code (a cell or a file the session ran), as an op site. */
function currentSite(): tf.OpSite | null {
  for (let d = Math.min(state.depth, state.frames.length - 1); d >= 0; d--) {
    const f = state.frames[d];
    const file = f && fileOf(f);
    if (!file || file.startsWith('gradbook/')) continue;
    const text = knownSources.get(file)?.split('\n')[f.line - 1]?.trim();
    return text === undefined ? { filename: file, line: f.line } : { filename: file, line: f.line, text };
  }
  return null;
}

/** Connects the engine's print sink and op sites to the running session (once, at tf's import). */
export function installDebugHooks(): void {
  tf.setPrintSink((stream, text) => (stream === 'stdout' ? sysStdout : sysStderr).write(text));
  tf.setOpSiteProvider(currentSite);
}
