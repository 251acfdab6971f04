import { Button, Result } from 'antd';
import { useT } from '../../../app/i18n/use-t';
import type { Refusal } from '../lib/check-in-refusal';

/** A check-in the server would not take, in the volunteer's words; 重试 only where waiting can change the answer. */
export function RefusalResult({ refusal, onRetry }: { refusal: Refusal; onRetry: () => void }) {
  const { t } = useT();
  return (
    <div data-testid="check-in-refused" role="alert">
      <Result
        status="warning"
        title={t(refusal.title)}
        subTitle={t(refusal.text)}
        style={{ padding: '16px 0' }}
        extra={
          refusal.later ? (
            <Button size="large" onClick={onRetry} style={{ minHeight: 48, minWidth: 160 }}>
              {t('common.retry')}
            </Button>
          ) : null
        }
      />
    </div>
  );
}
