import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import { toCreateDispute } from './register-form';

describe('register form', () => {
  it('builds the create body, dropping nameless parties and blank optional fields', () => {
    expect(
      toCreateDispute({
        category: 'forest_land',
        jurisdictionId: 'v1',
        source: 'screening',
        summary: ' 地界争议 ',
        peopleInvolved: 3,
        grievanceStartedOn: dayjs('2020-03-01'),
        parties: [
          { role: 'applicant', name: '张三', phone: ' ' },
          { role: 'respondent', name: '' },
        ],
      }),
    ).toEqual({
      jurisdictionId: 'v1',
      category: 'forest_land',
      source: 'screening',
      summary: '地界争议',
      peopleInvolved: 3,
      complexity: 'general',
      grievanceStartedOn: '2020-03-01',
      parties: [{ role: 'applicant', name: '张三' }],
    });
  });
});
