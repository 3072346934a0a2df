/**
 * Synthesises the game's sound effects with plain math (no dependencies).
 *
 * Run: npx tsx tools/build/make-sounds.ts
 * Output: public/audio/*.wav — mono, 16-bit PCM, 22050 Hz.
 *
 * Deterministic: noise comes from a seeded PRNG, so every run writes
 * byte-identical files. The sounds are released under CC0 1.0 (see
 * public/audio/LICENSE.md).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { seededRandom } from '../../src/domain/play/prng.ts';

const SAMPLE_RATE = 22050;
const OUT_DIR = fileURLToPath(new URL('../../public/audio/', import.meta.url));

/** dBFS to linear gain. */
const db = (value: number): number => 10 ** (value / 20);

function buffer(seconds: number): Float64Array {
  return new Float64Array(Math.round(seconds * SAMPLE_RATE));
}

/** Two-pole resonant band-pass (constant 0 dB peak gain), in place. */
function bandPass(signal: Float64Array, centreHz: number, q: number): Float64Array {
  const w0 = (2 * Math.PI * centreHz) / SAMPLE_RATE;
  const alpha = Math.sin(w0) / (2 * q);
  const a0 = 1 + alpha;
  const b0 = alpha / a0;
  const b2 = -alpha / a0;
  const a1 = (-2 * Math.cos(w0)) / a0;
  const a2 = (1 - alpha) / a0;
  let x1 = 0;
  let x2 = 0;
  let y1 = 0;
  let y2 = 0;
  const out = new Float64Array(signal.length);
  for (let i = 0; i < signal.length; i++) {
    const x0 = signal[i] ?? 0;
    const y0 = b0 * x0 + b2 * x2 - a1 * y1 - a2 * y2;
    out[i] = y0;
    x2 = x1;
    x1 = x0;
    y2 = y1;
    y1 = y0;
  }
  return out;
}

/** One-pole high-pass to remove DC and rumble, in place. */
function highPass(signal: Float64Array, cutoffHz: number): void {
  const rc = 1 / (2 * Math.PI * cutoffHz);
  const a = rc / (rc + 1 / SAMPLE_RATE);
  let prevX = 0;
  let prevY = 0;
  for (let i = 0; i < signal.length; i++) {
    const x = signal[i] ?? 0;
    const y = a * (prevY + x - prevX);
    signal[i] = y;
    prevX = x;
    prevY = y;
  }
}

/** Linear fade-in and raised-cosine fade-out, to avoid clicks at the edges. */
function fade(signal: Float64Array, inSeconds: number, outSeconds: number): void {
  const fadeIn = Math.max(1, Math.round(inSeconds * SAMPLE_RATE));
  const fadeOut = Math.max(1, Math.round(outSeconds * SAMPLE_RATE));
  for (let i = 0; i < fadeIn && i < signal.length; i++) {
    signal[i] = (signal[i] ?? 0) * (i / fadeIn);
  }
  for (let i = 0; i < fadeOut && i < signal.length; i++) {
    const index = signal.length - 1 - i;
    const gain = 0.5 - 0.5 * Math.cos((Math.PI * i) / fadeOut);
    signal[index] = (signal[index] ?? 0) * gain;
  }
}

/** Scales so the absolute peak sits at the given dBFS. */
function normalise(signal: Float64Array, peakDb: number): void {
  let peak = 0;
  for (const sample of signal) peak = Math.max(peak, Math.abs(sample));
  if (peak === 0) return;
  const gain = db(peakDb) / peak;
  for (let i = 0; i < signal.length; i++) signal[i] = (signal[i] ?? 0) * gain;
}

/** Adds a decaying sine partial starting at `start` seconds. */
function addPartial(
  signal: Float64Array,
  start: number,
  freqHz: number,
  amplitude: number,
  decaySeconds: number,
  attackSeconds: number,
): void {
  const first = Math.round(start * SAMPLE_RATE);
  const attack = Math.max(1, Math.round(attackSeconds * SAMPLE_RATE));
  for (let i = first; i < signal.length; i++) {
    const n = i - first;
    const t = n / SAMPLE_RATE;
    const env = Math.min(1, n / attack) * Math.exp(-t / decaySeconds);
    signal[i] = (signal[i] ?? 0) + amplitude * env * Math.sin(2 * Math.PI * freqHz * t);
  }
}

/** One printed receipt line: a quick run of needle/thermal-head ticks. */
function receiptLine(): Float64Array {
  const rng = seededRandom(0x5eed_0001);
  const out = buffer(0.12);
  const impulses = new Float64Array(out.length);
  // Print head fires roughly every 4.5 ms with jitter; small gaps between "characters".
  let t = 0.004;
  let tick = 0;
  while (t < 0.108) {
    const inGap = tick % 7 === 6;
    if (!inGap) {
      const start = Math.round(t * SAMPLE_RATE);
      const strength = 0.6 + 0.4 * rng();
      const length = Math.round(0.0015 * SAMPLE_RATE);
      for (let n = 0; n < length && start + n < impulses.length; n++) {
        const env = Math.exp(-n / (0.0004 * SAMPLE_RATE));
        impulses[start + n] = (impulses[start + n] ?? 0) + strength * env * (rng() * 2 - 1);
      }
    }
    t += 0.0045 + (rng() - 0.5) * 0.0008;
    tick++;
  }
  // Head/plastic body resonances give the buzzy timbre; keep a bit of raw click.
  const body = bandPass(impulses, 2600, 4);
  const rattle = bandPass(impulses, 5200, 3);
  for (let i = 0; i < out.length; i++) {
    const motor = 0.04 * Math.sin((2 * Math.PI * 222 * i) / SAMPLE_RATE) * (0.5 + 0.5 * rng());
    out[i] = 1.0 * (body[i] ?? 0) + 0.6 * (rattle[i] ?? 0) + 0.15 * (impulses[i] ?? 0) + motor;
  }
  highPass(out, 120);
  fade(out, 0.003, 0.012);
  normalise(out, -10); // quiet: it repeats for every line
  return out;
}

/** Receipt torn off, then a soft till bell ("ka-ching"). */
function receiptDone(): Float64Array {
  const rng = seededRandom(0x5eed_0002);
  const out = buffer(0.5);
  // "ka": a short paper tear, crackly filtered noise over ~90 ms.
  const tearLength = Math.round(0.09 * SAMPLE_RATE);
  const tear = new Float64Array(out.length);
  for (let n = 0; n < tearLength; n++) {
    const tt = n / tearLength;
    const env = Math.sin(Math.PI * Math.min(1, tt * 1.4)) ** 2 * (1 - tt);
    const grain = rng() < 0.35 ? 1 : 0.25; // fibres snapping
    tear[n] = env * grain * (rng() * 2 - 1);
  }
  const tearBand = bandPass(tear, 3200, 0.9);
  // "ching": a small bell, slightly inharmonic partials, gentle decays.
  const bell = new Float64Array(out.length);
  const strike = 0.085;
  addPartial(bell, strike, 1568, 0.55, 0.16, 0.002); // G6
  addPartial(bell, strike, 1568 * 2.005, 0.22, 0.09, 0.002);
  addPartial(bell, strike, 1568 * 2.76, 0.1, 0.05, 0.001);
  addPartial(bell, strike + 0.06, 2093, 0.35, 0.14, 0.002); // C7, second ring
  addPartial(bell, strike + 0.06, 2093 * 2.003, 0.1, 0.07, 0.002);
  for (let i = 0; i < out.length; i++) out[i] = 0.9 * (tearBand[i] ?? 0) + (bell[i] ?? 0);
  highPass(out, 80);
  fade(out, 0.002, 0.06);
  normalise(out, -6);
  return out;
}

/** Soft UI click for choosing an option. */
function select(): Float64Array {
  const rng = seededRandom(0x5eed_0003);
  const out = buffer(0.06);
  let phase = 0;
  for (let i = 0; i < out.length; i++) {
    const t = i / SAMPLE_RATE;
    const freq = 700 + 500 * Math.exp(-t / 0.008); // small downward "blip"
    phase += (2 * Math.PI * freq) / SAMPLE_RATE;
    const tone = Math.sin(phase) * Math.exp(-t / 0.014);
    const tick = (rng() * 2 - 1) * Math.exp(-t / 0.0015) * 0.5;
    out[i] = tone + tick;
  }
  const soft = bandPass(out, 1400, 0.7);
  for (let i = 0; i < out.length; i++) out[i] = 0.6 * (out[i] ?? 0) + 0.8 * (soft[i] ?? 0);
  highPass(out, 100);
  fade(out, 0.001, 0.015);
  normalise(out, -8);
  return out;
}

/** Calm rising three-note chime for the debrief. */
function debrief(): Float64Array {
  const out = buffer(0.8);
  const notes: Array<[start: number, freq: number]> = [
    [0.0, 523.25], // C5
    [0.16, 659.25], // E5
    [0.32, 783.99], // G5
  ];
  for (const [start, freq] of notes) {
    addPartial(out, start, freq, 0.5, 0.3, 0.012);
    addPartial(out, start, freq * 2, 0.12, 0.15, 0.012);
    addPartial(out, start, freq * 3.01, 0.04, 0.08, 0.012);
  }
  fade(out, 0.002, 0.12);
  normalise(out, -6);
  return out;
}

/** Encodes mono float samples as a 16-bit PCM WAV file. */
function encodeWav(signal: Float64Array): Buffer {
  const dataBytes = signal.length * 2;
  const wav = Buffer.alloc(44 + dataBytes);
  wav.write('RIFF', 0, 'ascii');
  wav.writeUInt32LE(36 + dataBytes, 4);
  wav.write('WAVE', 8, 'ascii');
  wav.write('fmt ', 12, 'ascii');
  wav.writeUInt32LE(16, 16); // fmt chunk size
  wav.writeUInt16LE(1, 20); // PCM
  wav.writeUInt16LE(1, 22); // mono
  wav.writeUInt32LE(SAMPLE_RATE, 24);
  wav.writeUInt32LE(SAMPLE_RATE * 2, 28); // byte rate
  wav.writeUInt16LE(2, 32); // block align
  wav.writeUInt16LE(16, 34); // bits per sample
  wav.write('data', 36, 'ascii');
  wav.writeUInt32LE(dataBytes, 40);
  for (let i = 0; i < signal.length; i++) {
    const clamped = Math.max(-1, Math.min(1, signal[i] ?? 0));
    wav.writeInt16LE(Math.round(clamped * 32767), 44 + i * 2);
  }
  return wav;
}

const sounds: Record<string, () => Float64Array> = {
  'receipt-line': receiptLine,
  'receipt-done': receiptDone,
  select,
  debrief,
};

mkdirSync(OUT_DIR, { recursive: true });
let total = 0;
for (const [name, make] of Object.entries(sounds)) {
  const signal = make();
  const wav = encodeWav(signal);
  writeFileSync(join(OUT_DIR, `${name}.wav`), wav);
  total += wav.length;
  const ms = Math.round((signal.length / SAMPLE_RATE) * 1000);
  console.log(`${name}.wav  ${ms} ms  ${wav.length} bytes`);
}
console.log(`total ${total} bytes`);
