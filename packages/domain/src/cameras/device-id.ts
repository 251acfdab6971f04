/**
 * GB/T 28181 device ids (国标编码): 20 digits in five parts — 8 division (中心编码: province 2, city 2, county 2,
 * base unit 2), 2 industry (行业编码), 3 type (类型编码), 1 network (网络标识), 6 serial (设备序号). The registry
 * accepts front-end cameras only (type 131 camera, 132 IP camera); recorders and platforms are not viewed directly.
 */

export const CAMERA_DEVICE_TYPES = ['131', '132'] as const;

export interface DeviceIdParts {
  division: string;
  industry: string;
  type: string;
  network: string;
  serial: string;
}

export type DeviceIdErrorCode =
  | 'CAMERA_DEVICE_ID_FORMAT'
  | 'CAMERA_DEVICE_ID_DIVISION'
  | 'CAMERA_DEVICE_ID_INDUSTRY'
  | 'CAMERA_DEVICE_ID_TYPE'
  | 'CAMERA_DEVICE_ID_NETWORK'
  | 'CAMERA_DEVICE_ID_SERIAL'
  | 'CAMERA_DEVICE_ID_OTHER_TOWN';

export type ParsedDeviceId = { ok: true; parts: DeviceIdParts } | { ok: false; code: DeviceIdErrorCode };

/** Province-level codes of GB/T 2260 (11 Beijing … 65 Xinjiang; 71 Taiwan, 81 Hong Kong, 82 Macao). */
const PROVINCES = new Set([
  11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46, 50, 51, 52, 53, 54, 61, 62, 63,
  64, 65, 71, 81, 82,
]);

/** Splits a device id into its parts, or names the first part that is wrong. */
export function parseDeviceId(id: string): ParsedDeviceId {
  if (!/^\d{20}$/.test(id)) return { ok: false, code: 'CAMERA_DEVICE_ID_FORMAT' };
  const parts: DeviceIdParts = {
    division: id.slice(0, 8),
    industry: id.slice(8, 10),
    type: id.slice(10, 13),
    network: id.slice(13, 14),
    serial: id.slice(14, 20),
  };
  if (!PROVINCES.has(Number(parts.division.slice(0, 2))) || parts.division.slice(2, 4) === '00') {
    return { ok: false, code: 'CAMERA_DEVICE_ID_DIVISION' };
  }
  // 00–08 public security and traffic, 09–11 other government sectors, 20–29 and 40–49 the social resources the
  // standard names; 90–99 are reserved.
  const industry = Number(parts.industry);
  if (!(industry <= 11 || (industry >= 20 && industry <= 29) || (industry >= 40 && industry <= 49))) {
    return { ok: false, code: 'CAMERA_DEVICE_ID_INDUSTRY' };
  }
  if (!(CAMERA_DEVICE_TYPES as readonly string[]).includes(parts.type)) {
    return { ok: false, code: 'CAMERA_DEVICE_ID_TYPE' };
  }
  // 0–4 the video private network, 5 public-security network, 6 government network, 7 Internet, 8 the social
  // resources network; 9 is reserved.
  if (parts.network === '9') return { ok: false, code: 'CAMERA_DEVICE_ID_NETWORK' };
  if (parts.serial === '000000') return { ok: false, code: 'CAMERA_DEVICE_ID_SERIAL' };
  return { ok: true, parts };
}

/**
 * The 8-digit GB/T 28181 centre code of a town, from its 12-digit statistical division code (jurisdictions.code):
 * the county's 6 digits and, as the base unit, the township's number within the county (digits 8–9: 马良镇
 * 420626104000 → 42062604). Null when the town has no valid code.
 */
export function townDivisionCode(townCode: string | null | undefined): string | null {
  if (!townCode || !/^\d{6}1\d{2}000$/.test(townCode)) return null;
  return `${townCode.slice(0, 6)}${townCode.slice(7, 9)}`;
}

/** Null when the id is a valid camera id of the town whose centre code is given; else the error code. */
export function validateDeviceId(id: string, townDivision: string | null): DeviceIdErrorCode | null {
  const parsed = parseDeviceId(id);
  if (!parsed.ok) return parsed.code;
  if (townDivision === null || parsed.parts.division !== townDivision) return 'CAMERA_DEVICE_ID_OTHER_TOWN';
  return null;
}
