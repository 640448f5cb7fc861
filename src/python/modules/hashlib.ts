// `hashlib` over Node's crypto: md5, sha1, the sha2 family, sha3 and blake2 where Node has them.
import { createHash, type Hash } from 'crypto';
import { PyValue, Kwargs } from '../objects/core';
import { PyBuiltin, PyModule } from '../objects/callables';
import { PySet } from '../objects/containers';
import { PyClass } from '../objects/pyclass';
import { HostObject, hostClass } from '../host';
import { typeError, valueError } from '../exceptions';
import { parseArgs } from '../builtins/args';
import { PyBytes, bytesOf } from '../runtime/bytes';
import { fakeAddress } from '../runtime/repr';
import { typeOf } from '../runtime/type-name';
import { registerModule } from './registry';

const ALGORITHMS: Record<string, { node: string; digest: number; block: number }> = {
  md5: { node: 'md5', digest: 16, block: 64 }, sha1: { node: 'sha1', digest: 20, block: 64 },
  sha224: { node: 'sha224', digest: 28, block: 64 }, sha256: { node: 'sha256', digest: 32, block: 64 },
  sha384: { node: 'sha384', digest: 48, block: 128 }, sha512: { node: 'sha512', digest: 64, block: 128 },
  sha3_224: { node: 'sha3-224', digest: 28, block: 144 }, sha3_256: { node: 'sha3-256', digest: 32, block: 136 },
  sha3_384: { node: 'sha3-384', digest: 48, block: 104 }, sha3_512: { node: 'sha3-512', digest: 64, block: 72 },
  blake2b: { node: 'blake2b512', digest: 64, block: 128 }, blake2s: { node: 'blake2s256', digest: 32, block: 64 },
};

const hashClass = hostClass('HASH', '_hashlib');

function data(v: PyValue): Uint8Array {
  const b = bytesOf(v);
  if (b) return b;
  if (typeof v === 'string') throw typeError('Strings must be encoded before hashing');
  throw typeError(`object supporting the buffer API required`);
}

class PyHash extends HostObject {
  constructor(readonly name: string, private readonly hash: Hash) { super(); }
  override get type(): PyClass { return hashClass; }
  override get pyTypeName(): string { return 'HASH'; }
  override repr(): string { return `<${this.name} _hashlib.HASH object @ ${fakeAddress(this)}>`; }
  getattr(attr: string): PyValue | undefined {
    const spec = ALGORITHMS[this.name];
    switch (attr) {
      case 'name': return this.name;
      case 'digest_size': return spec.digest;
      case 'block_size': return spec.block;
      case 'update': return new PyBuiltin('update', a => { this.hash.update(data(a[0])); return null; });
      case 'digest': return new PyBuiltin('digest', () => new PyBytes(new Uint8Array(this.hash.copy().digest())));
      case 'hexdigest': return new PyBuiltin('hexdigest', () => this.hash.copy().digest('hex'));
      case 'copy': return new PyBuiltin('copy', () => new PyHash(this.name, this.hash.copy()));
    }
    return undefined;
  }
}

function make(name: string, args: PyValue[], kw: Kwargs): PyHash {
  const [initial, usedfor] = parseArgs(name, args, kw, ['string', 'usedforsecurity'], 0);
  void usedfor;
  const hash = createHash(ALGORITHMS[name].node);
  if (initial !== undefined) hash.update(data(initial));
  return new PyHash(name, hash);
}

registerModule('hashlib', () => {
  const m = new PyModule('hashlib');
  for (const name of Object.keys(ALGORITHMS)) m.def(name, (a, kw) => make(name, a, kw));
  m.def('new', (a, kw) => {
    const [name, initial] = parseArgs('new', a, kw, ['name', 'data', 'usedforsecurity'], 1);
    if (typeof name !== 'string') throw typeError(`new() argument 'name' must be str, not ${typeOf(name!).name}`);
    const key = name.toLowerCase().replace('-', '_');
    if (!ALGORITHMS[key]) throw valueError(`unsupported hash type ${name}`);
    return make(key, initial === undefined ? [] : [initial], null);
  });
  const names = new PySet(true);
  for (const n of Object.keys(ALGORITHMS)) names.add(n);
  m.set('algorithms_guaranteed', names).set('algorithms_available', names);
  return m;
});
