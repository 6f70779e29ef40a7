/**
 * The screens that come after the first play-through (the reveal, the debrief, the saved logs), in
 * a chunk of their own: fetched in the background once the game is up, not before the first screen.
 */
import type Phaser from 'phaser';
import { SCENES, type GameServices } from '../services.ts';
import { DebriefScene } from './debrief-scene.ts';
import { LogsScene } from './logs-scene.ts';
import { RevealScene } from './reveal-scene.ts';
import { StoryMapScene } from './story-map-scene.ts';

export type LaterSceneKey = typeof SCENES.reveal | typeof SCENES.debrief | typeof SCENES.logs | typeof SCENES.storyMap;

export function laterScenes(services: GameServices): Record<LaterSceneKey, Phaser.Scene> {
  return {
    [SCENES.reveal]: new RevealScene(services),
    [SCENES.debrief]: new DebriefScene(services),
    [SCENES.logs]: new LogsScene(services),
    [SCENES.storyMap]: new StoryMapScene(services),
  };
}
