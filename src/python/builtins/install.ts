// Assembles the builtins namespace once and attaches methods to the builtin types.
import { PyValue } from '../objects/core';
import { PyClass } from '../objects/pyclass';
import { T } from '../objects/types';
import { NotImplemented, Ellipsis } from '../objects/singletons';
import { E, allExceptionClasses } from '../exceptions';
import { openBuiltin } from '../io/open';
import { tableFunction } from '../bind';
import { BUILTINS_TABLE } from './bound';
import { installConstructors } from './constructors';
import { installStrMethods } from './str-methods';
import { installContainerMethods } from './container-methods';
import { installObjectMethods } from './object-methods';
import { installIntMethods } from './int-methods';
import { installBytesTypes } from '../runtime/bytes-methods';
import { installContainerDunders } from '../runtime/subclass-methods';

let builtins: Map<string, PyValue> | null = null;

export function getBuiltins(): Map<string, PyValue> {
  if (!builtins) {
    installConstructors();
    installObjectMethods();
    installIntMethods();
    installStrMethods();
    installContainerMethods();
    installContainerDunders();
    builtins = new Map();
    installFunctions(builtins);
    installBytesTypes(builtins);
  }
  return builtins;
}

/** Every builtin function comes from BUILTINS_TABLE; the types, exceptions and constants are set here. */
function installFunctions(builtins: Map<string, PyValue>): void {
  for (const e of BUILTINS_TABLE) builtins.set(e.signature.name, tableFunction(e, 'builtins'));
  const types: [string, PyClass][] = [
    ['int', T.int], ['float', T.float], ['bool', T.bool], ['str', T.str], ['list', T.list], ['tuple', T.tuple],
    ['dict', T.dict], ['set', T.set], ['frozenset', T.frozenset], ['object', T.object], ['type', T.type],
    ['range', T.range], ['slice', T.slice], ['property', T.property], ['staticmethod', T.staticmethod],
    ['classmethod', T.classmethod], ['super', T.super],
  ];
  for (const [n, c] of types) builtins.set(n, c);
  for (const c of allExceptionClasses()) builtins.set(c.name, c);
  // Python 2 names CPython 3 keeps as aliases of OSError.
  builtins.set('IOError', E.OSError);
  builtins.set('EnvironmentError', E.OSError);
  builtins.set('open', openBuiltin);
  builtins.set('NotImplemented', NotImplemented);
  builtins.set('Ellipsis', Ellipsis);
  builtins.set('__name__', '__main__');
}
