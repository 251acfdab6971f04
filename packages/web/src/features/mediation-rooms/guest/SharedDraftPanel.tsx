import { PARTY_ROLE_LABELS } from '@fengqiao/domain';
import { Alert, Button, Descriptions, Drawer, Flex, Typography } from 'antd';
import { isApiError } from '../../../api/client';
import { describeError } from '../../../api/errors';
import { useT } from '../../../app/i18n/use-t';
import { useConfirmDraft, useSharedDraft } from './use-guest-room';

function Text({ value }: { value: string | null }) {
  return <span style={{ whiteSpace: 'pre-wrap' }}>{value ?? '—'}</span>;
}

/**
 * The agreement draft the mediator shares, read-only, with 确认协议内容. The confirmation carries the hash of the
 * content read, so a draft edited meanwhile is refused and shown again rather than confirmed unseen.
 */
export function SharedDraftPanel({
  agreementId,
  open,
  onClose,
}: {
  agreementId: string;
  open: boolean;
  onClose(): void;
}) {
  const { t, lang, label, date, dateTime } = useT();
  const draft = useSharedDraft(agreementId);
  const confirm = useConfirmDraft();
  const data = draft.data;
  const changed = isApiError(confirm.error, 'ROOM_DRAFT_CHANGED');

  return (
    <Drawer
      open={open}
      onClose={onClose}
      placement="bottom"
      height="85dvh"
      title={t('roomGuest.draft')}
      data-testid="guest-draft"
    >
      {draft.error ? <Alert type="warning" showIcon title={describeError(draft.error, lang)} /> : null}
      {data ? (
        <Flex vertical gap={12}>
          <Typography.Text type="secondary">{t('roomGuest.draftHelp')}</Typography.Text>
          <Descriptions column={1} size="small" bordered>
            <Descriptions.Item label={t('roomGuest.draftParties')}>
              {data.parties.map((party) => (
                <div key={`${party.role}-${party.name}`}>
                  {label(PARTY_ROLE_LABELS[party.role])}：{party.name}
                </div>
              ))}
            </Descriptions.Item>
            <Descriptions.Item label={t('roomGuest.draftFacts')}>
              <Text value={data.facts} />
              {data.disputedMatters ? (
                <div>
                  <Text value={data.disputedMatters} />
                </div>
              ) : null}
            </Descriptions.Item>
            <Descriptions.Item label={t('roomGuest.draftResponsibilities')}>
              <Text value={data.responsibilities} />
            </Descriptions.Item>
            <Descriptions.Item label={t('roomGuest.draftTerms')}>
              <Text value={data.terms} />
            </Descriptions.Item>
            <Descriptions.Item label={t('roomGuest.draftPerformance')}>
              <Text value={[data.performanceManner, data.performancePlace].filter(Boolean).join('，') || null} />
              {data.performanceDeadline ? (
                <div>{t('roomGuest.draftDeadline', { date: date(data.performanceDeadline) })}</div>
              ) : null}
            </Descriptions.Item>
          </Descriptions>
          {changed ? <Alert type="warning" showIcon title={t('roomGuest.draftChanged')} /> : null}
          {data.confirmedAt ? (
            <Alert
              type="success"
              showIcon
              data-testid="guest-draft-confirmed"
              title={t('roomGuest.draftConfirmed')}
              description={dateTime(data.confirmedAt)}
            />
          ) : (
            <Button
              type="primary"
              size="large"
              block
              loading={confirm.isPending}
              data-testid="guest-draft-confirm"
              style={{ minHeight: 64, fontSize: 18 }}
              onClick={() => confirm.mutate(data.contentHash)}
            >
              {t('roomGuest.draftConfirm')}
            </Button>
          )}
          {confirm.error && !changed ? (
            <Typography.Text type="danger">{describeError(confirm.error, lang)}</Typography.Text>
          ) : null}
        </Flex>
      ) : null}
    </Drawer>
  );
}
