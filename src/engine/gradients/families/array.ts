// Gradients of the array family; one module per group under ./array/.
import './array/reshaping';
import './array/indexing';
