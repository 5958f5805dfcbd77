import { Alert, Box, Button, Stack, Text } from '@mantine/core';
import type jsQR from 'jsqr';
import { useEffect, useRef, useState } from 'react';
import { checkinVi } from '../../i18n/checkin.vi';
import { frameSize, RecentCodes } from './checkin-scan';

const t = checkinVi.checkin.camera;
/** How often a frame is decoded: often enough to feel instant, rarely enough to spare a cheap phone's battery. */
const SCAN_INTERVAL_MS = 200;

type CameraState = 'off' | 'starting' | 'on' | 'denied' | 'missing' | 'insecure' | 'failed';

function problemOf(error: unknown): CameraState {
  const name = error instanceof DOMException ? error.name : '';
  if (name === 'NotAllowedError' || name === 'SecurityError') return 'denied';
  if (name === 'NotFoundError' || name === 'OverconstrainedError') return 'missing';
  return 'failed';
}

const PROBLEMS: Partial<Record<CameraState, string>> = {
  denied: t.denied,
  missing: t.missing,
  insecure: t.insecure,
  failed: t.failed,
};

/**
 * The back camera in a large frame; every 200 ms a frame is drawn on a canvas and decoded with jsQR, fetched as the
 * camera starts (the page itself stays light). A code is passed on once while it stays in front of the camera
 * (RecentCodes), so one delegate is one request.
 */
export function CheckinCamera({ onCode }: { onCode: (text: string) => void }) {
  const videoRef = useRef<HTMLVideoElement>(null);
  const onCodeRef = useRef(onCode);
  onCodeRef.current = onCode;
  const [state, setState] = useState<CameraState>('starting');
  const [isWanted, setWanted] = useState(true);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    if (!isWanted) {
      setState('off');
      return;
    }
    if (!navigator.mediaDevices?.getUserMedia) {
      setState('insecure');
      return;
    }
    let stream: MediaStream | null = null;
    let decode: typeof jsQR | undefined;
    let timer: number | undefined;
    let isCancelled = false;
    let isUseless = false;
    const recent = new RecentCodes();
    const canvas = document.createElement('canvas');
    const context = canvas.getContext('2d', { willReadFrequently: true });

    const scan = () => {
      const video = videoRef.current;
      if (!video || !context || !decode || video.readyState < HTMLMediaElement.HAVE_CURRENT_DATA) return;
      const { width, height } = frameSize(video.videoWidth, video.videoHeight);
      if (width === 0) return;
      canvas.width = width;
      canvas.height = height;
      context.drawImage(video, 0, 0, width, height);
      const image = context.getImageData(0, 0, width, height);
      const code = decode(image.data, width, height, { inversionAttempts: 'dontInvert' });
      if (code && recent.accept(code.data, Date.now())) onCodeRef.current(code.data.trim());
    };

    setState('starting');
    import('jsqr').then(
      (decoder) => {
        decode = decoder.default;
      },
      () => {
        // No decoder (offline before the first scan): the camera is no use; "Bật máy ảnh" tries again.
        isUseless = true;
        window.clearInterval(timer);
        stream?.getTracks().forEach((track) => track.stop());
        if (!isCancelled) setState('failed');
      },
    );
    navigator.mediaDevices
      .getUserMedia({ video: { facingMode: { ideal: 'environment' } }, audio: false })
      .then((media) => {
        stream = media;
        const video = videoRef.current;
        // Unmounted (or restarted) while the camera was opening: let it go at once.
        if (isCancelled || isUseless || !video) {
          media.getTracks().forEach((track) => track.stop());
          return;
        }
        video.srcObject = media;
        void video.play().catch(() => undefined);
        setState('on');
        timer = window.setInterval(scan, SCAN_INTERVAL_MS);
      })
      .catch((error: unknown) => {
        if (!isCancelled) setState(problemOf(error));
      });

    return () => {
      isCancelled = true;
      window.clearInterval(timer);
      stream?.getTracks().forEach((track) => track.stop());
      if (videoRef.current) videoRef.current.srcObject = null;
    };
  }, [isWanted, attempt]);

  const problem = PROBLEMS[state];
  return (
    <Stack gap="xs">
      <Box
        pos="relative"
        bg="dark.8"
        style={{ borderRadius: 12, overflow: 'hidden', aspectRatio: '1 / 1', width: '100%' }}
      >
        <video
          ref={videoRef}
          muted
          playsInline
          aria-label={t.videoLabel}
          style={{
            width: '100%',
            height: '100%',
            objectFit: 'cover',
            display: state === 'on' ? 'block' : 'none',
          }}
        />
        {state === 'on' && (
          <Box
            aria-hidden
            pos="absolute"
            style={{
              inset: '15%',
              border: '3px solid rgba(255,255,255,0.85)',
              borderRadius: 16,
              boxShadow: '0 0 0 999px rgba(0,0,0,0.25)',
            }}
          />
        )}
        {state !== 'on' && (
          <Text c="gray.3" ta="center" pos="absolute" top="45%" left={0} right={0} px="md">
            {state === 'starting' ? t.starting : state === 'off' ? t.off : ''}
          </Text>
        )}
      </Box>
      {state === 'on' && (
        <Text size="sm" c="dimmed" ta="center">
          {t.aim}
        </Text>
      )}
      {problem && (
        <Alert color="orange" variant="light" role="alert">
          {problem}
        </Alert>
      )}
      {state === 'on' || state === 'starting' ? (
        <Button variant="default" onClick={() => setWanted(false)}>
          {t.stop}
        </Button>
      ) : (
        <Button
          variant="default"
          onClick={() => {
            setWanted(true);
            setAttempt((n) => n + 1);
          }}
        >
          {t.start}
        </Button>
      )}
    </Stack>
  );
}
