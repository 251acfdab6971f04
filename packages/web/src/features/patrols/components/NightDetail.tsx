import { Descriptions, Flex, Skeleton, Table, Typography } from 'antd';
import { useT } from '../../../app/i18n/use-t';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { rowTestId } from '../../../ui/row-test-id';
import { useIsMobile } from '../../../ui/use-is-mobile';
import { usePatrolShift } from '../hooks/use-patrols';
import { checkInsByCheckpoint } from '../lib/night-rows';
import { FindingTags } from './FindingTags';

interface CheckInLine {
  id: string;
  checkpointName: string;
  villageName: string;
  personName: string;
  at: string;
  accuracy: number | null;
  located: boolean;
}

/** One night opened: the check-ins per checkpoint with their Beijing times, and the log with its findings. */
export function NightDetail({ shiftId }: { shiftId: string }) {
  const { t, dateTime } = useT();
  const isMobile = useIsMobile();
  const shift = usePatrolShift(shiftId);
  if (shift.isPending) return <Skeleton active paragraph={{ rows: 2 }} />;
  if (shift.isError) return <ErrorAlert error={shift.error} />;
  const { checkIns, log } = shift.data;
  const lines: CheckInLine[] = checkInsByCheckpoint(checkIns).flatMap((group) =>
    group.checkIns.map((checkIn) => ({
      id: checkIn.id,
      checkpointName: group.checkpointName,
      villageName: group.villageName,
      personName: checkIn.personName,
      at: checkIn.at,
      located: checkIn.position !== null,
      accuracy: checkIn.position?.accuracy ?? null,
    })),
  );
  const where = (line: CheckInLine) =>
    !line.located
      ? t('patrols.positionNone')
      : line.accuracy === null
        ? t('patrols.positionSaved')
        : t('patrols.positionAt', { m: Math.round(line.accuracy) });

  return (
    <Flex vertical gap={12} data-testid="patrol-night-detail">
      <Typography.Text strong>{t('patrols.checkInsOfNight')}</Typography.Text>
      {lines.length === 0 ? (
        <Typography.Text type="secondary">{t('patrols.noCheckIns')}</Typography.Text>
      ) : isMobile ? (
        <Flex vertical gap={6}>
          {lines.map((line) => (
            <Flex key={line.id} vertical data-testid="patrol-checkin-row">
              <Typography.Text>
                {line.checkpointName}（{line.villageName}）· {line.personName}
              </Typography.Text>
              <Typography.Text type="secondary">
                {dateTime(line.at)} · {where(line)}
              </Typography.Text>
            </Flex>
          ))}
        </Flex>
      ) : (
        <Table<CheckInLine>
          rowKey="id"
          size="small"
          pagination={false}
          dataSource={lines}
          onRow={rowTestId(() => 'patrol-checkin-row')}
          scroll={{ x: 'max-content' }}
          columns={[
            {
              title: t('patrols.checkpoint'),
              key: 'checkpoint',
              render: (_, line) => `${line.checkpointName}（${line.villageName}）`,
            },
            { title: t('patrols.person'), dataIndex: 'personName' },
            { title: t('patrols.time'), key: 'at', render: (_, line) => dateTime(line.at) },
            { title: t('patrols.position'), key: 'position', render: (_, line) => where(line) },
          ]}
        />
      )}
      {log ? (
        <Descriptions
          size="small"
          column={1}
          items={[
            {
              key: 'findings',
              label: t('patrols.findings'),
              children: <FindingTags findings={log.findings} showNotes />,
            },
            ...(log.note ? [{ key: 'note', label: t('patrols.note'), children: log.note }] : []),
            {
              key: 'by',
              label: t('patrols.writtenBy'),
              children: `${log.writtenByName} · ${dateTime(log.createdAt)}`,
            },
          ]}
        />
      ) : (
        <Typography.Text type="secondary">
          {t('patrols.logState')}：{t('patrols.logMissing')}
        </Typography.Text>
      )}
    </Flex>
  );
}
