import { Anchor, Group, Stack, Text } from '@mantine/core';
import { importVi } from '../../i18n/import.vi';
import { resolutionTone, type ResolutionTone } from './import-form-state';
import type { NameResolution } from './plan-import.queries';

const t = importVi.parties;

const TONE_COLORS: Record<ResolutionTone, string> = {
  sure: 'green.8',
  close: 'yellow.9',
  collective: 'blue.8',
  position: 'gray.7',
  unmatched: 'orange.8',
};

function describe(resolution: NameResolution, tone: ResolutionTone): string {
  const remembered = resolution.mapped ? ` · ${t.remembered}` : '';
  switch (tone) {
    case 'sure':
      return `→ ${resolution.unitName ?? ''} · ${t.sure}${remembered}`;
    case 'close':
      return `→ ${resolution.unitName ?? ''} · ${t.close}`;
    case 'collective':
      return `→ ${t.collective(resolution.members)}`;
    case 'position':
      return `→ ${t.position}${resolution.unitName ? ` · ${resolution.unitName}` : ''}${remembered}`;
    case 'unmatched':
      return t.unmatched;
  }
}

interface PartyNotesProps {
  names: string[];
  resolutions: ReadonlyMap<string, NameResolution>;
  isChecking: boolean;
  onMap: (name: string) => void;
}

/** Under a task's party list: what each name resolved to in the area, and "Ghép với đơn vị" where it is unsure. */
export function PartyNotes({ names, resolutions, isChecking, onMap }: PartyNotesProps) {
  const shown = names.filter((name) => name.trim() !== '');
  if (shown.length === 0) return null;
  return (
    <Stack gap={2}>
      {shown.map((name) => {
        const resolution = resolutions.get(name.trim());
        const view = resolution ? resolutionTone(resolution) : null;
        return (
          <Group key={name} gap={6} wrap="wrap" style={{ rowGap: 0 }}>
            <Text size="xs" fw={500} style={{ overflowWrap: 'anywhere' }}>
              {name}
            </Text>
            {resolution && view ? (
              <Text size="xs" c={TONE_COLORS[view.tone]} fw={view.tone === 'unmatched' ? 700 : undefined}>
                {describe(resolution, view.tone)}
              </Text>
            ) : (
              <Text size="xs" c="dimmed">
                {isChecking ? t.checking : ''}
              </Text>
            )}
            {view?.canMap && (
              <Anchor component="button" type="button" size="xs" onClick={() => onMap(name.trim())}>
                {t.map}
              </Anchor>
            )}
          </Group>
        );
      })}
    </Stack>
  );
}
