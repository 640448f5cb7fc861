// Builders of the array family (tf.* functions). Owned by the array family.
export {};
