// tf.compat's text helpers (TF 1.15, tensorflow/python/util/compat.py), Python 3 flavour: as_bytes
// encodes str (bytearray becomes bytes), as_text/as_str decode bytes, as_str_any is str() of
// anything but bytes. Anything else is TF's TypeError "Expected binary or unicode string, got …".
import type { PyValue } from '../../../objects/core';
import type { PyClass } from '../../../objects/pyclass';
import { entry, TableEntry } from '../../../bind';
import { typeError } from '../../../exceptions';
import { T } from '../../../objects/types';
import { bytearrayType, bytesType, PyBytes, bytesOf } from '../../../runtime/bytes';
import { callMethod } from '../../../runtime/call';
import { repr, str } from '../../../runtime/repr';
import { typeOf } from '../../../runtime/type-name';

const isA = (v: PyValue, cls: PyClass) => typeOf(v).isSubclassOf(cls);
const notText = (v: PyValue) => typeError(`Expected binary or unicode string, got ${repr(v)}`);

function asBytes(v: PyValue, encoding: PyValue): PyValue {
  if (isA(v, bytearrayType)) return new PyBytes(bytesOf(v)!.slice());
  if (isA(v, T.str)) return callMethod(v, 'encode', [encoding], null);
  if (isA(v, bytesType)) return v;
  throw notText(v);
}

function asText(v: PyValue, encoding: PyValue): PyValue {
  if (isA(v, T.str)) return v;
  if (isA(v, bytesType)) return callMethod(v, 'decode', [encoding], null);
  throw notText(v);
}

const textParams = [{ name: 'bytes_or_text', type: 'any' }, { name: 'encoding', default: 'utf-8', type: 'str' }] as const;

export const COMPAT_TABLE: readonly TableEntry[] = [
  entry({ name: 'tf.compat.as_bytes', doc: 'Converts bytearray, bytes, or unicode python input types to bytes (str is encoded with encoding).', params: textParams },
    a => asBytes(a.bytes_or_text as PyValue, a.encoding)),
  entry({ name: 'tf.compat.as_text', doc: 'Converts any string-like python input types to unicode (bytes are decoded with encoding).', params: textParams },
    a => asText(a.bytes_or_text as PyValue, a.encoding), { aliases: ['tf.compat.as_str'] }),
  entry({ name: 'tf.compat.as_str_any', doc: 'Converts input to str type: bytes are decoded as UTF-8, anything else is str(value).', params: [{ name: 'value', type: 'any' }] },
    a => { const v = a.value as PyValue; return isA(v, bytesType) ? asText(v, 'utf-8') : str(v); }),
];
