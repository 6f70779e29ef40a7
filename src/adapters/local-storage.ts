/**
 * The storage port over the browser's localStorage (and sessionStorage, for what lasts one session). Every call may throw (private browsing, a full
 * quota, storage disabled, even reaching `window.localStorage` at all); the save store handles that.
 */
import type { KeyValueStorage } from '../core/ports.ts';

export const browserStorage: KeyValueStorage = {
  read: (key) => window.localStorage.getItem(key),
  write: (key, value) => window.localStorage.setItem(key, value),
  remove: (key) => window.localStorage.removeItem(key),
};

/** Kept while the tab is open, across reloads: the stories a player opened from their own files. */
export const sessionStore: KeyValueStorage = {
  read: (key) => window.sessionStorage.getItem(key),
  write: (key, value) => window.sessionStorage.setItem(key, value),
  remove: (key) => window.sessionStorage.removeItem(key),
};
