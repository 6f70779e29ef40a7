import Phaser from 'phaser';
import { listenForKeys } from '../page-events.ts';
import type { GameServices } from '../services.ts';
import { GuardedScene } from './guarded-scene.ts';

/**
 * What the game's screens share: the services, the design unit, and clean-up. Whatever a scene
 * subscribes to through `own` is released when it shuts down, so restarting scenes leaks nothing;
 * the HTML it showed goes with it. It leaves through `go` (GuardedScene), once.
 */
export abstract class BaseScene extends GuardedScene {
  protected readonly services: GameServices;

  constructor(key: string, services: GameServices) {
    super({ key });
    this.services = services;
  }

  /** Phaser calls this on every start; children call super.init() first. */
  override init(data?: unknown): void {
    super.init(data);
    const onResize = () => this.layout();
    this.scale.on(Phaser.Scale.Events.RESIZE, onResize);
    this.own(() => this.scale.off(Phaser.Scale.Events.RESIZE, onResize));
    // The screen goes with the run (the first clean-up owned, so the last to run).
    this.own(() => this.services.overlay.clear());
  }

  /** One design unit (1/1280 of a 1280×720 frame) in real pixels, as the CSS's --u. */
  protected get u(): number {
    return Math.min(this.scale.width / 1280, this.scale.height / 720);
  }

  /** Register a clean-up to run when the scene shuts down. */
  protected own(cleanup: () => void): void {
    this.run.own(cleanup);
  }

  /** Listen to key presses (see listenForKeys) until shutdown; none is taken once the scene is on its way out. */
  protected onKey(handler: (event: KeyboardEvent) => void): void {
    this.own(listenForKeys((event) => {
      if (!this.isLeaving) handler(event);
    }));
  }

  /** Redraw what depends on the screen size. Called on resize. */
  protected layout(): void {}
}
