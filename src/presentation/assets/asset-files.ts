/**
 * The URLs of the art and sound files, as Vite builds them for the hosted game: each a hashed file of
 * its own (never an inline data URL), fetched when a scene needs it. Keys are paths relative to this
 * folder (`../../../assets/…`). The single-file build puts asset-files-inline.ts in this module's place.
 */
export const sceneUrls = import.meta.glob<string>('../../../assets/art/scenes/*.svg', { eager: true, query: '?url&no-inline', import: 'default' });
export const portraitUrls = import.meta.glob<string>('../../../assets/art/portraits/*.svg', { eager: true, query: '?url&no-inline', import: 'default' });
export const audioUrls = import.meta.glob<string>('../../../assets/audio/*/*.{ogg,mp3}', { eager: true, query: '?url&no-inline', import: 'default' });
