/**
 * File downloads through the browser: a Blob, an object URL and a link with `download`. The only
 * place that touches Blob and URL for downloads; scenes reach it through GameServices.downloads.
 */
import type { FileDownloads, OutgoingFile } from '../core/file-ports.ts';

/** Object URLs live a while after use: a download or a new tab may still be reading them. */
const KEEP_URL_MS = 5 * 60_000;

function objectUrl(file: OutgoingFile): string {
  const url = URL.createObjectURL(new Blob([file.content], { type: file.type }));
  setTimeout(() => URL.revokeObjectURL(url), KEEP_URL_MS);
  return url;
}

export const fileDownloads: FileDownloads = {
  save(file) {
    const link = document.createElement('a');
    link.href = objectUrl(file);
    link.download = file.name;
    link.hidden = true;
    document.body.append(link);
    link.click();
    link.remove();
  },
  openPage(file) {
    const opened = window.open(objectUrl(file), '_blank');
    if (!opened) return false;
    opened.opener = null;
    return true;
  },
};
