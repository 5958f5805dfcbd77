import { Alert, List, Text, UnstyledButton } from '@mantine/core';
import { importVi } from '../../i18n/import.vi';

const t = importVi.review;

interface ImportWarningsProps {
  warnings: readonly { line: number; message: string }[];
  onShowLine: (line: number) => void;
}

/** What the importer was unsure of, each with a button to its line in the original text. */
export function ImportWarnings({ warnings, onShowLine }: ImportWarningsProps) {
  if (warnings.length === 0) return null;
  return (
    <Alert color="orange" variant="light" title={t.warningsTitle(warnings.length)}>
      <Text size="xs" c="dimmed" mb={4}>
        {t.warningHint}
      </Text>
      <List size="sm" spacing={2} listStyleType="none" mah={180} style={{ overflowY: 'auto' }}>
        {warnings.map((warning, i) => (
          <List.Item key={`${warning.line}-${i}`}>
            <UnstyledButton
              onClick={() => onShowLine(warning.line)}
              fz="sm"
              style={{ textAlign: 'left' }}
              aria-label={`${t.warningLine(warning.line)}: ${warning.message}`}
            >
              <Text span fw={600} c="orange.9" td="underline">
                {t.warningLine(warning.line)}
              </Text>
              {`: ${warning.message}`}
            </UnstyledButton>
          </List.Item>
        ))}
      </List>
    </Alert>
  );
}
