// `events.out.tfevents.<10-digit seconds>.<hostname><suffix>` (events_writer.cc), the name
// TensorBoard recognizes (anything containing "tfevents") and sorts chronologically.
import { joinPath } from '../paths';

export function eventFileName(logdir: string, seconds: number, hostname: string, suffix = ''): string {
  return joinPath(logdir, `events.out.tfevents.${String(Math.floor(seconds)).padStart(10, '0')}.${hostname}${suffix}`);
}

export const isEventFileName = (name: string) => name.includes('tfevents');
