// Builders of the training family (tf.* functions). Owned by the training family.
export {};
