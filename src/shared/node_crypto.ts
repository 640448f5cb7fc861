// Node's crypto, required at first use. Loading it costs every kernel start ~3 ms of CPU (the
// worker bundle's evaluation required it through four modules), and only os.urandom, hashlib,
// random.seed() without a seed and contrib's RNN cell seeds need it.
import type * as crypto from 'crypto';

let loaded: typeof crypto | undefined;
export function nodeCrypto(): typeof crypto {
  // eslint-disable-next-line @typescript-eslint/no-require-imports, @typescript-eslint/no-var-requires
  return (loaded ??= require('crypto') as typeof crypto);
}
