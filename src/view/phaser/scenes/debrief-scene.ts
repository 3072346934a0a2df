import type * as Phaser from 'phaser';
import { ellipsize, measureText, onFontsReady, textStyle } from '../draw/text.ts';
import {
  BADGE_RADIUS,
  CORNER_ORDER,
  VALUE_COLORS,
  drawBalanceBadge,
  drawProfile,
  drawReference,
  drawReferenceKey,
  drawTriangleGuides,
  triangleCorners,
  type Point,
  type ValueKey,
} from '../draw/triangle.ts';
import { css, palette } from '../palette.ts';
import { StageScene, watchStage, type StageOf } from '../stage-context.ts';

type DebriefStage = StageOf<'debrief'>;

const CENTRE: Point = { x: 480, y: 304 };
const RADIUS = 196;
const LABEL_SIZE = 17;
/** Where the reference outline's legend sits: bottom left, clear of the corner labels. */
const KEY_AT: Point = { x: 28, y: 516 };
const SCORE_SIZE = 19;
const TONE_COLORS: Record<DebriefStage['tone'], number> = {
  goed: palette.teal,
  gemengd: palette.orange,
  zorgelijk: palette.alarm,
};

type Scores = Record<ValueKey, number>;

interface CornerLabel {
  label: Phaser.GameObjects.Text;
  score: Phaser.GameObjects.Text;
}

/** The waardendriehoek with the player's profile and the balance score. */
export class DebriefScene extends StageScene {
  static readonly KEY = 'DebriefScene';

  private reference!: Phaser.GameObjects.Graphics;
  private referenceKey!: Phaser.GameObjects.Graphics;
  private referenceLabel!: Phaser.GameObjects.Text;
  private profile!: Phaser.GameObjects.Graphics;
  private badge!: Phaser.GameObjects.Graphics;
  private chips!: Phaser.GameObjects.Graphics;
  private corners = {} as Record<ValueKey, CornerLabel>;
  private overallText!: Phaser.GameObjects.Text;
  private overallLabel!: Phaser.GameObjects.Text;
  private growTween: Phaser.Tweens.Tween | null = null;
  private shown: { scores: Scores; overall: number } = { scores: zeroScores(), overall: 0 };
  private last: DebriefStage | null = null;

  constructor() {
    super(DebriefScene.KEY);
  }

  create(): void {
    this.growTween = null;
    this.shown = { scores: zeroScores(), overall: 0 };
    this.last = null;

    drawTriangleGuides(this.add.graphics(), CENTRE, RADIUS);
    this.profile = this.add.graphics();
    // Over the profile's fill, so the systeemroute stays readable wherever the player's route lies.
    this.reference = this.add.graphics();
    this.referenceKey = this.add.graphics();
    this.referenceLabel = this.add.text(KEY_AT.x + 44, KEY_AT.y, '', textStyle({ size: 15 })).setOrigin(0, 0.5);
    this.badge = this.add.graphics();
    this.chips = this.add.graphics();
    this.overallText = this.add.text(CENTRE.x, CENTRE.y - 9, '', textStyle({ size: 38, bold: true })).setOrigin(0.5);
    this.overallLabel = this.add.text(CENTRE.x, CENTRE.y + 22, '', textStyle({ size: 13 })).setOrigin(0.5);
    for (const key of CORNER_ORDER) {
      this.corners[key] = {
        label: this.add.text(0, 0, '', textStyle({ size: LABEL_SIZE })).setOrigin(0, 0.5),
        score: this.add.text(0, 0, '', textStyle({ size: SCORE_SIZE, bold: true, color: css(VALUE_COLORS[key]) })).setOrigin(0, 0.5),
      };
    }

    watchStage(this, this.feed, 'debrief', (state) => this.draw(state));
    onFontsReady(this, () => {
      if (this.last) this.drawLabels(this.last);
    });
  }

  private draw(state: DebriefStage): void {
    this.last = state;
    this.drawLabels(state);
    drawReference(this.reference, CENTRE, RADIUS, state.reference.scores);
    drawReferenceKey(this.referenceKey, KEY_AT);
    this.referenceLabel.setText(state.reference.label);
    const target = { scores: scoresOf(state), overall: state.overall };
    const tone = TONE_COLORS[state.tone];
    this.growTween?.stop();
    this.growTween = null;
    if (this.reducedMotion) {
      this.drawShape(target, tone);
      return;
    }
    const from = this.shown;
    this.growTween = this.tweens.addCounter({
      from: 0,
      to: 1,
      duration: 700,
      ease: 'Cubic.Out',
      onUpdate: (tween) => this.drawShape(blend(from, target, tween.getValue() ?? 1), tone),
    });
  }

  private drawShape(shape: { scores: Scores; overall: number }, tone: number): void {
    this.shown = shape;
    drawProfile(this.profile, CENTRE, RADIUS, shape.scores);
    drawBalanceBadge(this.badge, CENTRE, shape.overall, tone);
  }

  private drawLabels(state: DebriefStage): void {
    const corners = triangleCorners(CENTRE, RADIUS);
    this.chips.clear();
    for (const key of CORNER_ORDER) {
      const item = state.scores.find((s) => s.key === key);
      const { label, score } = this.corners[key];
      const labelText = item?.label ?? key;
      const scoreText = item ? String(Math.round(item.score)) : '';
      label.setText(labelText);
      score.setText(scoreText);
      const gap = 10;
      const dot = 18;
      const width = dot + measureText(labelText, LABEL_SIZE) + gap + measureText(scoreText, SCORE_SIZE, true);
      const corner = corners[key];
      const y = key === 'legitimiteit' ? corner.y - 40 : corner.y + 40;
      const left = Math.max(16, Math.min(960 - 16 - width, corner.x - width / 2));
      this.chips.fillStyle(palette.shadow, 0.1);
      this.chips.fillRoundedRect(left - 14 + 2, y - 18 + 3, width + 28, 36, 18);
      this.chips.fillStyle(palette.white, 1);
      this.chips.fillRoundedRect(left - 14, y - 18, width + 28, 36, 18);
      this.chips.fillStyle(VALUE_COLORS[key], 1);
      this.chips.fillCircle(left + 5, y, 6);
      label.setPosition(left + dot, y);
      score.setPosition(left + dot + measureText(labelText, LABEL_SIZE) + gap, y);
    }

    this.overallText.setText(String(Math.round(state.overall)));
    // The label sits inside the ring, under the number; long translations get a smaller size.
    const room = 2 * Math.sqrt((BADGE_RADIUS - 6) ** 2 - 22 ** 2) - 8;
    let size = 13;
    while (size > 10 && measureText(state.overallLabel, size) > room) size--;
    if (this.overallLabel.style.fontSize !== `${size}px`) this.overallLabel.setFontSize(size);
    this.overallLabel.setText(ellipsize(state.overallLabel, room, size));
  }
}

function zeroScores(): Scores {
  return { legitimiteit: 0, betrokkenheid: 0, rendement: 0 };
}

function scoresOf(state: DebriefStage): Scores {
  const scores = zeroScores();
  for (const s of state.scores) scores[s.key] = s.score;
  return scores;
}

function blend(a: { scores: Scores; overall: number }, b: { scores: Scores; overall: number }, t: number) {
  const lerp = (x: number, y: number) => x + (y - x) * t;
  return {
    scores: {
      legitimiteit: lerp(a.scores.legitimiteit, b.scores.legitimiteit),
      betrokkenheid: lerp(a.scores.betrokkenheid, b.scores.betrokkenheid),
      rendement: lerp(a.scores.rendement, b.scores.rendement),
    },
    overall: lerp(a.overall, b.overall),
  };
}
