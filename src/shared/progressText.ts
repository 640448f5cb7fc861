// The text/plain form of a training progress output, shared by the notebook and the CLI:
//   [██████████░░░░░░░░░░]  1000/2000  50%  812.3 steps/s  ETA 1.2 s  loss 0.3121
import type { TrainingProgress } from './protocol';

const barWidth = 20;

export function formatProgress(p: TrainingProgress): string {
  const fraction = p.total > 0 ? Math.min(1, p.done / p.total) : 0;
  const filled = Math.round(fraction * barWidth);
  const parts = [
    `[${'█'.repeat(filled)}${'░'.repeat(barWidth - filled)}]`,
    `${p.done}/${p.total}`,
    `${Math.floor(fraction * 100)}%`,
    `${p.stepsPerSecond.toFixed(1)} steps/s`,
    p.final ? `${formatSeconds(p.elapsedSeconds)} total` : p.etaSeconds !== undefined ? `ETA ${formatSeconds(p.etaSeconds)}` : '',
    p.lastLoss !== undefined ? `loss ${p.lastLoss.toPrecision(4)}` : '',
  ];
  return parts.filter(Boolean).join('  ');
}

function formatSeconds(s: number): string {
  if (s < 60) return `${s.toFixed(1)} s`;
  const m = Math.floor(s / 60);
  return `${m} min ${Math.round(s - m * 60)} s`;
}
