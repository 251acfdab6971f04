import { describe, expect, it } from 'vitest';
import { keyPersonDecisionProblem, keyPersonRequestProblem } from './key-person-requests';

const active = { status: 'active', level: 'medium', hasPendingRequest: false } as const;

describe('level change and removal requests', () => {
  it('needs a different level for a level change', () => {
    expect(keyPersonRequestProblem(active, { kind: 'level', toLevel: 'low' })).toBeNull();
    expect(keyPersonRequestProblem(active, { kind: 'level', toLevel: 'medium' })).toBe('KEY_PERSON_LEVEL_UNCHANGED');
    expect(keyPersonRequestProblem(active, { kind: 'level' })).toBe('KEY_PERSON_LEVEL_REQUIRED');
    expect(keyPersonRequestProblem(active, { kind: 'remove' })).toBeNull();
  });

  it('refuses a request on a removed person or while another one waits', () => {
    expect(keyPersonRequestProblem({ ...active, status: 'removed' }, { kind: 'remove' })).toBe('KEY_PERSON_REMOVED');
    expect(keyPersonRequestProblem({ ...active, hasPendingRequest: true }, { kind: 'remove' })).toBe(
      'KEY_PERSON_REQUEST_PENDING',
    );
  });

  it('is decided once, never by the one who asked', () => {
    expect(keyPersonDecisionProblem({ state: 'pending', requestedBy: 'u1' }, 'u2')).toBeNull();
    expect(keyPersonDecisionProblem({ state: 'pending', requestedBy: 'u1' }, 'u1')).toBe('KEY_PERSON_SELF_APPROVAL');
    expect(keyPersonDecisionProblem({ state: 'approved', requestedBy: 'u1' }, 'u2')).toBe('KEY_PERSON_REQUEST_DECIDED');
  });
});
