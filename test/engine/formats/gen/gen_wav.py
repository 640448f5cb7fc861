# Expected WAV bytes of tf.summary.audio clips, written by CPython's `wave` module (16-bit PCM,
# the same 44-byte RIFF/fmt/data header TF's wav_io writes) from samples quantised as TF's
# FloatToInt16Sample does: roundf(x * 2^15) in float32 (halves away from zero), clamped to int16.
# Run: python3 test/engine/formats/gen/gen_wav.py > test/engine/formats/fixtures/audio/clips.json
import io, json, wave
import numpy as np

def quantise(x):
    scaled = np.float32(x) * np.float32(32768)
    rounded = np.sign(scaled) * np.floor(np.abs(scaled) + np.float32(0.5))
    return np.clip(rounded, -32768, 32767).astype('<i2')

def wav(samples, rate, channels):
    buf = io.BytesIO()
    with wave.open(buf, 'wb') as w:
        w.setnchannels(channels)
        w.setsampwidth(2)
        w.setframerate(rate)
        w.writeframes(quantise(samples).tobytes())
    return buf.getvalue().hex()

# One mono clip with the edge cases (clamping, a half to round away from zero, -1 and +1) and a
# 440 Hz tone; one stereo clip (frames x channels interleaved).
edges = np.array([0, 1, -1, 2, -2, 0.5 / 32768, -0.5 / 32768, 1.5 / 32768, 0.25, -0.75], dtype=np.float32)
tone = (0.5 * np.sin(2 * np.pi * 440 * np.arange(64) / 8000)).astype(np.float32)
stereo = np.stack([tone[:16], -tone[:16]], axis=1).astype(np.float32)

print(json.dumps({
    'edges': {'samples': edges.tolist(), 'rate': 8000, 'channels': 1, 'wav': wav(edges, 8000, 1)},
    'tone': {'samples': tone.tolist(), 'rate': 8000, 'channels': 1, 'wav': wav(tone, 8000, 1)},
    'stereo': {'samples': stereo.reshape(-1).tolist(), 'rate': 16000, 'channels': 2, 'wav': wav(stereo.reshape(-1), 16000, 2)},
}, indent=1))
