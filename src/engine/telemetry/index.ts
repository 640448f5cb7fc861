// Training telemetry (DESIGN: "Training telemetry comes for free"). Reading API:
//   getTelemetry(session)            → { totalSteps, steps (last 1000), history (downsampled), variables }
//   subscribeTelemetry(fn, session?) → unsubscribe; fn(step, session) after every recorded step
//   clearTelemetry(session), setTelemetryEnabled(on)
import type { Session } from '../session/session';
import { storeFor, hasStore, resetStore, addListener, setTelemetryEnabled } from './observer';
import type { TelemetrySnapshot, TelemetryStep } from './store';

export type { TelemetrySnapshot, TelemetryStep, VariableStep, VariableInfo, HistoryBucket } from './store';
export type { TrainingApplication, AppliedVariable } from './applications';
export { trainingApplications, trainingApplicationOf } from './applications';
export { setTelemetryEnabled };

export function getTelemetry(session: Session): TelemetrySnapshot {
  if (!hasStore(session)) return { totalSteps: 0, steps: [], history: [], variables: [] };
  return storeFor(session).snapshot();
}

/** Listen to recorded steps of one session, or of every session when `session` is omitted. */
export function subscribeTelemetry(fn: (step: TelemetryStep, session: Session) => void, session?: Session | null): () => void {
  return addListener(session ?? null, fn);
}

/** Forget a session's recorded steps (a new training run in the same session). */
export function clearTelemetry(session: Session): void { resetStore(session); }
