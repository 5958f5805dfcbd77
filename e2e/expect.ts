import type { Locator } from 'playwright-core';

/** How long a journey waits for something to appear before failing. */
export const TIMEOUT = 15_000;

/** Waits until the locator is visible; fails with `what` in the message. */
export async function expectVisible(locator: Locator, what: string): Promise<void> {
  try {
    await locator.first().waitFor({ state: 'visible', timeout: TIMEOUT });
  } catch (error) {
    throw new Error(`expected ${what} to be visible within ${TIMEOUT / 1000} s (${firstLine(error)})`);
  }
}

export function expectEqual<T>(actual: T, expected: T, what: string): void {
  if (actual !== expected)
    throw new Error(`expected ${what} to be ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
}

export function expectContains(text: string, part: string, what: string): void {
  if (!text.includes(part))
    throw new Error(
      `expected ${what} to contain ${JSON.stringify(part)}, got ${JSON.stringify(text.slice(0, 300))}`,
    );
}

const firstLine = (error: unknown): string =>
  (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '';
