import { describe, expect, it } from 'vitest';
import { type AttendeeRef, attendeeKey, attendeePlace, chosenAttendees } from './attendees';

const blank = {
  userId: null,
  personId: null,
  organizationId: null,
  villageId: null,
  villageName: null,
  organizationName: null,
};
const chief: AttendeeRef = { ...blank, kind: 'station', name: '所长', userId: 'u1' };
const land: AttendeeRef = { ...blank, kind: 'department', name: '自然资源所', organizationId: 'o1' };
const director: AttendeeRef = {
  ...blank,
  kind: 'village',
  name: '张三',
  personId: 'p1',
  villageId: 'v1',
  villageName: '双坪村',
};
const guest: AttendeeRef = { ...blank, kind: 'other', name: '司法所李所长' };

describe('attendee seats', () => {
  it('keys a village seat by its village, whoever directs it that month', () => {
    expect(attendeeKey(director)).toBe('village:v1');
    expect(attendeeKey({ ...director, personId: 'p2', name: '李四' })).toBe('village:v1');
    expect(attendeeKey(chief)).toBe('user:u1');
    expect(attendeeKey(land)).toBe('org:o1');
    expect(attendeeKey(guest)).toBe('name:other:司法所李所长');
  });

  it('sends ids, and a name only when neither an account nor a person names them', () => {
    expect(
      chosenAttendees(
        ['village:v1', 'user:u1', 'org:o1', 'name:other:司法所李所长', 'user:gone'],
        [chief, land, director, director, guest],
      ),
    ).toEqual([
      { kind: 'station', present: true, userId: 'u1' },
      { kind: 'department', present: true, organizationId: 'o1', name: '自然资源所' },
      { kind: 'village', present: true, personId: 'p1', villageId: 'v1' },
      { kind: 'other', present: true, name: '司法所李所长' },
    ]);
  });
});

describe('attendance', () => {
  it('sends the seats marked absent as absent and every other chosen seat as present', () => {
    expect(
      chosenAttendees(['user:u1', 'village:v1'], [chief, director], ['village:v1', 'org:o1']).map((a) => a.present),
    ).toEqual([true, false]);
  });
});

describe('a seat\u2019s place in brackets', () => {
  it('names the village, or the body unless it is the name already, or else the kind', () => {
    expect(attendeePlace(director, '治保主任')).toBe('双坪村');
    expect(attendeePlace({ ...land, organizationName: '自然资源所' }, '镇职能部门')).toBe('镇职能部门');
    expect(attendeePlace({ ...chief, name: '王五', organizationName: '马良派出所' }, '派出所')).toBe('马良派出所');
    expect(attendeePlace(chief, '派出所')).toBe('派出所');
  });
});
