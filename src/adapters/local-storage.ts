/**
 * The storage port over the browser's localStorage. Every call may throw (private browsing, a full
 * quota, storage disabled, even reaching `window.localStorage` at all); the save store handles that.
 */
import type { KeyValueStorage } from '../core/ports.ts';

export const browserStorage: KeyValueStorage = {
  read: (key) => window.localStorage.getItem(key),
  write: (key, value) => window.localStorage.setItem(key, value),
  remove: (key) => window.localStorage.removeItem(key),
  keys: () => {
    const storage = window.localStorage;
    return Array.from({ length: storage.length }, (_, i) => storage.key(i)).filter((key): key is string => key !== null);
  },
};
