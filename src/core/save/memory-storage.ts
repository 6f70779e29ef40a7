/**
 * Storage that lasts as long as the page: for LMS mode, where the learning system keeps the place to
 * resume (cmi.suspend_data) and the browser's storage, shared by whoever uses the machine, must not.
 */
import type { KeyValueStorage } from '../ports.ts';

export function memoryStorage(): KeyValueStorage {
  const values = new Map<string, string>();
  return {
    read: (key) => values.get(key) ?? null,
    write: (key, value) => void values.set(key, value),
    remove: (key) => void values.delete(key),
  };
}
