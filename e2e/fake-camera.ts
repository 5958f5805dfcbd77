import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';

// pngjs comes with qrcode and has no type declarations: the little of it used here, typed.
interface DecodedPng {
  width: number;
  height: number;
  /** RGBA, 4 bytes per pixel, row by row. */
  data: Buffer;
}
const { PNG } = createRequire(import.meta.url)('pngjs') as {
  PNG: { sync: { read(buffer: Buffer): DecodedPng } };
};

const WIDTH = 640;
const HEIGHT = 480;

export interface FakeCamera {
  file: string;
  chromiumArgs: string[];
}

/**
 * Chromium's fake camera plays a Y4M file (--use-file-for-fake-video-capture) and reads it when a page opens the
 * camera, not at launch: the browser is launched naming the file, and a journey writes the picture once it knows
 * what to show.
 */
export function fakeCameraFile(): FakeCamera {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'phongtrao-camera-'));
  const file = path.join(dir, 'camera.y4m');
  fs.writeFileSync(file, y4mFrames(blankFrame()));
  return {
    file,
    chromiumArgs: [
      '--use-fake-ui-for-media-stream',
      '--use-fake-device-for-media-stream',
      `--use-file-for-fake-video-capture=${file}`,
    ],
  };
}

function blankFrame(): Uint8Array {
  return new Uint8Array(WIDTH * HEIGHT).fill(235);
}

/**
 * A 640×480 grey picture of a PNG (a QR code) centred on white, scaled by a whole factor with nearest-neighbour
 * sampling so that the modules stay sharp, as a phone held in front of a printed giấy mời would see it.
 */
export function lumaOfPng(png: Buffer): Uint8Array {
  const image = PNG.sync.read(png);
  const scale = Math.max(1, Math.floor(Math.min((HEIGHT * 0.8) / image.height, (WIDTH * 0.8) / image.width)));
  const w = image.width * scale;
  const h = image.height * scale;
  const left = Math.floor((WIDTH - w) / 2);
  const top = Math.floor((HEIGHT - h) / 2);
  const luma = blankFrame();
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      const i = (Math.floor(y / scale) * image.width + Math.floor(x / scale)) * 4;
      const alpha = image.data[i + 3]! / 255;
      const grey = 0.299 * image.data[i]! + 0.587 * image.data[i + 1]! + 0.114 * image.data[i + 2]!;
      // Transparent pixels show the white paper; video luma runs 16 (black) to 235 (white).
      const value = grey * alpha + 255 * (1 - alpha);
      luma[(top + y) * WIDTH + left + x] = Math.round(16 + (value / 255) * 219);
    }
  }
  return luma;
}

/** A Y4M (4:2:0) of a few identical frames; Chromium loops it. */
export function y4mFrames(luma: Uint8Array, frames = 3): Buffer {
  const chroma = Buffer.alloc((WIDTH / 2) * (HEIGHT / 2), 128);
  const header = Buffer.from(`YUV4MPEG2 W${WIDTH} H${HEIGHT} F10:1 Ip A1:1 C420jpeg\n`, 'ascii');
  const frame = Buffer.concat([Buffer.from('FRAME\n', 'ascii'), Buffer.from(luma), chroma, chroma]);
  return Buffer.concat([header, ...Array.from({ length: frames }, () => frame)]);
}

/** Puts the PNG in front of the fake camera (the next page that opens the camera sees it). */
export function showToCamera(file: string, png: Buffer): void {
  fs.writeFileSync(file, y4mFrames(lumaOfPng(png)));
}
