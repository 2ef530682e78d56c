import { expect } from 'vitest';

/** Reference values come from SciPy; the brief is agreement to 1e-6. */
export const TOLERANCE = 1e-6;

export function expectClose(actual: number | null | undefined, expected: number, tolerance = TOLERANCE): void {
  expect(actual).not.toBeNull();
  expect(actual).not.toBeUndefined();
  if (!Number.isFinite(expected)) {
    expect(actual).toBe(expected);
    return;
  }
  expect(Math.abs((actual as number) - expected), `${actual} vs ${expected}`).toBeLessThanOrEqual(tolerance);
}
