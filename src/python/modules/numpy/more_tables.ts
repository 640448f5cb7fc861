// The NumPy tables beyond bound.ts (file I/O, linalg, splitting) and the NumPy 1.x type
// aliases, installed into each numpy module by one call so index.ts stays a list of parts.
import type { PyModule } from '../../objects/callables';
import { T } from '../../objects/types';
import { installTable, TableEntry } from '../../bind';
import { NUMPY_TEXT_IO_TABLE } from './io_text';
import { NUMPY_BINARY_IO_TABLE, npzFileClass } from './io_binary';
import { LINALG_TABLE, LinAlgErrorClass } from './linalg_bound';
import { SPLIT_TABLE } from './split_bound';
import { CHAR_TABLE, MEMBERSHIP_TABLE } from './char_bound';
import { VisibleDeprecationWarning } from './object_array';
import { bytesScalarClass, strScalarClass } from './str_dtype';

export const NUMPY_MORE_TABLES: readonly TableEntry[] = [...NUMPY_TEXT_IO_TABLE, ...NUMPY_BINARY_IO_TABLE, ...LINALG_TABLE, ...SPLIT_TABLE, ...CHAR_TABLE, ...MEMBERSHIP_TABLE];

/**
 * NumPy 1.x (before 1.24) re-exported Python's builtin types under these names; TF1-era code
 * writes `dtype=np.float` and `np.int(x)`. They are the builtins themselves, as they were.
 */
const BUILTIN_ALIASES = { float: T.float, int: T.int, bool: T.bool, object: T.object, str: T.str, long: T.int, unicode: T.str };

export function installMoreNumpy(mod: PyModule): void {
  installTable(mod, NUMPY_MORE_TABLES);
  for (const [name, cls] of Object.entries(BUILTIN_ALIASES)) mod.set(name, cls);
  mod.set('NpzFile', npzFileClass);
  // np.object_ is a scalar type of its own in NumPy; here it is `object`, which names the same
  // dtype everywhere a dtype is accepted (object arrays hold plain Python objects).
  mod.set('object_', T.object);
  // The string scalar types name the string dtypes (dtype=np.str_, a.dtype.type is np.str_);
  // NumPy 1.x also called them unicode_ and string_. Elements of string arrays are plain str/bytes.
  mod.set('str_', strScalarClass).set('unicode_', strScalarClass).set('bytes_', bytesScalarClass).set('string_', bytesScalarClass);
  mod.set('VisibleDeprecationWarning', VisibleDeprecationWarning);
  (mod.dict.get('linalg') as PyModule).set('LinAlgError', LinAlgErrorClass);
}
