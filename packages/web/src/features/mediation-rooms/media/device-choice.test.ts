import { describe, expect, it } from 'vitest';
import { loadDeviceChoice, mediaConstraints, saveDeviceChoice, usableDeviceId } from './device-choice';

function memoryStorage(initial: Record<string, string> = {}) {
  const values = new Map(Object.entries(initial));
  return {
    getItem: (key: string) => values.get(key) ?? null,
    setItem: (key: string, value: string) => void values.set(key, value),
  };
}

describe('device choice', () => {
  it('remembers the camera and microphone picked on this device', () => {
    const storage = memoryStorage();
    saveDeviceChoice({ cameraId: 'cam-2', microphoneId: 'mic-1' }, storage);
    expect(loadDeviceChoice(storage)).toEqual({ cameraId: 'cam-2', microphoneId: 'mic-1' });
  });

  it('falls back to the browser defaults on a missing, foreign or broken value', () => {
    expect(loadDeviceChoice(memoryStorage())).toEqual({ cameraId: null, microphoneId: null });
    expect(loadDeviceChoice(memoryStorage({ 'fengqiao.room.devices': '{"cameraId":3}' }))).toEqual({
      cameraId: null,
      microphoneId: null,
    });
    expect(loadDeviceChoice(memoryStorage({ 'fengqiao.room.devices': 'not json' }))).toEqual({
      cameraId: null,
      microphoneId: null,
    });
  });

  it('asks for a remembered device only while it is still plugged in', () => {
    const devices = [
      { kind: 'videoinput' as const, deviceId: 'cam-1' },
      { kind: 'audioinput' as const, deviceId: 'mic-1' },
    ];
    expect(usableDeviceId(devices, 'videoinput', 'cam-1')).toBe('cam-1');
    expect(usableDeviceId(devices, 'videoinput', 'cam-gone')).toBeNull();
    expect(usableDeviceId(devices, 'videoinput', 'mic-1')).toBeNull();
    expect(usableDeviceId(devices, 'audioinput', null)).toBeNull();
  });

  it('turns a choice into exact device constraints, and leaves the camera out when it is off', () => {
    const picked = mediaConstraints({ cameraId: 'cam-1', microphoneId: 'mic-1' }, true);
    expect(picked.video).toMatchObject({ deviceId: { exact: 'cam-1' } });
    expect(picked.audio).toMatchObject({ deviceId: { exact: 'mic-1' } });
    const defaults = mediaConstraints({ cameraId: null, microphoneId: null }, false);
    expect(defaults.video).toBe(false);
    expect(defaults.audio).not.toHaveProperty('deviceId');
  });
});
