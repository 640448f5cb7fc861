// `hashlib` over Node's crypto: md5, sha1, the sha2 family, sha3 and blake2 where Node has them.
import type { Hash } from 'crypto';
import { nodeCrypto } from '../../shared/node_crypto';
import { PyValue } from '../objects/core';
import { PyModule } from '../objects/callables';
import { PySet } from '../objects/containers';
import { PyClass } from '../objects/pyclass';
import { HostObject, hostClass } from '../host';
import { typeError, valueError } from '../exceptions';
import { METH_NOARGS, clinicKeywordOnly, entry, installTable, method, MethodTable, namedAs, TableEntry } from '../bind';
import { methO } from '../builtins/c_messages';
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
  constructor(readonly name: string, readonly hash: Hash) { super(); }
  override get type(): PyClass { return hashClass; }
  override get pyTypeName(): string { return 'HASH'; }
  override repr(): string { return `<${this.name} _hashlib.HASH object @ ${fakeAddress(this)}>`; }
  getattr(attr: string): PyValue | undefined {
    const spec = ALGORITHMS[this.name];
    switch (attr) {
      case 'name': return this.name;
      case 'digest_size': return spec.digest;
      case 'block_size': return spec.block;
    }
    return HASH_METHODS.get(this, attr);
  }
}

// HASH's methods are C methods: `HASH.update() takes exactly one argument (0 given)`.
const HASH_METHODS = new MethodTable<PyHash>([
  method({ name: 'hashlib.HASH.update', doc: 'Update this hash object\'s state with the provided string.', params: [{ name: 'obj', kind: 'positional' }] },
    (h: PyHash, a) => { h.hash.update(data(a.obj as PyValue)); return null; }, methO()),
  method({ name: 'hashlib.HASH.digest', doc: 'Return the digest value as a bytes object.', params: [] }, (h: PyHash) => new PyBytes(new Uint8Array(h.hash.copy().digest())), METH_NOARGS),
  method({ name: 'hashlib.HASH.hexdigest', doc: 'Return the digest value as a string of hexadecimal digits.', params: [] }, (h: PyHash) => h.hash.copy().digest('hex'), METH_NOARGS),
  method({ name: 'hashlib.HASH.copy', doc: 'Return a copy of the hash object.', params: [] }, (h: PyHash) => new PyHash(h.name, h.hash.copy()), METH_NOARGS),
]);
export const HASH_METHOD_SIGNATURES = HASH_METHODS.entries.map(e => e.signature);

function make(name: string, initial: PyValue | undefined): PyHash {
  const hash = nodeCrypto().createHash(ALGORITHMS[name].node);
  if (initial !== undefined) hash.update(data(initial));
  return new PyHash(name, hash);
}

const BYTES_DEFAULT = { expr: "b''" } as const;
/** usedforsecurity only tells OpenSSL whether a FIPS-blocked algorithm may be used: no effect here. */
const USED_FOR_SECURITY = { name: 'usedforsecurity', default: true, kind: 'keyword', doc: 'no effect (a FIPS hint)' } as const;
const BLAKE2_UNSUPPORTED = ['key', 'salt', 'person', 'fanout', 'depth', 'leaf_size', 'node_offset', 'node_depth', 'inner_size', 'last_node'] as const;
const BLAKE2_DEFAULTS: Record<string, number | boolean | { expr: string }> = {
  key: BYTES_DEFAULT, salt: BYTES_DEFAULT, person: BYTES_DEFAULT, fanout: 1, depth: 1, leaf_size: 0, node_offset: 0, node_depth: 0, inner_size: 0, last_node: false,
};

function constructorEntry(name: string): TableEntry {
  if (name.startsWith('blake2')) {
    const digest = ALGORITHMS[name].digest;
    return entry({
      name: `hashlib.${name}`, doc: `Return a new ${name} hash object.`,
      params: [{ name: 'data', default: BYTES_DEFAULT, kind: 'positional' },
        { name: 'digest_size', default: digest, kind: 'keyword', unsupported: `only the full ${digest}-byte digest` },
        ...BLAKE2_UNSUPPORTED.map(p => ({ name: p, default: BLAKE2_DEFAULTS[p], kind: 'keyword' as const, unsupported: true as const })), USED_FOR_SECURITY],
    }, a => make(name, a.data as PyValue | undefined), { messages: clinicKeywordOnly(['data']) });
  }
  return entry({
    name: `hashlib.${name}`, doc: `Returns a ${name} hash object; optionally initialized with a string.`,
    params: [{ name: 'string', default: BYTES_DEFAULT }, USED_FOR_SECURITY],
  }, a => make(name, a.string as PyValue | undefined), { messages: namedAs(`openssl_${name}`, clinicKeywordOnly(['string'])) });
}

export const HASHLIB_TABLE: readonly TableEntry[] = [
  ...Object.keys(ALGORITHMS).map(constructorEntry),
  entry({ name: 'hashlib.new', doc: 'Return a new hashing object using the named algorithm; optionally initialized with data.', params: [{ name: 'name' }, { name: 'data', default: BYTES_DEFAULT }], varkw: 'kwargs' }, a => {
    const name = a.name as PyValue;
    // **kwargs go to _hashlib.new(name, string=b'', *, usedforsecurity=True), which words its own errors.
    for (const k of (a.kwargs as Map<string, PyValue>).keys()) if (k !== 'usedforsecurity') throw typeError(`'${k}' is an invalid keyword argument for new()`);
    if (typeof name !== 'string') throw typeError(`new() argument 'name' must be str, not ${typeOf(name).name}`);
    const key = name.toLowerCase().replace('-', '_');
    if (!ALGORITHMS[key]) throw valueError(`unsupported hash type ${name}`);
    return make(key, a.data as PyValue | undefined);
  }, { messages: namedAs('__hash_new') }),
];

registerModule('hashlib', () => {
  const m = new PyModule('hashlib');
  installTable(m, HASHLIB_TABLE);
  const names = new PySet(true);
  for (const n of Object.keys(ALGORITHMS)) names.add(n);
  m.set('algorithms_guaranteed', names).set('algorithms_available', names);
  return m;
});
