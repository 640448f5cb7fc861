// Builders of the training family: `tf.train.*` as the `train` namespace (tf.train.AdamOptimizer),
// plus telemetry readers for views and the kernel worker.
export * as train from '../training';
export {
  getTelemetry, subscribeTelemetry, clearTelemetry, setTelemetryEnabled,
  trainingApplications, trainingApplicationOf,
} from '../telemetry';
export type {
  TelemetrySnapshot, TelemetryStep, VariableStep, VariableInfo, HistoryBucket, TrainingApplication, AppliedVariable,
} from '../telemetry';
