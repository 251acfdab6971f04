import {
  type Camera,
  type CameraKind,
  type CreateCamera,
  type DeviceIdErrorCode,
  type StreamSource,
  type StreamSourceKind,
  townDivisionCode,
  type UpdateCamera,
  type VideoCodec,
  validateDeviceId,
} from '@fengqiao/domain';

/** Keep the registered owner, pick a person of the directory, or enter a new resident. */
export type OwnerMode = 'keep' | 'existing' | 'new';

/** The create/edit form's fields, flat as antd holds them. */
export interface CameraFormValues {
  villageId?: string;
  deviceId?: string;
  name?: string;
  kind?: CameraKind;
  address?: string;
  lat?: number | null;
  lng?: number | null;
  ownerMode?: OwnerMode;
  ownerPersonId?: string;
  ownerName?: string;
  ownerPhone?: string;
  ownerAddress?: string;
  sourceKind?: StreamSourceKind;
  /** Typed anew: the stored url is never sent back to the browser with its password. */
  rtspUrl?: string;
  rtpPort?: number | null;
  codec?: VideoCodec;
}

/**
 * The domain's device id rule, checked before sending so a typo is caught in the field: null when the id is a camera
 * id of the village's town (its 12-digit division code, `townCode`), else the code of the first wrong part.
 */
export function deviceIdProblem(deviceId: string, townCode: string | null | undefined): DeviceIdErrorCode | null {
  return validateDeviceId(deviceId.trim(), townDivisionCode(townCode));
}

const trimmed = (value: string | undefined) => value?.trim() || undefined;

function sourceOf(values: CameraFormValues): StreamSource | null {
  switch (values.sourceKind ?? 'none') {
    case 'rtsp': {
      const url = trimmed(values.rtspUrl);
      return url ? { kind: 'rtsp', url } : null;
    }
    case 'rtp':
      return {
        kind: 'rtp',
        codec: values.codec ?? 'vp8',
        ...(values.rtpPort ? { videoPort: values.rtpPort } : {}),
      };
    case 'gb28181':
      return { kind: 'gb28181' };
    default:
      return { kind: 'none' };
  }
}

function ownerOf(values: CameraFormValues): CreateCamera['owner'] {
  if (values.kind !== 'household' || values.ownerMode === 'keep') return undefined;
  if (values.ownerMode !== 'new') return values.ownerPersonId ? { personId: values.ownerPersonId } : undefined;
  const name = trimmed(values.ownerName);
  if (!name) return undefined;
  const phone = trimmed(values.ownerPhone);
  const address = trimmed(values.ownerAddress);
  return { name, ...(phone ? { phone } : {}), ...(address ? { address } : {}) };
}

/** The register body; the form's rules have made sure the required values are there. */
export function toCreateCamera(values: CameraFormValues): CreateCamera {
  const address = trimmed(values.address);
  const owner = ownerOf(values);
  return {
    villageId: values.villageId ?? '',
    deviceId: values.deviceId?.trim() ?? '',
    name: values.name?.trim() ?? '',
    kind: values.kind ?? 'public',
    ...(address ? { address } : {}),
    ...(typeof values.lat === 'number' ? { lat: values.lat } : {}),
    ...(typeof values.lng === 'number' ? { lng: values.lng } : {}),
    ...(owner ? { owner } : {}),
    source: sourceOf(values) ?? { kind: 'none' },
  };
}

/**
 * The edit body: what changed, `null` for a cleared optional field. The source goes only when the manager changed
 * its kind or typed a new RTSP address, so saving a name does not wipe the stored address and its password.
 */
export function toUpdateCamera(camera: Camera, values: CameraFormValues): UpdateCamera {
  const body: UpdateCamera = {};
  if (values.villageId && values.villageId !== camera.villageId) body.villageId = values.villageId;
  const deviceId = values.deviceId?.trim();
  if (deviceId && deviceId !== camera.deviceId) body.deviceId = deviceId;
  const name = values.name?.trim();
  if (name && name !== camera.name) body.name = name;
  const address = trimmed(values.address) ?? null;
  if (address !== camera.address) body.address = address;
  const lat = typeof values.lat === 'number' ? values.lat : null;
  if (lat !== camera.lat) body.lat = lat;
  const lng = typeof values.lng === 'number' ? values.lng : null;
  if (lng !== camera.lng) body.lng = lng;
  const owner = ownerOf(values);
  if (owner) body.owner = owner;
  const source = sourceOf(values);
  const stored = camera.source;
  const sourceChanged =
    source !== null &&
    (stored === null ||
      source.kind !== stored.kind ||
      source.kind === 'rtsp' ||
      (source.kind === 'rtp' && (source.codec !== stored.codec || (source.videoPort ?? null) !== stored.videoPort)));
  if (source && sourceChanged) body.source = source;
  return body;
}

/** The form's starting values for a camera being edited (the RTSP address is typed anew, never shown). */
export function cameraFormValues(camera: Camera): CameraFormValues {
  return {
    villageId: camera.villageId,
    deviceId: camera.deviceId,
    name: camera.name,
    kind: camera.kind,
    address: camera.address ?? '',
    lat: camera.lat,
    lng: camera.lng,
    ownerMode: camera.owner ? 'keep' : 'existing',
    sourceKind: camera.source?.kind ?? 'none',
    rtpPort: camera.source?.videoPort ?? null,
    codec: camera.source?.codec ?? 'vp8',
  };
}
