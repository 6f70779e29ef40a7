/** Situational fit as a half-circle gauge with the percentage in the middle. */
import Phaser from 'phaser';

const FONT = 'DejaVu Sans, Arial, sans-serif';

export class FitGauge {
  private readonly graphics: Phaser.GameObjects.Graphics;
  private readonly figure: Phaser.GameObjects.Text;
  private readonly caption: Phaser.GameObjects.Text;
  private readonly percent: number | undefined;
  private shown = 0;
  private frame = { x: 0, y: 0, u: 1 };

  constructor(scene: Phaser.Scene, percent: number | undefined) {
    const resolution = window.devicePixelRatio || 1;
    this.percent = percent;
    this.graphics = scene.add.graphics();
    this.figure = scene.add.text(0, 0, percent === undefined ? '—' : '0%', { fontFamily: FONT, color: '#f4f1ea', fontStyle: 'bold', resolution }).setOrigin(0.5, 1);
    this.caption = scene.add
      .text(0, 0, percent === undefined ? 'No fit figure this time' : 'Fit to the person', { fontFamily: FONT, color: '#c4c9d8', resolution })
      .setOrigin(0.5, 0);
  }

  reveal(scene: Phaser.Scene, instant: boolean): void {
    const target = this.percent ?? 0;
    if (instant || this.percent === undefined) {
      this.shown = target;
      this.draw();
      return;
    }
    scene.tweens.add({ targets: this, shown: target, delay: 1000, duration: 1100, ease: 'Cubic.easeOut', onUpdate: () => this.draw() });
    this.draw();
  }

  /** Centre of the gauge's base at (x, y). */
  layout(x: number, y: number, u: number): void {
    this.frame = { x, y, u };
    this.figure.setFontSize(Math.round(40 * u)).setPosition(x, y);
    this.caption.setFontSize(Math.round(16 * u)).setPosition(x, y + 10 * u);
    this.draw();
  }

  private draw(): void {
    const { x, y, u } = this.frame;
    const radius = 100 * u;
    const thickness = 18 * u;
    const g = this.graphics.clear();
    g.lineStyle(thickness, 0xffffff, 0.12);
    g.beginPath().arc(x, y, radius, Math.PI, 2 * Math.PI).strokePath();
    if (this.shown > 0) {
      g.lineStyle(thickness, 0x5cc2a0, 1);
      g.beginPath().arc(x, y, radius, Math.PI, Math.PI + Math.PI * (this.shown / 100)).strokePath();
    }
    if (this.percent !== undefined) this.figure.setText(`${Math.round(this.shown)}%`);
  }
}
