/** The camera and microphone a person picked, remembered on this device so the next room opens with them. */
export interface DeviceChoice {
  cameraId: string | null;
  microphoneId: string | null;
}

const STORAGE_KEY = 'fengqiao.room.devices';

export function loadDeviceChoice(
  storage: Pick<Storage, 'getItem'> | undefined = globalThis.localStorage,
): DeviceChoice {
  try {
    const parsed: unknown = JSON.parse(storage?.getItem(STORAGE_KEY) ?? 'null');
    if (typeof parsed !== 'object' || parsed === null) return { cameraId: null, microphoneId: null };
    const { cameraId, microphoneId } = parsed as Record<string, unknown>;
    return {
      cameraId: typeof cameraId === 'string' ? cameraId : null,
      microphoneId: typeof microphoneId === 'string' ? microphoneId : null,
    };
  } catch {
    // Storage disabled by policy, or a value some other version wrote: the browser's default devices then.
    return { cameraId: null, microphoneId: null };
  }
}

export function saveDeviceChoice(
  choice: DeviceChoice,
  storage: Pick<Storage, 'setItem'> | undefined = globalThis.localStorage,
): void {
  try {
    storage?.setItem(STORAGE_KEY, JSON.stringify(choice));
  } catch {
    // Not remembering the choice only means picking it again next time.
  }
}

/**
 * The device to ask for: the remembered one while it is still plugged in, else none (the browser's default). A
 * remembered id of a headset taken away would otherwise make getUserMedia fail with OverconstrainedError.
 */
export function usableDeviceId(
  devices: readonly Pick<MediaDeviceInfo, 'deviceId' | 'kind'>[],
  kind: 'videoinput' | 'audioinput',
  savedId: string | null,
): string | null {
  if (!savedId) return null;
  return devices.some((device) => device.kind === kind && device.deviceId === savedId) ? savedId : null;
}

/** getUserMedia constraints for a choice; the camera is asked for at a size a village uplink carries. */
export function mediaConstraints(choice: DeviceChoice, withVideo: boolean): MediaStreamConstraints {
  const video: MediaTrackConstraints = { width: { ideal: 640 }, height: { ideal: 480 }, frameRate: { ideal: 15 } };
  if (choice.cameraId) video.deviceId = { exact: choice.cameraId };
  const audio: MediaTrackConstraints = { echoCancellation: true, noiseSuppression: true };
  if (choice.microphoneId) audio.deviceId = { exact: choice.microphoneId };
  return { audio, video: withVideo ? video : false };
}
