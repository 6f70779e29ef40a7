/**
 * Files in and out of the page: what the presentation asks of the file adapters
 * (src/adapters/file-download.ts, src/adapters/file-picker.ts), which main.ts passes in.
 */

/** A file to hand to the person: its name, its media type and its content (text, or bytes for an image). */
export interface OutgoingFile {
  readonly name: string;
  /** e.g. "application/json", "text/csv;charset=utf-8", "image/png". */
  readonly type: string;
  readonly content: string | Blob;
}

export interface FileDownloads {
  /** Offer the file as a download (the browser saves it, usually to Downloads). */
  save(file: OutgoingFile): void;
  /** Show an HTML file in a new tab; false when the browser blocked the tab (then save it instead). */
  openPage(file: OutgoingFile): boolean;
}

/** A file the person picked or dropped. */
export interface PickedFile {
  readonly name: string;
  /** Size in bytes. */
  readonly size: number;
  /** The text, or undefined when the file was larger than the limit and so was never read. */
  readonly text: string | undefined;
}
