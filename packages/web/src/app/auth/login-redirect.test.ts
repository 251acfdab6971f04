import { describe, expect, it } from 'vitest';
import { readLoginState } from './login-redirect';

describe('readLoginState', () => {
  it('keeps an in-app return path and the expiry reason', () => {
    expect(readLoginState({ from: '/people?q=张', reason: 'expired' })).toEqual({
      from: '/people?q=张',
      reason: 'expired',
    });
  });

  it('refuses paths that would leave the app', () => {
    expect(readLoginState({ from: '//evil.example/x' })).toEqual({});
    expect(readLoginState({ from: 'https://evil.example' })).toEqual({});
  });

  it('ignores anything that is not a state object', () => {
    expect(readLoginState(null)).toEqual({});
    expect(readLoginState('x')).toEqual({});
    expect(readLoginState({ reason: 'other' })).toEqual({});
  });
});
