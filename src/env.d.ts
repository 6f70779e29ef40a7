/// <reference types="vite/client" />

/** The game's version from package.json, set at build time. */
declare const __APP_VERSION__: string;

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
