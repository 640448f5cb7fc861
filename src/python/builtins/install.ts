// Assembles the builtins namespace once and attaches methods to the builtin types.
import { PyValue } from '../objects/core';
import { installConstructors } from './constructors';
import { installFunctions } from './functions';
import { installStrMethods } from './str-methods';
import { installContainerMethods } from './container-methods';
import { installObjectMethods } from './object-methods';
import { installIntMethods } from './int-methods';

let builtins: Map<string, PyValue> | null = null;

export function getBuiltins(): Map<string, PyValue> {
  if (!builtins) {
    installConstructors();
    installObjectMethods();
    installIntMethods();
    installStrMethods();
    installContainerMethods();
    builtins = new Map();
    installFunctions(builtins);
  }
  return builtins;
}
