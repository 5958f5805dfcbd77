import { Box, Group, Paper, Stack, Text } from '@mantine/core';
import { memo } from 'react';
import { importVi } from '../../i18n/import.vi';
import { EXTRACT_KINDS, type ExtractKind, type Highlight } from './locate-extracts';

const t = importVi.review;

/** The Mantine colour of each kind of extracted piece, in the lines and in the legend. */
export const KIND_COLORS: Record<ExtractKind, string> = {
  number: 'grape',
  date: 'violet',
  title: 'indigo',
  legalBasis: 'cyan',
  target: 'teal',
  task: 'yellow',
  signer: 'pink',
  recipient: 'lime',
};

export const lineElementId = (line: number) => `import-line-${line}`;

function Swatch({ kind }: { kind: ExtractKind }) {
  const color = KIND_COLORS[kind];
  return (
    <Box
      component="span"
      w={14}
      h={14}
      style={{
        display: 'inline-block',
        background: `var(--mantine-color-${color}-1)`,
        borderLeft: `3px solid var(--mantine-color-${color}-6)`,
      }}
    />
  );
}

/** The colours of the highlights, with how many pieces of each kind were found. */
function Legend({ highlights }: { highlights: readonly Highlight[] }) {
  const counts = new Map<ExtractKind, Set<number>>();
  for (const h of highlights) counts.set(h.kind, (counts.get(h.kind) ?? new Set()).add(h.index));
  return (
    <Group gap="sm" aria-label={t.legend}>
      {EXTRACT_KINDS.filter((kind) => counts.has(kind)).map((kind) => (
        <Group key={kind} gap={4} wrap="nowrap">
          <Swatch kind={kind} />
          <Text size="xs">
            {importVi.kinds[kind]} ({counts.get(kind)!.size})
          </Text>
        </Group>
      ))}
    </Group>
  );
}

interface SourceLinesProps {
  lines: readonly string[];
  highlights: readonly Highlight[];
  /** Entry n: the highlight of line n (see highlightByLine). */
  byLine: readonly (Highlight | null)[];
  warningLines: ReadonlySet<number>;
  /** The line a warning was just clicked for, outlined. */
  focusedLine: number | null;
  missingCount: number;
}

/**
 * The text as the server read it, numbered, with the pieces it understood coloured by kind. Memoised: it can be
 * thousands of lines, and typing in the form beside it must not redraw them.
 */
export const SourceLines = memo(function SourceLines({
  lines,
  highlights,
  byLine,
  warningLines,
  focusedLine,
  missingCount,
}: SourceLinesProps) {
  return (
    <Stack gap="xs">
      <div>
        <Text fw={600}>{t.sourceTitle}</Text>
        <Text size="sm" c="dimmed">
          {t.sourceHint}
        </Text>
      </div>
      <Legend highlights={highlights} />
      {missingCount > 0 && (
        <Text size="xs" c="dimmed">
          {t.notFound(missingCount)}
        </Text>
      )}
      <Paper
        withBorder
        radius="sm"
        py={6}
        mah={{ base: 480, md: 'calc(100vh - 220px)' }}
        style={{ overflowY: 'auto', fontSize: 14, lineHeight: 1.5 }}
      >
        {lines.map((text, i) => {
          const line = i + 1;
          if (text.trim() === '') return <div key={line} id={lineElementId(line)} style={{ height: 6 }} />;
          const mark = byLine[line];
          const color = mark ? KIND_COLORS[mark.kind] : null;
          const hasWarning = warningLines.has(line);
          return (
            <div
              key={line}
              id={lineElementId(line)}
              title={mark ? `${importVi.kinds[mark.kind]} ${mark.index + 1}` : undefined}
              style={{
                display: 'flex',
                gap: 8,
                padding: '1px 8px 1px 4px',
                background: color ? `var(--mantine-color-${color}-1)` : undefined,
                borderLeft: `3px solid ${color ? `var(--mantine-color-${color}-6)` : 'transparent'}`,
                outline: focusedLine === line ? '2px solid var(--mantine-color-orange-6)' : undefined,
                outlineOffset: -2,
                scrollMarginTop: 80,
              }}
            >
              <span
                aria-label={t.lineNumber(line)}
                style={{
                  flex: '0 0 2.6em',
                  textAlign: 'right',
                  userSelect: 'none',
                  fontVariantNumeric: 'tabular-nums',
                  color: hasWarning ? 'var(--mantine-color-orange-8)' : 'var(--mantine-color-dimmed)',
                  fontWeight: hasWarning ? 700 : undefined,
                }}
              >
                {hasWarning ? `⚠${line}` : line}
              </span>
              <span style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere', minWidth: 0 }}>{text}</span>
            </div>
          );
        })}
      </Paper>
    </Stack>
  );
});
