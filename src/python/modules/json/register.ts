// `_json`: the encoder and decoder json/__init__.py (Python source, for the class API) calls.
import { PyValue } from '../../objects/core';
import { PyModule } from '../../objects/callables';
import { typeError } from '../../exceptions';
import { parseArgs } from '../../builtins/args';
import { truthy } from '../../runtime/truth';
import { typeOf } from '../../runtime/type-name';
import { registerModule } from '../registry';
import { encode, encodeString } from './encode';
import { decode, JSONDecodeError } from './decode';

const ENCODE_PARAMS = ['obj', 'skipkeys', 'ensure_ascii', 'check_circular', 'allow_nan', 'sort_keys', 'indent', 'item_separator', 'key_separator', 'default'];
const DECODE_PARAMS = ['s', 'object_hook', 'object_pairs_hook', 'parse_float', 'parse_int', 'parse_constant', 'strict'];

function indentText(v: PyValue): string | null {
  if (v === null) return null;
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return ' '.repeat(Math.max(0, v));
  throw typeError(`indent must be None, an int or a str, not ${typeOf(v).name}`);
}

registerModule('_json', () => {
  const m = new PyModule('_json');
  m.def('encode', (args, kw) => {
    const a = parseArgs('encode', args, kw, ENCODE_PARAMS, ENCODE_PARAMS.length);
    const flag = (i: number) => truthy(a[i]!);
    return encode(a[0]!, {
      skipkeys: flag(1), ensureAscii: flag(2), checkCircular: flag(3), allowNan: flag(4), sortKeys: flag(5),
      indent: indentText(a[6]!), itemSeparator: String(a[7]), keySeparator: String(a[8]), default: a[9]!,
    });
  });
  m.def('decode', (args, kw) => {
    const a = parseArgs('decode', args, kw, DECODE_PARAMS, DECODE_PARAMS.length);
    return decode(String(a[0]), { objectHook: a[1]!, objectPairsHook: a[2]!, parseFloat: a[3]!, parseInt: a[4]!, parseConstant: a[5]!, strict: truthy(a[6]!) });
  });
  m.def('encode_basestring_ascii', args => encodeString(String(args[0]), true));
  m.def('encode_basestring', args => encodeString(String(args[0]), false));
  m.set('JSONDecodeError', JSONDecodeError);
  return m;
});
