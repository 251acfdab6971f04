import { describe, expect, it } from 'vitest';
import { loginTarget } from './login-target';

describe('loginTarget', () => {
  const ok = { mustChangePassword: false, mustEnrolMfa: false };

  it('sends a user with an expired password to change it first, then to MFA set-up', () => {
    expect(loginTarget({ mustChangePassword: true, mustEnrolMfa: true }, '/audit')).toBe('/password');
    expect(loginTarget({ mustChangePassword: false, mustEnrolMfa: true }, '/audit')).toBe('/mfa');
  });

  it('returns to the page the user was sent away from, or home', () => {
    expect(loginTarget(ok, '/people/42')).toBe('/people/42');
    expect(loginTarget(ok, undefined)).toBe('/');
    expect(loginTarget(ok, '/login')).toBe('/');
  });
});
