/** Files in: a file picker, and files dropped on the page (the saved logs, a player's own stories). */
import { h } from './dom.ts';

/** A real file input, visually hidden, with its label styled as a button (so Enter, Space and clicks all work). */
export function filePicker(label: string, onFiles: (files: FileList) => void, kind = { id: 'log-file-input', accept: '.json,application/json' }): HTMLElement {
  const input = h('input', { type: 'file', id: kind.id, className: 'file-input visually-hidden', multiple: true, accept: kind.accept });
  input.addEventListener('change', () => {
    if (input.files && input.files.length > 0) onFiles(input.files);
    input.value = '';
  });
  return h('span', { className: 'file-picker' }, input, h('label', { for: kind.id, className: 'button-like' }, label));
}

/**
 * Files dropped anywhere on the page go to `onFiles` (the browser must not navigate to them instead);
 * while files are dragged over it, the screen gets the class `dragging` (its drop veil shows). Returns
 * the function that stops listening.
 */
export function acceptFileDrops(screen: () => Element | null, onFiles: (files: FileList) => void): () => void {
  const carriesFiles = (event: DragEvent) => event.dataTransfer?.types.includes('Files') ?? false;
  const veil = (on: boolean) => screen()?.classList.toggle('dragging', on);
  const over = (event: DragEvent) => {
    if (!carriesFiles(event)) return;
    event.preventDefault();
    if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
    veil(true);
  };
  const leave = (event: DragEvent) => {
    if (!event.relatedTarget) veil(false);
  };
  const drop = (event: DragEvent) => {
    if (!carriesFiles(event)) return;
    event.preventDefault();
    veil(false);
    const files = event.dataTransfer?.files;
    if (files && files.length > 0) onFiles(files);
  };
  window.addEventListener('dragover', over);
  window.addEventListener('dragleave', leave);
  window.addEventListener('drop', drop);
  return () => {
    window.removeEventListener('dragover', over);
    window.removeEventListener('dragleave', leave);
    window.removeEventListener('drop', drop);
  };
}
