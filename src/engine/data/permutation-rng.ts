// How a DataSet shuffles: it only needs a permutation of 0..n-1. Kept as an interface so a
// full NumPy RandomState (built elsewhere) can plug in without the data layer changing.
export interface PermutationRng {
  /** A permutation of 0..n-1, like `numpy.random.permutation(n)`. */
  permutation(n: number): Int32Array;
}

/**
 * Called once per DataSet with its seed, mirroring TF's constructor that reseeds numpy's global
 * RNG. `undefined` means "no seed given": TF then uses fresh entropy. A factory that reseeds and
 * returns one shared generator reproduces numpy's shared global state across the three splits.
 */
export type RngFactory = (seed: number | undefined) => PermutationRng;
