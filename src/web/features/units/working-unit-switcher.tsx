import { vi } from '../../i18n/vi';
import { UnitSelect } from './unit-select';
import { useWorkingUnit } from './working-unit';

/** The header's choice of working unit, searched among the units the account may view. */
export function WorkingUnitSwitcher({ compact = false }: { compact?: boolean }) {
  const { unit, setUnit } = useWorkingUnit();
  return (
    <UnitSelect
      label={compact ? undefined : vi.shell.workingUnit}
      aria-label={vi.shell.workingUnit}
      placeholder={vi.shell.workingUnitHint}
      value={unit}
      onChange={(next) => {
        if (next) setUnit(next);
      }}
      clearable={false}
      scope="view"
      size={compact ? 'sm' : 'xs'}
      w="100%"
    />
  );
}
