import { describe, expect, it } from 'vitest';
import { readCameraFilter, writeCameraFilter } from './camera-filter';

describe('the camera registry filter in the URL', () => {
  it('reads village, kind, status and search, and drops what it does not know', () => {
    expect(readCameraFilter(new URLSearchParams('villageId=v1&kind=household&status=sleeping&q=+桥头+'))).toEqual({
      villageId: 'v1',
      kind: 'household',
      q: '桥头',
    });
    expect(readCameraFilter(new URLSearchParams('kind=drone&q=%20'))).toEqual({});
  });

  it('writes a filter back as the same query', () => {
    const params = writeCameraFilter({ villageId: 'v1', status: 'offline', q: '' });
    expect(params.toString()).toBe('villageId=v1&status=offline');
    expect(readCameraFilter(params)).toEqual({ villageId: 'v1', status: 'offline' });
  });
});
