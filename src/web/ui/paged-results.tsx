import { Pagination, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { vi } from '../i18n/vi';
import { ErrorAlert } from './error-alert';
import { LoadingBlock } from './loading-block';

interface PagedResultsProps<Item> {
  data: { items: Item[]; total: number } | undefined;
  error: Error | null;
  isPending: boolean;
  page: number;
  pageSize: number;
  onPageChange: (page: number) => void;
  /** Replaces "Tổng số: N", e.g. when the server stopped counting ("hơn 10.000"). */
  totalText?: string;
  /** Renders one page of items (a table, or cards on a phone). */
  children: (items: Item[]) => ReactNode;
}

/** One page of a server-paged list: loading, error, the total, the items, and the pager when there is more. */
export function PagedResults<Item>({
  data,
  error,
  isPending,
  page,
  pageSize,
  onPageChange,
  totalText,
  children,
}: PagedResultsProps<Item>) {
  return (
    <>
      {isPending && <LoadingBlock />}
      {error && <ErrorAlert error={error} />}
      {data && (
        <>
          <Text size="sm" c="dimmed">
            {totalText ?? vi.common.total(data.total)}
          </Text>
          {children(data.items)}
          {data.total > pageSize && (
            <Pagination
              total={Math.ceil(data.total / pageSize)}
              value={page}
              onChange={onPageChange}
              size="sm"
            />
          )}
        </>
      )}
    </>
  );
}
