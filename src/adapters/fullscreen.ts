/**
 * Full screen through the browser's Fullscreen API: the only place that calls it. Scenes reach it
 * through GameServices.fullScreen (the port in core/display-ports.ts).
 */
import type { FullScreen } from '../core/display-ports.ts';

export const browserFullScreen: FullScreen = {
  get available() {
    return document.fullscreenEnabled === true;
  },
  get active() {
    return document.fullscreenElement !== null;
  },
  async toggle() {
    try {
      if (document.fullscreenElement) await document.exitFullscreen();
      else await document.documentElement.requestFullscreen({ navigationUI: 'hide' });
      return true;
    } catch {
      // Refused: no key press or click just before, or full screen is not allowed in this frame.
      return false;
    }
  },
  onChange(listener) {
    const handler = () => listener(document.fullscreenElement !== null);
    document.addEventListener('fullscreenchange', handler);
    return () => document.removeEventListener('fullscreenchange', handler);
  },
};
