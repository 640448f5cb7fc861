// shuffle(buffer_size, seed): TF's buffer algorithm (kernels/data/shuffle_dataset_op.cc): keep up
// to buffer_size elements; for each output pick a uniformly random buffered element, output it
// and put the next input element in its place; at the end drain the buffer the same way. So
// buffer_size 1 keeps the order and buffer_size >= N gives a uniform permutation. The random
// numbers are our own (MT19937 seeded from seed, seed2 and the pass), not TF's Philox stream, so
// orders are deterministic for a seed but differ from TF's.
import { invalidArgument } from '../../errors';
import { MT19937 } from '../mt19937';
import { DatasetSource, Element, iteratorOf } from './element';

export function shuffleSource(input: DatasetSource, bufferSize: number, seed: number, seed2: number, reshuffleEachIteration: boolean): DatasetSource {
  if (bufferSize <= 0) throw invalidArgument('buffer_size must be greater than zero.');
  const entropy = seed === 0 && seed2 === 0;
  let pass = 0;
  return {
    iterate: rt => {
      const p = reshuffleEachIteration ? pass++ : 0;
      const rng = new MT19937(entropy ? Math.floor(Math.random() * 2 ** 32) : ((seed * 1000003) ^ (seed2 * 7919) ^ (p * 2654435761)) >>> 0);
      const it = input.iterate(rt);
      return iteratorOf(function* () {
        const buffer: Element[] = [];
        let done = false;
        for (;;) {
          while (!done && buffer.length < bufferSize) { const e = it.next(); if (e === null) done = true; else buffer.push(e); }
          if (buffer.length === 0) return;
          const k = rng.interval(buffer.length - 1);
          const out = buffer[k];
          // The oldest element fills the slot (TF's ring buffer); then the slot of the oldest is free.
          buffer[k] = buffer[0];
          buffer.shift();
          yield out;
        }
      });
    },
  };
}
