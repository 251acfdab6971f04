import { describe, expect, it } from 'vitest';
import { AUDIT_ACTION_LABELS, auditDetailFields } from './audit-labels';

describe('the audit log in words', () => {
  it('names every detail field it knows and shows times in Beijing time', () => {
    const fields = auditDetailFields(
      JSON.stringify({ count: 3, fields: ['phone', 'address'], lockedUntil: '2026-11-29T16:30:00.000Z', locked: true }),
    );
    expect(fields).toEqual([
      { key: 'count', label: { zh: '条数', en: 'Count' }, value: '3' },
      { key: 'fields', label: { zh: '字段', en: 'Fields' }, value: 'phone、address' },
      { key: 'lockedUntil', label: { zh: '锁定至', en: 'Locked until' }, value: '2026年11月30日 00:30' },
      { key: 'locked', label: { zh: '已锁定', en: 'Locked' }, value: '是' },
    ]);
    expect(auditDetailFields(JSON.stringify({ locked: false }), 'en')[0]?.value).toBe('no');
  });

  it('keeps an unknown field by its code and text that is not an object as one field', () => {
    expect(auditDetailFields(JSON.stringify({ newThing: 'x' }))).toEqual([
      { key: 'newThing', label: null, value: 'x' },
    ]);
    expect(auditDetailFields('plain')).toEqual([{ key: 'detail', label: null, value: 'plain' }]);
    expect(auditDetailFields(null)).toEqual([]);
  });

  it('has a Chinese and an English name for each action', () => {
    for (const [code, label] of Object.entries(AUDIT_ACTION_LABELS)) {
      expect(label.zh, code).toMatch(/[\u4e00-\u9fff]/);
      expect(label.en, code).toMatch(/^[A-Z]/);
    }
  });
});
