/** The three export buttons, with a line that says what each one did. */
import type { ExportKind } from '../exports.ts';
import { h } from './dom.ts';

export const EXPORT_LABELS: Readonly<Record<ExportKind, string>> = {
  json: 'Save log (JSON)',
  csv: 'Spreadsheet (CSV)',
  report: 'Printable report',
};

/** How long the note saying what an export did stays up. */
const STATUS_MS = 8000;

/** `onExport` does the export and returns what to tell the person. */
export function exportBar(onExport: (kind: ExportKind) => string, heading = 'Keep a copy'): HTMLElement {
  const status = h('p', { className: 'export-status', role: 'status' });
  const show = (said: string) => {
    status.textContent = said;
    // The note fades after a while; a detached element (the screen has moved on) is harmless to clear.
    setTimeout(() => {
      if (status.textContent === said) status.textContent = '';
    }, STATUS_MS);
  };
  const button = (kind: ExportKind) => h('button', { type: 'button', className: 'secondary compact', onClick: () => show(onExport(kind)) }, EXPORT_LABELS[kind]);
  return h('div', { className: 'export-bar', role: 'group', 'aria-label': heading },
    h('span', { className: 'export-heading', 'aria-hidden': 'true' }, heading),
    button('json'),
    button('csv'),
    button('report'),
    status,
  );
}
