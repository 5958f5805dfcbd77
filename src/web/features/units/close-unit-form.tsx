import { Button, Group, Modal, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { IsoDate } from '../../../contracts/common';
import type { UnitSummary } from '../../../contracts/units';
import { tableDate } from '../../../core/dates/vn-dates';
import { vi } from '../../i18n/vi';
import { webToday } from '../../ui/clock';
import { FormErrorAlert } from '../../ui/error-alert';
import { FormPanel } from '../../ui/form-panel';
import { useUpdateUnit } from './units.queries';

/**
 * Ends a village or organization: `validTo` is the last day it is valid (the server's date filters are
 * inclusive), so the default, today, keeps it in today's lists and drops it from tomorrow's.
 */
export function CloseUnitForm({
  unit,
  onClosed,
  onCancel,
}: {
  unit: UnitSummary;
  onClosed: (validTo: string) => void;
  onCancel: () => void;
}) {
  const form = useForm({
    mode: 'controlled',
    initialValues: { validTo: webToday() },
    // A date (the contract's IsoDate), not before the unit began.
    validate: {
      validTo: (validTo) =>
        !IsoDate.safeParse(validTo).success
          ? vi.unitDetail.closeInvalidDate
          : unit.validFrom && validTo < unit.validFrom
            ? vi.unitDetail.closeBeforeStart(tableDate(unit.validFrom))
            : null,
    },
    clearInputErrorOnChange: false,
  });
  const { validTo } = form.values;
  const [isConfirming, setConfirming] = useState(false);
  const update = useUpdateUnit();

  // mutateAsync, not mutate's callbacks: the refreshed unit can no longer be edited, so this form unmounts
  // before the mutation settles, and callbacks given to mutate() do not run after an unmount.
  const confirm = async () => {
    try {
      await update.mutateAsync({ code: unit.code, body: { validTo } });
      onClosed(validTo);
    } catch {
      // The answer's message is shown under the date, where the user can change it.
      setConfirming(false);
    }
  };

  return (
    <FormPanel
      title={vi.unitDetail.closeTitle}
      titleId="unit-close-title"
      onSubmit={(event) => {
        update.reset();
        form.onSubmit(() => setConfirming(true))(event);
      }}
    >
      <TextInput
        label={vi.unitDetail.closeDate}
        description={vi.unitDetail.closeDateHint}
        type="date"
        min={unit.validFrom ?? undefined}
        {...form.getInputProps('validTo')}
        required
        maw={420}
        autoFocus
      />
      <FormErrorAlert error={update.error} />
      <Group mt="sm" gap="xs">
        <Button type="submit" color="red">
          {vi.unitDetail.close}
        </Button>
        <Button variant="default" onClick={onCancel}>
          {vi.common.cancel}
        </Button>
      </Group>
      <Modal
        opened={isConfirming}
        onClose={() => {
          if (!update.isPending) setConfirming(false);
        }}
        title={vi.unitDetail.closeConfirmTitle}
        centered
      >
        <Text mb="md">
          {IsoDate.safeParse(validTo).success &&
            vi.unitDetail.closeConfirm(unit.fullName, tableDate(validTo))}
        </Text>
        <Group justify="flex-end" gap="xs">
          <Button
            variant="default"
            onClick={() => setConfirming(false)}
            disabled={update.isPending}
            data-autofocus
          >
            {vi.common.cancel}
          </Button>
          <Button color="red" onClick={() => void confirm()} loading={update.isPending}>
            {vi.unitDetail.close}
          </Button>
        </Group>
      </Modal>
    </FormPanel>
  );
}
