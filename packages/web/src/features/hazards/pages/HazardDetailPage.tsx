import { ArrowLeftOutlined, CameraOutlined } from '@ant-design/icons';
import type { HazardDetail } from '@fengqiao/domain';
import { Alert, App, Button, Card, Descriptions, Flex, Image, Popconfirm, Skeleton, Timeline, Typography } from 'antd';
import { type ChangeEvent, useRef, useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { useT } from '../../../app/i18n/use-t';
import { RecordLoadError } from '../../../ui/RecordLoadError';
import { HazardAssignModal } from '../components/HazardAssignModal';
import { HazardRectifyPanel } from '../components/HazardRectifyPanel';
import { HazardSendBackModal } from '../components/HazardSendBackModal';
import { HazardDeadline, HazardSourceTag, HazardStateTag } from '../components/HazardTags';
import { hazardPhotoUrl, useHazard, useHazardStep, useUploadHazardPhoto } from '../hooks/use-hazards';

const BIG = { height: 48, fontSize: 16 } as const;

/**
 * One hazard: what and where, who rectifies it by when, the history, the photos of the finding and of each
 * rectification round, and the buttons its `actions` allow (交办, 拍照并提交整改, 验收销号, 退回整改).
 */
export function HazardDetailPage() {
  const { id = '' } = useParams();
  const { t, dateTime, date } = useT();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const hazard = useHazard(id);
  const act = useHazardStep(id);
  const upload = useUploadHazardPhoto(id);
  const camera = useRef<HTMLInputElement>(null);
  const [dialog, setDialog] = useState<'assign' | 'sendBack' | null>(null);

  if (hazard.isPending) return <Skeleton active />;
  if (hazard.isError) return <RecordLoadError error={hazard.error} onRetry={() => void hazard.refetch()} />;
  const record: HazardDetail = hazard.data;
  const can = (action: string) => record.actions.includes(action);
  const addReportPhoto = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (file) upload.mutate({ kind: 'report', file }, { onSuccess: () => message.success(t('hazards.photoAdded')) });
  };

  return (
    <Flex vertical gap={16} style={{ maxWidth: 960 }}>
      <Flex>
        <Button icon={<ArrowLeftOutlined />} onClick={() => navigate(-1)}>
          {t('common.back')}
        </Button>
      </Flex>
      <Card size="small">
        <Flex vertical gap={10}>
          <Flex align="center" gap={8} wrap>
            <Typography.Title level={4} style={{ margin: 0 }} data-testid="hazard-title">
              {record.title}
            </Typography.Title>
            <HazardStateTag state={record.state} />
            <HazardSourceTag source={record.source} />
          </Flex>
          {record.reason && record.state === 'assigned' ? (
            <Alert type="warning" showIcon title={t('hazards.reason')} description={record.reason} />
          ) : null}
          <Descriptions
            size="small"
            column={{ xs: 1, sm: 2, md: 3 }}
            items={[
              { key: 'village', label: t('hazards.col.village'), children: record.villageName },
              { key: 'location', label: t('hazards.location'), children: record.location ?? '—' },
              { key: 'reportedAt', label: t('hazards.col.reportedAt'), children: dateTime(record.reportedAt) },
              { key: 'reportedBy', label: t('hazards.reportedBy'), children: record.reportedByName ?? '—' },
              ...(record.reporterName
                ? [{ key: 'public', label: t('hazards.publicReporter'), children: record.reporterName }]
                : []),
              ...(record.reporterPhone
                ? [{ key: 'phone', label: t('hazards.phone'), children: record.reporterPhone }]
                : []),
              { key: 'responsible', label: t('hazards.responsible'), children: record.responsibleName ?? '—' },
              {
                key: 'assignee',
                label: t('hazards.col.assignee'),
                children: <span data-testid="hazard-assignee">{record.assigneeName ?? '—'}</span>,
              },
              { key: 'dueOn', label: t('hazards.col.dueOn'), children: <HazardDeadline hazard={record} /> },
              {
                key: 'side',
                label: t('hazards.verifierSide'),
                children: t(record.verifierSide === 'police' ? 'hazards.side.police' : 'hazards.side.governance'),
              },
              ...(record.verifiedAt
                ? [
                    {
                      key: 'verified',
                      label: t('hazards.verifiedAt'),
                      children: `${dateTime(record.verifiedAt)} ${record.verifiedByName ?? ''}`,
                    },
                  ]
                : []),
            ]}
          />
          <Typography.Paragraph style={{ margin: 0, whiteSpace: 'pre-wrap' }}>
            {record.description}
          </Typography.Paragraph>
          {record.rectifyNote ? (
            <Alert type="success" title={t('hazards.rectifyNote')} description={record.rectifyNote} />
          ) : null}
        </Flex>
      </Card>
      <Flex wrap gap={8}>
        {can('assign') ? (
          <Button type="primary" style={BIG} onClick={() => setDialog('assign')} data-testid="hazard-assign">
            {t('hazards.action.assign')}
          </Button>
        ) : null}
        {can('verify') ? (
          <Popconfirm
            title={t('hazards.verifyConfirm')}
            onConfirm={() =>
              act.mutate({ step: 'verify', body: {} }, { onSuccess: () => message.success(t('hazards.done.verify')) })
            }
            okButtonProps={{ 'data-testid': 'hazard-verify-confirm' } as Record<string, string>}
          >
            <Button type="primary" style={BIG} loading={act.isPending} data-testid="hazard-verify">
              {t('hazards.action.verify')}
            </Button>
          </Popconfirm>
        ) : null}
        {can('sendBack') ? (
          <Button danger style={BIG} onClick={() => setDialog('sendBack')} data-testid="hazard-send-back">
            {t('hazards.action.sendBack')}
          </Button>
        ) : null}
        {record.state !== 'verified' ? (
          <Button
            icon={<CameraOutlined />}
            style={BIG}
            onClick={() => camera.current?.click()}
            loading={upload.isPending}
          >
            {t('hazards.addReportPhoto')}
          </Button>
        ) : null}
        <input
          ref={camera}
          type="file"
          accept=".jpg,.jpeg,.png"
          capture="environment"
          hidden
          onChange={addReportPhoto}
        />
      </Flex>
      {can('photo') || can('rectify') ? <HazardRectifyPanel hazard={record} /> : null}
      <Card size="small" title={t('hazards.photos')}>
        {record.photos.length === 0 ? (
          <Typography.Text type="secondary">{t('hazards.noPhotos')}</Typography.Text>
        ) : (
          <Image.PreviewGroup>
            <Flex wrap gap={12} data-testid="hazard-photos">
              {record.photos.map((photo) => (
                <Flex key={photo.id} vertical gap={4} align="center">
                  <Image src={hazardPhotoUrl(photo.id)} width={120} height={90} style={{ objectFit: 'cover' }} />
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {photo.kind === 'report'
                      ? t('hazards.photo.report')
                      : t('hazards.photo.rectification', { round: photo.round })}
                  </Typography.Text>
                </Flex>
              ))}
            </Flex>
          </Image.PreviewGroup>
        )}
      </Card>
      <Card size="small" title={t('hazards.history')}>
        <Timeline
          data-testid="hazard-history"
          items={record.history.map((event) => ({
            key: event.id,
            children: (
              <Flex vertical>
                <Typography.Text strong>
                  {t(`hazards.event.${event.kind}`)} · {dateTime(event.at)} {event.actorName ?? ''}
                </Typography.Text>
                {event.assigneeName && event.deadline ? (
                  <Typography.Text type="secondary">
                    {t('hazards.eventAssignee', {
                      name: event.assigneeName,
                      day: date(`${event.deadline}T12:00:00+08:00`),
                    })}
                  </Typography.Text>
                ) : null}
                {event.note ? <Typography.Text>{event.note}</Typography.Text> : null}
              </Flex>
            ),
          }))}
        />
      </Card>
      {dialog === 'assign' ? <HazardAssignModal hazard={record} onClose={() => setDialog(null)} /> : null}
      {dialog === 'sendBack' ? <HazardSendBackModal hazard={record} onClose={() => setDialog(null)} /> : null}
    </Flex>
  );
}
