import { Button, Flex, Typography } from 'antd';
import { useState } from 'react';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { useT } from '../../../app/i18n/use-t';
import { GuestLayout, GuestMessage } from './GuestLayout';
import { type JoinProblem, joinProblem } from './join-problem';
import { enterRoom } from './use-guest-room';

const PROBLEM_KEYS = {
  invalid: 'roomGuest.invalid',
  used: 'roomGuest.used',
  expired: 'roomGuest.expired',
  closed: 'roomGuest.closed',
  full: 'roomGuest.full',
  failed: 'roomGuest.failed',
} as const;

/**
 * `/join/:token`, what the party's link or QR code opens. One tap enters (a link previewer that fetches the page
 * without tapping cannot use up the one-time link, and the tap lets the browser play the others' voices); the
 * party then waits in the waiting room on `/room`, where a reload keeps them without the link.
 */
export function GuestJoinPage() {
  const { t } = useT();
  const { token = '' } = useParams();
  const [search] = useSearchParams();
  const navigate = useNavigate();
  const [entering, setEntering] = useState(false);
  const [problem, setProblem] = useState<JoinProblem | null>(null);

  const enter = async () => {
    setEntering(true);
    setProblem(null);
    try {
      await enterRoom(token, search.get('via') === 'qr' ? 'qr' : 'link');
      navigate('/room', { replace: true });
    } catch (error) {
      setProblem(joinProblem(error));
      setEntering(false);
    }
  };

  if (problem && problem !== 'failed') {
    return (
      <GuestLayout>
        <GuestMessage testId="guest-join-problem" title={t(PROBLEM_KEYS[problem])} />
      </GuestLayout>
    );
  }

  return (
    <GuestLayout>
      <Flex vertical align="center" justify="center" gap={20} style={{ flex: 1, padding: 24, textAlign: 'center' }}>
        <Typography.Paragraph style={{ fontSize: 16, margin: 0 }}>{t('roomGuest.enterHelp')}</Typography.Paragraph>
        {problem === 'failed' ? (
          <Typography.Text type="danger" data-testid="guest-join-problem">
            {t('roomGuest.failed')}
          </Typography.Text>
        ) : null}
        <Button
          type="primary"
          size="large"
          block
          loading={entering}
          data-testid="guest-enter"
          style={{ minHeight: 64, fontSize: 20, maxWidth: 420 }}
          onClick={() => void enter()}
        >
          {problem === 'failed' ? t('roomGuest.retry') : t('roomGuest.enter')}
        </Button>
      </Flex>
    </GuestLayout>
  );
}
