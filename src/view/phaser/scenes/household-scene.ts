import type * as Phaser from 'phaser';
import type { StageFigure, StageReceipt } from '../../stage-state.ts';
import { drawFigure, type Mood } from '../draw/figure.ts';
import { drawPrinterBackdrop, drawPrinterBody, drawPrinterLight, drawPrinterLip } from '../draw/printer.ts';
import { ReceiptStrip } from '../draw/receipt-strip.ts';
import { COOL_LIGHT, drawMoodLight, drawRoom, drawSunPatch, floorLine, WARM_LIGHT, type Rect } from '../draw/room.ts';
import { ellipsize, measureText, onFontsReady, textStyle } from '../draw/text.ts';
import { drawTimelineMarker, drawTimelineTrack, type TimelineGeometry } from '../draw/timeline.ts';
import { palette } from '../palette.ts';
import { STAGE_WIDTH, StageScene, watchStage, type StageOf } from '../stage-context.ts';

type HouseholdStage = StageOf<'household'>;

const ROOM: Rect = { x: 24, y: 24, w: 552, h: 420 };
const TIMELINE: TimelineGeometry = { x1: 52, x2: 908, y: 508 };
const PRINTER = { x: 768, slotY: 150 };
const STRIP_WIDTH = 288;
const STRIP_MAX_LENGTH = ROOM.y + ROOM.h - PRINTER.slotY - 12;
const NAME_SIZE = 17;
const MONTH_SIZE = 15;

/** The household in their living room, the timeline, and the receipt printer. */
export class HouseholdScene extends StageScene {
  static readonly KEY = 'HouseholdScene';

  private figures!: Phaser.GameObjects.Graphics;
  private nameTags!: Phaser.GameObjects.Graphics;
  private names: Phaser.GameObjects.Text[] = [];
  private sunPatch!: Phaser.GameObjects.Graphics;
  private warmLight!: Phaser.GameObjects.Graphics;
  private coolLight!: Phaser.GameObjects.Graphics;
  private marker!: Phaser.GameObjects.Graphics;
  private monthText!: Phaser.GameObjects.Text;
  private printer!: Phaser.GameObjects.Container;
  private printerLight!: Phaser.GameObjects.Graphics;
  private strips: ReceiptStrip[] = [];
  private activeStrip = 0;
  private stripTween: Phaser.Tweens.Tween | null = null;
  private timelineTween: Phaser.Tweens.Tween | null = null;

  private last: HouseholdStage | null = null;
  private room!: Phaser.GameObjects.Graphics;
  private shownProgress = 0;

  constructor() {
    super(HouseholdScene.KEY);
  }

  create(): void {
    // Scene instances are reused across starts: reset everything that belongs to one run.
    this.names = [];
    this.strips = [];
    this.activeStrip = 0;
    this.stripTween = null;
    this.timelineTween = null;
    this.last = null;
    this.shownProgress = 0;

    this.room = this.add.graphics();
    drawRoom(this.room, ROOM);
    this.sunPatch = this.add.graphics().setAlpha(0);
    drawSunPatch(this.sunPatch, ROOM);
    this.figures = this.add.graphics();
    this.warmLight = this.add.graphics().setAlpha(0);
    drawMoodLight(this.warmLight, ROOM, WARM_LIGHT);
    this.coolLight = this.add.graphics().setAlpha(0);
    drawMoodLight(this.coolLight, ROOM, COOL_LIGHT);
    this.nameTags = this.add.graphics();

    drawTimelineTrack(this.add.graphics(), TIMELINE);
    this.marker = this.add.graphics();
    this.monthText = this.add.text(0, 0, '', textStyle({ size: MONTH_SIZE, bold: true })).setOrigin(0.5);

    drawPrinterBackdrop(this.add.graphics(), 604, ROOM.y, 332, ROOM.h);
    // Strips sit between the printer body and its front lip.
    const body = this.add.graphics();
    drawPrinterBody(body);
    this.printerLight = this.add.graphics();
    drawPrinterLight(this.printerLight, false);
    this.printer = this.add.container(PRINTER.x, PRINTER.slotY, [body, this.printerLight]);
    for (let i = 0; i < 2; i++) {
      const strip = new ReceiptStrip(this, PRINTER.x, PRINTER.slotY, STRIP_WIDTH, STRIP_MAX_LENGTH);
      strip.reset(PRINTER.x, PRINTER.slotY);
      if (i === 1) strip.container.setVisible(false);
      this.strips.push(strip);
    }
    const lip = this.add.graphics({ x: PRINTER.x, y: PRINTER.slotY });
    drawPrinterLip(lip);

    watchStage(this, this.feed, 'household', (state) => this.draw(state));
    onFontsReady(this, () => this.relayout());
  }

  private draw(state: HouseholdStage): void {
    const last = this.last;
    this.last = state;
    const animate = !this.reducedMotion && last !== null;
    if ((last?.setting ?? 'thuis') !== state.setting) {
      drawRoom(this.room, ROOM, state.setting);
      drawMoodLight(this.warmLight, ROOM, WARM_LIGHT, state.setting);
      drawMoodLight(this.coolLight, ROOM, COOL_LIGHT, state.setting);
      drawSunPatch(this.sunPatch, ROOM, state.setting);
    }
    if (!last || last.mood !== state.mood || !sameHousehold(last.household, state.household)) this.drawFigures(state.household, state.mood);
    if (!last || last.mood !== state.mood) this.setMood(state.mood, animate);
    if (!last || last.timeline !== state.timeline || last.monthLabel !== state.monthLabel) this.moveTimeline(state, animate);
    this.drawReceipt(last?.receipt ?? null, state.receipt);
  }

  private relayout(): void {
    const state = this.last;
    if (!state) return;
    this.drawFigures(state.household, state.mood);
    this.drawMarker(this.shownProgress, state.monthLabel);
    for (const strip of this.strips) strip.layoutTexts();
  }

  private drawFigures(household: readonly StageFigure[], mood: Mood): void {
    this.figures.clear();
    this.nameTags.clear();
    const n = household.length;
    const spacing = Math.min(122, (ROOM.w - 80) / Math.max(1, n));
    const centre = ROOM.x + ROOM.w * 0.5;
    const floor = floorLine(ROOM);
    const baseY = floor + (ROOM.y + ROOM.h - floor) * 0.7;

    // Crowded households get slightly smaller name tags so names stay readable rather than cut.
    const size = spacing < 100 ? NAME_SIZE - 2 : NAME_SIZE;
    const pad = spacing < 100 ? 12 : 20;
    while (this.names.length < n) this.names.push(this.add.text(0, 0, '', textStyle({ size })).setOrigin(0.5, 0));
    this.names.forEach((name, i) => {
      const member = household[i];
      if (!member) {
        name.setVisible(false);
        return;
      }
      const x = centre + (i - (n - 1) / 2) * spacing;
      drawFigure(this.figures, member, x, baseY, mood);
      const text = ellipsize(member.name, spacing - pad - 4, size);
      const w = measureText(text, size) + pad;
      if (name.style.fontSize !== `${size}px`) name.setFontSize(size);
      const tagY = baseY + 10;
      this.nameTags.fillStyle(palette.shadow, 0.1);
      this.nameTags.fillRoundedRect(x - w / 2 + 1, tagY + 2, w, 26, 13);
      this.nameTags.fillStyle(palette.white, 0.95);
      this.nameTags.fillRoundedRect(x - w / 2, tagY, w, 26, 13);
      name
        .setText(text)
        .setPosition(x, tagY + 13 - size * 0.62)
        .setVisible(true);
    });
  }

  private setMood(mood: Mood, animate: boolean): void {
    const warm = mood === 'hopeful' ? 1 : 0;
    const cool = mood === 'tense' ? 1 : 0;
    this.tweens.killTweensOf([this.warmLight, this.sunPatch, this.coolLight]);
    if (!animate) {
      this.warmLight.setAlpha(warm);
      this.sunPatch.setAlpha(warm);
      this.coolLight.setAlpha(cool);
      return;
    }
    this.tweens.add({ targets: [this.warmLight, this.sunPatch], alpha: warm, duration: 700, ease: 'Sine.InOut' });
    this.tweens.add({ targets: this.coolLight, alpha: cool, duration: 700, ease: 'Sine.InOut' });
  }

  private moveTimeline(state: HouseholdStage, animate: boolean): void {
    this.timelineTween?.stop();
    this.timelineTween = null;
    const target = Math.max(0, Math.min(1, state.timeline));
    if (!animate || Math.abs(target - this.shownProgress) < 0.001) {
      this.drawMarker(target, state.monthLabel);
      return;
    }
    this.timelineTween = this.tweens.addCounter({
      from: this.shownProgress,
      to: target,
      duration: 600,
      ease: 'Cubic.Out',
      onUpdate: (tween) => this.drawMarker(tween.getValue() ?? target, state.monthLabel),
    });
  }

  private drawMarker(progress: number, label: string): void {
    this.shownProgress = progress;
    if (this.monthText.text !== label) this.monthText.setText(label);
    const at = drawTimelineMarker(this.marker, TIMELINE, progress, measureText(label, MONTH_SIZE, true));
    this.monthText.setPosition(at.x, at.y);
  }

  private drawReceipt(previous: StageReceipt | null, receipt: StageReceipt): void {
    // How big the stage is on screen decides whether the strip's text can be read (a phone shows it at ≈ 5 px).
    const shown = this.game.canvas.getBoundingClientRect().width;
    for (const strip of this.strips) strip.setScreenScale(shown / STAGE_WIDTH);
    let strip = this.strips[this.activeStrip];
    if (!strip) return;
    const fresh = !previous || previous.printId !== receipt.printId;
    if (fresh) {
      if (previous && strip.length > strip.lengthFor(0)) {
        this.retire(strip);
        this.activeStrip = 1 - this.activeStrip;
        strip = this.strips[this.activeStrip];
        if (!strip) return;
      }
      strip.reset(PRINTER.x, PRINTER.slotY);
      strip.setContent(receipt);
    } else if (JSON.stringify(previous.lines) !== JSON.stringify(receipt.lines) || previous.total !== receipt.total) {
      strip.setContent(receipt);
    }

    const target = strip.lengthFor(receipt.printed);
    const busy = receipt.printed < receipt.lines.length;
    drawPrinterLight(this.printerLight, busy);
    if (Math.abs(target - strip.length) < 0.5) return;
    this.stripTween?.stop();
    this.stripTween = null;
    const grows = target > strip.length;
    // On a fresh mount (e.g. a resumed game) the strip is simply there; replaying the print adds nothing.
    if (this.reducedMotion || !previous) {
      strip.setLength(target);
      return;
    }
    const from = strip.length;
    this.stripTween = this.tweens.addCounter({
      from,
      to: target,
      duration: Math.max(170, Math.min(600, Math.abs(target - from) * 2.5)),
      ease: 'Quad.Out',
      onUpdate: (tween) => strip.setLength(tween.getValue() ?? target),
    });
    if (grows) this.shakePrinter();
  }

  private retire(strip: ReceiptStrip): void {
    this.stripTween?.stop();
    this.stripTween = null;
    if (this.reducedMotion) {
      strip.container.setVisible(false);
      return;
    }
    this.tweens.add({
      targets: strip.container,
      y: strip.container.y + 60,
      alpha: 0,
      duration: 320,
      ease: 'Quad.In',
      onComplete: () => strip.container.setVisible(false),
    });
  }

  private shakePrinter(): void {
    this.tweens.killTweensOf(this.printer);
    this.printer.setX(PRINTER.x);
    this.tweens.add({
      targets: this.printer,
      x: PRINTER.x + 2,
      duration: 35,
      ease: 'Sine.InOut',
      yoyo: true,
      repeat: 1,
      onComplete: () => this.printer.setX(PRINTER.x),
    });
  }
}

function sameHousehold(a: readonly StageFigure[], b: readonly StageFigure[]): boolean {
  return (
    a.length === b.length &&
    a.every((m, i) => {
      const o = b[i];
      return o !== undefined && m.id === o.id && m.name === o.name && m.age === o.age && m.figure === o.figure;
    })
  );
}
