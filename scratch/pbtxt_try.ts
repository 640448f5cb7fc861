import { readFileSync } from 'fs';
import { parseTextFormat } from '../src/engine/formats/proto/text_parse';
import { printTextFormat } from '../src/engine/formats/proto/text_format';
import { encodeProto, decodeProto } from '../src/engine/formats/proto/root';
const F = '/work/shared/fixtures/tf-files/tensorflow/tensorflow/';
for (const [file, type] of [['core/profiler/internal/testdata/graph.pbtxt', 'GraphDef'], ['cc/saved_model/testdata/half_plus_two_pbtxt/00000123/saved_model.pbtxt', 'SavedModel']] as const) {
  const text = readFileSync(F + file, 'utf8');
  
  const g = parseTextFormat(type, text);
  const bin = encodeProto(type, g);
  const back = printTextFormat(type, decodeProto(type, bin), { floatFormat: 'widened' });
  console.log(file, text.length, back.length, text === back);
  if (text !== back) { const lines1 = text.split('\n'), lines2 = back.split('\n'); for (let i = 0; i < lines1.length; i++) if (lines1[i] !== lines2[i]) { console.log(i, JSON.stringify(lines1[i]), JSON.stringify(lines2[i])); } }
}
