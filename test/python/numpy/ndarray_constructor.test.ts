// np.ndarray(shape, dtype) as a constructor (word2vec batch generators fill such arrays element by
// element): the shape and dtype asked for, float64 by default, writable, an ndarray instance; the
// buffer/strides/offset forms raise NotImplementedError naming the argument.
import { strict as assert } from 'assert';
import '../../../src/python/modules/standard';
import { PythonSession } from '../../../src/python';

function run(source: string): { out: string; error?: string } {
  let out = '';
  const s = new PythonSession({ stdout: t => { out += t; }, stderr: t => { out += t; }, display: () => undefined });
  const r = s.runCell(source, '<cell 1>');
  return r.ok ? { out } : { out, error: r.error.traceback.trim().split('\n').pop() };
}

describe('np.ndarray(...) as a constructor', () => {
  it('makes an array of the shape and dtype asked for that the program then fills', () => {
    const r = run([
      'import numpy as np',
      'batch = np.ndarray(shape=(4), dtype=np.int32)',
      'labels = np.ndarray(shape=(2, 1), dtype=np.int32)',
      'for i in range(4):',
      '    batch[i] = 10 + i',
      'labels[1, 0] = 3',
      'print(batch, batch.dtype, labels.shape, labels[1, 0], isinstance(batch, np.ndarray))',
      'print(np.ndarray((2, 3)).dtype, np.ndarray((2, 3)).shape)',
    ].join('\n') + '\n');
    assert.equal(r.error, undefined, r.out);
    assert.equal(r.out, '[10 11 12 13] int32 (2, 1) 3 True\nfloat64 (2, 3)\n');
  });

  it('an array over a buffer is NotImplementedError naming the argument', () => {
    const r = run('import numpy as np\nnp.ndarray((2,), dtype=np.int32, buffer=np.zeros(2, np.int32))\n');
    assert.equal(r.error, "NotImplementedError: ndarray.__init__() argument 'buffer' is not supported by Gradbook: arrays over an existing buffer");
    assert.equal(run('import numpy as np\nnp.ndarray((2,), strides=(8,))\n').error,
      "NotImplementedError: ndarray.__init__() argument 'strides' is not supported by Gradbook: arrays over an existing buffer");
  });
});
