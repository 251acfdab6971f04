import { useCallback, useEffect, useRef, useState } from 'react';
import {
  type DeviceChoice,
  loadDeviceChoice,
  mediaConstraints,
  saveDeviceChoice,
  usableDeviceId,
} from './device-choice';

export type LocalMediaProblem = 'denied' | 'unavailable' | null;

export interface LocalDevices {
  cameras: MediaDeviceInfo[];
  microphones: MediaDeviceInfo[];
}

/** The tracks to send and how they change; the publisher follows `audio`/`video` with replaceTrack. */
export interface LocalMedia {
  /** What the self-view shows: the camera, or the shared screen. */
  preview: MediaStream | null;
  audio: MediaStreamTrack | null;
  video: MediaStreamTrack | null;
  ready: boolean;
  problem: LocalMediaProblem;
  devices: LocalDevices;
  choice: DeviceChoice;
  micOn: boolean;
  cameraOn: boolean;
  sharing: boolean;
  canShare: boolean;
  setMic(on: boolean): void;
  setCamera(on: boolean): Promise<void>;
  chooseDevices(choice: DeviceChoice): Promise<void>;
  startShare(): Promise<void>;
  stopShare(): void;
}

function problemOf(error: unknown): LocalMediaProblem {
  return error instanceof DOMException && (error.name === 'NotAllowedError' || error.name === 'SecurityError')
    ? 'denied'
    : 'unavailable';
}

async function listDevices(): Promise<LocalDevices> {
  const all = (await navigator.mediaDevices?.enumerateDevices()) ?? [];
  return {
    cameras: all.filter((d) => d.kind === 'videoinput'),
    microphones: all.filter((d) => d.kind === 'audioinput'),
  };
}

/**
 * The participant's own camera and microphone, opened with the devices chosen last time on this device. The camera
 * light goes off when the camera is turned off (the track is stopped, not just blanked); muting the microphone only
 * disables its track, so unmuting is instant. `enabled` false keeps every device closed.
 */
export function useLocalMedia(enabled: boolean, allowShare: boolean): LocalMedia {
  const [audio, setAudio] = useState<MediaStreamTrack | null>(null);
  const [camera, setCameraTrack] = useState<MediaStreamTrack | null>(null);
  const [screen, setScreen] = useState<MediaStreamTrack | null>(null);
  const [ready, setReady] = useState(false);
  const [problem, setProblem] = useState<LocalMediaProblem>(null);
  const [devices, setDevices] = useState<LocalDevices>({ cameras: [], microphones: [] });
  const [choice, setChoice] = useState<DeviceChoice>(loadDeviceChoice);
  const [micOn, setMicOn] = useState(true);
  const [cameraOn, setCameraOn] = useState(true);
  // Every track this hook opened, so unmounting or disabling stops them all (the camera light goes off).
  const opened = useRef(new Set<MediaStreamTrack>());
  const micOnRef = useRef(micOn);
  micOnRef.current = micOn;
  // Read when the devices open, once per enabling; a later choice goes through chooseDevices.
  const choiceRef = useRef(choice);
  choiceRef.current = choice;

  const open = useCallback(async (constraints: MediaStreamConstraints) => {
    const stream = await navigator.mediaDevices.getUserMedia(constraints);
    for (const track of stream.getTracks()) opened.current.add(track);
    return stream;
  }, []);

  const stop = useCallback((track: MediaStreamTrack | null) => {
    if (!track) return;
    track.stop();
    opened.current.delete(track);
  }, []);

  useEffect(() => {
    if (!enabled) return;
    let cancelled = false;
    const tracks = opened.current;
    void (async () => {
      try {
        const present = await listDevices();
        const usable: DeviceChoice = {
          cameraId: usableDeviceId([...present.cameras], 'videoinput', choiceRef.current.cameraId),
          microphoneId: usableDeviceId([...present.microphones], 'audioinput', choiceRef.current.microphoneId),
        };
        let stream: MediaStream;
        try {
          stream = await open(mediaConstraints(usable, true));
        } catch (error) {
          // No camera (or it is busy in another program): take part by voice rather than not at all.
          if (problemOf(error) === 'denied') throw error;
          stream = await open(mediaConstraints(usable, false));
          setCameraOn(false);
        }
        if (cancelled) {
          for (const track of stream.getTracks()) track.stop();
          return;
        }
        const mic = stream.getAudioTracks()[0] ?? null;
        if (mic) mic.enabled = micOnRef.current;
        setAudio(mic);
        setCameraTrack(stream.getVideoTracks()[0] ?? null);
        // Labels are only readable once a permission was given: list again for the device switcher.
        setDevices(await listDevices());
      } catch (error) {
        if (!cancelled) setProblem(problemOf(error));
      } finally {
        if (!cancelled) setReady(true);
      }
    })();
    return () => {
      cancelled = true;
      for (const track of tracks) track.stop();
      tracks.clear();
      setAudio(null);
      setCameraTrack(null);
      setScreen(null);
      setReady(false);
    };
  }, [enabled, open]);

  const setMic = useCallback(
    (on: boolean) => {
      if (audio) audio.enabled = on;
      setMicOn(on);
    },
    [audio],
  );

  const setCamera = useCallback(
    async (on: boolean) => {
      if (!on) {
        stop(camera);
        setCameraTrack(null);
        setCameraOn(false);
        return;
      }
      const stream = await open({ video: mediaConstraints(choice, true).video ?? true });
      setCameraTrack(stream.getVideoTracks()[0] ?? null);
      setCameraOn(true);
      setProblem(null);
    },
    [camera, choice, open, stop],
  );

  const chooseDevices = useCallback(
    async (next: DeviceChoice) => {
      saveDeviceChoice(next);
      setChoice(next);
      if (next.microphoneId !== choice.microphoneId) {
        const stream = await open({ audio: mediaConstraints(next, false).audio ?? true });
        const mic = stream.getAudioTracks()[0] ?? null;
        if (mic) mic.enabled = micOnRef.current;
        stop(audio);
        setAudio(mic);
      }
      if (cameraOn && next.cameraId !== choice.cameraId) {
        // A phone may hold one camera at a time: let the old one go before opening the other.
        stop(camera);
        const stream = await open({ video: mediaConstraints(next, true).video ?? true });
        setCameraTrack(stream.getVideoTracks()[0] ?? null);
      }
    },
    [audio, camera, cameraOn, choice, open, stop],
  );

  const stopShare = useCallback(() => {
    stop(screen);
    setScreen(null);
  }, [screen, stop]);

  const startShare = useCallback(async () => {
    const stream = await navigator.mediaDevices.getDisplayMedia({ video: true, audio: false });
    const track = stream.getVideoTracks()[0];
    if (!track) return;
    opened.current.add(track);
    // The browser's own "stop sharing" bar ends the track: go back to the camera then too.
    track.addEventListener('ended', () => {
      opened.current.delete(track);
      setScreen((current) => (current === track ? null : current));
    });
    setScreen(track);
  }, []);

  const video = screen ?? camera;
  const [preview, setPreview] = useState<MediaStream | null>(null);
  useEffect(() => setPreview(video ? new MediaStream([video]) : null), [video]);

  const canShare = allowShare && typeof navigator !== 'undefined' && !!navigator.mediaDevices?.getDisplayMedia;
  return {
    preview,
    audio,
    video,
    ready,
    problem,
    devices,
    choice,
    micOn,
    cameraOn,
    sharing: screen !== null,
    canShare,
    setMic,
    setCamera,
    chooseDevices,
    startShare,
    stopShare,
  };
}
