/** How long a journey waits for something to appear before failing (also expect's timeout). */
export const TIMEOUT = 15_000;
