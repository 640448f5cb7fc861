// Compatibility path for modules that import these builders from here (nn's builders).
export { transpose } from './transpose';
export { tile } from './tile';
export { concat } from './concat';
export { stack, unstack } from './pack';
export { range } from './range';
