// np.random.* module functions: all share one RandomState, as NumPy's do.
import { NDArray } from '../../engine/ndarray';
import { DType } from '../../engine/dtypes';
import { RandomState, Size } from './random_state';

let shared = new RandomState();

export function globalRandomState(): RandomState { return shared; }
/** For tests and kernel restarts: a fresh, unseeded global state. */
export function resetGlobalRandomState(): void { shared = new RandomState(); }

export const seed = (s?: number | null) => shared.seed(s);
export const rand = (...dims: number[]) => shared.rand(...dims);
export const randn = (...dims: number[]) => shared.randn(...dims);
export const random = (size?: Size) => shared.random(size);
export const random_sample = (size?: Size) => shared.random_sample(size);
export const standard_normal = (size?: Size) => shared.standard_normal(size);
export const normal = (loc = 0, scale = 1, size?: Size) => shared.normal(loc, scale, size);
export const uniform = (low = 0, high = 1, size?: Size) => shared.uniform(low, high, size);
export const randint = (low: number, high?: number | null, size?: Size, dtype: DType = 'int64') => shared.randint(low, high, size, dtype);
export const choice = (a: number | NDArray, size?: Size, replace = true, p?: ArrayLike<number> | null) => shared.choice(a, size, replace, p);
export const shuffle = (x: NDArray) => shared.shuffle(x);
export const permutation = (x: number | NDArray) => shared.permutation(x);
