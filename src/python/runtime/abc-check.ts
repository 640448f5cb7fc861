// The part of ABCMeta.__subclasscheck__ that isinstance/issubclass need for the stdlib's abc and
// collections.abc (Gradbook has no metaclasses): a class's __subclasshook__ and the classes
// registered with ABC.register count as subclasses.
import { PyValue } from '../objects/core';
import { PyList } from '../objects/containers';
import { PyClass } from '../objects/pyclass';
import { NotImplemented } from '../objects/singletons';
import { callValue } from './call';
import { getAttrOpt } from './attributes';

/** True/false when the ABC machinery decides, undefined when it does not (use the MRO). */
export function abcSubclassCheck(cls: PyClass, spec: PyClass): boolean | undefined {
  if (spec.isBuiltin) return undefined;
  if (spec.lookup('__subclasshook__') !== undefined) {
    const hook = getAttrOpt(spec, '__subclasshook__')!;
    const r: PyValue = callValue(hook, [cls], null);
    if (r === true) return true;
    if (r === false) return false;
    void NotImplemented;
  }
  const registry = spec.dict.get('_abc_registry');
  if (registry instanceof PyList && registry.items.some(r => r instanceof PyClass && cls.isSubclassOf(r))) return true;
  return undefined;
}
