/// <reference types="vite/client" />

declare module '*.ink' {
  /** The compiled story JSON (see tools/vite-plugin-ink.ts). */
  const json: string;
  export default json;
}

declare module 'virtual:story-catalog' {
  import type { CatalogEntry } from './core/story/catalog.ts';
  const catalog: readonly CatalogEntry[];
  export default catalog;
}
