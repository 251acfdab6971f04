import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import { toCreateSession } from './session-form';

const parties = [
  { id: 'a', name: '张三', personId: 'p1' },
  { id: 'b', name: '李四', personId: null },
];

describe('session form', () => {
  it('lists the chosen parties and the mediator as participants', () => {
    const body = toCreateSession(
      {
        mode: 'online',
        startedAt: dayjs('2026-11-28T09:00:00'),
        endedAt: dayjs('2026-11-28T09:40:00'),
        partyIds: ['a', 'b'],
        mediatorName: ' 王调解 ',
        record: '双方同意',
      },
      parties,
      (value) => value.format('YYYY-MM-DDTHH:mm:ss+08:00'),
    );
    expect(body).toEqual({
      mode: 'online',
      startedAt: '2026-11-28T09:00:00+08:00',
      endedAt: '2026-11-28T09:40:00+08:00',
      participants: [
        { kind: 'party', name: '张三', personId: 'p1' },
        { kind: 'party', name: '李四' },
        { kind: 'mediator', name: '王调解' },
      ],
      inviteesConsented: false,
      record: '双方同意',
      reportedToPolice: false,
    });
  });

  it('gives nothing until the times and mode are chosen', () => {
    expect(toCreateSession({ record: 'x' }, parties, (value) => value.format())).toBeNull();
  });
});
