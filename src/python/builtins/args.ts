// Argument parsing for natively implemented functions (also handy for host modules).
import { PyValue, Kwargs } from '../objects/core';
import { typeError } from '../exceptions';

/**
 * Maps positional and keyword arguments onto parameter names.
 * `required` is how many leading names must be given. Returns values in name order,
 * `undefined` for omitted optional ones.
 */
export function parseArgs(fname: string, args: PyValue[], kw: Kwargs, names: string[], required = names.length): (PyValue | undefined)[] {
  if (args.length > names.length) {
    throw typeError(`${fname}() takes ${required === names.length ? 'exactly' : 'at most'} ${names.length} argument${names.length === 1 ? '' : 's'} (${args.length} given)`);
  }
  const out: (PyValue | undefined)[] = names.map((_, i) => args[i]);
  if (kw) {
    for (const [k, v] of kw) {
      const i = names.indexOf(k);
      if (i < 0) throw typeError(`${fname}() got an unexpected keyword argument '${k}'`);
      if (out[i] !== undefined) throw typeError(`${fname}() got multiple values for argument '${k}'`);
      out[i] = v;
    }
  }
  for (let i = 0; i < required; i++) {
    if (out[i] === undefined) throw typeError(`${fname}() missing required argument '${names[i]}' (pos ${i + 1})`);
  }
  return out;
}

export function noKwargs(fname: string, kw: Kwargs): void {
  if (kw && kw.size) throw typeError(`${fname}() takes no keyword arguments`);
}

export function argCount(fname: string, args: PyValue[], min: number, max: number): void {
  if (args.length < min || args.length > max) {
    if (min === max) throw typeError(`${fname}() takes exactly ${min === 1 ? 'one argument' : `${min} arguments`} (${args.length} given)`);
    if (args.length < min) throw typeError(`${fname} expected at least ${min} argument${min === 1 ? '' : 's'}, got ${args.length}`);
    throw typeError(`${fname} expected at most ${max} argument${max === 1 ? '' : 's'}, got ${args.length}`);
  }
}
