// Every builtin type's constructor and method table, as Signatures: docs/API.md lists them
// (bind/catalog.ts) and test/python/bind/builtin_types.test.ts compares them with CPython 3.11's.
import type { Signature } from '../../engine';
// Load order: the tables' bodies import the interpreter, whose modules import these files back;
// entering through the session (as every real caller does) initializes them in the working order.
import '../session';
import { cMethodSignature, CMethod } from './native_methods';
import { TYPE_CONSTRUCTORS } from './constructors';
import { STR_METHODS } from './str-methods';
import { DICT_METHODS, FROZENSET_METHODS, LIST_METHODS, SET_METHODS, TUPLE_METHODS } from './container-methods';
import { INT_METHODS } from './int-methods';
import { FLOAT_COMPARISONS } from './object-methods';
import { BYTES_CONSTRUCTORS, BYTES_METHOD_TABLES } from '../runtime/bytes-methods';

export function builtinConstructorSignatures(): Signature[] {
  return [...Object.values(TYPE_CONSTRUCTORS), ...BYTES_CONSTRUCTORS].map(c => c.signature);
}

export function builtinMethodSignatures(): Signature[] {
  const tables: { owner: string; methods: readonly CMethod<never>[] }[] = [
    { owner: 'str', methods: STR_METHODS as readonly CMethod<never>[] },
    { owner: 'list', methods: LIST_METHODS as readonly CMethod<never>[] },
    { owner: 'tuple', methods: TUPLE_METHODS as readonly CMethod<never>[] },
    { owner: 'dict', methods: DICT_METHODS as readonly CMethod<never>[] },
    { owner: 'set', methods: SET_METHODS as readonly CMethod<never>[] },
    { owner: 'frozenset', methods: FROZENSET_METHODS as readonly CMethod<never>[] },
    { owner: 'int', methods: INT_METHODS as readonly CMethod<never>[] },
    { owner: 'float', methods: FLOAT_COMPARISONS as readonly CMethod<never>[] },
    ...BYTES_METHOD_TABLES,
  ];
  return tables.flatMap(t => t.methods.map(m => cMethodSignature(t.owner, m)));
}
