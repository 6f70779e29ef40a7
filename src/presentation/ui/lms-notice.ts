/**
 * LMS mode's one line of news about the learning system: that results cannot be sent, or that the
 * place to resume was lost. It sits at the top of the page, never takes focus from the story, and
 * goes when dismissed; a newer message replaces an older one. Read aloud as a status.
 */
import { h } from './dom.ts';
import './lms-notice.css';

export function showLmsNotice(text: string): void {
  document.querySelector('.lms-notice')?.remove();
  const notice = h('aside', { className: 'lms-notice', role: 'status', 'aria-label': 'Learning system' }, h('p', {}, text));
  notice.append(h('button', { type: 'button', className: 'secondary', onclick: () => notice.remove() }, 'Dismiss'));
  document.body.append(notice);
}
