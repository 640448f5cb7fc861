// Builders of the nn family (tf.* functions). Owned by the nn family.
export {};
