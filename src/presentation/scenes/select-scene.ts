import type { SelectScreen } from '../screens/select-screen.ts';
import { SCENES, type GameServices } from '../services.ts';
import { BaseScene } from './base-scene.ts';

/**
 * The scenario list (see SelectScreen, which is also shown before the engine has loaded and then
 * taken over here as it stands: focus, a half-typed name and all). The office behind it is the
 * list's own CSS picture, so this scene draws nothing.
 */
export class SelectScene extends BaseScene {
  private readonly screen: SelectScreen;

  constructor(services: GameServices, screen: SelectScreen) {
    super(SCENES.select, services);
    this.screen = screen;
  }

  create(): void {
    this.screen.show();
    this.own(() => this.screen.hide());
    this.own(this.screen.take((pick) => this.go(SCENES.play, pick)));
  }
}
