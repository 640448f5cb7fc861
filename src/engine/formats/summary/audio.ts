// tf.summary.audio's values (core/kernels/summary_audio_op.cc, core/lib/wav/wav_io.cc): up to
// max_outputs clips of a [batch, frames] or [batch, frames, channels] float tensor, each a 16-bit
// PCM little-endian WAV in Summary.Audio with the float sample rate, channel and frame counts.
import type { NDArray } from '../../ndarray';
import type { NumericArray } from '../../dtypes';
import { invalidArgumentError } from '../errors';
import type { SummaryValueProto } from '../events/event_proto';

/** RIFF header (12) + "fmt " chunk (24) + "data" chunk header (8), as TF's packed WavHeader. */
const HEADER_BYTES = 44;

/** wav_io's FloatToInt16Sample: roundf(x * 2^15) (halves away from zero), clamped to int16. */
export function int16Sample(x: number): number {
  const scaled = Math.fround(Math.fround(x) * 32768);
  const rounded = Math.sign(scaled) * Math.round(Math.abs(scaled));
  return Math.min(Math.max(rounded, -32768), 32767);
}

/** EncodeAudioAsS16LEWav: `samples` are frames × channels interleaved, in [-1, 1]. */
export function encodeWavPcm16(samples: ArrayLike<number>, sampleRate: number, channels: number, frames: number): Uint8Array {
  if (!(sampleRate > 0) || sampleRate > 0xffffffff) throw invalidArgumentError(`sample_rate must be in (0, 2^32), got: ${sampleRate}`);
  if (channels < 1 || channels > 0xffff) throw invalidArgumentError(`num_channels must be in (0, 2^16), got: ${channels}`);
  const count = frames * channels, dataBytes = count * 2, fileBytes = HEADER_BYTES + dataBytes;
  if (fileBytes > 0xffffffff) throw invalidArgumentError('Provided channels and frames cannot be encoded as a WAV.');
  const out = new Uint8Array(fileBytes);
  const view = new DataView(out.buffer);
  const ascii = (at: number, text: string) => { for (let i = 0; i < 4; i++) out[at + i] = text.charCodeAt(i); };
  ascii(0, 'RIFF'); view.setUint32(4, fileBytes - 8, true); ascii(8, 'WAVE');
  ascii(12, 'fmt '); view.setUint32(16, 16, true);
  view.setUint16(20, 1, true); // PCM
  view.setUint16(22, channels, true);
  view.setUint32(24, sampleRate, true);
  view.setUint32(28, sampleRate * 2 * channels, true); // bytes per second
  view.setUint16(32, 2 * channels, true); // bytes per frame
  view.setUint16(34, 16, true); // bits per sample
  ascii(36, 'data'); view.setUint32(40, dataBytes, true);
  for (let i = 0; i < count; i++) view.setInt16(HEADER_BYTES + 2 * i, int16Sample(samples[i]), true);
  return out;
}

/** lrintf: the nearest integer, halves to even (the default rounding mode); 0 becomes 1, as the kernel does. */
function headerSampleRate(rate: number): number {
  const f = Math.floor(rate), diff = rate - f;
  const n = diff > 0.5 || (diff === 0.5 && f % 2 !== 0) ? f + 1 : f;
  return n === 0 ? 1 : n;
}

export function audioSummaryValues(tag: string, tensor: NDArray, sampleRate: number, maxOutputs = 3): SummaryValueProto[] {
  const rank = tensor.shape.length;
  if (rank < 2 || rank > 3) throw invalidArgumentError(`Tensor must be 3-D or 2-D, got: [${tensor.shape.join(',')}]`);
  if (tensor.dtype !== 'float32') throw invalidArgumentError(`AudioSummaryV2 needs a float32 tensor, got ${tensor.dtype}`);
  const rate = Math.fround(sampleRate);
  if (!(rate > 0)) throw invalidArgumentError('sample_rate must be > 0');
  const [batch, frames] = tensor.shape;
  const channels = rank === 2 ? 1 : tensor.shape[2];
  const perClip = frames * channels;
  const out: SummaryValueProto[] = [];
  for (let i = 0; i < Math.min(maxOutputs, batch); i++) {
    const clip = (tensor.data as NumericArray).subarray(i * perClip, (i + 1) * perClip);
    out.push({
      tag: maxOutputs > 1 ? `${tag}/audio/${i}` : `${tag}/audio`,
      audio: {
        sample_rate: rate, num_channels: channels, length_frames: frames, content_type: 'audio/wav',
        encoded_audio_string: encodeWavPcm16(clip, headerSampleRate(rate), channels, frames),
      },
    });
  }
  return out;
}
