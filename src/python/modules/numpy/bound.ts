// Every NumPy function, bound from signature tables by the one binder (src/python/bind): NumPy
// 1.26's parameter names, defaults and positional/keyword rules, `unsupported` where Gradbook
// falls short (NotImplementedError naming the parameter). Adding one is an entry in the family's
// table (creation, reductions, shapes, ufuncs, ...) and its line here (docs/ENGINE.md).
import type { TableEntry } from '../../bind';
import { CREATION } from './creation';
import { REDUCTIONS } from './reductions';
import { SHAPES } from './shapes';
import { UFUNCS } from './ufuncs';
import { PRINTING } from './printing';

export const NUMPY_TABLE: readonly TableEntry[] = [...CREATION, ...REDUCTIONS, ...SHAPES, ...UFUNCS, ...PRINTING];
