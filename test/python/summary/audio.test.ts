// tf.summary.audio as TF1 writes it (summary_audio_op.cc, wav_io.cc): clips of a [batch, frames]
// or [batch, frames, channels] float tensor become Summary.Audio values (float sample rate,
// channel and frame counts, 'audio/wav', 16-bit PCM WAV bytes) in the event file. The expected
// WAV bytes come from CPython's `wave` module (test/engine/formats/gen/gen_wav.py).
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { pySession, tempDir } from '../train/helpers';
import { formats } from '../../../src/engine';
import { NDArray } from '../../../src/engine/ndarray';
import { NodeFileSystem } from '../../../src/node';
import { recordsOfEvent } from '../../../src/python/modules/tensorflow/summary/sink';

interface Clip { samples: number[]; rate: number; channels: number; wav: string }
const clips = JSON.parse(fs.readFileSync(path.join(__dirname, '../../engine/formats/fixtures/audio/clips.json'), 'utf8')) as Record<string, Clip>;
const hex = (b: Uint8Array) => Buffer.from(b).toString('hex');
const list = (xs: number[]) => `[${xs.map(x => x.toPrecision(17)).join(', ')}]`;

function eventAudio(dir: string, logdir: string) {
  const file = fs.readdirSync(path.join(dir, logdir)).find(f => f.startsWith('events.out.tfevents.'))!;
  return formats.readEventFile(new NodeFileSystem(), path.join(dir, logdir, file))
    .flatMap(e => (e.summary?.value ?? []).map(v => ({ step: Number(e.step), tag: v.tag, audio: v.audio as Record<string, unknown> })));
}

describe('tf.summary.audio', () => {
  it('writes each clip as Summary.Audio with the WAV bytes CPython\'s wave module writes (mono, stereo, max_outputs)', () => {
    const dir = tempDir('audio');
    const { edges, tone, stereo } = clips;
    const py = pySession(dir);
    const out = py.run([
      'import tensorflow as tf', 'import numpy as np',
      `mono = tf.placeholder(tf.float32, [None, None], name="mono")`,
      `a = tf.summary.audio("voice", mono, 8000, max_outputs=1)`,
      `b = tf.summary.audio("pair", tf.constant(np.array([${list(stereo.samples)}], dtype=np.float32).reshape(1, 16, 2)), tf.constant(16000.0))`,
      'print(a.name, a.op.type, b.name, [i.name for i in a.op.inputs])',
      'sess = tf.Session()',
      'w = tf.summary.FileWriter("logs/audio")',
      `w.add_summary(sess.run(a, {mono: [${list(edges.samples)}, ${list(tone.samples.slice(0, 10))}]}), 0)`,
      `w.add_summary(sess.run(tf.summary.audio("tones", mono, 8000.0), {mono: [${list(tone.samples)}, ${list(tone.samples)}]}), 1)`,
      'w.add_summary(sess.run(b), 2)',
      'w.close()',
    ]);
    assert.equal(out, 'voice:0 AudioSummaryV2 pair:0 [\'voice/tag:0\', \'mono:0\', \'voice/sample_rate:0\']\n');
    const values = eventAudio(dir, 'logs/audio');
    // max_outputs=1 names the tag <name>/audio and keeps the first clip; otherwise <name>/audio/<i>.
    assert.deepEqual(values.map(v => [v.step, v.tag]), [[0, 'voice/audio'], [1, 'tones/audio/0'], [1, 'tones/audio/1'], [2, 'pair/audio/0']]);
    const fields = (a: Record<string, unknown>) => [a.sample_rate, Number(a.num_channels), Number(a.length_frames), a.content_type];
    assert.deepEqual(fields(values[0].audio), [8000, 1, edges.samples.length, 'audio/wav']);
    assert.deepEqual(fields(values[3].audio), [16000, 2, 16, 'audio/wav']);
    assert.equal(hex(values[0].audio.encoded_audio_string as Uint8Array), edges.wav);
    assert.equal(hex(values[1].audio.encoded_audio_string as Uint8Array), tone.wav);
    assert.equal(hex(values[2].audio.encoded_audio_string as Uint8Array), tone.wav);
    assert.equal(hex(values[3].audio.encoded_audio_string as Uint8Array), stereo.wav);
  });

  it('the WAV encoder alone matches the fixtures, and the Summaries view ignores audio values', () => {
    for (const c of Object.values(clips)) {
      assert.equal(hex(formats.encodeWavPcm16(c.samples, c.rate, c.channels, c.samples.length / c.channels)), c.wav);
    }
    assert.equal(formats.int16Sample(0.5 / 32768), 1, 'roundf rounds halves away from zero');
    assert.equal(formats.int16Sample(-0.5 / 32768), -1);
    assert.equal(formats.int16Sample(3), 32767);
    const audio = formats.decodeSummary(formats.audioSummary('a', new NDArray('float32', [1, 2], Float32Array.from([0, 1])), 8000));
    assert.deepEqual(recordsOfEvent('logs', { step: 1, summary: audio }), [], 'an audio value is neither a scalar nor a histogram');
  });
});
