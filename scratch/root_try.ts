import { encodeProto, decodeProto } from '../src/engine/formats/proto/root';
const hex = (u: Uint8Array) => Buffer.from(u).toString('hex');
console.log(hex(encodeProto('BundleHeaderProto', { num_shards: 1, version: { producer: 1 } })));
console.log(hex(encodeProto('BundleEntryProto', { dtype: 1, shape: {}, offset: 4, size: 4, crc32c: 0x4f78fd10 })));
console.log(hex(encodeProto('AttrValue', { b: false })));
const e = decodeProto<any>('BundleEntryProto', Buffer.from('08011200200428043510fd784f', 'hex'));
console.log(e, hex(encodeProto('BundleEntryProto', e)));
console.log(hex(encodeProto('Event', { wall_time: 1491717195.0, file_version: 'brain.Event:2' })));
