import { ArrowLeftOutlined } from '@ant-design/icons';
import type { VideoPatrolResult, VideoPatrolRoundDetail } from '@fengqiao/domain';
import { Alert, App, Button, Card, Col, Flex, Popconfirm, Row, Skeleton, Typography } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { useT } from '../../../app/i18n/use-t';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { RecordLoadError } from '../../../ui/RecordLoadError';
import { PatrolLive } from '../components/PatrolLive';
import { RecordedResult } from '../components/RecordedResult';
import { ResultForm } from '../components/ResultForm';
import { RoundCameraList } from '../components/RoundCameraList';
import { RoundParticipants } from '../components/RoundParticipants';
import { RoundStatusTag } from '../components/VideoPatrolTags';
import { useFinishRound, useRound } from '../hooks/use-video-patrols';
import { type DeskKey, deskKey, typedInField } from '../lib/desk-keys';
import { firstOpenCamera, nextOpenCamera, roundStatus, stepCamera } from '../lib/round-progress';

/** Runs a loaded round: the camera list, the current camera and its result form, and the desk's keys. */
function RoundDesk({ round }: { round: VideoPatrolRoundDetail }) {
  const { t } = useT();
  const { message } = App.useApp();
  const [current, setCurrent] = useState(() => firstOpenCamera(round.cameras));
  const formKeys = useRef<((key: DeskKey) => void) | null>(null);
  const finish = useFinishRound(round.id);
  const camera = round.cameras[current] ?? round.cameras[0];
  const recording = camera !== undefined && camera.result === null && round.actions.includes('record');
  const allRecorded = round.cameras.every((item) => item.result !== null);
  // 'record' while cameras are left, 'finish' once all are recorded: either way the desk is running this round.
  const runs = round.actions.includes('record') || round.actions.includes('finish');

  // A normal camera moves the desk on at once; after a finding it stays, so a snapshot can be filed to the result.
  const onRecorded = (result: VideoPatrolResult) => {
    if (result.kind === 'finding') return;
    const recorded = round.cameras.map((item, index) => (index === current ? { ...item, result } : item));
    setCurrent(nextOpenCamera(recorded, current));
  };

  // The latest handler for the window listener, so the listener is added once and never reads stale state.
  const keys = useRef<(key: DeskKey) => void>(() => undefined);
  keys.current = (key) => {
    if (key === 'previous' || key === 'next') {
      setCurrent(stepCamera(round.cameras.length, current, key === 'next' ? 1 : -1));
      return;
    }
    if (recording) formKeys.current?.(key);
  };
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const key = deskKey({
        key: event.key,
        ctrlKey: event.ctrlKey,
        metaKey: event.metaKey,
        altKey: event.altKey,
        inField: typedInField(event.target),
      });
      if (key === null) return;
      event.preventDefault();
      keys.current(key);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  if (!camera) return <Alert type="info" title={t('videoPatrols.noCameras')} />;

  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} md={7} xl={6}>
        <Card size="small">
          <RoundCameraList cameras={round.cameras} current={current} onSelect={setCurrent} />
        </Card>
      </Col>
      <Col xs={24} md={17} xl={18}>
        <Flex vertical gap={12}>
          <PatrolLive roundId={round.id} camera={camera} live={runs} />
          <Card size="small" title={t('videoPatrols.resultOf', { name: camera.name })}>
            {camera.result ? (
              <RecordedResult result={camera.result} checklist={round.checklist} />
            ) : recording ? (
              <ResultForm
                key={camera.id}
                roundId={round.id}
                camera={camera}
                checklist={round.checklist}
                keys={formKeys}
                onRecorded={onRecorded}
              />
            ) : (
              <Typography.Text type="secondary">{t('videoPatrols.result.pending')}</Typography.Text>
            )}
          </Card>
          {round.actions.includes('finish') ? (
            <Flex justify="flex-end">
              <Popconfirm
                title={t('videoPatrols.finishConfirm')}
                onConfirm={() =>
                  finish.mutate(undefined, { onSuccess: () => message.success(t('videoPatrols.finished')) })
                }
                okButtonProps={{ 'data-testid': 'round-finish-confirm' } as Record<string, string>}
              >
                <Button
                  type={allRecorded ? 'primary' : 'default'}
                  size="large"
                  disabled={!allRecorded}
                  loading={finish.isPending}
                  data-testid="round-finish"
                >
                  {t('videoPatrols.finish')}
                </Button>
              </Popconfirm>
            </Flex>
          ) : null}
          <ErrorAlert error={finish.error} />
        </Flex>
      </Col>
    </Row>
  );
}

/**
 * 执行巡查: the cameras of a round one after another, each with its live picture, the checklist and the result
 * (正常 / 发现问题 → 远程提醒, 转警情, 转隐患), driven from the keyboard at the monitoring-centre desk. A finished
 * round, or one the caller may not record, reads the same without the forms.
 */
export function VideoPatrolRoundPage() {
  const { id = '' } = useParams();
  const { t, dateTime } = useT();
  const navigate = useNavigate();
  const round = useRound(id);

  if (round.isPending) return <Skeleton active />;
  if (round.isError) return <RecordLoadError error={round.error} onRetry={() => void round.refetch()} />;
  const detail = round.data;

  return (
    <Flex vertical gap={12}>
      <Flex>
        <Button icon={<ArrowLeftOutlined />} onClick={() => navigate('/video-patrols')}>
          {t('common.back')}
        </Button>
      </Flex>
      <Card size="small">
        <Flex wrap align="center" gap={12}>
          <Typography.Title level={4} style={{ margin: 0 }} data-testid="round-title">
            {detail.name}
          </Typography.Title>
          <RoundStatusTag status={roundStatus(detail)} />
          <Typography.Text type="secondary">{dateTime(detail.scheduledAt)}</Typography.Text>
          <RoundParticipants participants={detail.participants} />
          <Typography.Text data-testid="round-progress">
            {t('videoPatrols.progress', { done: detail.resultCount, total: detail.cameraCount })}
            {detail.findingCount > 0 ? ` · ${t('videoPatrols.findings', { n: detail.findingCount })}` : ''}
          </Typography.Text>
        </Flex>
      </Card>
      <RoundDesk key={detail.id} round={detail} />
    </Flex>
  );
}
