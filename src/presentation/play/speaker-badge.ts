/**
 * Who is talking: their portrait, with the face their `#mood` calls for, above a name plate in their
 * colour, in the column left of the dialogue. Someone without a portrait (or while it loads) gets a
 * round badge with their initials, in a colour that stays theirs all game.
 */
import Phaser from 'phaser';
import { PERSON_INFO, portraitFor, resolvePerson } from '../assets/manifest.ts';
import { lifetimeOf, type Lifetime } from '../lifetime.ts';
import { ensureTexture } from './textures.ts';
import { declareDrawnArea } from '../drawn-area.ts';

const BADGE_COLOURS = [0xc2654a, 0x4a8fc2, 0x6a9f58, 0x9b6bc2, 0xc29b3f, 0x3fa39b, 0xb0527f];
const FONT = 'DejaVu Sans, Arial, sans-serif';
/** The portrait's width in design units (the column left of the dialogue is 300 wide). */
const PORTRAIT_WIDTH = 280;

export function colourFor(name: string): number {
  const person = resolvePerson(name);
  if (person) return Number.parseInt(PERSON_INFO[person].colour.slice(1), 16);
  let hash = 0;
  for (const char of name) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
  return BADGE_COLOURS[hash % BADGE_COLOURS.length] ?? 0x888888;
}

export function initials(name: string): string {
  return name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((part) => part[0]?.toUpperCase() ?? '')
    .join('');
}

export class SpeakerBadge {
  private readonly scene: Phaser.Scene;
  /** The run of the scene this was made in (a portrait that arrives after it is drawn on nothing). */
  private readonly run: Lifetime;
  private readonly circle: Phaser.GameObjects.Graphics;
  private readonly letters: Phaser.GameObjects.Text;
  private readonly portrait: Phaser.GameObjects.Image;
  private readonly plate: Phaser.GameObjects.Graphics;
  private readonly name: Phaser.GameObjects.Text;
  private last: { speaker: string | undefined; mood: string | undefined; height: number; u: number } | undefined;

  constructor(scene: Phaser.Scene) {
    const resolution = window.devicePixelRatio || 1;
    this.scene = scene;
    this.run = lifetimeOf(scene);
    this.circle = scene.add.graphics();
    this.letters = scene.add.text(0, 0, '', { fontFamily: FONT, color: '#ffffff', fontStyle: 'bold', resolution }).setOrigin(0.5);
    this.portrait = scene.add.image(0, 0, '__DEFAULT').setOrigin(0.5, 1).setVisible(false);
    this.plate = scene.add.graphics();
    this.name = scene.add.text(0, 0, '', { fontFamily: FONT, color: '#ffffff', fontStyle: 'bold', resolution }).setOrigin(0.5, 0.5);
  }

  /**
   * Show `speaker` with `mood` (or nobody, for narration) at the bottom of the left column. With
   * `animate`, someone who steps in (a new speaker, or a portrait replacing the initials) fades up;
   * a change of face on the same person is instant, as an expression is.
   */
  show(speaker: string | undefined, height: number, u: number, mood?: string, animate = false): void {
    const asset = portraitFor(speaker, mood);
    const pictured = asset !== undefined && this.scene.textures.exists(asset.key);
    const arriving = animate && speaker !== undefined && (this.last?.speaker !== speaker || (pictured && !this.portrait.visible));
    // A fade in progress would finish at the old size's position: after a resize, skip to its end.
    if (!arriving && this.last && (this.last.u !== u || this.last.height !== height)) this.settle();
    this.last = { speaker, mood, height, u };
    if (asset && !pictured) {
      // Only in the same run of the scene (see SceneBackdrop.show).
      this.run.then(ensureTexture(this.scene, asset), (ready) => {
        const last = this.last;
        if (ready && last && last.speaker === speaker && last.mood === mood) this.show(speaker, last.height, last.u, mood, animate);
      });
    }
    this.circle.clear().setVisible(false);
    this.letters.setVisible(false);
    this.portrait.setVisible(false);
    this.plate.clear().setVisible(false);
    this.name.setVisible(false);
    if (!speaker) return;
    const x = 150 * u;
    const plateHeight = 38 * u;
    // The name plate over the foot of the portrait; under the disc when there is no portrait.
    let plateY = height - 26 * u - plateHeight / 2;
    if (asset && pictured) {
      const shown = PORTRAIT_WIDTH * u;
      this.portrait.setTexture(asset.key).setDisplaySize(shown, (shown * asset.height) / asset.width).setPosition(x, height).setVisible(true);
    } else {
      const y = height - 250 * u;
      const radius = 84 * u;
      this.circle.setVisible(true);
      declareDrawnArea(this.circle, x - radius - 4 * u, y - radius - 4 * u, 2 * radius + 8 * u, 2 * radius + 14 * u);
      this.circle.fillStyle(0x000000, 0.25).fillCircle(x, y + 6 * u, radius);
      this.circle.fillStyle(colourFor(speaker), 1).fillCircle(x, y, radius);
      this.circle.lineStyle(4 * u, 0xf4f1ea, 0.9).strokeCircle(x, y, radius);
      this.letters.setText(initials(speaker)).setFontSize(Math.round(56 * u)).setPosition(x, y).setVisible(true);
      plateY = y + radius + 20 * u + plateHeight / 2;
    }
    // The name plate, in the person's colour.
    this.name.setText(speaker).setFontSize(Math.round(20 * u));
    const plateWidth = this.name.width + 36 * u;
    declareDrawnArea(this.plate, x - plateWidth / 2 - 2 * u, plateY - plateHeight / 2 - 2 * u, plateWidth + 4 * u, plateHeight + 4 * u);
    this.plate.setVisible(true).fillStyle(colourFor(speaker), 0.95).fillRoundedRect(x - plateWidth / 2, plateY - plateHeight / 2, plateWidth, plateHeight, plateHeight / 2);
    this.plate.lineStyle(2 * u, 0xffffff, 0.85).strokeRoundedRect(x - plateWidth / 2, plateY - plateHeight / 2, plateWidth, plateHeight, plateHeight / 2);
    this.name.setPosition(x, plateY).setVisible(true);
    if (arriving) this.fadeUp(pictured ? [this.portrait] : [this.circle, this.letters], 12 * u);
  }

  private settle(): void {
    const targets = [this.portrait, this.circle, this.letters];
    this.scene.tweens.killTweensOf(targets);
    for (const target of targets) target.setAlpha(1);
    this.circle.setY(0); // drawn in place: its own position only ever carries the fade's rise
  }

  private fadeUp(targets: (Phaser.GameObjects.Image | Phaser.GameObjects.Graphics | Phaser.GameObjects.Text)[], rise: number): void {
    this.scene.tweens.killTweensOf(targets);
    for (const target of targets) {
      const y = target.y;
      target.setAlpha(0).setY(y + rise);
      this.scene.tweens.add({ targets: target, alpha: 1, y, duration: 240, ease: 'Cubic.easeOut' });
    }
  }
}
