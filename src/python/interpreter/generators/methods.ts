// Python-visible methods of generator objects and of every builtin iterator type.
import { PyExceptionObj, PyValue } from '../../objects/core';
import { PyIterator } from '../../objects/callables';
import { PyClass } from '../../objects/pyclass';
import { defineIteratorMethods } from '../../objects/types';
import { E, pyException, stopIteration, typeError } from '../../exceptions';
import { defineMethods } from '../../builtins/define';
import { callValue } from '../../runtime/call';
import { generatorType, PyGenerator } from './generator-object';

defineIteratorMethods({
  __iter__: (self: PyIterator) => self,
  __next__: (self: PyIterator) => {
    if (self instanceof PyGenerator) return self.nextOrStop();
    const v = self.next();
    if (v === undefined) throw stopIteration();
    return v;
  },
});

defineMethods<PyGenerator>(generatorType, {
  send: (self, args) => {
    if (args.length !== 1) throw typeError(`generator.send() takes exactly one argument (${args.length} given)`);
    return self.send(args[0]);
  },
  throw: (self, args) => {
    if (args.length < 1 || args.length > 3) throw typeError(`throw expected at least 1 argument, got ${args.length}`);
    return self.throwIn(toException(args[0], args[1]));
  },
  close: self => { self.close(); return null; },
});

/** `gen.throw(Type)`, `gen.throw(Type, value)` or `gen.throw(instance)`. */
function toException(typ: PyValue, value: PyValue | undefined): PyExceptionObj {
  if (typ instanceof PyExceptionObj) {
    if (value !== undefined && value !== null) throw typeError('instance exception may not have a separate value');
    return typ;
  }
  if (typ instanceof PyClass && typ.isSubclassOf(E.BaseException)) {
    if (value instanceof PyExceptionObj) return value;
    const e = callValue(typ, value === undefined || value === null ? [] : [value], null);
    if (e instanceof PyExceptionObj) return e;
  }
  throw typeError(`exceptions must be classes or instances deriving from BaseException, not ${typeName(typ)}`);
}

function typeName(v: PyValue): string {
  return v instanceof PyClass ? 'type' : typeof v === 'string' ? 'str' : typeof v === 'number' ? 'int' : 'object';
}

void pyException;
