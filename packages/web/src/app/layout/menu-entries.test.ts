import { describe, expect, it } from 'vitest';
import { menuKeyForPath, visibleMenuEntries } from './menu-entries';

describe('visibleMenuEntries', () => {
  it('shows an auditor only home, accounts, audit and settings', () => {
    expect(visibleMenuEntries(['user.read', 'audit.read']).map((e) => e.key)).toEqual([
      'home',
      'users',
      'audit',
      'profile',
    ]);
  });

  it('shows an auxiliary officer the directory and people but no admin pages', () => {
    expect(visibleMenuEntries(['directory.read', 'person.read', 'person.manage']).map((e) => e.key)).toEqual([
      'home',
      'coverage',
      'people',
      'jurisdictions',
      'profile',
    ]);
  });

  it('shows the incident class code table only to those who may configure it', () => {
    expect(visibleMenuEntries(['incident.read', 'incident.configure']).map((e) => e.key)).toContain('incidentClasses');
    expect(visibleMenuEntries(['incident.read']).map((e) => e.key)).not.toContain('incidentClasses');
  });
});

describe('the assessment entry', () => {
  it('shows 月度考核 to whoever may read assessments, and keeps it highlighted on a scorecard', () => {
    expect(visibleMenuEntries(['assessment.read']).map((e) => e.key)).toContain('assessments');
    expect(visibleMenuEntries(['dispute.read']).map((e) => e.key)).not.toContain('assessments');
    expect(menuKeyForPath('/assessments/2026-10/officers/p1')).toBe('assessments');
  });
});

describe('menuKeyForPath', () => {
  it('highlights the section of nested pages and nothing for unknown paths', () => {
    expect(menuKeyForPath('/')).toBe('home');
    expect(menuKeyForPath('/people/01J9')).toBe('people');
    expect(menuKeyForPath('/jurisdictions')).toBe('jurisdictions');
    expect(menuKeyForPath('/peoplex')).toBeUndefined();
    expect(menuKeyForPath('/nowhere')).toBeUndefined();
  });
});

describe('the incident desk entry', () => {
  it('shows the incident desk only to those who may read incidents', () => {
    expect(visibleMenuEntries(['incident.read']).map((e) => e.key)).toContain('incidents');
    expect(visibleMenuEntries(['dispute.read']).map((e) => e.key)).not.toContain('incidents');
    expect(menuKeyForPath('/incidents/01J9')).toBe('incidents');
  });
});

describe('the monthly report entry', () => {
  it('shows 月度报告 only to whoever may read reports', () => {
    expect(visibleMenuEntries(['report.read']).map((e) => e.key)).toContain('reports');
    expect(visibleMenuEntries(['stats.read', 'incident.read']).map((e) => e.key)).not.toContain('reports');
    expect(menuKeyForPath('/reports/monthly')).toBe('reports');
  });
});

describe('the dashboard entries', () => {
  it('shows 统计看板 and 大屏 only to whoever may read statistics', () => {
    expect(visibleMenuEntries(['stats.read']).map((e) => e.key)).toEqual(['home', 'dashboard', 'wall', 'profile']);
    expect(visibleMenuEntries(['incident.read']).map((e) => e.key)).not.toContain('dashboard');
    expect(menuKeyForPath('/dashboard')).toBe('dashboard');
  });
});

describe('the consultation and task entries', () => {
  it('shows 警治会商 to meeting readers and 交办任务 to task readers, highlighted on their records', () => {
    expect(visibleMenuEntries(['meeting.read', 'task.read']).map((e) => e.key)).toEqual([
      'home',
      'tasks',
      'meetings',
      'profile',
    ]);
    // A department or village owner reads tasks but no meetings.
    expect(visibleMenuEntries(['task.read']).map((e) => e.key)).not.toContain('meetings');
    expect(menuKeyForPath('/meetings/01J9')).toBe('meetings');
    expect(menuKeyForPath('/tasks/01J9')).toBe('tasks');
  });
});

describe('the anti-fraud entry', () => {
  it('shows 反诈 after the monthly report to whoever may read anti-fraud work, and keeps it on its tabs', () => {
    const keys = visibleMenuEntries(['report.read', 'antifraud.read']).map((e) => e.key);
    expect(keys.indexOf('antifraud')).toBe(keys.indexOf('reports') + 1);
    expect(visibleMenuEntries(['dispute.read']).map((e) => e.key)).not.toContain('antifraud');
    expect(menuKeyForPath('/antifraud/cases')).toBe('antifraud');
  });
});

describe('the night patrol entry', () => {
  it('shows 夜间巡逻 to whoever may read patrols, highlighted on its sub-pages', () => {
    expect(visibleMenuEntries(['patrol.read', 'patrol.checkin']).map((e) => e.key)).toEqual([
      'home',
      'patrols',
      'profile',
    ]);
    expect(visibleMenuEntries(['patrol.checkin']).map((e) => e.key)).not.toContain('patrols');
    expect(menuKeyForPath('/patrols/teams/01J9')).toBe('patrols');
  });
});

describe('the camera registry entry', () => {
  it('shows 摄像头台账 after 反诈 to whoever may read cameras, highlighted on a camera and the import page', () => {
    const keys = visibleMenuEntries(['antifraud.read', 'camera.read']).map((e) => e.key);
    expect(keys.indexOf('cameras')).toBe(keys.indexOf('antifraud') + 1);
    expect(visibleMenuEntries(['video.view']).map((e) => e.key)).not.toContain('cameras');
    expect(menuKeyForPath('/cameras/01J9')).toBe('cameras');
    expect(menuKeyForPath('/cameras/import')).toBe('cameras');
  });
});

describe('the video patrol entry', () => {
  it('shows 视频巡查 after 反诈 to whoever may read video patrols, highlighted on rounds, plans and reminders', () => {
    const keys = visibleMenuEntries(['antifraud.read', 'videopatrol.read', 'stats.read']).map((e) => e.key);
    expect(keys.indexOf('videoPatrols')).toBeGreaterThan(keys.indexOf('antifraud'));
    expect(keys.indexOf('videoPatrols')).toBeLessThan(keys.indexOf('wall'));
    expect(visibleMenuEntries(['videopatrol.respond']).map((e) => e.key)).not.toContain('videoPatrols');
    expect(menuKeyForPath('/video-patrols/rounds/01J9')).toBe('videoPatrols');
    expect(menuKeyForPath('/video-patrols/reminders/01J9')).toBe('videoPatrols');
  });
});

describe('the venues entry', () => {
  it('shows 共享场所 to camera.read holders, right after 摄像头台账, and keeps it highlighted on a venue', () => {
    const keys = visibleMenuEntries(['camera.read', 'antifraud.read']).map((e) => e.key);
    expect(keys).toContain('venues');
    expect(keys.indexOf('venues')).toBe(keys.indexOf('cameras') + 1);
    expect(visibleMenuEntries(['antifraud.read']).map((e) => e.key)).not.toContain('venues');
    expect(menuKeyForPath('/venues/01J9')).toBe('venues');
  });
});

describe('the cadre registration entry', () => {
  it('shows 村干部注册 after the video patrols to whoever may approve cadres, and keeps it highlighted', () => {
    const keys = visibleMenuEntries(['videopatrol.read', 'cadre.approve']).map((e) => e.key);
    expect(keys.indexOf('cadres')).toBe(keys.indexOf('videoPatrols') + 1);
    expect(visibleMenuEntries(['room.join']).map((e) => e.key)).not.toContain('cadres');
    expect(menuKeyForPath('/cadres')).toBe('cadres');
  });
});

describe('the mediation rooms entry', () => {
  it('shows 线上调解室 right after 视频巡查 to whoever may join a room, highlighted inside a room', () => {
    const keys = visibleMenuEntries(['videopatrol.read', 'room.join']).map((e) => e.key);
    expect(keys.indexOf('mediationRooms')).toBe(keys.indexOf('videoPatrols') + 1);
    // A village cadre holds room.join and nothing of the dispute list: the entry is how the cadre finds the room.
    expect(visibleMenuEntries(['room.join']).map((e) => e.key)).toEqual(['home', 'mediationRooms', 'profile']);
    expect(visibleMenuEntries(['dispute.read']).map((e) => e.key)).not.toContain('mediationRooms');
    expect(menuKeyForPath('/mediation-rooms/01J9')).toBe('mediationRooms');
    // Then 村干部注册 (contract order), for a chief who holds both.
    const both = visibleMenuEntries(['room.join', 'cadre.approve']).map((e) => e.key);
    expect(both.indexOf('cadres')).toBe(both.indexOf('mediationRooms') + 1);
  });
});
