import { EyeInvisibleOutlined, EyeOutlined } from '@ant-design/icons';
import { App, Button, Flex } from 'antd';
import { useEffect, useState } from 'react';
import { describeError } from '../api/errors';
import { useT } from '../app/i18n/use-t';

export const UNMASK_SECONDS = 30;

interface Props {
  field: string;
  /** The masked value as the server sent it. */
  value: string | null;
  canUnmask: boolean;
  /** Asks the server for the clear value; the server records the request in the audit log. */
  onUnmask: () => Promise<string | null>;
}

/** Personal data stays masked on screen; the clear value shows briefly, only on request, then hides again. */
export function MaskedField({ field, value, canUnmask, onUnmask }: Props) {
  const { t, lang } = useT();
  const { message } = App.useApp();
  const [clear, setClear] = useState<string | null>(null);
  const [secondsLeft, setSecondsLeft] = useState(0);
  const [loading, setLoading] = useState(false);

  useEffect(() => {
    if (secondsLeft <= 0) {
      setClear(null);
      return;
    }
    const timer = setTimeout(() => setSecondsLeft((s) => s - 1), 1000);
    return () => clearTimeout(timer);
  }, [secondsLeft]);

  const reveal = async () => {
    setLoading(true);
    try {
      setClear(await onUnmask());
      setSecondsLeft(UNMASK_SECONDS);
    } catch (error) {
      message.error(describeError(error, lang));
    } finally {
      setLoading(false);
    }
  };

  const shown = secondsLeft > 0 ? clear : value;
  return (
    <Flex align="center" gap={8} wrap>
      <span data-testid={`masked-${field}`} style={{ fontFamily: 'monospace', wordBreak: 'break-all' }}>
        {shown ?? '—'}
      </span>
      {canUnmask && value ? (
        secondsLeft > 0 ? (
          <Button
            size="small"
            icon={<EyeInvisibleOutlined />}
            onClick={() => setSecondsLeft(0)}
            data-testid={`remask-${field}`}
          >
            {t('mask.hide', { n: secondsLeft })}
          </Button>
        ) : (
          <Button
            size="small"
            icon={<EyeOutlined />}
            loading={loading}
            onClick={() => void reveal()}
            data-testid={`unmask-${field}`}
            aria-label={t('mask.show')}
          >
            {t('mask.show')}
          </Button>
        )
      ) : null}
    </Flex>
  );
}
