import * as protobuf from 'protobufjs/light';
const root = protobuf.Root.fromJSON({ nested: { t: { edition: 'proto3', nested: {
  Shape: { fields: { dim: { rule: 'repeated', type: 'Dim', id: 2 }, unknownRank: { type: 'bool', id: 3 } }, nested: { Dim: { fields: { size: { type: 'int64', id: 1 }, name: { type: 'string', id: 2 } } } } },
  Attr: { oneofs: { value: { oneof: ['s', 'b', 'shape', 'i'] } }, fields: { s: { type: 'bytes', id: 2 }, i: {type:'int64', id:3}, b: { type: 'bool', id: 5 }, shape: { type: 'Shape', id: 7 } } },
  P: { fields: { v: { rule: 'repeated', type: 'float', id: 5 }, m: { keyType: 'string', type: 'Attr', id: 6 } } },
} } } } as any);
const Attr = root.lookupType('t.Attr'); const Shape = root.lookupType('t.Shape'); const P = root.lookupType('t.P');
const hex = (u: Uint8Array) => Buffer.from(u).toString('hex');
console.log(hex(Attr.encode(Attr.create({ b: false })).finish()));
console.log(hex(Attr.encode(Attr.create({ s: new Uint8Array() })).finish()));
console.log(hex(Attr.encode(Attr.create({ shape: {} })).finish()));
console.log(hex(Shape.encode(Shape.create({ dim: [{ size: 0 }, { size: -1 }], unknownRank: false })).finish()));
console.log(hex(P.encode(P.fromObject({ v: [1, 2], m: { b: { b: true }, a: { i: 5 } } })).finish()));
const d = Shape.decode(Buffer.from('12000a0b08ffffffffffffffffff01', 'hex').subarray(0,2)); console.log(d);
const d2: any = Shape.decode(Buffer.from('120b08ffffffffffffffffff01', 'hex')); console.log(d2.dim[0].size, typeof d2.dim[0].size);
const withUnknown = Buffer.from('120b08ffffffffffffffffff01' + '2a0161', 'hex');
console.log(hex(Shape.encode(Shape.decode(withUnknown)).finish()));
