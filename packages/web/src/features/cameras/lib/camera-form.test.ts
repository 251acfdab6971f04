import type { Camera } from '@fengqiao/domain';
import { describe, expect, it } from 'vitest';
import { cameraFormValues, deviceIdProblem, toCreateCamera, toUpdateCamera } from './camera-form';

const MALIANG = '420626104000';

const CAMERA: Camera = {
  id: 'c1',
  townId: 't1',
  villageId: 'v1',
  villageName: '双坪村',
  deviceId: '42062604001320000001',
  name: '双坪村委会门口',
  kind: 'household',
  address: '双坪村1组',
  lat: 31.87,
  lng: null,
  owner: { personId: 'p1', name: '张*', phone: '138****5678', address: null, masked: true },
  venueId: null,
  source: { kind: 'rtsp', url: 'rtsp://admin:***@10.0.0.5/live', videoPort: null, codec: null },
  status: 'online',
  lastSeenAt: null,
  statusCheckedAt: null,
  active: true,
  consent: null,
  createdAt: '2026-11-01T00:00:00.000Z',
  updatedAt: '2026-11-01T00:00:00.000Z',
  actions: ['update'],
};

describe('the device id check before sending', () => {
  it('accepts a camera id of the village’s town and names the first wrong part otherwise', () => {
    expect(deviceIdProblem(' 42062604001320000001 ', MALIANG)).toBeNull();
    expect(deviceIdProblem('4206260400132000000', MALIANG)).toBe('CAMERA_DEVICE_ID_FORMAT');
    expect(deviceIdProblem('42062604001330000001', MALIANG)).toBe('CAMERA_DEVICE_ID_TYPE');
    expect(deviceIdProblem('42062605001320000001', MALIANG)).toBe('CAMERA_DEVICE_ID_OTHER_TOWN');
    expect(deviceIdProblem('42062604001320000001', null)).toBe('CAMERA_DEVICE_ID_OTHER_TOWN');
  });
});

describe('the register body', () => {
  it('sends a household camera with a new resident as its owner and an RTSP source, leaving blanks out', () => {
    expect(
      toCreateCamera({
        villageId: 'v1',
        deviceId: ' 42062604001320000002 ',
        name: ' 张家门口 ',
        kind: 'household',
        address: ' ',
        lat: 31.9,
        ownerMode: 'new',
        ownerName: '张三',
        ownerPhone: '13800005678',
        sourceKind: 'rtsp',
        rtspUrl: 'rtsp://10.0.0.9/live',
      }),
    ).toEqual({
      villageId: 'v1',
      deviceId: '42062604001320000002',
      name: '张家门口',
      kind: 'household',
      lat: 31.9,
      owner: { name: '张三', phone: '13800005678' },
      source: { kind: 'rtsp', url: 'rtsp://10.0.0.9/live' },
    });
  });

  it('sends no owner for a public camera and a pushed RTP stream without a port', () => {
    const body = toCreateCamera({
      villageId: 'v1',
      deviceId: '42062604001320000003',
      name: '路口',
      kind: 'public',
      ownerMode: 'existing',
      ownerPersonId: 'p9',
      sourceKind: 'rtp',
      codec: 'h264',
    });
    expect(body.owner).toBeUndefined();
    expect(body.source).toEqual({ kind: 'rtp', codec: 'h264' });
  });
});

describe('the edit body', () => {
  it('sends only what changed, and keeps the stored RTSP address unless a new one is typed', () => {
    const values = { ...cameraFormValues(CAMERA), name: '张家院门', lat: null };
    expect(values.rtspUrl).toBeUndefined();
    expect(toUpdateCamera(CAMERA, values)).toEqual({ name: '张家院门', lat: null });
    expect(toUpdateCamera(CAMERA, { ...values, rtspUrl: 'rtsp://10.0.0.6/live' }).source).toEqual({
      kind: 'rtsp',
      url: 'rtsp://10.0.0.6/live',
    });
    expect(toUpdateCamera(CAMERA, { ...values, sourceKind: 'gb28181' }).source).toEqual({ kind: 'gb28181' });
  });

  it('keeps the owner unless another is picked', () => {
    const values = cameraFormValues(CAMERA);
    expect(toUpdateCamera(CAMERA, values)).toEqual({});
    expect(toUpdateCamera(CAMERA, { ...values, ownerMode: 'existing', ownerPersonId: 'p2' })).toEqual({
      owner: { personId: 'p2' },
    });
  });
});
