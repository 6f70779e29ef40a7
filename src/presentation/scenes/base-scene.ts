import Phaser from 'phaser';
import { listenForKeys } from '../page-events.ts';
import type { GameServices } from '../services.ts';

/**
 * What every scene shares: the services, the design unit, and clean-up. Whatever a scene subscribes
 * to through `own` is released when it shuts down, so restarting scenes leaks nothing.
 */
export abstract class BaseScene extends Phaser.Scene {
  protected readonly services: GameServices;
  private cleanups: (() => void)[] = [];

  constructor(key: string, services: GameServices) {
    super({ key });
    this.services = services;
  }

  /** Phaser calls this on every start; children call super.init() first. */
  init(_data?: unknown): void {
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => this.releaseAll());
    const onResize = () => this.layout();
    this.scale.on(Phaser.Scale.Events.RESIZE, onResize);
    this.own(() => this.scale.off(Phaser.Scale.Events.RESIZE, onResize));
  }

  /** One design unit (1/1280 of a 1280×720 frame) in real pixels, as the CSS's --u. */
  protected get u(): number {
    return Math.min(this.scale.width / 1280, this.scale.height / 720);
  }

  /** Register a clean-up to run when the scene shuts down. */
  protected own(cleanup: () => void): void {
    this.cleanups.push(cleanup);
  }

  /** Listen to key presses (see listenForKeys) until shutdown. */
  protected onKey(handler: (event: KeyboardEvent) => void): void {
    this.own(listenForKeys(handler));
  }

  /** Redraw what depends on the screen size. Called on resize. */
  protected layout(): void {}

  private releaseAll(): void {
    const cleanups = this.cleanups;
    this.cleanups = [];
    for (const cleanup of cleanups.reverse()) cleanup();
    this.services.overlay.clear();
  }
}
