// map, filter and flat_map: the traced function runs once per element (see function.ts);
// flat_map's returns a dataset whose elements are passed on.
import type { NDArray } from '../../ndarray';
import { invalidArgument } from '../../errors';
import { datasetOf, DatasetSource, iteratorOf } from './element';
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

/**
 * flat_map: each input element's dataset (what the function returns) to its end, in input order.
 * The inner dataset is drained before the function runs again, so the frame buffers it reads
 * cannot be overwritten under it (interleave, with several open at once, would need copies).
 */
export function flatMapSource(input: DatasetSource, fn: DatasetFunction, captured: NDArray[]): DatasetSource {
  return {
    iterate: rt => {
      const runner = new FunctionRunner(fn, captured, rt);
      const it = input.iterate(rt);
      return iteratorOf(function* () {
        for (let e = it.next(); e !== null; e = it.next()) {
          const inner = datasetOf(runner.call(e)[0], 'FlatMapDataset').iterate(rt);
          for (let x = inner.next(); x !== null; x = inner.next()) yield x;
        }
      });
    },
  };
}
