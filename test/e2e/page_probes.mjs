// Serves the in-host suite's requests to look at the page: the suite runs in the extension host and
// cannot see the DOM, so it writes `<name>.probe.json` (a list of steps) into the requests folder
// and waits for `<name>.result.json`. Renderer and webview content sits two iframes deep; a step
// names the frame by a selector it must contain (`frame`), and Playwright's CSS engine pierces the
// graph view's open shadow root. `root` (with `rootHas`, a selector the root must contain) narrows
// a step to one element, e.g. the one notebook output that shows a given graph. Steps:
//   { op: 'wait', frame?, root?, rootHas?, selector, timeoutMs? }  → true once present (error on timeout)
//   { op: 'count', …, selector }                                   → number of matches
//   { op: 'attrs', …, selector, name }                             → that attribute of every match
//   { op: 'texts', …, selector }                                   → textContent of every match
//   { op: 'click', …, selector }                                   → clicks the first match
//   { op: 'press', key }                                           → a key press on the page
//   { op: 'screenshot', …, selector?, name }                       → test-artifacts/e2e/<name>.png of the match (or the page)
// Without `frame`, a step works on the workbench page itself.
import fs from 'node:fs';
import path from 'node:path';

const defaultTimeoutMs = 20_000;

export async function servePageProbes(page, dir, artifacts) {
  for (const f of fs.readdirSync(dir).filter((n) => n.endsWith('.probe.json'))) {
    const name = f.replace(/\.probe\.json$/, '');
    const request = path.join(dir, f);
    const steps = JSON.parse(fs.readFileSync(request, 'utf8'));
    fs.rmSync(request);
    const results = [];
    let error;
    for (const step of steps) {
      try {
        results.push(await runStep(page, step, artifacts));
      } catch (e) {
        error = `${step.op} ${step.selector ?? step.key ?? ''}${step.frame ? ` in frame with ${step.frame}` : ''}: ${String(e.message ?? e).split('\n')[0]}`;
        break;
      }
    }
    // Written aside and renamed, so the suite never reads half a file.
    fs.writeFileSync(path.join(dir, `${name}.result.tmp`), JSON.stringify({ results, error }));
    fs.renameSync(path.join(dir, `${name}.result.tmp`), path.join(dir, `${name}.result.json`));
  }
}

async function runStep(page, step, artifacts) {
  if (step.op === 'press') { await page.keyboard.press(step.key); return true; }
  if (step.op === 'screenshot' && !step.selector && !step.root) {
    await page.screenshot({ path: path.join(artifacts, `${step.name}.png`) });
    return true;
  }
  const timeoutMs = step.timeoutMs ?? defaultTimeoutMs;
  const locator = await locate(page, step, step.op === 'wait' || step.op === 'click' || step.op === 'screenshot' ? timeoutMs : 0);
  switch (step.op) {
    case 'wait': return true;
    case 'count': return locator ? locator.count() : 0;
    case 'attrs': return locator ? locator.evaluateAll((els, n) => els.map((e) => e.getAttribute(n)), step.name) : [];
    case 'texts': return locator ? locator.allTextContents() : [];
    case 'click': await locator.first().click(); return true;
    case 'screenshot':
      await locator.first().screenshot({ path: path.join(artifacts, `${step.name}.png`), animations: 'disabled' });
      return true;
    default: throw new Error(`unknown probe step ${step.op}`);
  }
}

/** The step's matches in the first frame holding them (polling until `timeoutMs`), or undefined. */
async function locate(page, step, timeoutMs) {
  const end = Date.now() + timeoutMs;
  for (;;) {
    for (const frame of step.frame ? page.frames() : [page.mainFrame()]) {
      try {
        if (step.frame && (await frame.locator(step.frame).count()) === 0) continue;
        let locator = step.root ? frame.locator(step.root) : frame.locator(step.selector);
        if (step.root && step.rootHas) locator = locator.filter({ has: frame.locator(step.rootHas) });
        if (step.root && step.selector) locator = locator.first().locator(step.selector);
        if ((await locator.count()) > 0) return locator;
      } catch {
        // A frame that went away while we looked: try the others.
      }
    }
    if (Date.now() >= end) {
      if (timeoutMs > 0) throw new Error(`not found within ${timeoutMs / 1000} s; frames: ${await describeFrames(page, step)}`);
      return undefined;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** For a timed-out step: each frame, whether it holds the step's frame marker, and its URL. */
async function describeFrames(page, step) {
  const rows = [];
  for (const frame of page.frames()) {
    let marker = '-';
    try { marker = step.frame ? String(await frame.locator(step.frame).count()) : '-'; } catch { marker = 'gone'; }
    rows.push(`[${marker}] ${frame.url().replace(/\?.*$/, '').slice(-80)}`);
  }
  return rows.join(' | ');
}
