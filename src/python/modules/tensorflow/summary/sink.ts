// Where a FileWriter's summaries go besides its event file: the host of the session running the
// cell (the kernel streams them to the Summaries view). Set by PythonSession around each cell.
import type { SummaryRecord } from '../../../../shared/payloads/summaries';
import type { EventProto } from '../../../../engine';

export const summarySink: { emit: ((records: SummaryRecord[]) => void) | null } = { emit: null };

/** The scalar and histogram values of one written event, as the view's records. */
export function recordsOfEvent(logdir: string, event: EventProto): SummaryRecord[] {
  const out: SummaryRecord[] = [];
  const step = Number(event.step ?? 0), wallTime = event.wall_time ?? 0;
  for (const v of event.summary?.value ?? []) {
    const tag = v.tag ?? '';
    if (v.histo) {
      const h = v.histo as Record<string, unknown>;
      out.push({
        logdir, tag, step, wallTime,
        histogram: {
          min: Number(h.min ?? 0), max: Number(h.max ?? 0), num: Number(h.num ?? 0), sum: Number(h.sum ?? 0),
          bucketLimit: Array.from((h.bucket_limit ?? []) as number[]), bucket: Array.from((h.bucket ?? []) as number[]),
        },
      });
    } else if (typeof v.simple_value === 'number' && !isSet(v.image) && !isSet(v.tensor) && !isSet(v.audio) && !isSet(v.obsolete_old_style_histogram)) {
      out.push({ logdir, tag, step, wallTime, scalar: v.simple_value });
    }
  }
  return out;
}

/** Decoded messages show unset fields as null or empty bytes (protobufjs prototype defaults). */
const isSet = (x: unknown) => x !== null && x !== undefined && !((x instanceof Uint8Array || Array.isArray(x)) && x.length === 0);

export function emitSummaryEvent(logdir: string, event: EventProto): void {
  if (!summarySink.emit) return;
  const records = recordsOfEvent(logdir, event);
  if (records.length) summarySink.emit(records);
}
