import type * as Phaser from 'phaser';
import type { StageReceipt } from '../../stage-state.ts';
import { palette } from '../palette.ts';
import { darken } from './color.ts';
import { dashedLine, fillPolygon, zigzagPoints } from './shapes.ts';
import { ellipsize, measureText, RECEIPT_FAMILY, textStyle } from './text.ts';

const TOP_PAD = 22;
const BOTTOM_PAD = 14;
const TOTAL_BLOCK = 46;
const TOOTH = 12;
const STUB = 24;
const PAD_X = 16;
const MAX_LINE_HEIGHT = 30;
const MIN_LINE_HEIGHT = 17;
/** Below this many screen pixels the strip's text is a grey smudge: it is drawn as ruled bars instead. */
export const MIN_LEGIBLE_PX = 9;

function clamp01(value: number): number {
  return Math.max(0, Math.min(1, value));
}

/**
 * One receipt strip hanging out of the printer, drawn around the slot's centre. Its Graphics and
 * Text objects are created once and reused for every receipt; the scene keeps two and alternates.
 */
export class ReceiptStrip {
  readonly container: Phaser.GameObjects.Container;
  private readonly paper: Phaser.GameObjects.Graphics;
  private readonly labels: Phaser.GameObjects.Text[] = [];
  private readonly amounts: Phaser.GameObjects.Text[] = [];
  private readonly totalLabel: Phaser.GameObjects.Text;
  private readonly total: Phaser.GameObjects.Text;
  private lineHeight = MAX_LINE_HEIGHT;
  private fontSize = 14;
  private lineCount = 0;
  private receipt: StageReceipt | null = null;
  /** Screen pixels per stage unit; below MIN_LEGIBLE_PX the texts give way to bars (the DOM kassabon has the words). */
  private screenScale = 1;
  length = 0;

  constructor(
    private readonly scene: Phaser.Scene,
    x: number,
    y: number,
    private readonly width: number,
    private readonly maxLength: number,
  ) {
    this.paper = scene.add.graphics();
    this.totalLabel = scene.add.text(-width / 2 + PAD_X, 0, '', textStyle({ size: 16, bold: true }));
    this.total = scene.add.text(width / 2 - PAD_X, 0, '', textStyle({ size: 16, bold: true, receipt: true })).setOrigin(1, 0);
    this.container = scene.add.container(x, y, [this.paper, this.totalLabel, this.total]);
  }

  /** Paper length (from the slot) that shows `printed` lines, plus the total once all are out. */
  lengthFor(printed: number): number {
    if (this.lineCount === 0 || printed <= 0) return STUB;
    const shown = Math.min(printed, this.lineCount);
    const total = printed >= this.lineCount ? TOTAL_BLOCK : 0;
    return TOP_PAD + shown * this.lineHeight + total + BOTTOM_PAD;
  }

  /** Puts a receipt's texts on the strip (without changing its length). */
  setContent(receipt: StageReceipt): void {
    this.receipt = receipt;
    const n = receipt.lines.length;
    this.lineCount = n;
    const room = this.maxLength - TOP_PAD - TOTAL_BLOCK - BOTTOM_PAD - TOOTH;
    this.lineHeight = n === 0 ? MAX_LINE_HEIGHT : Math.max(MIN_LINE_HEIGHT, Math.min(MAX_LINE_HEIGHT, Math.floor(room / n)));
    this.fontSize = this.lineHeight >= 26 ? 14 : Math.max(11, Math.round(this.lineHeight * 0.62));
    this.layoutTexts();
  }

  /** Whether the line text is big enough on screen to read (the total is larger, so it follows the lines). */
  private get legible(): boolean {
    return this.fontSize * this.screenScale >= MIN_LEGIBLE_PX;
  }

  /** The stage's size on screen changed: text that would be too small to read becomes bars, and back. */
  setScreenScale(scale: number): void {
    if (!(scale > 0) || scale === this.screenScale) return;
    const was = this.legible;
    this.screenScale = scale;
    if (this.legible !== was) this.setLength(this.length);
  }

  /** Re-measures labels; called again once the web font has loaded. */
  layoutTexts(): void {
    const receipt = this.receipt;
    if (!receipt) return;
    while (this.labels.length < receipt.lines.length) {
      const label = this.scene.add.text(0, 0, '', textStyle({ size: this.fontSize }));
      const amount = this.scene.add.text(0, 0, '', textStyle({ size: this.fontSize, receipt: true })).setOrigin(1, 0);
      this.labels.push(label);
      this.amounts.push(amount);
      this.container.add([label, amount]);
    }
    const inner = this.width - PAD_X * 2;
    const left = -this.width / 2 + PAD_X;
    this.labels.forEach((label, i) => {
      const amount = this.amounts[i];
      const line = receipt.lines[i];
      if (!amount) return;
      if (!line) {
        label.setVisible(false);
        amount.setVisible(false);
        return;
      }
      const size = `${this.fontSize}px`;
      if (label.style.fontSize !== size) {
        label.setFontSize(size);
        amount.setFontSize(size);
      }
      const amountWidth = measureText(line.amount, this.fontSize, false, RECEIPT_FAMILY);
      const y = TOP_PAD + i * this.lineHeight + (this.lineHeight - this.fontSize * 1.25) / 2;
      label
        .setText(ellipsize(line.label, inner - amountWidth - 14, this.fontSize))
        .setPosition(left, y)
        .setVisible(true);
      amount
        .setText(line.amount)
        .setPosition(this.width / 2 - PAD_X, y)
        .setVisible(true);
    });
    const totalY = TOP_PAD + receipt.lines.length * this.lineHeight + 18;
    const totalWidth = measureText(receipt.total, 16, true, RECEIPT_FAMILY);
    this.totalLabel.setText(ellipsize(receipt.totalLabel, inner - totalWidth - 14, 16, true)).setY(totalY);
    this.total.setText(receipt.total).setY(totalY);
    this.setLength(this.length);
  }

  /** Redraws the paper at `length` px below the slot and fades in what has come out. */
  setLength(length: number): void {
    this.length = length;
    const g = this.paper;
    const half = this.width / 2;
    g.clear();
    const outline = (dx: number, dy: number) => [
      { x: -half + dx, y: -4 + dy },
      { x: half + dx, y: -4 + dy },
      ...zigzagPoints(-half + dx, half + dx, length + dy, TOOTH).reverse(),
    ];
    g.fillStyle(palette.shadow, 0.1);
    g.fillRect(half, 16, 5, Math.max(0, length - 16));
    fillPolygon(g, outline(0, 4));
    g.fillStyle(palette.white, 1);
    fillPolygon(g, outline(0, 0));
    // The paper curls away at the top: a faint shade under the slot.
    g.fillStyle(palette.shadow, 0.06);
    g.fillRect(-half, -4, this.width, 22);

    const revealed = (top: number, h: number) => clamp01((length - top - h) / (BOTTOM_PAD * 0.7));
    const legible = this.legible;
    this.labels.forEach((label, i) => {
      const alpha = i < this.lineCount ? revealed(TOP_PAD + i * this.lineHeight, this.lineHeight) : 0;
      label.setAlpha(legible ? alpha : 0);
      this.amounts[i]?.setAlpha(legible ? alpha : 0);
      if (!legible && alpha > 0) this.drawBars(g, label, this.amounts[i], alpha);
    });
    const totalTop = TOP_PAD + this.lineCount * this.lineHeight;
    const totalAlpha = this.lineCount > 0 ? revealed(totalTop, TOTAL_BLOCK) : 0;
    this.totalLabel.setAlpha(legible ? totalAlpha : 0);
    this.total.setAlpha(legible ? totalAlpha : 0);
    if (!legible && totalAlpha > 0) this.drawBars(g, this.totalLabel, this.total, totalAlpha, 6);
    if (totalAlpha > 0) {
      g.lineStyle(2, darken(palette.sand, 0.4), totalAlpha);
      dashedLine(g, -half + PAD_X, half - PAD_X, totalTop + 8, 6, 5);
    }
  }

  /**
   * A printed line as a picture of print: a bar where the label is and one where the amount is, each as wide as
   * its text. Not text, so nothing on the stage pretends to be readable at a size no one can read.
   */
  private drawBars(
    g: Phaser.GameObjects.Graphics,
    label: Phaser.GameObjects.Text,
    amount: Phaser.GameObjects.Text | undefined,
    alpha: number,
    height = 4,
  ): void {
    g.fillStyle(palette.ink, 0.35 * alpha);
    const y = label.y + label.height / 2 - height / 2;
    if (label.text) g.fillRoundedRect(label.x, y, Math.max(8, label.width), height, height / 2);
    if (amount?.text) g.fillRoundedRect(amount.x - amount.width, y, Math.max(8, amount.width), height, height / 2);
  }

  /** Empties the strip and puts it back under the slot, ready for the next receipt. */
  reset(x: number, y: number): void {
    this.scene.tweens.killTweensOf(this.container);
    this.container.setPosition(x, y).setAlpha(1).setVisible(true);
    this.receipt = null;
    this.lineCount = 0;
    for (const text of [...this.labels, ...this.amounts]) text.setVisible(false);
    this.totalLabel.setText('');
    this.total.setText('');
    this.setLength(STUB);
  }
}
