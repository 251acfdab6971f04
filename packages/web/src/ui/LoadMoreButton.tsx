import { Button, Flex, Typography } from 'antd';
import { useT } from '../app/i18n/use-t';
import type { PagedQuery } from './paged-list';

interface Props {
  query: PagedQuery<unknown>;
  shown: number;
}

/**
 * Keyset pagination has no page numbers: the list only grows, and says when it has reached the end. Nothing shows
 * until the first page has come, so a failed or loading list does not claim to be empty.
 */
export function LoadMoreButton({ query, shown }: Props) {
  const { t } = useT();
  if (!query.isSuccess) return null;
  return (
    <Flex vertical align="center" gap={8} style={{ padding: '16px 0' }}>
      {query.hasNextPage ? (
        <Button
          size="large"
          loading={query.isFetchingNextPage}
          onClick={() => void query.fetchNextPage()}
          data-testid="load-more"
          style={{ minWidth: 200 }}
        >
          {t('common.loadMore')}
        </Button>
      ) : (
        <Typography.Text type="secondary">
          {shown === 0 ? t('common.empty') : t('common.end', { n: shown })}
        </Typography.Text>
      )}
    </Flex>
  );
}
