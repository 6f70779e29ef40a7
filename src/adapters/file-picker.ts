/**
 * Reading the files a person picked with a file input or dropped on the page (the File API).
 * A file over the size limit is never read: only its name and size come back.
 */
import type { PickedFile } from '../core/file-ports.ts';

export async function readPickedFiles(files: ArrayLike<File>, maxBytes: number): Promise<PickedFile[]> {
  return Promise.all(
    Array.from(files, async (file) => ({
      name: file.name,
      size: file.size,
      text: file.size > maxBytes ? undefined : await file.text().catch(() => ''),
    })),
  );
}
