// Builders of the math family (tf.* functions and the Python operator forms).
export * from './elementwise';
export * from './divide';
export * from './cast';
export * from './reduce';
export * from './matmul';
export * from './unary';
export { operators } from './operators';
