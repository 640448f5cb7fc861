// tf.contrib.learn.preprocessing (TF 1.x): VocabularyProcessor's tokenizer, ids in order of first
// appearance with 0 for unknown words and padding, int64 rows cut at max_document_length,
// min_frequency trimming (ids renumbered by falling count, ties in key order), reverse(), and
// save()/restore() through pickle. Expected values: python3 runs of the same rules (TF's tokenizer
// regular expression and CategoricalVocabulary bookkeeping).
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { ok, runScript } from './estimator_helpers';

describe('tf.contrib.learn.preprocessing', function () {
  this.timeout(60_000);

  it('fit_transform gives int64 rows of ids in order of first use, padded with 0; transform maps unknown words to 0', () => {
    const r = ok(runScript([
      'import numpy as np',
      'from tensorflow.contrib import learn',
      "docs = ['This is a cat', 'This must be boy', 'This is a a dog']",
      'vp = learn.preprocessing.VocabularyProcessor(5)',
      'x = np.array(list(vp.fit_transform(docs)))',
      'print(x.tolist(), x.dtype, len(vp.vocabulary_))',
      "print(sorted(vp.vocabulary_._mapping.items(), key=lambda kv: kv[1])[:4])",
      "print([r.tolist() for r in vp.transform(['a dog barks', 'cat cat cat cat cat cat cat'])], len(vp.vocabulary_))",
      "print(list(vp.reverse([[1, 2, 8, 0]])))",
    ]));
    const lines = r.stdout.trim().split('\n');
    assert.equal(lines[0], '[[1, 2, 3, 4, 0], [1, 5, 6, 7, 0], [1, 2, 3, 3, 8]] int64 9');
    assert.equal(lines[1], "[('<UNK>', 0), ('This', 1), ('is', 2), ('a', 3)]");
    assert.equal(lines[2], '[[3, 8, 0, 0, 0], [4, 4, 4, 4, 4]] 9');
    assert.equal(lines[3], "['This is dog <UNK>']");
  });

  it('the default tokenizer splits runs of capitals and CamelCase and keeps apostrophes and hyphens', () => {
    const r = ok(runScript([
      'from tensorflow.contrib.learn.python.learn.preprocessing import text',
      `print(list(text.tokenizer(["HTTPServer isn't well-known CamelCase, 42!"])))`,
    ]));
    assert.equal(r.stdout.trim(), `[['HTTP', 'Server', "isn't", 'well-known', 'Camel', 'Case', '42']]`);
  });

  it('min_frequency keeps words seen more often, renumbered by falling count with ties in key order', () => {
    const r = ok(runScript([
      'from tensorflow.contrib import learn',
      "vp = learn.preprocessing.VocabularyProcessor(4, min_frequency=1)",
      "rows = list(vp.fit_transform(['d b a', 'a d c', 'b d']))",
      'print([r.tolist() for r in rows], len(vp.vocabulary_), vp.vocabulary_.reverse(2))',
    ]));
    // counts d 3, a 2, b 2, c 1: d -> 1, a -> 2, b -> 3, c dropped (unknown, 0)
    assert.equal(r.stdout.trim(), "[[1, 3, 2, 0], [2, 1, 0, 0], [3, 1, 0, 0]] 4 a");
  });

  it('save and restore round-trip the processor through pickle (the vocabulary stays frozen)', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vocab-'));
    try {
      const file = path.join(dir, 'vocab');
      const r = ok(runScript([
        'from tensorflow.contrib import learn',
        "vp = learn.preprocessing.VocabularyProcessor(3)",
        "vp.fit(['red green', 'blue red'])",
        `vp.save(${JSON.stringify(file)})`,
        `back = learn.preprocessing.VocabularyProcessor.restore(${JSON.stringify(file)})`,
        "print(type(back).__name__, back.max_document_length, len(back.vocabulary_), [r.tolist() for r in back.transform(['blue yellow red'])])",
      ]));
      assert.equal(r.stdout.trim(), 'VocabularyProcessor 3 4 [[3, 0, 1]]');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('CategoricalProcessor is refused with NotImplementedError', () => {
    const r = runScript(['from tensorflow.contrib import learn', 'learn.preprocessing.CategoricalProcessor']);
    const res = r.results[0];
    assert.ok(!res.ok && /NotImplementedError: tf.contrib.learn.preprocessing.CategoricalProcessor/.test(res.error.traceback));
  });
});
