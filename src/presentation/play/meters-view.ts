/**
 * The story's meters (trust, pipeline, …) as bars in the top bar. A change slides the bar and
 * flashes the figure, so consequences show without a word of judgement.
 */
import Phaser from 'phaser';
import type { MeterReading } from '../../core/session.ts';
import { declareDrawnArea } from '../drawn-area.ts';
import { capitalise } from '../ui/text.ts';

const METER_MAX = 100;
const BAR_WIDTH = 150;

interface MeterGauge {
  label: Phaser.GameObjects.Text;
  value: Phaser.GameObjects.Text;
  bar: Phaser.GameObjects.Graphics;
  shown: number;
}

export class MetersView {
  private readonly scene: Phaser.Scene;
  private readonly gauges = new Map<string, MeterGauge>();
  private readonly values = new Map<string, number>();
  private readonly order: readonly string[];

  constructor(scene: Phaser.Scene, names: readonly string[]) {
    this.scene = scene;
    this.order = names;
    const resolution = window.devicePixelRatio || 1;
    const style = { fontFamily: 'DejaVu Sans, Arial, sans-serif', color: '#f4f1ea', resolution };
    for (const name of names) {
      this.gauges.set(name, {
        label: scene.add.text(0, 0, capitalise(name), style).setOrigin(0, 0.5),
        value: scene.add.text(0, 0, '', { ...style, fontStyle: 'bold' }).setOrigin(1, 0.5),
        bar: scene.add.graphics(),
        shown: 0,
      });
    }
  }

  /** Place the gauges at the right of the top bar. */
  layout(width: number, u: number): void {
    const slot = (BAR_WIDTH + 40) * u;
    this.order.forEach((name, i) => {
      const gauge = this.gauges.get(name);
      if (!gauge) return;
      const x = width - (this.order.length - i) * slot;
      gauge.label.setFontSize(Math.round(15 * u)).setPosition(x, 20 * u);
      gauge.value.setFontSize(Math.round(15 * u)).setPosition(x + BAR_WIDTH * u, 20 * u);
      this.drawBar(gauge, x, u);
    });
  }

  /** Show or hide every gauge (group mode hides them until the trainer shows them). */
  setVisible(visible: boolean): void {
    for (const gauge of this.gauges.values()) {
      gauge.label.setVisible(visible);
      gauge.value.setVisible(visible);
      gauge.bar.setVisible(visible);
    }
  }

  /** Move to new readings; animated unless `instant`. */
  update(readings: readonly MeterReading[], width: number, u: number, instant: boolean): void {
    for (const reading of readings) {
      const gauge = this.gauges.get(reading.name);
      if (!gauge) continue;
      this.values.set(reading.name, reading.value);
      gauge.value.setText(String(reading.value));
      const target = Phaser.Math.Clamp(reading.value, 0, METER_MAX);
      if (instant || reading.previous === undefined) {
        gauge.shown = target;
        continue;
      }
      this.scene.tweens.add({ targets: gauge, shown: target, duration: 700, ease: 'Cubic.easeOut', onUpdate: () => this.layout(width, u) });
      this.scene.tweens.add({ targets: gauge.value, alpha: { from: 0.2, to: 1 }, duration: 350, repeat: 1 });
    }
    this.layout(width, u);
  }

  private drawBar(gauge: MeterGauge, x: number, u: number): void {
    const y = 38 * u;
    const w = BAR_WIDTH * u;
    const h = 8 * u;
    gauge.bar.clear();
    declareDrawnArea(gauge.bar, x, y, w, h);
    gauge.bar.fillStyle(0xffffff, 0.18).fillRoundedRect(x, y, w, h, h / 2);
    const filled = (w * gauge.shown) / METER_MAX;
    if (filled > 0) gauge.bar.fillStyle(0xf2a93b, 1).fillRoundedRect(x, y, Math.max(filled, h), h, h / 2);
  }
}
