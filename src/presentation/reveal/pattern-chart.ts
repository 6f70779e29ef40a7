/**
 * The four dimensions as bipolar bars: manage pole on the left, lead pole on the right, the bar
 * growing from the centre to the score. Drawn in Phaser; the same figures are in the HTML as text.
 */
import Phaser from 'phaser';
import { DIMENSIONS } from '../../core/patterns/dimensions.ts';
import type { DimensionReading } from '../../core/patterns/interpret.ts';
import { POLE_NAMES } from '../../core/patterns/readings.ts';

const FONT = 'DejaVu Sans, Arial, sans-serif';
const MANAGE_COLOUR = 0x4a8fc2;
const LEAD_COLOUR = 0xf2a93b;

interface Row {
  readonly reading: DimensionReading;
  readonly left: Phaser.GameObjects.Text;
  readonly right: Phaser.GameObjects.Text;
  readonly label: Phaser.GameObjects.Text;
  /** The drawn share of the score, 0 → 1, animated in. */
  progress: number;
}

export class PatternChart {
  private readonly graphics: Phaser.GameObjects.Graphics;
  private readonly heading: Phaser.GameObjects.Text;
  private readonly rows: Row[];
  private frame = { x: 0, y: 0, width: 0, u: 1 };

  constructor(scene: Phaser.Scene, readings: readonly DimensionReading[]) {
    const resolution = window.devicePixelRatio || 1;
    const text = (colour: string, bold = false) => ({ fontFamily: FONT, color: colour, fontStyle: bold ? 'bold' : 'normal', resolution });
    this.graphics = scene.add.graphics();
    this.heading = scene.add.text(0, 0, '◀ managing                leading ▶', text('#c4c9d8')).setOrigin(0.5, 0.5);
    this.rows = readings.map((reading) => {
      const dimension = DIMENSIONS.find((d) => d.id === reading.dimension);
      return {
        reading,
        left: scene.add.text(0, 0, dimension ? POLE_NAMES[dimension.manage] : '', text('#f4f1ea', true)).setOrigin(1, 0.5),
        right: scene.add.text(0, 0, dimension ? POLE_NAMES[dimension.lead] : '', text('#f4f1ea', true)).setOrigin(0, 0.5),
        label: scene.add.text(0, 0, reading.label, text('#c4c9d8')).setOrigin(0.5, 0),
        progress: 0,
      };
    });
  }

  /** Grow the bars from the centre, or show them at once. */
  reveal(scene: Phaser.Scene, instant: boolean): void {
    if (instant) {
      for (const row of this.rows) row.progress = 1;
      this.draw();
      return;
    }
    this.rows.forEach((row, i) => {
      scene.tweens.add({ targets: row, progress: 1, delay: 250 + i * 180, duration: 900, ease: 'Cubic.easeOut', onUpdate: () => this.draw() });
    });
    this.draw();
  }

  /** Place the chart in a box (x, y, width in pixels; u = design unit). */
  layout(x: number, y: number, width: number, u: number): void {
    this.frame = { x, y, width, u };
    const centre = x + width / 2;
    this.heading.setFontSize(Math.round(16 * u)).setPosition(centre, y);
    this.rows.forEach((row, i) => {
      const rowY = y + (60 + i * 84) * u;
      row.left.setFontSize(Math.round(20 * u)).setPosition(x + 110 * u, rowY);
      row.right.setFontSize(Math.round(20 * u)).setPosition(x + width - 110 * u, rowY);
      row.label.setFontSize(Math.round(15 * u)).setPosition(centre, rowY + 16 * u);
    });
    this.draw();
  }

  private draw(): void {
    const { x, y, width, u } = this.frame;
    const g = this.graphics.clear();
    const trackLeft = x + 125 * u;
    const trackWidth = width - 250 * u;
    const centre = trackLeft + trackWidth / 2;
    const height = 16 * u;
    this.rows.forEach((row, i) => {
      const rowY = y + (60 + i * 84) * u - height / 2;
      g.fillStyle(0xffffff, 0.12).fillRoundedRect(trackLeft, rowY, trackWidth, height, height / 2);
      const score = row.reading.score;
      if (score !== undefined) {
        const length = (trackWidth / 2) * Math.abs(score) * row.progress;
        g.fillStyle(score < 0 ? MANAGE_COLOUR : LEAD_COLOUR, 1);
        if (length > 1) g.fillRect(score < 0 ? centre - length : centre, rowY, length, height);
      }
      g.fillStyle(0xf4f1ea, 0.9).fillRect(centre - 1.5 * u, rowY - 6 * u, 3 * u, height + 12 * u);
    });
  }
}
