// str(), repr() of arrays and NumPy scalars, laid out as NumPy's array2string does with the
// print options of print_options.ts (NumPy's defaults: linewidth 75, threshold 1000, edgeitems 3).
import { NDArray, stridesOf } from '../../engine/ndarray';
import { DType, NumericArray } from '../../engine/dtypes';
import { NumpyScalar } from '../values';
import { formatFloatScalar, makeFloatFormatter } from './float_format';
import { printOptions } from './print_options';

// dtypes whose values already say what they are, so repr omits `dtype=`.
const IMPLIED_DTYPES: ReadonlySet<DType> = new Set<DType>(['int64', 'float64', 'bool']);

export function arrayStr(a: NDArray): string {
  if (a instanceof NumpyScalar || a.shape.length === 0) return scalarStr(a);
  return array2string(a, ' ', '', '');
}

export function arrayRepr(a: NDArray): string {
  if (a instanceof NumpyScalar) return scalarStr(a);
  const prefix = 'array(';
  const body = array2string(a, ', ', prefix, ')');
  const extras: string[] = [];
  if (a.size === 0 && !(a.shape.length === 1 && a.shape[0] === 0)) extras.push(`shape=(${a.shape.join(', ')}${a.shape.length === 1 ? ',' : ''})`);
  if (!IMPLIED_DTYPES.has(a.dtype) || a.size === 0) extras.push(`dtype=${a.dtype}`);
  if (extras.length === 0) return prefix + body + ')';
  const head = prefix + body + ',';
  const extra = extras.join(', ') + ')';
  const lastLine = head.length - (head.lastIndexOf('\n') + 1);
  const spacer = lastLine + extra.length + 1 > printOptions.linewidth ? '\n' + ' '.repeat(prefix.length) : ' ';
  return head + spacer + extra;
}

/** str() and repr() of a NumPy scalar are the same text in NumPy 1.x. */
export function scalarStr(a: NDArray): string {
  const v = (a.data as NumericArray)[0];
  switch (a.dtype) {
    case 'bool': return v ? 'True' : 'False';
    case 'float16': case 'float32': case 'float64': return formatFloatScalar(v, a.dtype);
    default: return intText(v);
  }
}

/** An integer element's digits: int64 values past 2**53 print their exact double value. */
const intText = (v: number) => (Number.isSafeInteger(v) || !isFinite(v) ? String(v) : BigInt(v).toString());

function array2string(a: NDArray, separator: string, prefix: string, suffix: string): string {
  if (a.size === 0) return '[]';
  const format = makeElementFormatter(a, a.size > printOptions.threshold ? shownValues(a) : (a.data as NumericArray));
  return layoutArray(a, format, separator, prefix, suffix);
}

/**
 * NumPy's _formatArray: nested brackets, summarised past the threshold, rows wrapped at the line
 * width. `format` prints one stored value; object arrays pass an array of positions and a
 * formatter that prints the object at each position.
 */
export function layoutArray(a: NDArray, format: (v: number) => string, separator: string, prefix: string, suffix: string): string {
  if (a.size === 0) return '[]';
  const summarise = a.size > printOptions.threshold;
  const lineWidth = printOptions.linewidth - suffix.length;
  const edgeItems = printOptions.edgeitems;
  const data = a.data as NumericArray;
  if (a.shape.length === 0) return format(data[0]);
  const strides = stridesOf(a.shape);
  const nextLinePrefix = ' ' + ' '.repeat(prefix.length);

  const recurse = (axis: number, offset: number, hanging: string, width: number): string => {
    if (axis === a.shape.length) return format(data[offset]);
    const nextHanging = hanging + ' ';
    const nextWidth = width - 1;
    const len = a.shape[axis];
    const showSummary = summarise && 2 * edgeItems < len;
    const leading = showSummary ? edgeItems : 0;
    const trailing = showSummary ? edgeItems : len;
    const at = (i: number) => offset + (i < 0 ? len + i : i) * strides[axis];
    const axesLeft = a.shape.length - axis;
    let s = '';
    if (axesLeft === 1) {
      const elemWidth = width - Math.max(separator.trimEnd().length, 1);
      let line = hanging;
      const add = (word: string) => {
        const r = extendLine(s, line, word, elemWidth, hanging);
        s = r.s; line = r.line;
      };
      for (let i = 0; i < leading; i++) { add(recurse(axis + 1, at(i), nextHanging, nextWidth)); line += separator; }
      if (showSummary) { add('...'); line += separator; }
      for (let i = trailing; i > 1; i--) { add(recurse(axis + 1, at(-i), nextHanging, nextWidth)); line += separator; }
      add(recurse(axis + 1, at(-1), nextHanging, nextWidth));
      s += line;
    } else {
      const lineSep = separator.trimEnd() + '\n'.repeat(axesLeft - 1);
      for (let i = 0; i < leading; i++) s += hanging + recurse(axis + 1, at(i), nextHanging, nextWidth) + lineSep;
      if (showSummary) s += hanging + '...' + lineSep;
      for (let i = trailing; i > 1; i--) s += hanging + recurse(axis + 1, at(-i), nextHanging, nextWidth) + lineSep;
      s += hanging + recurse(axis + 1, at(-1), nextHanging, nextWidth);
    }
    return '[' + s.slice(hanging.length) + ']';
  };
  return recurse(0, 0, nextLinePrefix, lineWidth);
}

function extendLine(s: string, line: string, word: string, width: number, nextLinePrefix: string) {
  // Wrapping only helps when the line holds more than its indent.
  if (line.length + word.length > width && line.length > nextLinePrefix.length) {
    s += line.trimEnd() + '\n';
    line = nextLinePrefix;
  }
  return { s, line: line + word };
}

function makeElementFormatter(a: NDArray, values: ArrayLike<number>): (v: number) => string {
  switch (a.dtype) {
    case 'bool': {
      const trueText = a.shape.length === 0 ? 'True' : ' True';
      return v => (v ? trueText : 'False');
    }
    case 'float16': case 'float32': case 'float64': return makeFloatFormatter(values, a.dtype);
    case 'string': return v => String(v);
    default: {
      let max = -Infinity, min = Infinity;
      for (let i = 0; i < values.length; i++) { max = Math.max(max, values[i]); min = Math.min(min, values[i]); }
      const width = Math.max(intText(max).length, intText(min).length);
      return v => intText(v).padStart(width, ' ');
    }
  }
}

/** The corner elements a summarised print shows; only they decide the layout. */
function shownValues(a: NDArray): number[] {
  const edgeItems = printOptions.edgeitems;
  const out: number[] = [];
  const strides = stridesOf(a.shape);
  const data = a.data as NumericArray;
  const walk = (axis: number, offset: number) => {
    if (axis === a.shape.length) { out.push(data[offset]); return; }
    const len = a.shape[axis];
    const idx: number[] = [];
    if (len > 2 * edgeItems) {
      for (let i = 0; i < edgeItems; i++) idx.push(i);
      for (let i = len - edgeItems; i < len; i++) idx.push(i);
    } else for (let i = 0; i < len; i++) idx.push(i);
    for (const i of idx) walk(axis + 1, offset + i * strides[axis]);
  };
  walk(0, 0);
  return out;
}
