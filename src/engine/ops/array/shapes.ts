// Compatibility path for modules that import the shape builders from here (nn's builders).
export { shape, shapeN, size, rank } from './shape_ops';
export { reshape, expandDims, squeeze } from './reshape';
