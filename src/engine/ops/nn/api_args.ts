// Argument rules the tf.nn / tf.losses Python functions share, as TF 1.15's Python code applies
// them before building any op.
import { valueError } from '../../errors';
import { isPlainValue, TensorLike } from '../builder';

/**
 * TF's deprecated_argument_lookup(new_name, new_value, old_name, old_value): the old spelling
 * (`dim`, `keep_dims`, `targets`) wins when given; both given is a ValueError.
 */
export function deprecatedLookup<T>(newValue: T | null, oldValue: T | null, newName = 'axis', oldName = 'dim'): T | null {
  if (oldValue !== null) {
    if (newValue !== null) throw valueError(`Cannot specify both '${oldName}' and '${newName}'`);
    return oldValue;
  }
  return newValue;
}

/** The `name=None` parameter every op function ends with. */
export const NAME_PARAM = { name: 'name', default: null, type: 'name' } as const;

/**
 * TF's _get_sequence(value, n, channel_index, name): None, one int, n spatial values or all
 * n + 2, returned as n + 2 values with 1 at the batch and channel positions.
 */
export function windowSequence(value: readonly number[] | null, n: number, channelsFirst: boolean, name: string): number[] {
  const v = value === null ? [1] : value.slice();
  if (v.length === n + 2) return v;
  let spatial: number[];
  if (v.length === 1) spatial = new Array<number>(n).fill(v[0]);
  else if (v.length === n) spatial = v;
  else throw valueError(`${name} should be of length 1, ${n} or ${n + 2} but was ${v.length}`);
  return channelsFirst ? [1, 1, ...spatial] : [1, ...spatial, 1];
}

/** 'NCHW', 'NCW', 'NCDHW': channels right after the batch. */
export const channelsFirst = (dataFormat: string | null): boolean => dataFormat !== null && dataFormat.startsWith('NC');

/**
 * The number a Python scalar argument holds (TF's `isinstance(x, numbers.Real)` checks), or
 * undefined for tensors and anything that is not a plain 0-d value.
 */
export function plainScalar(v: TensorLike): number | undefined {
  if (typeof v === 'number') return v;
  if (!isPlainValue(v)) return undefined;
  try {
    const a = v.toNDArray('float64');
    return a.rank === 0 ? Number(a.numeric[0]) : undefined;
  } catch {
    return undefined;
  }
}
