// Op builders by family; each family module owns its exports.
export * from './math';
export * from './array';
export * from './nn';
export * from './state';
export * from './random';
export * from './training';
export * from './rnn';
