// Constructor options of the optimizers. Each takes one options object whose keys are TF's
// argument names in camelCase (`{ learningRate: 0.01, momentum: 0.9, useNesterov: true }`);
// a bare learning rate is shorthand for `{ learningRate }`. `pythonArgs` lists TF's
// positional order so the Python front end can map `MomentumOptimizer(0.01, 0.9)`.
import { Tensor } from '../graph/tensor';
import type { Hyperparameter } from './hyperparameters';
import { typeError } from '../errors';

export interface BaseOptions { useLocking?: boolean; name?: string }

export function optionsFrom<T extends object>(arg: T | Hyperparameter | undefined): Partial<T> & { learningRate?: Hyperparameter } {
  if (arg === undefined) return {};
  if (typeof arg === 'number' || typeof arg === 'function' || arg instanceof Tensor || typeof (arg as { toTensor?: unknown }).toTensor === 'function') {
    return { learningRate: arg as Hyperparameter } as Partial<T> & { learningRate?: Hyperparameter };
  }
  return arg as Partial<T> & { learningRate?: Hyperparameter };
}

export function required<V>(value: V | undefined, pyName: string, ctor: string): V {
  if (value === undefined) throw typeError(`__init__() missing 1 required positional argument: '${pyName}' (${ctor})`);
  return value;
}

/** `learning_rate` → `learningRate`. */
export function camelCase(pyName: string): string {
  return pyName.replace(/_([a-z0-9])/g, (_m, c: string) => c.toUpperCase());
}
