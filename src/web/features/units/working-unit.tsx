import { useLocalStorage } from '@mantine/hooks';
import { createContext, useContext, type ReactNode } from 'react';
import { UnitSummary } from '../../../contracts/units';
import type { Account } from '../../../contracts/auth';

interface WorkingUnit {
  /** The unit the user is working on: the remembered choice, else the account's own unit. */
  unit: UnitSummary | null;
  setUnit: (unit: UnitSummary | null) => void;
}

const WorkingUnitContext = createContext<WorkingUnit | null>(null);

function readStored(text: string | undefined): UnitSummary | null {
  if (!text) return null;
  try {
    const parsed = UnitSummary.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export function WorkingUnitProvider({ account, children }: { account: Account; children: ReactNode }) {
  const [stored, setStored] = useLocalStorage<UnitSummary | null>({
    key: `phongtrao.workingUnit.${account.id}`,
    defaultValue: null,
    serialize: (unit) => JSON.stringify(unit),
    deserialize: readStored,
    getInitialValueInEffect: false,
  });
  const value: WorkingUnit = {
    unit: stored ?? account.unit,
    setUnit: (unit) => setStored(unit),
  };
  return <WorkingUnitContext.Provider value={value}>{children}</WorkingUnitContext.Provider>;
}

export function useWorkingUnit(): WorkingUnit {
  const context = useContext(WorkingUnitContext);
  if (!context) throw new Error('useWorkingUnit() used outside WorkingUnitProvider');
  return context;
}
