/**
 * Who is talking: a round badge with the speaker's initials and name, beside the dialogue.
 * Each name keeps one colour throughout, so the room learns who is who. Issue #9 brings portraits.
 */
import Phaser from 'phaser';

const BADGE_COLOURS = [0xc2654a, 0x4a8fc2, 0x6a9f58, 0x9b6bc2, 0xc29b3f, 0x3fa39b, 0xb0527f];

export function colourFor(name: string): number {
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
  private readonly circle: Phaser.GameObjects.Graphics;
  private readonly letters: Phaser.GameObjects.Text;
  private readonly name: Phaser.GameObjects.Text;

  constructor(scene: Phaser.Scene) {
    const resolution = window.devicePixelRatio || 1;
    this.circle = scene.add.graphics();
    this.letters = scene.add.text(0, 0, '', { fontFamily: 'DejaVu Sans, Arial, sans-serif', color: '#ffffff', fontStyle: 'bold', resolution }).setOrigin(0.5);
    this.name = scene.add.text(0, 0, '', { fontFamily: 'DejaVu Sans, Arial, sans-serif', color: '#f4f1ea', resolution }).setOrigin(0.5, 0);
  }

  /** Show `speaker` (or nothing, for narration) in the column left of the dialogue. */
  show(speaker: string | undefined, height: number, u: number): void {
    const visible = speaker !== undefined;
    this.circle.clear().setVisible(visible);
    this.letters.setVisible(visible);
    this.name.setVisible(visible);
    if (!speaker) return;
    const x = 150 * u;
    const y = height - 250 * u;
    const radius = 84 * u;
    this.circle.fillStyle(0x000000, 0.25).fillCircle(x, y + 6 * u, radius);
    this.circle.fillStyle(colourFor(speaker), 1).fillCircle(x, y, radius);
    this.circle.lineStyle(4 * u, 0xf4f1ea, 0.9).strokeCircle(x, y, radius);
    this.letters.setText(initials(speaker)).setFontSize(Math.round(56 * u)).setPosition(x, y);
    this.name.setText(speaker).setFontSize(Math.round(22 * u)).setPosition(x, y + radius + 14 * u);
  }
}
