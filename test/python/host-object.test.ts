// The host-object protocol with a toy Vector: operators (incl. reflected), indexing, iteration,
// len/bool/repr, attribute hooks, calls, context manager, isinstance and dict keys.
import { strict as assert } from 'assert';
import {
  HostObject, hostClass, registerModule, PyModule, NotImplemented, PyValue, Kwargs, toNumber, toIndex,
  toArray, pyFloat, PyBuiltin, BinaryOpName, CompareOpName, pyException, exceptions,
} from '../../src/python/index';
import { run, errorOf } from './helpers';

const VecClass = hostClass('Vec', 'toyvec');
const log: string[] = [];

class Vec extends HostObject {
  constructor(readonly xs: number[]) { super(); }
  override get type() { return VecClass; }
  override get pyTypeName() { return 'Vec'; }
  override repr() { return `Vec(${this.xs.join(', ')})`; }
  binop(op: BinaryOpName, other: PyValue, reflected: boolean): PyValue {
    const rhs = other instanceof Vec ? other.xs : typeof other === 'number' || other instanceof Object && 'v' in other ? this.xs.map(() => toNumber(other)) : null;
    if (!rhs) return NotImplemented;
    const [a, b] = reflected ? [rhs, this.xs] : [this.xs, rhs];
    switch (op) {
      case '+': return new Vec(a.map((x, i) => x + b[i]));
      case '-': return new Vec(a.map((x, i) => x - b[i]));
      case '*': return new Vec(a.map((x, i) => x * b[i]));
      case '@': return a.reduce((s, x, i) => s + x * b[i], 0);
    }
    return NotImplemented;
  }
  unary(op: string): PyValue { return op === 'neg' ? new Vec(this.xs.map(x => -x)) : NotImplemented; }
  compare(op: CompareOpName, other: PyValue): PyValue {
    if (op === '==' && other instanceof Vec) return this.xs.join() === other.xs.join();
    return NotImplemented;
  }
  getitem(key: PyValue): PyValue {
    const i = toIndex(key);
    if (i < 0 || i >= this.xs.length) throw pyException(exceptions.IndexError, 'Vec index out of range');
    return this.xs[i];
  }
  setitem(key: PyValue, value: PyValue): void { this.xs[toIndex(key)] = toNumber(value); }
  iter(): Iterable<PyValue> { return this.xs; }
  len(): number { return this.xs.length; }
  getattr(name: string): PyValue | undefined {
    if (name === 'norm') return pyFloat(Math.sqrt(this.xs.reduce((s, x) => s + x * x, 0)));
    if (name === 'scale') return new PyBuiltin('scale', args => new Vec(this.xs.map(x => x * toNumber(args[0]))));
    return undefined;
  }
  call(args: PyValue[], kw: Kwargs): PyValue { return `called with ${args.length} args, ${kw?.size ?? 0} kwargs`; }
  enter(): PyValue { log.push('enter'); return this; }
  exit(exc: PyValue): boolean { log.push('exit ' + (exc === null ? 'ok' : 'error')); return false; }
}

VecClass.nativeNew = (_cls, args) => new Vec(toArray(args[0]).map(toNumber));
registerModule('toyvec', () => new PyModule('toyvec').set('Vec', VecClass));

describe('host-object protocol', () => {
  it('supports operators, indexing, iteration and builtins', () => {
    const r = run([
      'from toyvec import Vec',
      'a = Vec([1, 2, 3]); b = Vec([10, 20, 30])',
      'print(a + b, b - a, a * 2, 2 * a, a @ b, -a, a == Vec([1, 2, 3]), a != b, a is a)',
      'print(a[0], a[-0], len(a), list(a), sum(a), bool(a), a.norm, a.scale(3), a(1, 2, k=3))',
      'a[1] = 7',
      'print(a, [x * x for x in a], isinstance(a, Vec), type(a).__name__, repr(a), str(a), f"{a}")',
      'd = {a: "first"}; print(d[a], a in d)',
    ].join('\n'));
    if (!r.result.ok) assert.fail(r.result.error.traceback);
    assert.equal(r.stdout,
      'Vec(11, 22, 33) Vec(9, 18, 27) Vec(2, 4, 6) Vec(2, 4, 6) 140 Vec(-1, -2, -3) True True True\n' +
      '1 1 3 [1, 2, 3] 6 True 3.7416573867739413 Vec(3, 6, 9) called with 2 args, 1 kwargs\n' +
      'Vec(1, 7, 3) [1, 49, 9] True Vec Vec(1, 7, 3) Vec(1, 7, 3) Vec(1, 7, 3)\n' +
      'first True\n');
  });

  it('raises the Python errors CPython would for missing hooks', () => {
    const cases: [string, string][] = [
      ['Vec([1]) + "s"', "TypeError: unsupported operand type(s) for +: 'Vec' and 'str'"],
      ['Vec([1]).missing', "AttributeError: 'Vec' object has no attribute 'missing'"],
      ['Vec([1])[5]', 'IndexError: Vec index out of range'],
      ['Vec([1]) < Vec([2])', "TypeError: '<' not supported between instances of 'Vec' and 'Vec'"],
    ];
    for (const [expr, last] of cases) {
      const e = errorOf(run('from toyvec import Vec\n' + expr).result);
      assert.equal(e.traceback.trimEnd().split('\n').pop(), last);
    }
  });

  it('works as a context manager and sees exceptions on exit', () => {
    log.length = 0;
    const r = run('from toyvec import Vec\nwith Vec([1]) as v:\n    print(len(v))\nwith Vec([2]):\n    1/0');
    assert.equal(r.stdout, '1\n');
    assert.equal(errorOf(r.result).ename, 'ZeroDivisionError');
    assert.deepEqual(log, ['enter', 'exit ok', 'enter', 'exit error']);
  });

  it('calls host functions from a hot loop', () => {
    let calls = 0;
    registerModule('hotloop', () => new PyModule('hotloop').set('step', new PyBuiltin('step', args => { calls++; return args[0]; }, 'hotloop')));
    const r = run('import hotloop\nacc = 0\nfor i in range(2000):\n    acc += hotloop.step(i)\nprint(acc)');
    assert.equal(r.stdout, '1999000\n');
    assert.equal(calls, 2000);
  });
});
