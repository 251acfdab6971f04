import { PlusOutlined } from '@ant-design/icons';
import { type CameraConsent, ROLE_LABELS, shanghaiDate, VIEW_PURPOSE_LABELS } from '@fengqiao/domain';
import { App, Button, Card, Flex, Popconfirm, Tag, Typography } from 'antd';
import { useState } from 'react';
import { describeError } from '../../../api/errors';
import { useT } from '../../../app/i18n/use-t';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { useCameraConsents, useRevokeConsent } from '../hooks/use-cameras';
import { consentBadge } from '../lib/consent-badge';
import { ConsentBadgeTag } from './CameraTags';
import { ConsentFormModal } from './ConsentFormModal';

const noon = (day: string) => `${day}T12:00:00+08:00`;

/** Every consent of a household or venue camera, newest first, revoked and expired ones kept as its history. */
export function ConsentsCard({ cameraId, canAdd }: { cameraId: string; canAdd: boolean }) {
  const { t, label, date, dateTime, lang } = useT();
  const { message } = App.useApp();
  const consents = useCameraConsents(cameraId);
  const revoke = useRevokeConsent(cameraId);
  const [adding, setAdding] = useState(false);
  const today = shanghaiDate(new Date());

  const revokeOne = (consent: CameraConsent) =>
    revoke.mutate(consent.id, {
      onSuccess: () => message.success(t('cameras.consentRevoked')),
      onError: (error) => message.error(describeError(error, lang)),
    });

  return (
    <Card
      size="small"
      title={t('cameras.consents')}
      extra={
        canAdd ? (
          <Button
            type="primary"
            icon={<PlusOutlined />}
            style={{ minHeight: 44 }}
            onClick={() => setAdding(true)}
            data-testid="consent-add"
          >
            {t('cameras.consentAdd')}
          </Button>
        ) : null
      }
    >
      {consents.isError ? <ErrorAlert error={consents.error} /> : null}
      {consents.isSuccess && consents.data.length === 0 ? (
        <Typography.Text type="secondary">{t('cameras.consent.empty')}</Typography.Text>
      ) : null}
      <Flex vertical gap={10} data-testid="consent-list">
        {(consents.data ?? []).map((consent) => (
          <Card key={consent.id} size="small" type="inner" data-testid={`consent-${consent.id}`}>
            <Flex vertical gap={6}>
              <Flex justify="space-between" align="center" gap={8} wrap>
                <Flex align="center" gap={8} wrap>
                  <ConsentBadgeTag badge={consentBadge(consent, today)} />
                  <Typography.Text strong>
                    {t('cameras.consent.period', {
                      from: date(noon(consent.startsOn)),
                      to: date(noon(consent.lastDay)),
                    })}
                  </Typography.Text>
                  <Tag>
                    {consent.allowsPlayback ? t('cameras.consent.withPlayback') : t('cameras.consent.liveOnly')}
                  </Tag>
                </Flex>
                {consent.actions.includes('revoke') ? (
                  <Popconfirm
                    title={t('cameras.consent.revokeConfirm')}
                    onConfirm={() => revokeOne(consent)}
                    okButtonProps={{ 'data-testid': 'consent-revoke-confirm' } as Record<string, string>}
                  >
                    <Button danger style={{ minHeight: 44 }} loading={revoke.isPending} data-testid="consent-revoke">
                      {t('cameras.consent.revoke')}
                    </Button>
                  </Popconfirm>
                ) : null}
              </Flex>
              <Typography.Text>
                {t('cameras.consent.rolesLine', {
                  roles: consent.roles.map((role) => label(ROLE_LABELS[role], role)).join(lang === 'zh' ? '、' : ', '),
                })}
              </Typography.Text>
              <Typography.Text>
                {t('cameras.consent.purposesLine', {
                  purposes: consent.purposes
                    .map((purpose) => label(VIEW_PURPOSE_LABELS[purpose]))
                    .join(lang === 'zh' ? '、' : ', '),
                })}
              </Typography.Text>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {t('cameras.consent.recorded', {
                  time: dateTime(consent.createdAt),
                  name: consent.createdByName ?? '—',
                })}
                {consent.agreementId ? ` · ${t('cameras.consent.fromAgreement')}` : ''}
                {consent.revokedAt
                  ? ` · ${t('cameras.consent.revokedBy', { time: dateTime(consent.revokedAt), name: consent.revokedByName ?? '—' })}`
                  : ''}
              </Typography.Text>
            </Flex>
          </Card>
        ))}
      </Flex>
      {adding ? <ConsentFormModal cameraId={cameraId} onClose={() => setAdding(false)} /> : null}
    </Card>
  );
}
