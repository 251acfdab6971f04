import { describe, expect, it } from 'vitest';
import { parseDeviceId, townDivisionCode, validateDeviceId } from './device-id';

const MALIANG = '42062604';
const GOOD = `${MALIANG}001320000001`;

describe('GB/T 28181 device ids', () => {
  it('splits a valid id into its five parts', () => {
    expect(parseDeviceId(GOOD)).toEqual({
      ok: true,
      parts: { division: MALIANG, industry: '00', type: '132', network: '0', serial: '000001' },
    });
  });

  it.each([
    ['too short', '4206260400132000001', 'CAMERA_DEVICE_ID_FORMAT'],
    ['letters', '42062604001320000A01', 'CAMERA_DEVICE_ID_FORMAT'],
    ['no province 99', '99062604001320000001', 'CAMERA_DEVICE_ID_DIVISION'],
    ['city 00', '42002604001320000001', 'CAMERA_DEVICE_ID_DIVISION'],
    ['reserved industry 95', '42062604951320000001', 'CAMERA_DEVICE_ID_INDUSTRY'],
    ['a recorder (118) is not a camera', '42062604001180000001', 'CAMERA_DEVICE_ID_TYPE'],
    ['reserved network 9', '42062604001329000001', 'CAMERA_DEVICE_ID_NETWORK'],
    ['serial 000000', '42062604001320000000', 'CAMERA_DEVICE_ID_SERIAL'],
  ])('refuses %s', (_label, id, code) => {
    expect(parseDeviceId(id)).toEqual({ ok: false, code });
    expect(validateDeviceId(id, MALIANG)).toBe(code);
  });

  it('accepts camera type 131 and networks 0–8', () => {
    expect(validateDeviceId('42062604001310000001', MALIANG)).toBeNull();
    expect(validateDeviceId('42062604081328000001', MALIANG)).toBeNull();
  });

  it('refuses a valid id of another town', () => {
    expect(validateDeviceId(`42062605001320000001`, MALIANG)).toBe('CAMERA_DEVICE_ID_OTHER_TOWN');
    expect(validateDeviceId(GOOD, null)).toBe('CAMERA_DEVICE_ID_OTHER_TOWN');
  });

  it("derives a town's centre code from its 12-digit division code", () => {
    expect(townDivisionCode('420626104000')).toBe('42062604');
    expect(townDivisionCode('420626105000')).toBe('42062605');
    expect(townDivisionCode('420626104201')).toBeNull();
    expect(townDivisionCode(null)).toBeNull();
  });
});
