import { CAMERA_KINDS, CAMERA_STATUSES, type CameraKind, type CameraStatus } from '@fengqiao/domain';

/** The registry list's filters as the URL holds them, so a shared or reloaded address opens the same list. */
export interface CameraFilter {
  villageId?: string | undefined;
  kind?: CameraKind | undefined;
  status?: CameraStatus | undefined;
  q?: string | undefined;
}

function oneOf<T extends string>(values: readonly T[], value: string | null): T | undefined {
  return values.find((candidate) => candidate === value);
}

export function readCameraFilter(params: URLSearchParams): CameraFilter {
  const filter: CameraFilter = {
    villageId: params.get('villageId') || undefined,
    kind: oneOf(CAMERA_KINDS, params.get('kind')),
    status: oneOf(CAMERA_STATUSES, params.get('status')),
    q: params.get('q')?.trim() || undefined,
  };
  return Object.fromEntries(Object.entries(filter).filter(([, value]) => value !== undefined));
}

export function writeCameraFilter(filter: CameraFilter): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filter)) {
    if (value === undefined || value === '') continue;
    params.set(key, String(value));
  }
  return params;
}
