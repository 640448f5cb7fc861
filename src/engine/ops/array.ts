// Builders of the array family (tf.* functions); one module per group under ./array/.
export * from './array/shapes';
export * from './array/creation';
export * from './array/rearrange';
export * from './array/indexing';
export * from './array/padsplit';
