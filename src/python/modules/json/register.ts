// `_json`: the encoder and decoder json/__init__.py (Python source, for the class API) calls.
import { PyValue } from '../../objects/core';
import { PyModule } from '../../objects/callables';
import { typeError } from '../../exceptions';
import { entry, installTable, TableEntry } from '../../bind';
import { methO } from '../../builtins/c_messages';
import { truthy } from '../../runtime/truth';
import { typeOf } from '../../runtime/type-name';
import { registerModule } from '../registry';
import { encode, encodeString } from './encode';
import { decode, JSONDecodeError } from './decode';

function indentText(v: PyValue): string | null {
  if (v === null) return null;
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return ' '.repeat(Math.max(0, v));
  throw typeError(`indent must be None, an int or a str, not ${typeOf(v).name}`);
}

const P = (name: string) => ({ name });

/**
 * Gradbook's `_json` is not CPython's (which exports make_encoder/make_scanner): json/__init__.py,
 * Gradbook's own Python source, calls encode/decode with every option spelled out.
 */
export const JSON_TABLE: readonly TableEntry[] = [
  entry({
    name: '_json.encode', doc: 'The JSON text of obj (json.dumps and JSONEncoder.encode call it with every option).',
    params: ['obj', 'skipkeys', 'ensure_ascii', 'check_circular', 'allow_nan', 'sort_keys', 'indent', 'item_separator', 'key_separator', 'default'].map(P),
  }, a => encode(a.obj as PyValue, {
    skipkeys: truthy(a.skipkeys as PyValue), ensureAscii: truthy(a.ensure_ascii as PyValue), checkCircular: truthy(a.check_circular as PyValue),
    allowNan: truthy(a.allow_nan as PyValue), sortKeys: truthy(a.sort_keys as PyValue), indent: indentText(a.indent as PyValue),
    itemSeparator: String(a.item_separator), keySeparator: String(a.key_separator), default: a.default as PyValue,
  })),
  entry({
    name: '_json.decode', doc: 'The Python value of a JSON document (json.loads and JSONDecoder.decode call it with every option).',
    params: ['s', 'object_hook', 'object_pairs_hook', 'parse_float', 'parse_int', 'parse_constant', 'strict'].map(P),
  }, a => decode(String(a.s), {
    objectHook: a.object_hook as PyValue, objectPairsHook: a.object_pairs_hook as PyValue, parseFloat: a.parse_float as PyValue,
    parseInt: a.parse_int as PyValue, parseConstant: a.parse_constant as PyValue, strict: truthy(a.strict as PyValue),
  })),
  entry({ name: '_json.encode_basestring_ascii', doc: 'Return an ASCII-only JSON representation of a Python string.', params: [{ name: 's', kind: 'positional' }] },
    a => encodeString(String(a.s), true), { messages: methO() }),
  entry({ name: '_json.encode_basestring', doc: 'Return a JSON representation of a Python string.', params: [{ name: 's', kind: 'positional' }] },
    a => encodeString(String(a.s), false), { messages: methO() }),
];

registerModule('_json', () => {
  const m = new PyModule('_json');
  installTable(m, JSON_TABLE);
  m.set('JSONDecodeError', JSONDecodeError);
  return m;
});
