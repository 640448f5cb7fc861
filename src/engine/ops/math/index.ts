// Builders of the math family (tf.* functions and the Python operator forms).
export * from './binary';
export * from './divide';
export * from './cast';
export * from './reduce';
export * from './reduce_api';
export * from './argminmax';
export * from './select';
export * from './add_n';
export * from './cumulative';
export * from './predicates';
export * from './matmul';
export * from './tensordot';
export * from './einsum';
export * from './unary';
export { operators } from './operators';
