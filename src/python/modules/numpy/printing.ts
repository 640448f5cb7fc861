// np.set_printoptions / np.get_printoptions. precision, suppress, threshold, edgeitems and
// linewidth change printing (numpy/format/print_options.ts); the options that would change it in
// other ways (formatter, sign, floatmode, nanstr, infstr) are not implemented and say so.
import type { PyValue } from '../../objects/core';
import { PyDict } from '../../objects/containers';
import { PyFloat } from '../../objects/core';
import { typeError, valueError } from '../../exceptions';
import { toNumber, indexValue } from '../../runtime/numbers';
import { truthy } from '../../runtime/truth';
import { unsupportedArgument } from '../../../engine';
import { printOptions, PrintOptions } from '../../../numpy/format/print_options';
import type { TableEntry } from '../../bind';
import { npEntry } from './args';

const NOT_IMPLEMENTED = "printing uses NumPy's default for this option";
const option = (name: string, doc: string) => ({ name, default: null, doc }) as const;
const unsupported = (name: string) => ({ name, default: null, unsupported: NOT_IMPLEMENTED }) as const;

function nonNegativeInt(name: string, v: PyValue): number {
  if (typeof v !== 'number' && typeof v !== 'bigint') throw typeError(`${name} must be an integer`);
  const n = Number(indexValue(v));
  if (n < 0) throw valueError(`${name} must be >= 0`);
  return n;
}

export const PRINTING: readonly TableEntry[] = [
  npEntry({
    name: 'np.set_printoptions', doc: 'Set printing options (precision, suppress, threshold, edgeitems, linewidth).',
    params: [
      option('precision', 'digits after the decimal point of array floats (default 8)'),
      option('threshold', 'arrays with more elements are summarised (default 1000; sys.maxsize or np.inf for never)'),
      option('edgeitems', 'items shown at each end of a summarised axis (default 3)'),
      option('linewidth', 'characters per line (default 75)'),
      option('suppress', 'True prints small floats positionally (as 0.) instead of switching to scientific notation'),
      unsupported('nanstr'), unsupported('infstr'), unsupported('formatter'), unsupported('sign'), unsupported('floatmode'),
      { name: 'legacy', default: null, kind: 'keyword', doc: "False or '1.25': both print as Gradbook does" },
    ],
  }, a => {
    const legacy = a.legacy as PyValue;
    if (legacy !== null && legacy !== false && legacy !== '1.25') throw unsupportedArgument('set_printoptions', 'legacy', "only False and '1.25'");
    const next: PrintOptions = { ...printOptions };
    if (a.precision !== null) next.precision = nonNegativeInt('precision', a.precision as PyValue);
    if (a.threshold !== null) {
      const t = toNumber(a.threshold as PyValue);
      if (Number.isNaN(t)) throw valueError('threshold must be non-NAN, try sys.maxsize for untruncated representation');
      next.threshold = t;
    }
    if (a.edgeitems !== null) next.edgeitems = nonNegativeInt('edgeitems', a.edgeitems as PyValue);
    if (a.linewidth !== null) next.linewidth = nonNegativeInt('linewidth', a.linewidth as PyValue);
    if (a.suppress !== null) next.suppress = truthy(a.suppress as PyValue);
    Object.assign(printOptions, next);
    return null;
  }),
  npEntry({ name: 'np.get_printoptions', doc: 'The current print options as a dict.', params: [] }, () => {
    const d = new PyDict();
    d.set('edgeitems', printOptions.edgeitems);
    d.set('threshold', Number.isFinite(printOptions.threshold) ? printOptions.threshold : new PyFloat(printOptions.threshold));
    d.set('floatmode', 'maxprec');
    d.set('precision', printOptions.precision);
    d.set('suppress', printOptions.suppress);
    d.set('linewidth', printOptions.linewidth);
    d.set('nanstr', 'nan');
    d.set('infstr', 'inf');
    d.set('sign', '-');
    d.set('formatter', null);
    d.set('legacy', false);
    return d;
  }),
];
