// tf.ConfigProto, tf.GPUOptions, tf.RunOptions and tf.RunMetadata: the option messages programs pass
// to Session(config=...) and run(options=..., run_metadata=...). Gradbook runs on one CPU thread
// pool, so these tune nothing; they are kept as real message objects (fields readable and
// assignable, unknown fields refused as protobuf does) so programs that build them run unchanged.
import type { PyValue, Kwargs } from '../../../objects/core';
import type { PyModule } from '../../../objects/callables';
import { HostObject, hostClass } from '../../../host';
import { attributeError, typeError, valueError } from '../../../exceptions';
import { repr } from '../../../runtime/repr';

type Schema = Record<string, PyValue | (() => PyMessageObject)>;

const SCHEMAS: Record<string, Schema> = {
  GPUOptions: { per_process_gpu_memory_fraction: 0, allow_growth: false, allocator_type: '', visible_device_list: '', force_gpu_compatible: false },
  GraphOptions: { enable_recv_scheduling: false, build_cost_model: 0, infer_shapes: false, place_pruned_graph: false, enable_bfloat16_sendrecv: false, timeline_step: 0 },
  ConfigProto: {
    intra_op_parallelism_threads: 0, inter_op_parallelism_threads: 0, use_per_session_threads: false, allow_soft_placement: false,
    log_device_placement: false, operation_timeout_in_ms: 0, isolate_session_state: false,
    gpu_options: () => new PyMessageObject('GPUOptions'), graph_options: () => new PyMessageObject('GraphOptions'),
  },
  RunOptions: { trace_level: 0, timeout_in_ms: 0, inter_op_thread_pool: 0, output_partition_graphs: false, report_tensor_allocations_upon_oom: false },
  RunMetadata: {},
};

/** A protobuf-like message: known fields with proto3 defaults, set through the constructor or attributes. */
export class PyMessageObject extends HostObject {
  private readonly fields = new Map<string, PyValue>();
  constructor(readonly typeName: string) {
    super();
    for (const [k, d] of Object.entries(SCHEMAS[typeName])) this.fields.set(k, typeof d === 'function' ? d() : d);
  }
  override get pyTypeName() { return this.typeName; }
  override get type() { return hostClass(this.typeName, 'tensorflow'); }
  /** Text format, as print(config) shows: fields that differ from their defaults. */
  override repr(): string {
    const lines: string[] = [];
    for (const [k, v] of this.fields) {
      if (v instanceof PyMessageObject) { const body = v.repr(); if (body) lines.push(`${k} {\n${body.split('\n').map(l => `  ${l}`).join('\n')}\n}`); }
      else if (v !== SCHEMAS[this.typeName][k]) lines.push(`${k}: ${typeof v === 'boolean' ? String(v) : repr(v)}`);
    }
    return lines.join('\n');
  }
  getattr(name: string): PyValue | undefined {
    if (name === 'step_stats' || name === 'partition_graphs' || name === 'cost_graph') return this.typeName === 'RunMetadata' ? null : undefined;
    return this.fields.get(name);
  }
  setattr(name: string, value: PyValue): boolean {
    if (!this.fields.has(name)) throw attributeError(`Assignment not allowed (no field "${name}" in protocol message object).`);
    if (this.fields.get(name) instanceof PyMessageObject) throw attributeError(`Assignment not allowed to field "${name}" in protocol message object.`);
    this.fields.set(name, value);
    return true;
  }
  init(kw: Kwargs): this {
    for (const [k, v] of kw ?? []) {
      if (!this.fields.has(k)) throw valueError(`Protocol message ${this.typeName} has no "${k}" field.`);
      this.fields.set(k, v);
    }
    return this;
  }
}

/** The message classes into `tf` (RunOptions carries TF's trace levels). */
export function installConfigMessages(root: PyModule): void {
  for (const name of Object.keys(SCHEMAS)) {
    const cls = hostClass(name, 'tensorflow');
    cls.nativeNew = (_c, args, kw) => {
      if (args.length) throw typeError('No positional arguments allowed');
      return new PyMessageObject(name).init(kw);
    };
    root.set(name, cls);
  }
  const runOptions = hostClass('RunOptions', 'tensorflow');
  for (const [k, v] of Object.entries({ NO_TRACE: 0, SOFTWARE_TRACE: 1, HARDWARE_TRACE: 2, FULL_TRACE: 3 })) runOptions.dict.set(k, v);
}
