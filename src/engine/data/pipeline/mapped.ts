// map and filter: the traced function runs once per element (see function.ts).
import type { NDArray } from '../../ndarray';
import { invalidArgument } from '../../errors';
import { DatasetSource, iteratorOf } from './element';
import { DatasetFunction, FunctionRunner } from './function';

export function mapSource(input: DatasetSource, fn: DatasetFunction, captured: NDArray[]): DatasetSource {
  return {
    iterate: rt => {
      const runner = new FunctionRunner(fn, captured, rt);
      const it = input.iterate(rt);
      return iteratorOf(function* () { for (let e = it.next(); e !== null; e = it.next()) yield runner.call(e); });
    },
  };
}

export function filterSource(input: DatasetSource, predicate: DatasetFunction, captured: NDArray[]): DatasetSource {
  return {
    iterate: rt => {
      const runner = new FunctionRunner(predicate, captured, rt);
      const it = input.iterate(rt);
      return iteratorOf(function* () {
        for (let e = it.next(); e !== null; e = it.next()) {
          const [keep] = runner.call(e);
          if (keep.dtype !== 'bool' || keep.size !== 1) throw invalidArgument('Filter predicate `f` must return a scalar bool.');
          if (keep.data[0]) yield e;
        }
      });
    },
  };
}
