import { ArrowLeftOutlined, FileTextOutlined, UploadOutlined } from '@ant-design/icons';
import {
  ROLE_LABELS,
  VENUE_KIND_LABELS,
  type VenueAgreement,
  type VenueDetail,
  VIEW_PURPOSE_LABELS,
} from '@fengqiao/domain';
import { App, Button, Card, Descriptions, Flex, List, Skeleton, Tag, Typography } from 'antd';
import { type ChangeEvent, useRef, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useT } from '../../../app/i18n/use-t';
import { RecordLoadError } from '../../../ui/RecordLoadError';
import { AgreementFormModal } from '../components/AgreementFormModal';
import { AgreementStateTag } from '../components/AgreementStateTag';
import { AttachCamerasModal } from '../components/AttachCamerasModal';
import { RevokeAgreementModal } from '../components/RevokeAgreementModal';
import { VenueFormModal } from '../components/VenueFormModal';
import { agreementDocumentUrl, useUploadAgreementDocument, useVenue } from '../hooks/use-venues';

/**
 * One venue: where and who to call (the phone masked), its cameras with whether an agreement in force shares them,
 * and its agreements with their state, signed document and the buttons their `actions` allow (上传签字文本, 撤销协议).
 */
export function VenueDetailPage() {
  const { id = '' } = useParams();
  const { t, label, dateTime } = useT();
  const navigate = useNavigate();
  const venue = useVenue(id);
  const [dialog, setDialog] = useState<'edit' | 'agreement' | 'cameras' | { revoke: string } | null>(null);

  if (venue.isPending) return <Skeleton active />;
  if (venue.isError) return <RecordLoadError error={venue.error} onRetry={() => void venue.refetch()} />;
  const record: VenueDetail = venue.data;
  const can = (action: string) => record.actions.includes(action);

  return (
    <Flex vertical gap={16} style={{ maxWidth: 1080 }}>
      <Flex>
        <Button icon={<ArrowLeftOutlined />} onClick={() => navigate(-1)}>
          {t('common.back')}
        </Button>
      </Flex>
      <Card size="small">
        <Flex vertical gap={10}>
          <Flex align="center" gap={8} wrap>
            <Typography.Title level={4} style={{ margin: 0 }} data-testid="venue-title">
              {record.name}
            </Typography.Title>
            <Tag>{label(VENUE_KIND_LABELS[record.kind])}</Tag>
            <AgreementStateTag state={record.agreementState} />
          </Flex>
          <Descriptions
            size="small"
            column={{ xs: 1, sm: 2, md: 3 }}
            items={[
              { key: 'village', label: t('venues.village'), children: record.villageName },
              { key: 'address', label: t('venues.address'), children: record.address ?? '—' },
              {
                key: 'contact',
                label: t('venues.contact'),
                children: record.contactPersonId ? (
                  <Link to={`/people/${record.contactPersonId}`}>{record.contactName}</Link>
                ) : (
                  '—'
                ),
              },
              {
                key: 'phone',
                label: t('venues.contactPhone'),
                children: (
                  <span title={t('venues.contactHint')} data-testid="venue-contact-phone">
                    {record.contactPhoneMasked ?? '—'}
                  </span>
                ),
              },
            ]}
          />
          <Flex gap={8} wrap>
            {can('edit') ? (
              <Button onClick={() => setDialog('edit')} data-testid="venue-edit">
                {t('venues.edit')}
              </Button>
            ) : null}
            {can('cameras') ? (
              <Button onClick={() => setDialog('cameras')} data-testid="venue-cameras-add">
                {t('venues.cameras.attach')}
              </Button>
            ) : null}
            {can('agreement') && record.cameras.length > 0 ? (
              <Button type="primary" onClick={() => setDialog('agreement')} data-testid="venue-agreement-add">
                {t('venues.agreement.add')}
              </Button>
            ) : null}
          </Flex>
        </Flex>
      </Card>
      <Card size="small" title={t('venues.cameras')}>
        <List
          data-testid="venue-cameras"
          locale={{ emptyText: t('venues.noCameras') }}
          dataSource={record.cameras}
          renderItem={(camera) => (
            <List.Item data-testid={`venue-camera-${camera.id}`}>
              <Flex justify="space-between" style={{ width: '100%' }} gap={8} wrap>
                <Typography.Text>
                  {camera.name} <Typography.Text type="secondary">{camera.deviceId}</Typography.Text>
                </Typography.Text>
                <Flex gap={4}>
                  <Tag color={camera.status === 'online' ? 'green' : 'default'}>
                    {t(camera.status === 'online' ? 'venues.camera.online' : 'venues.camera.offline')}
                  </Tag>
                  <Tag color={camera.shared ? 'blue' : 'default'} data-testid="venue-camera-shared">
                    {t(camera.shared ? 'venues.camera.shared' : 'venues.camera.notShared')}
                  </Tag>
                </Flex>
              </Flex>
            </List.Item>
          )}
        />
      </Card>
      <Card size="small" title={t('venues.agreements')}>
        {record.agreements.length === 0 ? (
          <Typography.Text type="secondary">{t('venues.noAgreements')}</Typography.Text>
        ) : (
          <Flex vertical gap={12} data-testid="venue-agreements">
            {record.agreements.map((agreement) => (
              <AgreementCard
                key={agreement.id}
                venue={record}
                agreement={agreement}
                onRevoke={() => setDialog({ revoke: agreement.id })}
              />
            ))}
          </Flex>
        )}
      </Card>
      {dialog === 'edit' ? <VenueFormModal venue={record} onClose={() => setDialog(null)} /> : null}
      {dialog === 'cameras' ? <AttachCamerasModal venue={record} onClose={() => setDialog(null)} /> : null}
      {dialog === 'agreement' ? <AgreementFormModal venue={record} onClose={() => setDialog(null)} /> : null}
      {dialog !== null && typeof dialog === 'object' ? (
        <RevokeAgreementModal venueId={record.id} agreementId={dialog.revoke} onClose={() => setDialog(null)} />
      ) : null}
      <Typography.Text type="secondary">{dateTime(record.createdAt)}</Typography.Text>
    </Flex>
  );
}

function AgreementCard({
  venue,
  agreement,
  onRevoke,
}: {
  venue: VenueDetail;
  agreement: VenueAgreement;
  onRevoke: () => void;
}) {
  const { t, label, date, dateTime } = useT();
  const { message } = App.useApp();
  const upload = useUploadAgreementDocument(venue.id);
  const picker = useRef<HTMLInputElement>(null);
  const day = (value: string) => date(`${value}T12:00:00+08:00`);
  const cameraNames = agreement.cameraIds.map((id) => venue.cameras.find((camera) => camera.id === id)?.name ?? id);
  const can = (action: string) => agreement.actions.includes(action);
  const pick = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (file) {
      upload.mutate(
        { agreementId: agreement.id, file },
        { onSuccess: () => message.success(t('venues.agreement.uploaded')) },
      );
    }
  };
  return (
    <Card size="small" type="inner" data-testid={`agreement-${agreement.id}`}>
      <Flex vertical gap={8}>
        <Flex align="center" gap={8} wrap>
          <AgreementStateTag state={agreement.state} />
          <Typography.Text strong>
            {t('venues.agreement.periodValue', { first: day(agreement.firstDay), last: day(agreement.lastDay) })}
          </Typography.Text>
          <Tag>{t(agreement.allowsPlayback ? 'venues.agreement.playback' : 'venues.agreement.liveOnly')}</Tag>
        </Flex>
        <Descriptions
          size="small"
          column={{ xs: 1, sm: 2 }}
          items={[
            { key: 'cameras', label: t('venues.agreement.cameras'), children: cameraNames.join('、') },
            {
              key: 'roles',
              label: t('venues.agreement.roles'),
              children: agreement.roles.map((role) => label(ROLE_LABELS[role])).join('、'),
            },
            {
              key: 'purposes',
              label: t('venues.agreement.purposes'),
              children: agreement.purposes.map((purpose) => label(VIEW_PURPOSE_LABELS[purpose])).join('、'),
            },
            {
              key: 'document',
              label: t('venues.agreement.document'),
              children: agreement.document ? (
                <a href={agreementDocumentUrl(agreement.document.id)} data-testid="agreement-document">
                  <FileTextOutlined /> {agreement.document.fileName}
                </a>
              ) : (
                <Typography.Text type="secondary">{t('venues.agreement.noDocument')}</Typography.Text>
              ),
            },
            {
              key: 'created',
              label: t('venues.agreement.createdBy'),
              children: `${agreement.createdByName} ${dateTime(agreement.createdAt)}`,
            },
            ...(agreement.revokedAt
              ? [
                  {
                    key: 'revoked',
                    label: t('venues.agreement.revokedBy'),
                    children: `${agreement.revokedByName ?? ''} ${dateTime(agreement.revokedAt)} · ${agreement.revokeReason ?? ''}`,
                  },
                ]
              : []),
            ...(agreement.note ? [{ key: 'note', label: t('venues.agreement.note'), children: agreement.note }] : []),
          ]}
        />
        <Flex gap={8} wrap>
          {can('document') ? (
            <Button
              icon={<UploadOutlined />}
              loading={upload.isPending}
              onClick={() => picker.current?.click()}
              title={t('venues.agreement.uploadHint')}
              data-testid="agreement-upload"
            >
              {t('venues.agreement.upload')}
            </Button>
          ) : null}
          {can('revoke') ? (
            <Button danger onClick={onRevoke} data-testid="agreement-revoke">
              {t('venues.agreement.revoke')}
            </Button>
          ) : null}
          <input ref={picker} type="file" accept=".pdf,.jpg,.jpeg,.png" hidden onChange={pick} />
        </Flex>
      </Flex>
    </Card>
  );
}
