// np.set_printoptions: printing already follows NumPy 1.x's defaults (what legacy='1.25' and
// legacy=False print); the options that would change it are not implemented and say so.
import type { PyValue } from '../../objects/core';
import { unsupportedArgument } from '../../../engine';
import type { TableEntry } from '../../bind';
import { npEntry } from './args';

const DEFAULTS_ONLY = "printing uses NumPy's default options";
const option = (name: string) => ({ name, default: null, unsupported: DEFAULTS_ONLY }) as const;

export const PRINTING: readonly TableEntry[] = [
  npEntry({
    name: 'np.set_printoptions', doc: 'Set printing options (only the default printing is implemented).',
    params: [
      option('precision'), option('threshold'), option('edgeitems'), option('linewidth'), option('suppress'),
      option('nanstr'), option('infstr'), option('formatter'), option('sign'), option('floatmode'),
      { name: 'legacy', default: null, kind: 'keyword', doc: "False or '1.25': both print as Gradbook does" },
    ],
  }, a => {
    const legacy = a.legacy as PyValue;
    if (legacy !== null && legacy !== false && legacy !== '1.25') throw unsupportedArgument('set_printoptions', 'legacy', "only False and '1.25'");
    return null;
  }),
];
