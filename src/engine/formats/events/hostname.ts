// The host name TF puts in event file names (port::Hostname, i.e. gethostname).
import * as os from 'os';

export function defaultHostname(): string {
  try { return os.hostname() || 'localhost'; } catch { return 'localhost'; }
}
