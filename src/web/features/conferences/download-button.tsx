import { Button, type ButtonProps } from '@mantine/core';
import { useDownload } from './conferences.queries';

interface DownloadButtonProps extends ButtonProps {
  /** Fetches and saves the file: `() => download('get', path, { params, fallbackName })`. */
  file: () => Promise<void>;
  label: string;
  /** Shows the failure next to the button. */
  onError?: (error: unknown) => void;
}

/** A button that fetches one of the conference's files with the session and saves it. */
export function DownloadButton({ file, label, onError, ...props }: DownloadButtonProps) {
  const download = useDownload();
  return (
    <Button
      variant="default"
      {...props}
      loading={download.isPending}
      onClick={() => download.mutate(file, { onError })}
    >
      {label}
    </Button>
  );
}
