// tf.train.Saver (optimizers, schedules and global-step helpers are in tables/train*.ts).
import type { PyValue, Kwargs } from '../../objects/core';
import { PyModule, PyBuiltin } from '../../objects/callables';
import { PyList, PyTuple } from '../../objects/containers';
import { HostObject, hostClass } from '../../host';
import * as tf from '../../../engine';
import { Variable } from '../../../engine/variables/variable';
import { Tensor } from '../../../engine/graph/tensor';
import { defFn, arg, out, listItems } from './define';
import { bindArgs } from './args';
import { toEngine } from './convert';
import { wrap } from './wrappers';
import { PyFloat } from '../../objects/core';
import { sessionArg } from './feeds';

const method = (name: string, fn: (args: PyValue[], kw: Kwargs) => PyValue) => new PyBuiltin(name, fn);

/** tf.train.Saver over the engine's in-memory checkpoints (cells cannot write files). */
class PySaver extends HostObject {
  constructor(readonly saver: tf.train.Saver) { super(); }
  get pyTypeName() { return 'Saver'; }
  getattr(name: string): PyValue | undefined {
    const s = this.saver;
    switch (name) {
      case 'save': return method('save', (args, kw) => {
        const a = bindArgs('save', ['sess', 'save_path', 'global_step=', 'latest_filename=', 'meta_graph_suffix=', 'write_meta_graph=', 'write_state='], args, kw);
        const step = a.global_step === null ? null : typeof a.global_step === 'number' ? a.global_step : tf.train.globalStep(sessionArg(a.sess)!, toEngine(a.global_step) as Variable);
        return s.save(sessionArg(a.sess)!, String(a.save_path), step);
      });
      case 'restore': return method('restore', (args, kw) => {
        const a = bindArgs('restore', ['sess', 'save_path'], args, kw);
        s.restore(sessionArg(a.sess)!, a.save_path === null ? null : String(a.save_path));
        return null;
      });
      case 'last_checkpoints': return new PyList(s.lastCheckpoints);
    }
    return undefined;
  }
}

export function defineSaver(train: PyModule): void {
  const cls = hostClass('Saver', 'tensorflow.train');
  cls.nativeNew = (_c, args, kw) => {
    const a = bindArgs('Saver', ['var_list=', 'reshape=', 'sharded=', 'max_to_keep=', 'keep_checkpoint_every_n_hours=', 'name=', 'restore_sequentially=', 'saver_def=', 'builder=', 'defer_build=', 'allow_empty=', 'write_version=', 'pad_step_number=', 'save_relative_paths=', 'filename='], args, kw);
    let vars: Variable[] | Record<string, Variable> | null = null;
    if (a.var_list !== null) {
      const d = a.var_list as unknown as { keys?: () => PyValue[]; get?: (k: PyValue) => PyValue };
      vars = typeof d.keys === 'function' && typeof d.get === 'function'
        ? Object.fromEntries(d.keys().map(k => [String(k), toEngine(d.get!(k)!) as Variable]))
        : listItems(a.var_list).map(v => toEngine(v) as Variable);
    }
    return new PySaver(new tf.train.Saver(vars, { maxToKeep: a.max_to_keep === null ? 5 : arg.num(a.max_to_keep) }));
  };
  train.set('Saver', cls);
  defFn(train, 'latest_checkpoint', ['checkpoint_dir', 'latest_filename='], a => tf.train.latestCheckpoint(String(a.checkpoint_dir)));
}
