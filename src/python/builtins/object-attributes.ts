// object.__getattribute__, object.__setattr__ and object.__delattr__: the generic attribute
// protocol, which a class's own __getattr__/__setattr__/__delattr__ calls (directly or through
// super()) to reach or store the real attributes. The interpreter's getattr/setattr skip these
// rows when no class overrides them (runtime/attributes.ts), so they cost nothing otherwise.
import type { PyValue } from '../objects/core';
import { T } from '../objects/types';
import { typeError } from '../exceptions';
import { typeOf } from '../runtime/type-name';
import { unwrapScalar } from '../objects/scalar-sub';
import { genericDelAttr, genericGetAttr, genericSetAttr } from '../runtime/attributes';
import { cm, installCMethods } from './native_methods';

/** The attribute name argument: a str (or str subclass), else CPython's TypeError. */
function attrName(v: PyValue | undefined): string {
  const name = unwrapScalar(v ?? null);
  if (typeof name !== 'string') throw typeError(`attribute name must be string, not '${typeOf(v ?? null).name}'`);
  return name;
}

export function installObjectAttributeMethods(): void {
  installCMethods<PyValue>(T.object, [
    cm('wrapper', '__getattribute__', '(name, /)', 'Return getattr(self, name).',
      (self, a) => genericGetAttr(self, attrName(a.name))),
    cm('unpack', '__setattr__', '(name, value, /)', 'Implement setattr(self, name, value).',
      (self, a) => { genericSetAttr(self, attrName(a.name), a.value!); return null; }),
    cm('wrapper', '__delattr__', '(name, /)', 'Implement delattr(self, name).',
      (self, a) => { genericDelAttr(self, attrName(a.name)); return null; }),
  ]);
}
