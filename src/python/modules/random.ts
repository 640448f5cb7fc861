// The random module: CPython's module functions are the methods of one hidden random.Random()
// (random_table.ts, random-more.ts), here bound to the module's own generator, seeded from the
// clock as CPython seeds from OS entropy.
import { PyModule } from '../objects/callables';
import { registerModule } from './registry';
import { MersenneTwister } from './random_mt';
import { RANDOM_METHODS, RANDOM_METHOD_TABLE, randomClass, systemRandomClass } from './random-more';

function makeRandomModule(): PyModule {
  const rng = new MersenneTwister();
  rng.seedInt(Date.now());
  const m = new PyModule('random');
  for (const e of RANDOM_METHODS) {
    const name = e.signature.name.slice('random.Random.'.length);
    m.set(name, RANDOM_METHOD_TABLE.get(rng, name)!);
  }
  m.set('Random', randomClass).set('SystemRandom', systemRandomClass);
  return m;
}

registerModule('random', () => makeRandomModule());
