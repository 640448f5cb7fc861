// Builders of the math family (tf.* functions). Owned by the math family; see ./math/.
export * from './math/index';
