// Builders of the random family (each op's definition is in ops/random/<op>.ts), with TF1's
// seeding rules, plus the initializers built on them.
export { setRandomSeed, getSeed, DEFAULT_GRAPH_SEED } from './random/seed';
export { RandomUniform, RandomStandardNormal, TruncatedNormal, randomNormal, truncatedNormal, randomUniform } from './random/samplers';
export type { RandomOptions } from './random/samplers';
export type { ShapeLike } from './random/common';
export { RandomUniformInt } from './random/uniform_int';
export { RandomShuffle, randomShuffle } from './random/shuffle';
export { Multinomial, multinomial } from './random/multinomial';
export { RandomGamma, randomGamma } from './random/gamma';

export * from '../variables/initializers_random';
export * from '../variables/variable_scope';
