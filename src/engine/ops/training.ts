// Builders of the training family: `tf.train.*` as the `train` namespace (tf.train.AdamOptimizer),
// plus telemetry readers for views and the kernel worker.
export * as train from '../training';
export { getTelemetry, subscribeTelemetry, clearTelemetry, setTelemetryEnabled } from '../telemetry';
