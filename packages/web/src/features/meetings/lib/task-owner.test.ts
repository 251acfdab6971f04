import { describe, expect, it } from 'vitest';
import { ownerOptions, ownerValue, parseOwner } from './task-owner';

describe('task owners', () => {
  it('reads back the value it wrote, and refuses anything else', () => {
    expect(parseOwner(ownerValue('organization', 'o:1'))).toEqual({ kind: 'organization', id: 'o:1' });
    expect(parseOwner(ownerValue('user', 'u1'))).toEqual({ kind: 'user', id: 'u1' });
    expect(parseOwner('person:p1')).toBeUndefined();
    expect(parseOwner('user:')).toBeUndefined();
    expect(parseOwner('u1')).toBeUndefined();
  });

  it('offers each account once and no one without an account, then the departments', () => {
    const groups = { people: '人员', departments: '部门' };
    const options = ownerOptions(
      [
        { userId: 'u1', name: '所长' },
        { userId: null, name: '张三' },
        { userId: 'u1', name: '所长' },
      ],
      [{ id: 'o1', name: '自然资源所' }],
      groups,
    );
    expect(options).toEqual([
      { label: '人员', options: [{ value: 'user:u1', label: '所长' }] },
      { label: '部门', options: [{ value: 'organization:o1', label: '自然资源所' }] },
    ]);
    expect(ownerOptions([], [], groups)).toEqual([]);
  });
});
