// The Event message (core/util/event.proto) as plain objects, and the events FileWriter's
// methods produce (writer.py): summaries, graphs, meta graphs, session logs.
import { decodeProto, encodeProto } from '../proto/root';

export interface SummaryValueProto {
  tag?: string; node_name?: string; metadata?: { plugin_data?: { plugin_name?: string; content?: Uint8Array }; display_name?: string; summary_description?: string };
  simple_value?: number; obsolete_old_style_histogram?: Uint8Array; image?: ImageProto; histo?: HistogramProtoFields; audio?: Record<string, unknown>;
  tensor?: Record<string, unknown>;
}
export interface SummaryProto { value?: SummaryValueProto[] }
export interface ImageProto { height?: number; width?: number; colorspace?: number; encoded_image_string?: Uint8Array }
export interface HistogramProtoFields {
  min?: number; max?: number; num?: number; sum?: number; sum_squares?: number; bucket_limit?: number[]; bucket?: number[];
}
export interface EventProto {
  wall_time?: number; step?: number | { toNumber(): number }; file_version?: string; graph_def?: Uint8Array; summary?: SummaryProto;
  log_message?: { level?: number; message?: string }; session_log?: { status?: number; checkpoint_path?: string; msg?: string };
  tagged_run_metadata?: { tag?: string; run_metadata?: Uint8Array }; meta_graph_def?: Uint8Array;
}

export const FILE_VERSION = 'brain.Event:2';
export const SessionStatus = { STATUS_UNSPECIFIED: 0, START: 1, STOP: 2, CHECKPOINT: 3 } as const;

export const encodeEvent = (e: EventProto) => encodeProto('Event', e);
export const decodeEvent = (bytes: Uint8Array) => decodeProto<EventProto>('Event', bytes, 'Event');
export const encodeSummary = (s: SummaryProto) => encodeProto('Summary', s);
export const decodeSummary = (bytes: Uint8Array) => decodeProto<SummaryProto>('Summary', bytes, 'Summary');

function stamped(wallTime: number, step: number | null | undefined, e: EventProto): EventProto {
  return step === null || step === undefined ? { wall_time: wallTime, ...e } : { wall_time: wallTime, step: Math.trunc(step), ...e };
}

/**
 * add_summary: a serialized Summary (what summary ops produce) or a message. Values whose tag
 * this writer has already seen lose their metadata, as TF's SummaryToEventTransformer does.
 */
export function summaryEvent(summary: Uint8Array | SummaryProto, wallTime: number, step?: number | null, seenTags?: Set<string>): EventProto {
  const s = summary instanceof Uint8Array ? decodeSummary(summary) : summary;
  const values = (s.value ?? []).map(v => {
    if (!seenTags) return v;
    const tag = v.tag ?? '';
    if (!seenTags.has(tag)) { seenTags.add(tag); return v; }
    if (!v.metadata) return v;
    const { metadata: _drop, ...rest } = v;
    void _drop;
    return rest;
  });
  return stamped(wallTime, step, { summary: { value: values } });
}

export const graphEvent = (graphDef: Uint8Array, wallTime: number, step?: number | null) => stamped(wallTime, step, { graph_def: graphDef });
export const metaGraphEvent = (metaGraphDef: Uint8Array, wallTime: number, step?: number | null) => stamped(wallTime, step, { meta_graph_def: metaGraphDef });
export const sessionLogEvent = (log: EventProto['session_log'], wallTime: number, step?: number | null) => stamped(wallTime, step, { session_log: log });
