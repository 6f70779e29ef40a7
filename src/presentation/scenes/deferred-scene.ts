import Phaser from 'phaser';

/**
 * Holds the place of a scene whose code is fetched on demand (the screens after the first play: the
 * reveal, the debrief, the saved logs), so that `this.scene.start(key, data)` works whether or not
 * the code has arrived. Started, it waits for the real scene, then puts it in its own place under the
 * same key and starts it with the same data. The game fetches that code in the background once the
 * first screens are up, so the wait is normally over before anyone asks.
 */
export class DeferredScene extends Phaser.Scene {
  private readonly fetchScene: () => Promise<Phaser.Scene>;
  private readonly sceneKey: string;

  constructor(key: string, load: () => Promise<Phaser.Scene>) {
    super({ key });
    this.sceneKey = key;
    this.fetchScene = load;
  }

  create(data: object): void {
    void this.fetchScene().then((real) => {
      // Still wanted? (Nothing can leave this empty screen but the wait, so this is a safeguard.)
      if (!this.scene.isActive()) return;
      const manager = this.game.scene;
      manager.remove(this.sceneKey);
      manager.add(this.sceneKey, real);
      manager.start(this.sceneKey, data);
    });
  }
}
