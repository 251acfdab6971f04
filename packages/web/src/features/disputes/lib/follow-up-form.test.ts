import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import { toFollowUpVisit } from './follow-up-form';

const toIso = () => '2026-05-01T10:00:00+08:00';

describe('follow-up form', () => {
  it('builds the visit, leaving out empty optional texts', () => {
    const visit = toFollowUpVisit(
      { visitedAt: dayjs(), whom: ' 张三 ', satisfaction: 'satisfied', hiddenRisk: '  ', note: '已付清' },
      toIso,
    );
    expect(visit).toEqual({
      visitedAt: '2026-05-01T10:00:00+08:00',
      whom: '张三',
      performed: false,
      satisfaction: 'satisfied',
      note: '已付清',
    });
  });

  it('keeps the agreement and performance when given', () => {
    const visit = toFollowUpVisit(
      { visitedAt: dayjs(), whom: '李四', satisfaction: 'dissatisfied', agreementId: 'a1', performed: true },
      toIso,
    );
    expect(visit).toMatchObject({ agreementId: 'a1', performed: true });
  });

  it('is null while a required value is missing', () => {
    expect(toFollowUpVisit({ whom: '张三', satisfaction: 'satisfied' }, toIso)).toBeNull();
    expect(toFollowUpVisit({ visitedAt: dayjs(), whom: ' ', satisfaction: 'satisfied' }, toIso)).toBeNull();
  });
});
