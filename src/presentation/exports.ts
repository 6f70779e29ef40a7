/**
 * The three exports of choice logs — the log itself (JSON), a spreadsheet (CSV) and a printable
 * report (HTML) — built by the core and handed to the downloads port.
 */
import type { ChoiceLog } from '../core/log/choice-log.ts';
import { logsToCsv } from '../core/log/csv.ts';
import type { FileDownloads } from '../core/file-ports.ts';
import { cohortFileName, exportFileName, logToJson } from '../core/log/log-files.ts';
import { reportHtml } from '../core/log/report.ts';

export type ExportKind = 'json' | 'csv' | 'report';

/** Export one log; returns a sentence saying what happened, for the screen and screen readers. */
export function exportLog(downloads: FileDownloads, log: ChoiceLog, kind: ExportKind): string {
  if (kind === 'json') {
    const name = exportFileName(log, 'json');
    downloads.save({ name, type: 'application/json', content: logToJson(log) });
    return `Saved the log as ${name}. Open it later from the title screen with “Open saved logs”.`;
  }
  if (kind === 'csv') return exportSpreadsheet(downloads, [log], exportFileName(log, 'csv'));
  const file = { name: exportFileName(log, 'html'), type: 'text/html;charset=utf-8', content: reportHtml(log) };
  if (downloads.openPage(file)) return 'The report opened in a new tab. Print it from there, or save it as a PDF.';
  downloads.save(file);
  return `Saved the report as ${file.name}. Open it in the browser to print it or save it as a PDF.`;
}

/** Many logs in one spreadsheet, one row per decision. */
export function exportCohortSpreadsheet(downloads: FileDownloads, logs: readonly ChoiceLog[]): string {
  return exportSpreadsheet(downloads, logs, cohortFileName(logs[0]?.storyId, logs.length, 'csv'));
}

function exportSpreadsheet(downloads: FileDownloads, logs: readonly ChoiceLog[], name: string): string {
  downloads.save({ name, type: 'text/csv;charset=utf-8', content: logsToCsv(logs) });
  return `Saved the spreadsheet as ${name}.`;
}
