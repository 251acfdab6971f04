import { CheckCircleFilled, EnvironmentOutlined, ScheduleOutlined } from '@ant-design/icons';
import type { PatrolCheckIn } from '@fengqiao/domain';
import { Button, Card, Flex, Result, Skeleton, Typography } from 'antd';
import { useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { isApiError } from '../../../api/client';
import { newIdempotencyKey } from '../../../api/idempotency-key';
import { can } from '../../../app/auth/permissions';
import { usePermission } from '../../../app/auth/use-permission';
import { useT } from '../../../app/i18n/use-t';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { ErrorResult } from '../../../ui/ErrorResult';
import { PatrolLogModal } from '../components/PatrolLogModal';
import { RefusalResult } from '../components/RefusalResult';
import { useCheckIn, useCheckInPreview } from '../hooks/use-check-in';
import { usePatrolShift } from '../hooks/use-patrols';
import { checkInRefusal, checkInStage } from '../lib/check-in-refusal';
import { browserPositionSource, readPosition } from '../lib/position';

const MAIN_BUTTON = { height: 88, fontSize: 30, borderRadius: 16, letterSpacing: 8 } as const;
const NEXT_BUTTON = { height: 56, fontSize: 18, borderRadius: 12 } as const;

/**
 * The page a checkpoint's QR code opens (`/c/<token>`). Signing in is asked once (the login page comes back here
 * with the token), then: which checkpoint, the caller's team tonight, and one big 签到. The position goes with it
 * when the phone gives one within a few seconds; the check-in never waits longer or fails for lack of it.
 */
export function CheckInPage() {
  const { token = '' } = useParams();
  const { t, dateTime } = useT();
  const navigate = useNavigate();
  const preview = useCheckInPreview(token);
  const checkIn = useCheckIn();
  const canReadLog = usePermission('patrol.read');
  // One id per page: a tap repeated after a lost answer is the same check-in, not a second one.
  const [clientId] = useState(() => newIdempotencyKey());
  const [locating, setLocating] = useState(false);

  const submit = async () => {
    setLocating(true);
    const position = await readPosition(browserPositionSource());
    setLocating(false);
    checkIn.mutate({ token, clientId, ...(position ? { position } : {}) });
  };

  // Asking again after "not patrol time yet" starts afresh: the refusal of the last tap no longer stands.
  const retry = () => {
    checkIn.reset();
    void preview.refetch();
  };

  if (preview.isPending) return <Skeleton active />;
  if (preview.isError) {
    const refusal = isApiError(preview.error) ? checkInRefusal(preview.error.code) : null;
    return refusal ? (
      <RefusalResult refusal={refusal} onRetry={retry} />
    ) : (
      <ErrorResult error={preview.error} onRetry={retry} />
    );
  }
  const place = preview.data;
  const done = checkIn.data;
  const refused = isApiError(checkIn.error) ? checkInRefusal(checkIn.error.code) : null;
  const before = checkInStage(place);

  return (
    <Flex vertical gap={16} style={{ maxWidth: 520, margin: '0 auto' }} data-testid="check-in-page">
      <Card styles={{ body: { padding: '18px 20px' } }}>
        <Flex vertical gap={6}>
          <Typography.Text type="secondary">{t('patrols.checkInTitle')}</Typography.Text>
          <Typography.Title level={3} style={{ margin: 0 }} data-testid="check-in-checkpoint">
            <EnvironmentOutlined /> {place.checkpointName}
          </Typography.Title>
          <Typography.Text>{place.villageName}</Typography.Text>
          <Typography.Text strong data-testid="check-in-team">
            {place.teamName ? t('patrols.tonightTeam', { team: place.teamName }) : t('patrols.noTeamTonight')}
          </Typography.Text>
        </Flex>
      </Card>

      {done ? (
        <CheckedIn checkIn={done} canReadLog={canReadLog} onLog={() => navigate('/patrols')} />
      ) : before.stage === 'earlier' ? (
        <Result
          status="success"
          title={t('patrols.refused.already')}
          subTitle={t('patrols.checkedInBefore', { time: dateTime(before.at) })}
          data-testid="check-in-earlier"
        />
      ) : before.stage === 'refused' ? (
        <RefusalResult refusal={before.refusal} onRetry={retry} />
      ) : (
        <>
          <Button
            type="primary"
            block
            loading={locating || checkIn.isPending}
            onClick={() => void submit()}
            data-testid="check-in-submit"
            style={MAIN_BUTTON}
          >
            {locating ? t('patrols.locating') : checkIn.isPending ? t('patrols.checkingIn') : t('patrols.checkIn')}
          </Button>
          {refused ? (
            <RefusalResult refusal={refused} onRetry={retry} />
          ) : (
            <ErrorAlert error={checkIn.error} testId="check-in-error" />
          )}
        </>
      )}

      {canReadLog && !done ? (
        <Button size="large" block icon={<ScheduleOutlined />} onClick={() => navigate('/patrols')} style={NEXT_BUTTON}>
          {t('patrols.toLog')}
        </Button>
      ) : null}
    </Flex>
  );
}

/** The answer after 签到: the time as the server recorded it, whether the position went with it, and what next. */
function CheckedIn({ checkIn, canReadLog, onLog }: { checkIn: PatrolCheckIn; canReadLog: boolean; onLog: () => void }) {
  const { t, dateTime } = useT();
  const shift = usePatrolShift(canReadLog ? checkIn.shiftId : undefined);
  const [writing, setWriting] = useState(false);
  const detail = shift.data;
  const mayLog = detail !== undefined && detail.log === null && can(detail.shift, 'log');
  return (
    <Flex vertical gap={12} data-testid="check-in-done">
      <Result
        icon={<CheckCircleFilled style={{ color: '#52c41a' }} />}
        title={t('patrols.checkedIn')}
        subTitle={
          <Flex vertical gap={4}>
            <Typography.Text strong style={{ fontSize: 18 }} data-testid="check-in-time">
              {t('patrols.checkedInAt', { time: dateTime(checkIn.at) })}
            </Typography.Text>
            <Typography.Text type="secondary">
              {checkIn.position ? t('patrols.positionSaved') : t('patrols.positionSkipped')}
            </Typography.Text>
          </Flex>
        }
        style={{ padding: '16px 0' }}
      />
      {mayLog ? (
        <Button
          type="primary"
          block
          onClick={() => setWriting(true)}
          data-testid="check-in-write-log"
          style={NEXT_BUTTON}
        >
          {t('patrols.writeLog')}
        </Button>
      ) : null}
      {canReadLog ? (
        <Button block icon={<ScheduleOutlined />} onClick={onLog} style={NEXT_BUTTON} data-testid="check-in-to-log">
          {t('patrols.toLog')}
        </Button>
      ) : null}
      {writing && detail ? <PatrolLogModal shift={detail.shift} onClose={() => setWriting(false)} /> : null}
    </Flex>
  );
}
