import type { IncidentClass } from '@fengqiao/domain';
import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import { classDisputeFlag, classOptions, toCreateIncident, toCreateIncidentParty } from './incident-form';

const classes: IncidentClass[] = [
  { code: '020201', name: '邻里纠纷', category: 'public_order', dispute: true, arrivalTargetMinutes: 30, active: true },
  { code: '010100', name: '盗窃', category: 'criminal', dispute: false, arrivalTargetMinutes: 30, active: true },
  { code: '100100', name: '投诉', category: 'complaint', dispute: false, arrivalTargetMinutes: 120, active: false },
];

describe('incident form', () => {
  it('starts the dispute flag from the class and offers only active classes', () => {
    expect(classDisputeFlag(classes, '020201')).toBe(true);
    expect(classDisputeFlag(classes, '010100')).toBe(false);
    expect(classDisputeFlag(classes, undefined)).toBe(false);
    expect(classOptions(classes).map((option) => option.value)).toEqual(['020201', '010100']);
  });

  it('drops unnamed parties and blanks, and sends the time only when it was changed', () => {
    const now = dayjs('2026-11-30T10:05:00');
    const values = {
      source: 'phone' as const,
      classCode: '020201',
      jurisdictionId: 'v1',
      summary: ' 两户因排水沟争执 ',
      address: '  ',
      receivedAt: now,
      dispute: true,
      parties: [{ role: 'caller' as const, name: ' 张三 ', phone: '13800000000', idNumber: '' }, { name: ' ' }],
    };
    expect(toCreateIncident(values, now)).toEqual({
      source: 'phone',
      classCode: '020201',
      jurisdictionId: 'v1',
      summary: '两户因排水沟争执',
      dispute: true,
      parties: [{ role: 'caller', name: '张三', phone: '13800000000' }],
    });
    const earlier = toCreateIncident({ ...values, receivedAt: dayjs('2026-11-30T08:00:00') }, now);
    expect(earlier.receivedAt).toBe('2026-11-30T08:00:00+08:00');
  });

  it('takes a party row without blanks, and none without a name', () => {
    expect(toCreateIncidentParty({ role: 'victim', name: ' 李四 ', phone: ' ', idNumber: '' })).toEqual({
      role: 'victim',
      name: '李四',
    });
    expect(toCreateIncidentParty({ name: '  ' })).toBeNull();
  });
});
