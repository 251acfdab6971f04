import { Button, Flex, Typography } from 'antd';
import { useT } from '../app/i18n/use-t';

interface Props {
  hasMore: boolean;
  loading: boolean;
  onLoadMore: () => void;
  shown: number;
}

/** Keyset pagination has no page numbers: the list only grows, and says when it has reached the end. */
export function LoadMoreButton({ hasMore, loading, onLoadMore, shown }: Props) {
  const { t } = useT();
  return (
    <Flex vertical align="center" gap={8} style={{ padding: '16px 0' }}>
      {hasMore ? (
        <Button size="large" loading={loading} onClick={onLoadMore} data-testid="load-more" style={{ minWidth: 200 }}>
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
