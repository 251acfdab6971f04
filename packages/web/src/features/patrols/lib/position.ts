/** Where the phone was when it checked in, as the check-in body carries it. */
export interface CheckInPosition {
  lat: number;
  lng: number;
  accuracy: number;
}

/** The part of `navigator.geolocation` the check-in uses, so a test can hand in a fake. */
export type PositionSource = Pick<Geolocation, 'getCurrentPosition'>;

/** How long the check-in waits for a fix: a volunteer at a checkpoint should not stand there for a GPS cold start. */
export const POSITION_TIMEOUT_MS = 8000;

/**
 * The phone's position, or null when it has none to give: no geolocation (an old browser, plain http), permission
 * refused, no fix in time. A check-in never waits on it longer than the timeout and never fails for lack of it.
 */
export function readPosition(
  source: PositionSource | undefined,
  timeoutMs = POSITION_TIMEOUT_MS,
): Promise<CheckInPosition | null> {
  if (!source) return Promise.resolve(null);
  return new Promise((resolve) => {
    let settled = false;
    const finish = (value: CheckInPosition | null) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(value);
    };
    // The browser's own timeout only counts once permission is given; a prompt left unanswered would wait forever.
    const timer = setTimeout(() => finish(null), timeoutMs);
    try {
      source.getCurrentPosition(
        ({ coords }) =>
          finish(
            Number.isFinite(coords.latitude) && Number.isFinite(coords.longitude)
              ? { lat: coords.latitude, lng: coords.longitude, accuracy: Math.max(0, Math.round(coords.accuracy)) }
              : null,
          ),
        () => finish(null),
        { enableHighAccuracy: true, timeout: timeoutMs, maximumAge: 60_000 },
      );
    } catch {
      finish(null);
    }
  });
}

/** The browser's geolocation when the page may use it (only in a secure context), else nothing. */
export function browserPositionSource(): PositionSource | undefined {
  if (typeof navigator === 'undefined' || !('geolocation' in navigator)) return undefined;
  return navigator.geolocation;
}
