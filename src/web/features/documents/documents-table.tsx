import { Paper, Stack, Table, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import type { DocumentSummary } from '../../../contracts/documents';
import { vi } from '../../i18n/vi';
import { TableDate } from '../../ui/date-display';
import { AnchorLink } from '../../ui/router-links';
import { kindName } from './draft-form-state';
import { DocumentStatusBadge } from './status-badge';

const t = vi.documents;

const TitleLink = ({ doc }: { doc: DocumentSummary }) => (
  <AnchorLink to="/van-ban/$id" params={{ id: String(doc.id) }} style={{ overflowWrap: 'anywhere' }}>
    {doc.title}
  </AnchorLink>
);

/** The documents in view scope: a table on wide screens, one card per document on a phone. */
export function DocumentsTable({ items }: { items: DocumentSummary[] }) {
  const isPhone = useMediaQuery('(max-width: 48em)');
  if (items.length === 0) return <Text c="dimmed">{t.noDocuments}</Text>;
  if (isPhone)
    return (
      <Stack gap="xs">
        {items.map((doc) => (
          <Paper key={doc.id} withBorder p="xs">
            <Stack gap={4}>
              <Text size="sm">
                <DocumentStatusBadge status={doc.status} /> {kindName(doc.kind)}
                {doc.number ? ` · ${doc.number}` : ''}
              </Text>
              <TitleLink doc={doc} />
              <Text size="xs" c="dimmed">
                <TableDate iso={doc.issuedDate ?? doc.updatedAt.slice(0, 10)} />
              </Text>
            </Stack>
          </Paper>
        ))}
      </Stack>
    );
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table striped highlightOnHover>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t.status}</Table.Th>
            <Table.Th>{t.kind}</Table.Th>
            <Table.Th>{t.number}</Table.Th>
            <Table.Th>{t.date}</Table.Th>
            <Table.Th>{t.titleColumn}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((doc) => (
            <Table.Tr key={doc.id}>
              <Table.Td>
                <DocumentStatusBadge status={doc.status} />
              </Table.Td>
              <Table.Td>{kindName(doc.kind)}</Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{doc.number ?? vi.common.none}</Table.Td>
              <Table.Td>
                <TableDate iso={doc.issuedDate ?? doc.updatedAt.slice(0, 10)} />
              </Table.Td>
              <Table.Td>
                <TitleLink doc={doc} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
