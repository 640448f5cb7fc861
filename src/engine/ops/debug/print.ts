// tf.Print (the Print op: passes `input` through and writes `message` followed by each data
// tensor's SummarizeValue in brackets) and tf.print's ops (StringFormat builds the text with
// NumPy-like values, PrintV2 writes it). TF writes to the process's stderr; Gradbook's front end
// routes both into the running cell's output (engine/debug/print_sink.ts).
import type { Operation } from '../../graph/operation';
import type { Tensor } from '../../graph/tensor';
import { NDArray } from '../../ndarray';
import { invalidArgument } from '../../errors';
import { op } from '../../formats/graph/op_defs/op_spec';
import { defineApi } from '../../api/api_function';
import { printValue, summarizeValue } from '../../debug/summarize';
import { writePrinted } from '../../debug/print_sink';
import { attr } from '../attrs';
import { convertToTensor, type TensorLike } from '../builder';
import { inScope } from '../math/apply';
import { defineOp, NOT_DIFFERENTIABLE, OpGroup } from '../op_def';
import { OpType } from '../op_types';

export const Print = defineOp({
  type: OpType.Print, family: 'control', inputs: ['input', '*data'],
  attrs: { U: attr.any<string[]>('list(type)', []), message: attr.string(''), first_n: attr.int(-1), summarize: attr.int(3) },
  infer: ([x]) => [{ dtype: x.dtype, shape: x.shape }],
  compute: ([x, ...data], node, rt) => {
    const { message, first_n: firstN, summarize } = node.attrs;
    const count = rt.opState(node, () => ({ printed: 0 }));
    if (firstN < 0 || count.printed < firstN) {
      count.printed++;
      writePrinted('stderr', `${message}${data.map(d => `[${summarizeValue(d, summarize)}]`).join('')}\n`);
    }
    return [x];
  },
  gradient: (node, [g]) => [g, ...node.inputs.slice(1).map(() => null)],
  stateful: true,
  tf: op('Print', 'input: T, data: U', 'output: T', 'T: type; U: list(type); message: string = ""; first_n: int = -1; summarize: int = 3', { stateful: true }),
});

export const StringFormat = defineOp({
  type: OpType.StringFormat, family: 'control', inputs: ['*inputs'],
  attrs: { T: attr.any<string[]>('list(type)', []), template: attr.string('%s'), placeholder: attr.string('%s'), summarize: attr.int(3) },
  infer: () => [{ dtype: 'string', shape: [] }],
  compute: (inputs, node) => {
    const pieces = node.attrs.template.split(node.attrs.placeholder);
    if (pieces.length - 1 !== inputs.length) {
      throw invalidArgument(`Num placeholders in template and num inputs must match: ${pieces.length - 1} vs. ${inputs.length}`);
    }
    let text = pieces[0];
    inputs.forEach((v, i) => { text += printValue(v, node.attrs.summarize) + pieces[i + 1]; });
    return [new NDArray('string', [], [text])];
  },
  gradient: NOT_DIFFERENTIABLE,
  tf: op('StringFormat', 'inputs: T', 'output: string', 'T: list(type) >= 0; template: string = "%s"; placeholder: string = "%s"; summarize: int = 3'),
});

export const PrintV2 = defineOp({
  type: OpType.PrintV2, family: 'control', inputs: ['input'],
  attrs: { output_stream: attr.string('stderr'), end: attr.string('\n') },
  infer: () => [],
  compute: ([text], node) => {
    const stream = node.attrs.output_stream === 'stdout' ? 'stdout' : 'stderr';
    writePrinted(stream, `${(text.data as string[])[0]}${node.attrs.end}`);
    return [];
  },
  gradient: NOT_DIFFERENTIABLE,
  stateful: true,
  tf: op('PrintV2', 'input: string', '', 'output_stream: string = "stderr"; end: string = "\\n"', { stateful: true }),
});

/** tf.Print(input_, data, message, first_n, summarize): `input_` again, printing when it runs. */
export function printOp(input: TensorLike, data: TensorLike[] | null, message: string | null, firstN: number | null, summarize: number | null, name?: string): Tensor {
  return inScope([input], name, 'Print', scope => {
    const x = convertToTensor(input);
    const tensors = (data ?? []).map(d => convertToTensor(d));
    return Print.make1([x, ...tensors], { U: tensors.map(t => t.dtype), message: message ?? '', first_n: firstN ?? -1, summarize: summarize ?? 3 }, scope);
  });
}

/** One piece of tf.print's output: literal text, or a tensor formatted when the op runs. */
export type PrintPart = { text: string } | { tensor: TensorLike };
const PLACEHOLDER = '{}';

/** tf.print's graph: StringFormat of the parts (joined by `sep`), then PrintV2 to `stream`. */
export function printV2(parts: PrintPart[], opts: { stream: 'stdout' | 'stderr'; summarize: number; sep: string; end: string; name?: string }): Operation {
  const tensors: Tensor[] = [];
  const template = parts.map(p => {
    if ('text' in p) return p.text.split(PLACEHOLDER).join('{ }');
    tensors.push(convertToTensor(p.tensor));
    return PLACEHOLDER;
  }).join(opts.sep);
  return inScope(tensors, opts.name, 'PrintV2', scope => {
    const formatted = StringFormat.make1(tensors, { T: tensors.map(t => t.dtype), template, placeholder: PLACEHOLDER, summarize: opts.summarize });
    return PrintV2.make([formatted], { output_stream: opts.stream, end: opts.end }, scope);
  });
}

export const PRINT: OpGroup = {
  ops: [Print, StringFormat, PrintV2],
  api: [defineApi({
    name: 'tf.Print', doc: 'Prints a list of tensors when the op runs (in the cell\'s output); returns input_.',
    params: [
      { name: 'input_', type: 'tensor' }, { name: 'data', type: 'tensors' }, { name: 'message', default: null, type: 'str' },
      { name: 'first_n', default: null, type: 'int' }, { name: 'summarize', default: null, type: 'int' }, { name: 'name', default: null, type: 'name' },
    ],
  }, a => printOp(a.input_, a.data, a.message, a.first_n, a.summarize, a.name ?? undefined))],
};
