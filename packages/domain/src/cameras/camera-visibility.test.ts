import { describe, expect, it } from 'vitest';
import { type CameraVisibilityInput, cameraVisible } from './camera-visibility';

const consent = {
  roles: ['officer'] as const,
  purposes: ['incident'] as const,
  allowsPlayback: false,
  startsAt: '2026-11-30T16:00:00.000Z',
  expiresAt: '2026-12-31T16:00:00.000Z',
  revokedAt: null,
};

const input = (over: Partial<CameraVisibilityInput> = {}): CameraVisibilityInput => ({
  camera: { kind: 'public', active: true },
  viewer: { accountId: 'u1', rolesReaching: ['officer'] },
  grants: [{ role: 'officer', accountId: null }],
  consents: [],
  purpose: 'incident',
  at: '2026-12-15T02:00:00.000Z',
  ...over,
});

describe('camera visibility', () => {
  it('shows a public camera granted to a role the viewer reaches it with, with no consent', () => {
    expect(cameraVisible(input())).toBe(true);
  });

  it('hides a camera without a grant, or granted to a role the viewer does not reach it with', () => {
    expect(cameraVisible(input({ grants: [] }))).toBe(false);
    expect(cameraVisible(input({ grants: [{ role: 'monitor', accountId: null }] }))).toBe(false);
  });

  it('honours a grant to the person', () => {
    expect(cameraVisible(input({ grants: [{ role: null, accountId: 'u1' }] }))).toBe(true);
    expect(cameraVisible(input({ grants: [{ role: null, accountId: 'u2' }] }))).toBe(false);
  });

  it('hides a camera out of the viewer’s scope even with a personal grant', () => {
    expect(
      cameraVisible(
        input({ viewer: { accountId: 'u1', rolesReaching: [] }, grants: [{ role: null, accountId: 'u1' }] }),
      ),
    ).toBe(false);
  });

  it('hides inactive cameras', () => {
    expect(cameraVisible(input({ camera: { kind: 'public', active: false } }))).toBe(false);
  });

  it('needs a live consent naming the role and purpose for household and venue cameras', () => {
    for (const kind of ['household', 'venue'] as const) {
      expect(cameraVisible(input({ camera: { kind, active: true } }))).toBe(false);
      expect(cameraVisible(input({ camera: { kind, active: true }, consents: [consent] }))).toBe(true);
      expect(cameraVisible(input({ camera: { kind, active: true }, consents: [consent], purpose: 'patrol' }))).toBe(
        false,
      );
      expect(
        cameraVisible(
          input({ camera: { kind, active: true }, consents: [{ ...consent, revokedAt: '2026-12-01T00:00:00.000Z' }] }),
        ),
      ).toBe(false);
      expect(
        cameraVisible(input({ camera: { kind, active: true }, consents: [consent], at: '2026-12-31T16:00:00.000Z' })),
      ).toBe(false);
    }
  });
});
