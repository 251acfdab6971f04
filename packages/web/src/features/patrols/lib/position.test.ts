import { describe, expect, it, vi } from 'vitest';
import { type PositionSource, readPosition } from './position';

const fix = (latitude: number, longitude: number, accuracy: number) =>
  ({ coords: { latitude, longitude, accuracy } }) as GeolocationPosition;

describe('readPosition', () => {
  it('gives the fix the phone reports, accuracy in whole metres', async () => {
    const source: PositionSource = { getCurrentPosition: (ok) => ok(fix(29.71, 120.24, 12.6)) };
    expect(await readPosition(source)).toEqual({ lat: 29.71, lng: 120.24, accuracy: 13 });
  });

  it('gives nothing without geolocation, when refused, or when the browser throws', async () => {
    expect(await readPosition(undefined)).toBeNull();
    const refused: PositionSource = {
      getCurrentPosition: (_ok, fail) => fail?.({ code: 1, message: 'denied' } as GeolocationPositionError),
    };
    expect(await readPosition(refused)).toBeNull();
    const throwing: PositionSource = {
      getCurrentPosition: () => {
        throw new Error('insecure context');
      },
    };
    expect(await readPosition(throwing)).toBeNull();
  });

  it('stops waiting after the timeout when the permission prompt is never answered', async () => {
    vi.useFakeTimers();
    try {
      const silent: PositionSource = { getCurrentPosition: () => undefined };
      const pending = readPosition(silent, 5000);
      vi.advanceTimersByTime(5000);
      expect(await pending).toBeNull();
    } finally {
      vi.useRealTimers();
    }
  });

  it('keeps the first answer when a late fix follows the timeout', async () => {
    vi.useFakeTimers();
    try {
      let late: PositionCallback | undefined;
      const slow: PositionSource = {
        getCurrentPosition: (ok) => {
          late = ok;
        },
      };
      const pending = readPosition(slow, 1000);
      vi.advanceTimersByTime(1000);
      late?.(fix(1, 2, 3));
      expect(await pending).toBeNull();
    } finally {
      vi.useRealTimers();
    }
  });
});
