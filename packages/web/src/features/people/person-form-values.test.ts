import type { Person } from '@fengqiao/domain';
import { describe, expect, it } from 'vitest';
import { initialPersonValues, toCreatePerson, toUpdatePerson } from './person-form-values';

const person: Person = {
  id: 'p1',
  townId: 't',
  jurisdictionId: 'v1',
  jurisdictionName: '双坪村',
  name: '张三',
  sex: 'male',
  ethnicity: '汉族',
  kind: 'resident',
  title: null,
  organizationId: null,
  organizationName: null,
  idNumber: '420626********1234',
  phone: '138****5678',
  address: '双坪村一组',
  actions: ['update'],
};

describe('toUpdatePerson', () => {
  it('never sends masked personal data back: empty fields mean "keep"', () => {
    const values = { ...initialPersonValues(person, undefined), name: '张三', kind: 'resident' as const };
    expect(toUpdatePerson(values, person)).toEqual({});
    expect(values).not.toHaveProperty('idNumber');
    expect(values).not.toHaveProperty('phone');
  });

  it('sends only what changed, trimmed', () => {
    const values = { name: ' 张三丰 ', kind: 'resident' as const, phone: ' 13912345678 ', address: '' };
    expect(toUpdatePerson(values, person)).toEqual({ name: '张三丰', phone: '13912345678' });
  });
});

describe('toCreatePerson', () => {
  it('drops blank optional fields and the organisation of a resident', () => {
    expect(
      toCreatePerson(
        { name: ' 李四 ', kind: 'resident', ethnicity: ' ', idNumber: '11010519491231002X', organizationId: 'o1' },
        'v1',
      ),
    ).toEqual({ jurisdictionId: 'v1', name: '李四', kind: 'resident', idNumber: '11010519491231002X' });
  });
});
