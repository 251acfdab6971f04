import { describe, expect, it } from 'vitest';
import { notificationLink, notificationSocketUrl, parsePush, reconnectDelayMs } from './notification';

const sample = {
  id: 'n1',
  kind: 'dispute.red',
  title: '红色风险',
  body: '…',
  targetType: 'dispute',
  targetId: 'd 1',
  createdAt: '2026-11-28T10:00:00+08:00',
  read: false,
};

describe('notifications', () => {
  it('builds the socket address from the page origin', () => {
    expect(notificationSocketUrl({ protocol: 'https:', host: 'fq.example:8443' })).toBe(
      'wss://fq.example:8443/api/v1/notifications/ws',
    );
    expect(notificationSocketUrl({ protocol: 'http:', host: 'localhost:8093' })).toBe(
      'ws://localhost:8093/api/v1/notifications/ws',
    );
  });

  it('reads pushed notifications and ignores anything else', () => {
    expect(parsePush(JSON.stringify({ type: 'notification', notification: sample }))).toEqual(sample);
    expect(parsePush('not json')).toBeNull();
    expect(parsePush(JSON.stringify({ type: 'ping' }))).toBeNull();
    expect(parsePush(new ArrayBuffer(2))).toBeNull();
  });

  it('links to the dispute a notification is about', () => {
    expect(notificationLink(sample)).toBe('/disputes/d%201');
    expect(notificationLink({ targetType: 'incident', targetId: 'i 1' })).toBe('/incidents/i%201');
    expect(notificationLink({ targetType: 'key_person', targetId: 'k1' })).toBe('/key-persons/k1');
    expect(notificationLink({ targetType: 'cadre_registration', targetId: 'r1' })).toBe('/cadres');
    expect(notificationLink({ targetType: null, targetId: null })).toBeNull();
    expect(notificationLink({ targetType: 'rota_slot', targetId: 's1' })).toBe('/rotation/slots/s1');
  });

  it('backs off reconnecting up to a minute', () => {
    expect(reconnectDelayMs(0)).toBe(2000);
    expect(reconnectDelayMs(10)).toBe(60_000);
  });
});
