// Builders of the random family (tf.* functions). Owned by the random family.
export {};
