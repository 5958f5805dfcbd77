import { Button, Group, Text } from '@mantine/core';
import { webYear } from '../ui/clock';
import { useState } from 'react';

import { useMe } from '../features/auth/auth.queries';
import { ImportReview } from '../features/plan-import/import-review';
import { fileSize, PlanFilePicker } from '../features/plan-import/plan-file-picker';
import type { ImportReview as ImportReviewData } from '../features/plan-import/plan-import.queries';
import { importVi } from '../i18n/import.vi';
import { plansVi } from '../i18n/plans.vi';
import { PageHeader } from '../ui/page-header';
import { AnchorLink } from '../ui/router-links';

const t = importVi;

interface ReadFile {
  name: string;
  size: number;
  review: ImportReviewData;
}

/** /ke-hoach/nhap: a plan file read by the server, checked beside its text, saved as a draft plan. */
export function PlanImportPage() {
  const me = useMe();
  const [read, setRead] = useState<ReadFile | null>(null);
  const year = webYear();
  return (
    <>
      <PageHeader
        title={t.title}
        description={read ? undefined : t.intro}
        crumbs={[
          <AnchorLink key="plans" to="/ke-hoach">
            {plansVi.breadcrumb}
          </AnchorLink>,
        ]}
      />
      {read ? (
        <>
          <Group gap="sm" mb="sm" justify="space-between">
            <Text size="sm" c="dimmed" style={{ overflowWrap: 'anywhere', minWidth: 0 }}>
              {t.file.chosen(read.name, fileSize(read.size))}
            </Text>
            <Button variant="default" size="xs" onClick={() => setRead(null)}>
              {t.file.another}
            </Button>
          </Group>
          <ImportReview review={read.review} initialUnit={me.organization ?? me.unit} fallbackYear={year} />
        </>
      ) : (
        <PlanFilePicker onRead={(file, review) => setRead({ name: file.name, size: file.size, review })} />
      )}
    </>
  );
}
