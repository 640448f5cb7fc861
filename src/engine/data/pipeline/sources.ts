// The dataset stages that need no Python function: slices, single elements, ranges, zip,
// concatenation, take/skip/repeat, prefetch (no effect: nothing runs in parallel here) and the
// in-memory cache. Batching, shuffling and file reading live in their own files.
import { NDArray } from '../../ndarray';
import { invalidArgument } from '../../errors';
import { DatasetSource, Element, iteratorOf, rowOf } from './element';

export function sliceSource(components: NDArray[]): DatasetSource {
  const n = components[0].shape[0];
  for (const c of components) {
    if (c.rank === 0) throw invalidArgument('Input component 0 has rank 0; from_tensor_slices needs each component to have at least rank 1');
    if (c.shape[0] !== n) throw invalidArgument(`Dimension 0 in both shapes must be equal, but are ${n} and ${c.shape[0]}`);
  }
  return {
    iterate: () => iteratorOf(function* () { for (let i = 0; i < n; i++) yield components.map(c => rowOf(c, i)); }),
    slices: components,
  };
}

export function tensorSource(components: NDArray[]): DatasetSource {
  return { iterate: () => iteratorOf(function* () { yield components.slice(); }) };
}

export function rangeSource(start: number, stop: number, step: number): DatasetSource {
  if (step === 0) throw invalidArgument('step must be a non-zero integer.');
  return {
    iterate: () => iteratorOf(function* () {
      for (let v = start; step > 0 ? v < stop : v > stop; v += step) yield [scalarInt64(v)];
    }),
  };
}

const scalarInt64 = (v: number): NDArray => new NDArray('int64', [], Float64Array.of(v));

export function zipSource(inputs: DatasetSource[]): DatasetSource {
  return {
    iterate: rt => {
      const its = inputs.map(s => s.iterate(rt));
      return iteratorOf(function* () {
        for (;;) {
          const parts: Element = [];
          for (let k = 0; k < its.length; k++) {
            const e = its[k].next();
            if (e === null) return;
            parts.push(...e);
          }
          yield parts;
        }
      });
    },
  };
}

export function concatenateSource(a: DatasetSource, b: DatasetSource): DatasetSource {
  return {
    iterate: rt => iteratorOf(function* () {
      for (const s of [a, b]) { const it = s.iterate(rt); for (let e = it.next(); e !== null; e = it.next()) yield e; }
    }),
  };
}

export function takeSource(input: DatasetSource, count: number): DatasetSource {
  return {
    iterate: rt => iteratorOf(function* () {
      if (count === 0) return;
      const it = input.iterate(rt);
      for (let i = 0; count < 0 || i < count; i++) { const e = it.next(); if (e === null) return; yield e; }
    }),
  };
}

export function skipSource(input: DatasetSource, count: number): DatasetSource {
  return {
    iterate: rt => iteratorOf(function* () {
      const it = input.iterate(rt);
      for (let i = 0; count < 0 || i < count; i++) if (it.next() === null) return;
      for (let e = it.next(); e !== null; e = it.next()) yield e;
    }),
  };
}

/** count < 0 repeats forever; a pass that yields nothing ends the repetition (as TF does). */
export function repeatSource(input: DatasetSource, count: number): DatasetSource {
  return {
    iterate: rt => iteratorOf(function* () {
      for (let pass = 0; count < 0 || pass < count; pass++) {
        const it = input.iterate(rt);
        let any = false;
        for (let e = it.next(); e !== null; e = it.next()) { any = true; yield e; }
        if (!any) return;
      }
    }),
  };
}

/**
 * cache(): the first complete pass fills the cache and later passes replay it. A pass that
 * stops early (take after cache) leaves it unfilled, so the next pass reads the input again.
 */
export function cacheSource(input: DatasetSource): DatasetSource {
  let cached: Element[] | null = null;
  return {
    iterate: rt => iteratorOf(function* () {
      if (cached) { yield* cached; return; }
      const seen: Element[] = [];
      const it = input.iterate(rt);
      for (let e = it.next(); e !== null; e = it.next()) { seen.push(e); yield e; }
      cached = seen;
    }),
  };
}
