// tf.app.flags / tf.flags / absl.flags and tf.app.run, against absl-py 0.8 and TF 1.15 behaviour.
import { strict as assert } from 'assert';
import { ok, runCells, runScript } from './estimator_helpers';

const DEFINES = [
  'import tensorflow as tf',
  'flags = tf.app.flags',
  "flags.DEFINE_string('data_dir', '/tmp/data', 'Where the data is')",
  "flags.DEFINE_integer('steps', 100, 'Training steps', lower_bound=1)",
  "flags.DEFINE_float('learning_rate', 0.01, 'Learning rate')",
  "flags.DEFINE_boolean('fake_data', False, 'Use fake data')",
  "flags.DEFINE_bool('verbose', True, 'Talk')",
  "flags.DEFINE_enum('mode', 'train', ['train', 'eval'], 'What to do')",
  "flags.DEFINE_list('layers', '64,32', 'Hidden sizes')",
  "flags.DEFINE_multi_string('tag', [], 'Tags')",
  'FLAGS = flags.FLAGS',
];

describe('tf.app.flags', () => {
  it('reading a flag parses sys.argv first: --name=value, --name value, --flag and --noflag', () => {
    const r = ok(runScript([...DEFINES,
      'print(FLAGS.data_dir, FLAGS.steps, FLAGS.learning_rate, FLAGS.fake_data, FLAGS.verbose, FLAGS.mode, FLAGS.layers, FLAGS.tag)',
    ], ['--steps=7', '--learning_rate', '0.5', '--fake_data', '--noverbose', '--mode=eval', '--layers=1,2,3', '--tag=a', '--tag', 'b']));
    assert.equal(r.stdout, "/tmp/data 7 0.5 True False eval ['1', '2', '3'] ['a', 'b']\n");
  });

  it('a notebook with no command-line arguments reads the defaults', () => {
    const r = ok(runCells([[...DEFINES, 'print(FLAGS.steps, FLAGS.fake_data, FLAGS.layers)', 'print(sorted(FLAGS.flag_values_dict().items())[:3])']]));
    assert.equal(r.stdout, "100 False ['64', '32']\n[('data_dir', '/tmp/data'), ('fake_data', False), ('layers', ['64', '32'])]\n");
  });

  it('an unknown flag on the command line is UnrecognizedFlagError when FLAGS is read (absl text)', () => {
    const r = runScript([...DEFINES, 'print(FLAGS.steps)'], ['--stpes=3']);
    const res = r.results[0];
    assert.ok(!res.ok);
    assert.equal(res.error.ename, 'UnrecognizedFlagError');
    assert.equal(res.error.evalue, "Unknown command line flag 'stpes'. Did you mean: steps ?");
    assert.match(res.error.traceback, /File "\/tmp\/prog\.py", line 12, in <module>\n    print\(FLAGS\.steps\)/);
  });

  it('bad values name the flag: int text, bounds, enum, boolean', () => {
    const cases: [string, RegExp][] = [
      ['--steps=abc', /IllegalFlagValueError: flag --steps=abc: invalid literal for int\(\) with base 10: 'abc'/],
      ['--steps=0', /IllegalFlagValueError: flag --steps=0: 0 is not a value >= 1/],
      ['--mode=test', /IllegalFlagValueError: flag --mode=test: value should be one of <train\|eval>/],
      ['--nosteps', /UnrecognizedFlagError: Unknown command line flag 'nosteps'/],
      ['--nofake_data=1', /ValueError: --nofake_data=1 does not take an argument/],
    ];
    for (const [arg, expected] of cases) {
      const r = runScript([...DEFINES, 'FLAGS.steps'], [arg]);
      assert.ok(!r.results[0].ok, arg);
      if (!r.results[0].ok) assert.match(r.results[0].error.traceback, expected, arg);
    }
  });

  it('FLAGS.x = v sets a value; FLAGS[name] is the Flag; FLAGS.__flags maps names to flags that print as values (TF<1.5 tutorials)', () => {
    const r = ok(runCells([[...DEFINES,
      'FLAGS.steps = 5',
      "print(FLAGS.steps, FLAGS['steps'].value, FLAGS['steps'].default, 'steps' in FLAGS, 'nope' in FLAGS)",
      'for attr, value in sorted(FLAGS.__flags.items())[:2]:',
      "    print('{}={}'.format(attr.upper(), value))",
      "print(FLAGS.__flags['mode'].value)",
    ]]));
    assert.equal(r.stdout, "5 5 100 True False\nDATA_DIR=/tmp/data\nFAKE_DATA=False\ntrain\n");
  });

  it('notebook: re-running the cell that defines flags replaces them instead of TF\'s DuplicateFlagError', () => {
    const cell = [...DEFINES, 'print(FLAGS.steps)'];
    const again = [...DEFINES.slice(0, 3), "flags.DEFINE_integer('steps', 200, 'More steps')", 'print(FLAGS.steps)'];
    const r = ok(runCells([cell, cell, again]));
    assert.equal(r.stdout, '100\n100\n200\n');
  });

  it('a script that defines a flag twice gets absl\'s DuplicateFlagError', () => {
    const r = runScript([...DEFINES, "flags.DEFINE_string('data_dir', 'x', 'again')"]);
    const res = r.results[0];
    assert.ok(!res.ok);
    assert.equal(res.error.ename, 'DuplicateFlagError');
    assert.equal(res.error.evalue, "The flag 'data_dir' is defined twice. First from __main__, Second from __main__.  Description from first occurrence: Where the data is");
  });

  it('tf.flags and absl.flags are the same FLAGS; TF\'s old keyword names still work', () => {
    const r = ok(runScript([
      'import tensorflow as tf',
      'from absl import flags',
      "tf.flags.DEFINE_integer(flag_name='epochs', default_value=3, docstring='Epochs')",
      "flags.DEFINE_string('name', 'run', 'Run name')",
      'print(tf.flags.FLAGS.epochs, tf.app.flags.FLAGS.name, tf.flags is tf.app.flags)',
      'flags.FLAGS.mark_as_parsed()',
      'print(flags.FLAGS.epochs, flags.FLAGS.name)',
    ], ['--epochs=9']));
    assert.equal(r.stdout, '9 run True\n9 run\n');
  });

  it('absl.flags alone refuses to read a flag before parsing (UnparsedFlagAccessError)', () => {
    const r = runScript(['from absl import flags', "flags.DEFINE_integer('n', 1, 'n')", 'flags.FLAGS.n']);
    assert.ok(!r.results[0].ok);
    if (!r.results[0].ok) assert.equal(r.results[0].error.evalue, 'Trying to access flag --n before flags were parsed.');
  });

  it('DEFINE_* with an argument Gradbook does not implement raises NotImplementedError naming it', () => {
    const r = runScript(['import tensorflow as tf', "tf.app.flags.DEFINE_string('a', 'x', 'help', serializer=1)"]);
    assert.ok(!r.results[0].ok);
    if (!r.results[0].ok) assert.equal(r.results[0].error.evalue, 'DEFINE_string() argument serializer is not supported by Gradbook');
  });
});

describe('tf.app.run', () => {
  const PROGRAM = [...DEFINES,
    'def main(argv):',
    "    print('main', argv, FLAGS.steps, FLAGS.fake_data)",
    '    return 3',
    'if __name__ == "__main__":',
    '    tf.app.run()',
  ];

  it('parses the flags, passes the unparsed arguments (unknown flags included) to main, exits with its result', () => {
    const r = runScript(PROGRAM, ['--steps=9', '--other=1', '--fake_data', 'file.txt', '--steps=2']);
    const res = r.results[0];
    assert.ok(!res.ok);
    assert.equal(res.error.ename, 'SystemExit');
    assert.equal(res.error.exitCode, 3);
    assert.equal(r.stdout, "main ['/tmp/prog.py', '--other=1', 'file.txt', '--steps=2'] 9 True\n");
  });

  it('a bad flag value prints absl\'s FATAL Flags parsing error and exits 1', () => {
    const r = runScript(PROGRAM, ['--steps=x']);
    const res = r.results[0];
    assert.ok(!res.ok);
    assert.equal(res.error.exitCode, 1);
    assert.equal(r.stdout, '');
    assert.equal(r.stderr, "FATAL Flags parsing error: flag --steps=x: invalid literal for int() with base 10: 'x'\nPass --helpshort or --helpfull to see help on flags.\n");
  });

  it('--help prints the flags with their defaults and exits 0', () => {
    const r = runScript(PROGRAM, ['--help']);
    assert.ok(!r.results[0].ok && r.results[0].error.exitCode === 0);
    assert.match(r.stdout, /--steps: Training steps\n    \(default: '100'\)\n    \(a value >= 1\)/);
  });

  it('in a notebook tf.app.run(main) ends the cell with IPython\'s SystemExit note; the kernel and FLAGS live on', () => {
    const r = runCells([
      [...DEFINES, 'def main(_):', "    print('trained', FLAGS.steps)", 'tf.app.run(main)'],
      ['print(FLAGS.steps + 1)'],
    ]);
    const [first, second] = r.results;
    assert.ok(!first.ok);
    assert.equal(first.error.ename, 'SystemExit');
    assert.equal(first.error.exitCode, 0);
    assert.match(first.error.traceback, /^An exception has occurred, use %tb to see the full traceback\.\n\nSystemExit/);
    assert.ok(second.ok);
    assert.equal(r.stdout, 'trained 100\n101\n');
  });

  it('absl.app.run with main raising UsageError prints the message and exits with its code', () => {
    const r = runScript([
      'from absl import app',
      'def main(argv):',
      "    raise app.UsageError('Too many arguments.', exitcode=2)",
      'app.run(main)',
    ]);
    assert.ok(!r.results[0].ok && r.results[0].error.exitCode === 2);
    assert.match(r.stderr, /Too many arguments\.\n$/);
  });
});
