// tf.distributions Normal / Bernoulli / Categorical and kl_divergence (TF 1.15 core). Expected
// values are the closed forms: Normal log-density -z²/2 - log(2π)/2 - log σ, entropy
// log(2πe)/2 + log σ, KL(N(1,2) || N(0,1)) = 1/2 + (4 - 1 - log 4)/2; Bernoulli(0.3) log p(1) =
// log 0.3; Categorical([.2, .5, .3]) entropy -Σ p log p. Sample statistics use 1000+ draws with
// loose tolerances.
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { clearDefaultGraphState } from '../../../src/engine/graph/default_graph';
import { py, pyError } from './layers/helpers';

describe('tf.distributions', () => {
  after(() => clearDefaultGraphState());

  it('Normal: shapes of samples, their moments, log_prob / prob / entropy / stddev and KL', () => {
    const out = py(`
import numpy as np
import tensorflow as tf
r4 = lambda t: [round(float(v), 4) for v in np.ravel(t)]
tf.set_random_seed(0)
n = tf.distributions.Normal(loc=[0., 1.], scale=[1., 2.])
s = n.sample(2000)
kl = tf.distributions.kl_divergence(n, tf.distributions.Normal(0., 1.))
with tf.Session() as sess:
    print(s.shape, sess.run(n.sample()).shape, sess.run(n.sample([2, 3])).shape)
    v = sess.run(s)
    print(bool(np.all(np.abs(v.mean(axis=0) - [0., 1.]) < 0.15)), bool(np.all(np.abs(v.std(axis=0) - [1., 2.]) < 0.15)))
    for t in [n.log_prob(0.5), n.prob(0.5), n.entropy(), n.stddev(), kl]:
        print(r4(sess.run(t)))
`);
    const r = (x: number) => Math.round(x * 1e4) / 1e4;
    const lp = (x: number, m: number, s: number) => -0.5 * ((x - m) / s) ** 2 - 0.5 * Math.log(2 * Math.PI) - Math.log(s);
    assert.equal(out, [
      '(2000, 2) (2,) (2, 3, 2)',
      'True True',
      JSON.stringify([r(lp(0.5, 0, 1)), r(lp(0.5, 1, 2))]).replace(/,/g, ', '),
      JSON.stringify([r(Math.exp(lp(0.5, 0, 1))), r(Math.exp(lp(0.5, 1, 2)))]).replace(/,/g, ', '),
      JSON.stringify([r(0.5 * Math.log(2 * Math.PI * Math.E)), r(0.5 * Math.log(2 * Math.PI * Math.E) + Math.log(2))]).replace(/,/g, ', '),
      '[1.0, 2.0]',
      `[0.0, ${r(0.5 + 0.5 * (4 - 1 - Math.log(4)))}]`,
    ].join('\n') + '\n');
  });

  it('Bernoulli and Categorical: log_prob, entropy, mean, sample dtype and frequencies', () => {
    const out = py(`
import numpy as np
import tensorflow as tf
r4 = lambda t: [round(float(v), 4) for v in np.ravel(t)]
tf.set_random_seed(1)
b = tf.distributions.Bernoulli(probs=0.3)
c = tf.distributions.Categorical(logits=tf.log([[0.2, 0.5, 0.3]]))
with tf.Session() as sess:
    print(r4(sess.run([b.log_prob(1), b.entropy(), b.mean()])), sess.run(b.sample(5)).dtype)
    print(round(float(np.mean(sess.run(b.sample(4000)))), 1))
    cs = sess.run(c.sample(4000))
    print(cs.shape, np.round(np.bincount(cs[:, 0]) / 4000., 1).tolist())
    print(r4(sess.run(c.log_prob([1]))), r4(sess.run(c.entropy())))
    print(round(float(sess.run(tf.distributions.kl_divergence(b, tf.distributions.Bernoulli(probs=0.3)))), 6))
`);
    const r = (x: number) => Math.round(x * 1e4) / 1e4;
    const hb = -(0.3 * Math.log(0.3) + 0.7 * Math.log(0.7));
    const hc = -(0.2 * Math.log(0.2) + 0.5 * Math.log(0.5) + 0.3 * Math.log(0.3));
    assert.equal(out, [
      `[${r(Math.log(0.3))}, ${r(hb)}, 0.3] int32`,
      '0.3',
      '(4000, 1) [0.2, 0.5, 0.3]',
      `[${r(Math.log(0.5))}] [${r(hc)}]`,
      '0.0',
    ].join('\n') + '\n');
  });

  it('asks for exactly one of logits and probs, and refuses validate_args', () => {
    assert.match(pyError('import tensorflow as tf\ntf.distributions.Bernoulli()\n'), /ValueError: Must pass probs or logits, but not both\./);
    assert.match(pyError('import tensorflow as tf\ntf.distributions.Normal(0., 1., validate_args=True)\n'), /NotImplementedError: .*'validate_args'/);
  });
});

describe('tf.distributions.Normal cdf / log_cdf and tf.erf', () => {
  after(() => clearDefaultGraphState());
  // python3's math.erfc values from test/engine/math/gen/gen_erf.py.
  const fixture = JSON.parse(fs.readFileSync(path.join(__dirname, '../../engine/math/fixtures/erf.json'), 'utf8')) as {
    x: number[]; erf: number[]; normal: { loc: number; scale: number; v: number[]; cdf: number[]; log_cdf: number[] };
  };
  const { normal } = fixture;

  it('Normal.cdf and log_cdf match 0.5 * erfc(-(x - mu) / (sigma sqrt 2)) and its log (float64 and float32)', () => {
    const out = py(`
import numpy as np
import tensorflow as tf
v = np.array(${JSON.stringify(normal.v)})
for dt in [tf.float64, tf.float32]:
    n = tf.distributions.Normal(loc=tf.constant(${normal.loc}, dt), scale=tf.constant(${normal.scale}, dt))
    c, lc = n.cdf(tf.constant(v, dt)), n.log_cdf(tf.constant(v, dt))
    print(c.op.name, lc.dtype.name)
    with tf.Session() as sess:
        for t in sess.run([c, lc]):
            print(' '.join(repr(float(x)) for x in t))
`);
    const lines = out.trim().split('\n');
    for (const [k, rel] of [[0, 1e-12], [3, 2e-6]] as const) {
      assert.match(lines[k], k === 0 ? /^Normal\/cdf\/\S+ float64$/ : /^Normal_1\/cdf\/\S+ float32$/);
      const cdf = lines[k + 1].split(' ').map(Number), logCdf = lines[k + 2].split(' ').map(Number);
      normal.cdf.forEach((want, i) => assert.ok(Math.abs(cdf[i] - want) <= rel * want, `cdf(${normal.v[i]}) ${cdf[i]} vs ${want}`));
      normal.log_cdf.forEach((want, i) => assert.ok(Math.abs(logCdf[i] - want) <= rel * Math.abs(want) + 1e-7, `log_cdf(${normal.v[i]}) ${logCdf[i]} vs ${want}`));
    }
  });

  it('log_cdf far in the lower tail stays finite and follows log Phi (below where cdf underflows)', () => {
    const out = py(`
import tensorflow as tf
n = tf.distributions.Normal(0., 1.)
with tf.Session() as sess:
    print(' '.join(repr(float(x)) for x in sess.run([n.log_cdf(-8.5), n.log_cdf(-20.), n.log_cdf(-40.), n.cdf(-40.)])))
`);
    const [a, b, c, d] = out.trim().split(' ').map(Number);
    // log Phi(z) = -z^2/2 - log(-z) - log(2 pi)/2 + log(1 - 1/z^2 + 3/z^4 - ...): at -20 and -40 the
    // leading terms with the first correction are exact to float32.
    const approx = (z: number) => -z * z / 2 - Math.log(-z) - 0.5 * Math.log(2 * Math.PI) + Math.log(1 - 1 / (z * z) + 3 / z ** 4);
    assert.ok(Math.abs(a - approx(-8.5)) < 1e-4 * 40, `${a}`);
    assert.ok(Math.abs(b - approx(-20)) < 1e-5 * 200, `${b}`);
    assert.ok(Math.abs(c - approx(-40)) < 1e-5 * 800, `${c}`);
    assert.equal(d, 0);
  });

  it('tf.erf / tf.math.erfc from Python, and their gradient', () => {
    const out = py(`
import tensorflow as tf
x = tf.constant([-1., 0.5, 2.5])
g = tf.gradients(tf.reduce_sum(tf.erf(x) + 3. * tf.math.erfc(x)), x)[0]
with tf.Session() as sess:
    a, b, c = sess.run([tf.math.erf(x), tf.erfc(x), g])
    print(' '.join('%.6f' % v for v in list(a) + list(b) + list(c)))
`);
    const xs = [-1, 0.5, 2.5];
    const erfs = xs.map(x => fixture.erf[fixture.x.indexOf(x)]);
    const slope = xs.map(x => -2 * 2 / Math.sqrt(Math.PI) * Math.exp(-x * x));
    assert.equal(out.trim(), [...erfs, ...erfs.map(e => 1 - e), ...slope].map(v => v.toFixed(6)).join(' '));
  });
});
