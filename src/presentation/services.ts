/** What the scenes are given by the composition root (main.ts). Scenes reach the world only through this. */
import type { Result } from '../core/result.ts';
import type { Session, SessionOptions } from '../core/session.ts';
import type { CatalogEntry } from '../core/story/catalog.ts';
import type { StoryFailure } from '../core/story/runner.ts';
import type { Overlay } from './ui/overlay.ts';

export interface GameServices {
  /** Every scenario the build contains, in the order to list them. */
  readonly catalog: readonly CatalogEntry[];
  /** Load a scenario and start a fresh play-through (solo unless the options say otherwise). */
  startSession(entry: CatalogEntry, options?: Pick<SessionOptions, 'mode' | 'alias'>): Promise<Result<Session, StoryFailure>>;
  /** The HTML layer for text and controls. */
  readonly overlay: Overlay;
  /** True when the player asked their system for less motion: no tweens, text at once. */
  prefersReducedMotion(): boolean;
}

/** Scene keys, in one place so a typo is a type error. */
export const SCENES = {
  boot: 'boot',
  title: 'title',
  select: 'select',
  play: 'play',
  reveal: 'reveal',
  debrief: 'debrief',
} as const;
