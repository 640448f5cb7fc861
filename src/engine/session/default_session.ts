// The default-session stack (with-blocks and as_default) plus at most one InteractiveSession.
import type { Session } from './session';

class DefaultSessions {
  private stack: Session[] = [];
  private interactive: Session | null = null;
  push(s: Session): void { this.stack.push(s); }
  pop(s: Session): void { const i = this.stack.lastIndexOf(s); if (i >= 0) this.stack.splice(i, 1); }
  install(s: Session): void { this.interactive = s; }
  remove(s: Session): void {
    this.stack = this.stack.filter(x => x !== s);
    if (this.interactive === s) this.interactive = null;
  }
  current(): Session | null { return this.stack.length ? this.stack[this.stack.length - 1] : this.interactive; }
  clear(): void { this.stack = []; this.interactive = null; }
}
export const defaultSessions = new DefaultSessions();
