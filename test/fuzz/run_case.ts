// Runs one fuzz case the way the kernel does (notebook parsing, then one PythonSession running
// the code cells in order, stopping at the first error) under a time limit, and checks that it
// ended in success or a Python/TF-style error and that the session is still usable.
import { PythonSession, exceptionClassByName } from '../../src/python/index';
import { parseNotebook, NotebookFormatError } from '../../src/shared/nbformat';
import { jsLeakIn } from '../support/js_leaks';
import type { FuzzCase } from './cases';

export interface CaseResult {
  /** 'ok', the Python exception class a cell ended with, or 'notebook rejected'. */
  outcome: string;
  /** What broke the rules, if anything. */
  problem?: string;
}

export function runCase(c: FuzzCase, limitMs: number): CaseResult {
  let cells: string[];
  if (c.kind === 'program') cells = [c.text];
  else {
    try {
      cells = parseNotebook(c.text, 'tf1-python').cells.filter(cell => cell.kind === 'code' && cell.languageId === 'tf1-python').map(cell => cell.source);
    } catch (e) {
      if (!(e instanceof NotebookFormatError)) return { outcome: 'crash', problem: `parseNotebook threw ${(e as Error)?.name}: ${(e as Error)?.message}` };
      const leak = jsLeakIn(e.message);
      return leak ? { outcome: 'notebook rejected', problem: `notebook error shows ${leak}` } : { outcome: 'notebook rejected' };
    }
  }
  let deadline = Date.now() + limitMs;
  let stdout = '';
  const session = new PythonSession({
    stdout: t => { if (stdout.length < 1e5) stdout += t; }, stderr: () => undefined, display: () => undefined,
    checkInterrupt: () => { if (Date.now() > deadline) throw new Error('time limit'); },
  });
  let outcome = 'ok';
  for (let i = 0; i < cells.length; i++) {
    let r;
    try {
      r = session.runCell(cells[i], `<cell ${i + 1}>`);
    } catch (e) {
      return { outcome: 'crash', problem: `runCell threw ${(e as Error)?.name}: ${(e as Error)?.message}` };
    }
    if (r.ok) continue;
    const { ename, evalue, traceback } = r.error;
    outcome = ename;
    const problem = checkError(ename, evalue, traceback);
    if (problem) return { outcome, problem };
    break;
  }
  deadline = Date.now() + limitMs;
  stdout = '';
  const probe = session.runCell('print(6 * 7)', '<probe>');
  if (!probe.ok || !stdout.endsWith('42\n')) return { outcome, problem: `the session is not usable afterwards: ${probe.ok ? JSON.stringify(stdout.slice(-80)) : probe.error.traceback}` };
  try {
    for (const g of session.listGlobals()) {
      const leak = jsLeakIn(g.repr);
      if (leak) return { outcome, problem: `Variables view shows ${leak} for ${g.name}` };
    }
  } catch (e) {
    return { outcome, problem: `listGlobals threw ${(e as Error)?.name}: ${(e as Error)?.message}` };
  }
  return { outcome };
}

/** A Python/TF-style error: a known exception class, named on the traceback's last line, no JS. */
function checkError(ename: string, evalue: string, traceback: string): string | undefined {
  if (!exceptionClassByName(ename)) return `${ename} is not a Python exception class`;
  // The headline is `[module.]Name: value` (the value may span lines) and ends the traceback.
  const text = traceback.trimEnd();
  const headline = new RegExp(`(?:^|\\n)(?:[\\w.]+\\.)?${ename}(?::[^]*)?$`);
  if (!headline.test(text) || !text.endsWith(evalue.trimEnd())) return `the traceback does not end with ${ename}: ${JSON.stringify(text.slice(-200))}`;
  const leak = jsLeakIn(`${traceback}\n${evalue}`);
  if (leak) return `the error shows ${leak}`;
  return undefined;
}
