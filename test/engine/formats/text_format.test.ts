import { strict as assert } from 'assert';
import { parseTextFormat } from '../../../src/engine/formats/proto/text_parse';
import { printTextFormat, quote } from '../../../src/engine/formats/proto/text_format';
import { decodeProto, encodeProto } from '../../../src/engine/formats/proto/root';
import { pythonFloat32Repr, pythonFloatRepr } from '../../../src/engine/formats/proto/float_repr';
import { fixtureFs } from './helpers';

const fs = fixtureFs();
const read = (p: string) => Buffer.from(fs.readFile(p)).toString('utf8');

describe('formats: protobuf text format', () => {
  it('spells floats as Python str() does', () => {
    assert.equal(pythonFloatRepr(Math.fround(0.1)), '0.10000000149011612');
    assert.equal(pythonFloatRepr(1), '1.0');
    assert.equal(pythonFloatRepr(10000), '10000.0');
    assert.equal(pythonFloatRepr(Math.fround(1e-5)), '9.999999747378752e-06');
    assert.equal(pythonFloatRepr(1e16), '1e+16');
    assert.equal(pythonFloatRepr(1.5e16), '1.5e+16');
    assert.equal(pythonFloatRepr(123456789012345.6), '123456789012345.6');
    assert.equal(pythonFloatRepr(0.0001), '0.0001');
    assert.equal(pythonFloatRepr(-2.5e-7), '-2.5e-07');
    assert.equal(pythonFloatRepr(-0), '-0.0');
    assert.equal(pythonFloatRepr(Infinity), 'inf');
    assert.equal(pythonFloatRepr(NaN), 'nan');
    assert.equal(pythonFloat32Repr(Math.fround(0.1)), '0.1');
    assert.equal(pythonFloat32Repr(Math.fround(16.18)), '16.18');
  });

  it('escapes bytes as CEscape: named escapes, octal for the rest', () => {
    assert.equal(quote(Uint8Array.from([10, 3, 97, 58, 48, 0x22, 0x27, 0x5c, 0xc3, 0xa9, 0x7f])), '"\\n\\003a:0\\"\\\'\\\\\\303\\251\\177"');
  });

  it('reprints a TF-written SavedModel (MetaGraphDef, SaverDef, signatures) character for character', () => {
    const original = read('tf/saved_model_pbtxt/saved_model.pbtxt');
    const parsed = parseTextFormat('SavedModel', original);
    const binary = encodeProto('SavedModel', parsed);
    assert.equal(printTextFormat('SavedModel', decodeProto('SavedModel', binary), { floatFormat: 'widened' }), original);
  });

  it('reprints a TF-written GraphDef; only Python 2\'s 12-digit floats differ', () => {
    const original = read('tf/profiler/graph.pbtxt');
    const ours = printTextFormat('GraphDef', parseTextFormat('GraphDef', original), { floatFormat: 'widened' });
    const a = original.split('\n'), b = ours.split('\n');
    assert.equal(a.length, b.length);
    const differing = a.map((line, i) => [line, b[i]]).filter(([x, y]) => x !== y);
    assert.deepEqual(differing, new Array(3).fill(['        float_val: 0.0010000000475', '        float_val: 0.0010000000474974513']));
  });

  it('parses lists, comments, angle brackets, adjacent strings and enum numbers', () => {
    const g = parseTextFormat<{ node: Array<{ name: string; input: string[]; attr: Record<string, { type?: number; list?: { i: number[] } }> }> }>('GraphDef', `
      # a comment
      node < name: "a" "b" input: ["x", "^y"] attr { key: "T" value { type: 1 } }
             attr { key: "ksize" value: { list { i: [1, 2, 2, 1] } } } >`);
    assert.equal(g.node[0].name, 'ab');
    assert.deepEqual(g.node[0].input, ['x', '^y']);
    assert.equal(g.node[0].attr.T.type, 1);
    assert.deepEqual(g.node[0].attr.ksize.list!.i, [1, 2, 2, 1]);
  });

  it('reports unknown fields with the line and column, as protobuf does', () => {
    assert.throws(() => parseTextFormat('GraphDef', 'node {\n  nme: "a"\n}'), /2:3 : Message type "tensorflow.NodeDef" has no field named "nme"./);
  });
});
