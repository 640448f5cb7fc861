// Python-style argument binding for native functions: positional and keyword arguments matched
// against a parameter list, with CPython's TypeError texts.
import type { PyValue, Kwargs } from '../../objects/core';
import { typeError } from '../../exceptions';

/** Parameter spec: 'name' (required), 'name=' (optional, default None or the given default). */
export type ParamSpec = string[];

export function bindArgs(fname: string, spec: ParamSpec, args: PyValue[], kw: Kwargs, defaults: Record<string, PyValue> = {}): Record<string, PyValue> {
  const names = spec.map(s => s.replace(/=$/, ''));
  const out: Record<string, PyValue> = {};
  if (args.length > names.length) throw typeError(`${fname}() takes ${names.length} positional arguments but ${args.length} were given`);
  args.forEach((a, i) => { out[names[i]] = a; });
  if (kw) {
    for (const [k, v] of kw) {
      if (!names.includes(k)) throw typeError(`${fname}() got an unexpected keyword argument '${k}'`);
      if (k in out) throw typeError(`${fname}() got multiple values for argument '${k}'`);
      out[k] = v;
    }
  }
  spec.forEach((s, i) => {
    const n = names[i];
    if (n in out) return;
    if (s.endsWith('=')) out[n] = n in defaults ? defaults[n] : null;
    else throw typeError(`${fname}() missing 1 required positional argument: '${n}'`);
  });
  return out;
}
