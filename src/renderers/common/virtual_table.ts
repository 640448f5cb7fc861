// A table of a large array that keeps only the visible rows and columns in the DOM: spacer rows
// and a spacer column stand in for the rest, so a 10,000 × 784 array scrolls like a small one.
import { h } from './dom';

export interface VirtualTableOptions {
  rows: number;
  cols: number;
  cell: (row: number, col: number) => string;
  rowLabel?: (row: number) => string;
  label: string;
  rowHeight?: number;
  colWidth?: number;
  height?: number;
}

const overscan = 4;

export function virtualTable(opts: VirtualTableOptions): HTMLElement {
  const rowHeight = opts.rowHeight ?? 22, colWidth = opts.colWidth ?? 84, indexWidth = 64;
  const height = Math.min(opts.height ?? 320, (opts.rows + 1) * rowHeight + 2);
  const box = h('div', { className: 'gb-vtable', tabindex: 0, role: 'region', 'aria-label': opts.label });
  box.style.height = `${height}px`;
  const table = h('table', { className: 'gb-table gb-mono', role: 'grid', 'aria-rowcount': opts.rows + 1, 'aria-colcount': opts.cols + 1 });
  table.style.tableLayout = 'fixed';
  table.style.position = 'static';
  box.append(table);

  let drawn = '';
  const draw = () => {
    const firstRow = Math.max(0, Math.floor(box.scrollTop / rowHeight) - overscan);
    const lastRow = Math.min(opts.rows, Math.ceil((box.scrollTop + height) / rowHeight) + overscan);
    const firstCol = Math.max(0, Math.floor(Math.max(0, box.scrollLeft - indexWidth) / colWidth) - 1);
    const lastCol = Math.min(opts.cols, Math.ceil((box.scrollLeft + (box.clientWidth || 800)) / colWidth) + 1);
    const key = `${firstRow},${lastRow},${firstCol},${lastCol}`;
    if (key === drawn) return;
    drawn = key;
    const colgroup = h('colgroup', {}, h('col', { width: indexWidth }));
    if (firstCol > 0) colgroup.append(h('col', { width: firstCol * colWidth }));
    for (let c = firstCol; c < lastCol; c++) colgroup.append(h('col', { width: colWidth }));
    if (lastCol < opts.cols) colgroup.append(h('col', { width: (opts.cols - lastCol) * colWidth }));
    const spacerCell = (w: number) => (w > 0 ? h('td', { 'aria-hidden': 'true' }) : null);
    const head = h('tr', {}, h('th', { className: 'gb-index' }, ''), firstCol > 0 ? h('th', { 'aria-hidden': 'true' }) : null);
    for (let c = firstCol; c < lastCol; c++) head.append(h('th', { scope: 'col' }, String(c)));
    if (lastCol < opts.cols) head.append(h('th', { 'aria-hidden': 'true' }));
    const body = h('tbody');
    const spacerRow = (n: number) => { const tr = h('tr', { className: 'gb-vspacer', 'aria-hidden': 'true' }); tr.style.height = `${n * rowHeight}px`; return tr; };
    if (firstRow > 0) body.append(spacerRow(firstRow));
    for (let r = firstRow; r < lastRow; r++) {
      const tr = h('tr', { className: 'gb-data-row', 'aria-rowindex': r + 2 }, h('th', { className: 'gb-index', scope: 'row' }, opts.rowLabel?.(r) ?? String(r)), spacerCell(firstCol));
      tr.style.height = `${rowHeight}px`;
      for (let c = firstCol; c < lastCol; c++) tr.append(h('td', {}, opts.cell(r, c)));
      if (lastCol < opts.cols) tr.append(h('td', { 'aria-hidden': 'true' }));
      body.append(tr);
    }
    if (lastRow < opts.rows) body.append(spacerRow(opts.rows - lastRow));
    table.replaceChildren(colgroup, h('thead', {}, head), body);
    table.style.width = `${indexWidth + opts.cols * colWidth}px`;
  };
  box.addEventListener('scroll', () => requestAnimationFrame(draw), { passive: true });
  box.addEventListener('keydown', (e) => {
    const page = height - rowHeight * 2;
    const moves: Record<string, [number, number]> = {
      ArrowDown: [0, rowHeight], ArrowUp: [0, -rowHeight], PageDown: [0, page], PageUp: [0, -page],
      ArrowRight: [colWidth, 0], ArrowLeft: [-colWidth, 0], Home: [0, -Infinity], End: [0, Infinity],
    };
    const m = moves[e.key];
    if (!m) return;
    e.preventDefault();
    box.scrollTop = Math.max(0, Math.min(box.scrollHeight, box.scrollTop + m[1]));
    box.scrollLeft = Math.max(0, box.scrollLeft + m[0]);
  });
  draw();
  // Column range depends on the box's width, known only once it is in the page.
  requestAnimationFrame(() => { drawn = ''; draw(); });
  return box;
}
