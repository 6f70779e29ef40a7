/**
 * The storage port over the browser's sessionStorage: what lasts while this tab is open, such as a
 * cmi5 sign-in token (its fetch address works once, and a reload must not need it again).
 */
import type { KeyValueStorage } from '../core/ports.ts';

export const tabStorage: KeyValueStorage = {
  read: (key) => window.sessionStorage.getItem(key),
  write: (key, value) => window.sessionStorage.setItem(key, value),
  remove: (key) => window.sessionStorage.removeItem(key),
};
