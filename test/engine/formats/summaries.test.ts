import { strict as assert } from 'assert';
import { decode as decodePng } from 'fast-png';
import { NDArray } from '../../../src/engine/ndarray';
import { defaultBucketLimits, histogramProto } from '../../../src/engine/formats/summary/histogram';
import { cleanSummaryName, histogramSummary, imageSummary, mergeSummaries, scalarSummary, textSummary } from '../../../src/engine/formats/summary/summaries';
import { decodeSummary } from '../../../src/engine/formats/events/event_proto';
import { hex } from './helpers';

const DBL_MAX = Number.MAX_VALUE;

describe('formats: summary protos as TF1 summary ops produce them', () => {
  it('scalar: tag and float32 simple_value (bytes of a real TF event)', () => {
    assert.equal(hex(scalarSummary('optimizer/cost', 0.9162013)), '0a15' + '0a0e' + Buffer.from('optimizer/cost').toString('hex') + '152b8c6a3f');
  });

  it('histogram: TF\'s 1551 default bucket limits', () => {
    const limits = defaultBucketLimits();
    assert.equal(limits.length, 1551);
    assert.equal(limits[0], -DBL_MAX);
    assert.equal(limits[775], 0);
    assert.equal(limits[776], 1e-12);
    assert.equal(limits[1550], DBL_MAX);
    for (let i = 1; i < limits.length; i++) assert.ok(limits[i] > limits[i - 1]);
  });

  it('histogram: 8 zeros and 4 ones give exactly what TF wrote (golbin layer1/X)', () => {
    const h = histogramProto([0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1]);
    assert.deepEqual(h, {
      min: 0, max: 1, num: 12, sum: 4, sum_squares: 4,
      bucket_limit: [0, 1e-12, 0.917246389039776, 1.0089710279437536, DBL_MAX],
      bucket: [0, 8, 0, 4, 0],
    });
    const bytes = histogramSummary('layer1/X', [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1]);
    const v = decodeSummary(bytes).value![0];
    assert.equal(v.tag, 'layer1/X');
    assert.deepEqual(v.histo!.bucket, [0, 8, 0, 4, 0]);
  });

  it('histogram: empty input and negative values; NaN and Inf are InvalidArgument', () => {
    assert.deepEqual(histogramProto([]), { min: DBL_MAX, max: -DBL_MAX, num: 0, sum: 0, sum_squares: 0, bucket_limit: [DBL_MAX], bucket: [0] });
    const h = histogramProto([-1, 2.5]);
    assert.equal(h.bucket!.reduce((a, b) => a + b, 0), 2);
    assert.ok(h.bucket_limit!.some(l => l > -1 && l < -0.9));
    assert.throws(() => histogramProto([1, NaN], 'hist'), (e: Error) => e.name === 'InvalidArgumentError' && e.message === 'Nan in summary histogram for: hist');
    assert.throws(() => histogramProto([Infinity], 'hist'), /Infinity in summary histogram for: hist/);
  });

  it('image: uint8 RGB as PNG, one value per image up to max_outputs, TF\'s tags', () => {
    const img = NDArray.from([[[[255, 0, 0], [0, 255, 0]]], [[[0, 0, 255], [9, 9, 9]]], [[[1, 2, 3], [4, 5, 6]]]], 'uint8');
    const values = decodeSummary(imageSummary('pics', img, { maxOutputs: 2 })).value!;
    assert.deepEqual(values.map(v => v.tag), ['pics/image/0', 'pics/image/1']);
    assert.deepEqual([values[0].image!.height, values[0].image!.width, values[0].image!.colorspace], [1, 2, 3]);
    const png = decodePng(values[1].image!.encoded_image_string!);
    assert.deepEqual(Array.from(png.data), [0, 0, 255, 9, 9, 9]);
    assert.deepEqual(decodeSummary(imageSummary('one', img, { maxOutputs: 1 })).value!.map(v => v.tag), ['one/image']);
  });

  it('image: float images scaled per image as summary_image_op.cc does; non-finite pixels red', () => {
    const positive = NDArray.from([[[[0], [0.5]], [[1], [2]]]], 'float32');
    let png = decodePng(decodeSummary(imageSummary('g', positive)).value![0].image!.encoded_image_string!);
    assert.deepEqual(Array.from(png.data), [0, 63, 127, 255]);
    const signed = NDArray.from([[[[-2, 0, 2], [1, NaN, 0]]]], 'float32');
    png = decodePng(decodeSummary(imageSummary('s', signed)).value![0].image!.encoded_image_string!);
    assert.deepEqual(Array.from(png.data), [1, 128, 255, 255, 0, 0]);
  });

  it('text: the string tensor with the text plugin\'s metadata', () => {
    assert.equal(hex(textSummary('note', 'hello')),
      '0a1d' + '0a046e6f7465' + '420b' + '0807120042' + '0568656c6c6f' + '4a08' + '0a060a0474657874');
    const v = decodeSummary(textSummary('t', new NDArray('string', [2], ['a', 'b']))).value![0];
    assert.equal(v.tensor!.dtype, 7);
    assert.equal((v.tensor!.string_val as Uint8Array[]).length, 2);
  });

  it('merge: values in input order; a repeated tag is TF\'s InvalidArgument', () => {
    const merged = decodeSummary(mergeSummaries([scalarSummary('a', 1), histogramSummary('b', [1]), scalarSummary('c', 3)]));
    assert.deepEqual(merged.value!.map(v => v.tag), ['a', 'b', 'c']);
    assert.throws(() => mergeSummaries([scalarSummary('a', 1), scalarSummary('a', 2)]), /Duplicate tag a found in summary inputs/);
  });

  it('cleans summary names as summary_op_util does', () => {
    assert.equal(cleanSummaryName('/loss (train)'), 'loss__train_');
    assert.equal(cleanSummaryName('a/b-c.d_e'), 'a/b-c.d_e');
  });
});
