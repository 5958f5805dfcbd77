/** Pure helpers of the camera scanner: which decoded codes to act on, and how big a frame to decode. */

/** The same code seen again within this window is the same person still in front of the camera. */
export const REPEAT_WINDOW_MS = 4_000;

/**
 * Remembers the codes seen lately. `accept` says whether a decoded code is new enough to act on: a code is acted on
 * once while it stays in front of the camera, and again only after it has been out of sight for the window.
 */
export class RecentCodes {
  private readonly seen = new Map<string, number>();

  constructor(private readonly windowMs: number = REPEAT_WINDOW_MS) {}

  accept(code: string, now: number): boolean {
    const text = code.trim();
    if (text === '') return false;
    for (const [key, at] of this.seen) if (now - at >= this.windowMs) this.seen.delete(key);
    const isRepeat = this.seen.has(text);
    this.seen.set(text, now);
    return !isRepeat;
  }
}

/**
 * The size to draw a video frame at before decoding: the longest side at most `maxSide` pixels (jsQR's time grows with
 * the pixel count; a QR held at arm's length is still well over 100 pixels wide at 640), never enlarged.
 * @example frameSize(1920, 1080, 640) → { width: 640, height: 360 }
 */
export function frameSize(width: number, height: number, maxSide = 640): { width: number; height: number } {
  if (width <= 0 || height <= 0) return { width: 0, height: 0 };
  const scale = Math.min(1, maxSide / Math.max(width, height));
  return { width: Math.round(width * scale), height: Math.round(height * scale) };
}
