import { Button, type ButtonProps } from '@mantine/core';
import { useDownload } from './conferences.queries';

interface DownloadButtonProps extends ButtonProps {
  path: string;
  fallbackName: string;
  query?: Record<string, string | number | undefined>;
  label: string;
  /** Shows the failure next to the button. */
  onError?: (error: unknown) => void;
}

/** A button that fetches one of the conference's files with the session and saves it. */
export function DownloadButton({ path, fallbackName, query, label, onError, ...props }: DownloadButtonProps) {
  const download = useDownload();
  return (
    <Button
      variant="default"
      {...props}
      loading={download.isPending}
      onClick={() => download.mutate({ path, fallbackName, query }, { onError })}
    >
      {label}
    </Button>
  );
}
