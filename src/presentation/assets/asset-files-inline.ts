/**
 * The single file's stand-in for asset-files.ts (vite.config.ts swaps it in for `npm run build:single`):
 * every picture and sound as a data URL inside the page, so nothing is fetched from file://. Sounds
 * come in one format, MP3, which every browser plays: Ogg as well would add ~450 kB to the file.
 */
export const sceneUrls = import.meta.glob<string>('../../../assets/art/scenes/*.svg', { eager: true, query: '?url&inline', import: 'default' });
export const portraitUrls = import.meta.glob<string>('../../../assets/art/portraits/*.svg', { eager: true, query: '?url&inline', import: 'default' });
export const audioUrls = import.meta.glob<string>('../../../assets/audio/*/*.mp3', { eager: true, query: '?url&inline', import: 'default' });
