// sharex/sharey: shared axes draw the same view limits, autoscaled over all their data.
import type { AxesBase } from './axes-base';

export function shareAxes(leader: AxesBase, follower: AxesBase, name: 'x' | 'y'): void {
  const group = leader.shared[name];
  if (!group.includes(follower)) group.push(follower);
  follower.shared[name] = group;
}
