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

export const DEBUG_TABLE: readonly TableEntry[] = [
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
