// Gradbook's small pandas (pandas 0.2x behaviour). Each fixtures/*.py was run once with the real
// pandas (scripts/pandas-fixtures.sh: Debian's python3-pandas 1.5.3, whose reprs, dtypes and
// statistics are those of 0.2x for what the fixtures print) to produce *.expected; our stdout must
// equal it byte for byte. The cases below cover what pandas 1.5 no longer has (as_matrix) and the
// arguments we refuse.
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { newSession, run } from '../helpers';

const dir = path.join(__dirname, 'fixtures');

function py(lines: string[]): string {
  const r = run(lines.join('\n') + '\n');
  if (!r.result.ok) throw new Error(r.result.error.traceback);
  return r.stdout;
}

/** Test sessions run as notebook cells, which show TF's INFO log lines on stdout. */
function withoutInfo(text: string): string {
  return text.split('\n').filter(l => !l.startsWith('INFO:tensorflow:')).join('\n');
}

function pyError(lines: string[]): string {
  const r = run(lines.join('\n') + '\n');
  if (r.result.ok) throw new Error('expected an error; stdout: ' + r.stdout);
  return `${r.result.error.ename}: ${r.result.error.evalue}`;
}

describe('pandas subset', function () {
  this.timeout(60_000);

  describe('fixtures (stdout equals the real pandas byte for byte)', () => {
    for (const file of fs.readdirSync(dir).filter(f => f.endsWith('.py')).sort()) {
      it(file, () => {
        const source = fs.readFileSync(path.join(dir, file), 'utf8');
        const expected = fs.readFileSync(path.join(dir, file.replace(/\.py$/, '.expected')), 'utf8');
        const c = newSession();
        const result = c.session.runCell(source, file);
        if (!result.ok) assert.fail(result.error.traceback);
        assert.equal(c.out.join(''), expected);
      });
    }
  });

  it('as_matrix (pandas 0.2x) is values, optionally of some columns; np.asarray and np.array take frames and Series', () => {
    assert.equal(py([
      'import numpy as np, pandas as pd',
      "df = pd.DataFrame({'a': [1, 2], 'b': [0.5, 1.5], 'c': [3, 4]})",
      'print(df.as_matrix().tolist(), df.as_matrix(columns=["c", "a"]).tolist(), df.as_matrix().dtype)',
      "print(np.asarray(df).shape, np.array(df['a']).tolist(), (np.asarray(df['b']) * 2).tolist())",
    ]), '[[1.0, 0.5, 3.0], [2.0, 1.5, 4.0]] [[3, 1], [4, 2]] float64\n(2, 3) [1, 2] [1.0, 3.0]\n');
  });

  it('read_csv reads a file by path', () => {
    const file = path.join(require('os').tmpdir(), `gradbook_pandas_${process.pid}.csv`);
    fs.writeFileSync(file, 'x,y\n1,a\n2,b\n');
    try {
      assert.equal(py(['import pandas as pd', `df = pd.read_csv(${JSON.stringify(file)})`, 'print(df.shape, df.x.sum(), df.y.tolist())']),
        "(2, 2) 3 ['a', 'b']\n");
    } finally {
      fs.unlinkSync(file);
    }
  });

  it('arguments and features we do not implement raise NotImplementedError; missing labels raise KeyError', () => {
    const head = ['import io, pandas as pd', "df = pd.DataFrame({'a': [1, 2], 'b': [3.0, 4.0]})"];
    assert.equal(pyError([...head, "pd.read_csv(io.StringIO('a\\n1\\n'), parse_dates=True)"]),
      "NotImplementedError: read_csv() argument 'parse_dates' is not supported by Gradbook's pandas");
    assert.equal(pyError([...head, 'df.sample(frac=1, replace=True)']),
      "NotImplementedError: sample() argument 'replace' is not supported by Gradbook's pandas");
    // pandas' own error for .str on numbers; split(expand=True) (a frame of the pieces) is not ours.
    assert.equal(pyError([...head, "df['a'].str.lower()"]), 'AttributeError: Can only use .str accessor with string values!');
    assert.equal(pyError([...head, "pd.Series(['a b']).str.split(' ', expand=True)"]),
      "NotImplementedError: Series.str.split() argument 'expand' is not supported by Gradbook's pandas");
    assert.equal(pyError([...head, "pd.get_dummies(df, drop_first=True)"]),
      "NotImplementedError: get_dummies() arguments 'dummy_na', 'sparse' and 'drop_first' are not supported by Gradbook's pandas");
    assert.equal(pyError([...head, "df['zz']"]), "KeyError: 'zz'");
    assert.equal(pyError([...head, "df.drop('zz', axis=1)"]), "KeyError: \"['zz'] not found in axis\"");
    assert.equal(pyError([...head, 'df.nope']), "AttributeError: 'DataFrame' object has no attribute 'nope'");
    assert.match(pyError(['import pandas as pd', 'pd.read_excel']), /^AttributeError: module 'pandas' has no attribute 'read_excel'/);
    assert.equal(pyError([...head, 'bool(df.a > 1)']),
      'ValueError: The truth value of a Series is ambiguous. Use a.empty, a.bool(), a.item(), a.any() or a.all().');
  });

  it('pandas_input_fn feeds the columns by name and the Series target in batches, one pass in order, then OutOfRangeError', () => {
    assert.equal(withoutInfo(py([
      'import numpy as np, pandas as pd, tensorflow as tf',
      "x = pd.DataFrame({'a': [1.0, 2.0, 3.0, 4.0, 5.0], 'b': [10, 20, 30, 40, 50], 's': ['p', 'q', 'r', 's', 't']})",
      "y = pd.Series([0, 1, 0, 1, 1])",
      'features, target = tf.estimator.inputs.pandas_input_fn(x, y, batch_size=2, num_epochs=1, shuffle=False)()',
      "print(sorted(features), features['a'].dtype, features['b'].dtype, features['s'].dtype, target.dtype)",
      'step = tf.train.get_or_create_global_step()',
      'with tf.train.MonitoredSession() as sess:',
      '    while not sess.should_stop():',
      "        f, t = sess.run([features, target])",
      "        print(f['a'].tolist(), f['b'].tolist(), [v.decode() for v in f['s'].tolist()], t.tolist())",
    ])), [
      "['a', 'b', 's'] <dtype: 'float64'> <dtype: 'int64'> <dtype: 'string'> <dtype: 'int64'>",
      "[1.0, 2.0] [10, 20] ['p', 'q'] [0, 1]",
      "[3.0, 4.0] [30, 40] ['r', 's'] [0, 1]",
      "[5.0] [50] ['t'] [1]",
      '',
    ].join('\n'));
  });

  it('tf.contrib.learn.io.pandas_input_fn feeds a DataFrame and a Series as the core one does', () => {
    assert.equal(withoutInfo(py([
      'import pandas as pd, tensorflow as tf',
      'with tf.Graph().as_default():',
      "    x = pd.DataFrame({'a': [1.0, 2.0, 3.0]})",
      '    features, target = tf.contrib.learn.io.pandas_input_fn(x, pd.Series([7, 8, 9]), batch_size=2, shuffle=False)()',
      '    step = tf.train.get_or_create_global_step()',
      '    with tf.train.MonitoredSession() as sess:',
      '        while not sess.should_stop():',
      "            f, t = sess.run([features, target])",
      "            print(f['a'].tolist(), t.tolist())",
    ])), ['[1.0, 2.0] [7, 8]', '[3.0] [9]', ''].join('\n'));
  });

  it('pandas_input_fn checks its arguments as TF does', () => {
    const head = ['import pandas as pd, tensorflow as tf', "x = pd.DataFrame({'a': [1.0, 2.0]})"];
    assert.equal(pyError([...head, "tf.estimator.inputs.pandas_input_fn(x, pd.Series([1, 2]))"]),
      'ValueError: shuffle must be provided and explicitly set as boolean (it is recommended to set it as True for training); got None');
    assert.equal(pyError([...head, "tf.estimator.inputs.pandas_input_fn(x, pd.Series([1, 2], index=[5, 6]), shuffle=False)"]),
      "ValueError: Index for x and y are mismatched.\nIndex for x: RangeIndex(start=0, stop=2, step=1)\nIndex for y: Int64Index([5, 6], dtype='int64')\n");
    assert.equal(pyError([...head, "x['target'] = 1", "tf.estimator.inputs.pandas_input_fn(x, pd.Series([1, 2]), shuffle=False)"]),
      "ValueError: Cannot use name target for target column: DataFrame already has a column with that name: Index(['a', 'target'], dtype='object')");
  });

  it('tf.compat.v1 spellings: a LinearRegressor over numeric columns learns y = 2a from pandas_input_fn batches', () => {
    const dir = path.join(require('os').tmpdir(), `gradbook_pandas_lin_${process.pid}`);
    fs.rmSync(dir, { recursive: true, force: true });
    try {
      assert.equal(withoutInfo(py([
        'import pandas as pd, tensorflow as tf',
        'print(tf.compat.v1.estimator.inputs.pandas_input_fn is tf.estimator.inputs.pandas_input_fn)',
        "x = pd.DataFrame({'a': [1.0, 2.0, 3.0, 4.0], 'b': [0.5, 0.1, 0.2, 0.3]})",
        'y = pd.Series([2.0, 4.0, 6.0, 8.0])',
        "cols = [tf.compat.v1.feature_column.numeric_column('a'), tf.feature_column.numeric_column('b')]",
        `est = tf.compat.v1.estimator.LinearRegressor(feature_columns=cols, model_dir=${JSON.stringify(dir)})`,
        'est.train(tf.compat.v1.estimator.inputs.pandas_input_fn(x, y, batch_size=4, num_epochs=None, shuffle=True), steps=200)',
        "loss = est.evaluate(tf.compat.v1.estimator.inputs.pandas_input_fn(x, y, shuffle=False))['loss']",
        'preds = [p["predictions"][0] for p in est.predict(tf.compat.v1.estimator.inputs.pandas_input_fn(x, shuffle=False))]',
        'print(loss < 1.0, len(preds), abs(preds[3] - 8.0) < 1.0)',
      ])), 'True\nTrue 4 True\n');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
