import { DownloadOutlined, PlusOutlined } from '@ant-design/icons';
import {
  CADRE_CODE_STATE_LABELS,
  CADRE_POSITION_LABELS,
  CADRE_REGISTRATION_STATUS_LABELS,
  type CadreCode,
  type CadreCodeState,
  type CadreRegistration,
  type CadreRegistrationStatus,
} from '@fengqiao/domain';
import { App, Button, Card, Flex, Popconfirm, Segmented, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { API_BASE } from '../../../api/client';
import { toQueryString } from '../../../api/query-string';
import { useT } from '../../../app/i18n/use-t';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { LoadMoreButton } from '../../../ui/LoadMoreButton';
import { PageHeader } from '../../../ui/PageHeader';
import { isListLoading, pagedItems } from '../../../ui/paged-list';
import { rowTestId } from '../../../ui/row-test-id';
import { useIsMobile } from '../../../ui/use-is-mobile';
import { IssueCodeModal } from '../components/IssueCodeModal';
import { RefuseRegistrationModal } from '../components/RefuseRegistrationModal';
import {
  cadreCodePrintUrl,
  useCadreCodes,
  useCadreRegistrations,
  useDecideCadreRegistration,
  useRevokeCadreCode,
} from '../hooks/use-cadres';

const CODE_COLORS: Record<CadreCodeState, string> = { active: 'green', expired: 'default', revoked: 'red' };
const STATUS_COLORS: Record<CadreRegistrationStatus, string> = {
  pending: 'gold',
  approved: 'green',
  refused: 'red',
};
const codeRowProps = rowTestId((code: CadreCode) => `cadre-code-row-${code.id}`);
const registrationRowProps = rowTestId(
  (registration: CadreRegistration) => `cadre-registration-row-${registration.id}`,
);

/**
 * 村干部注册 for the station: the registration QR codes issued per village (print, revoke while valid) and the cadres'
 * registrations, pending first, each approved (a normal village account from then on) or refused with a reason.
 * Buttons follow each record's `actions`.
 */
export function CadresPage() {
  const { t, label, dateTime } = useT();
  const { message } = App.useApp();
  const isMobile = useIsMobile();
  const [shown, setShown] = useState<'pending' | 'all'>('pending');
  const codes = useCadreCodes();
  const registrations = useCadreRegistrations(shown === 'all' ? undefined : shown);
  const revoke = useRevokeCadreCode();
  const decide = useDecideCadreRegistration();
  const [issuing, setIssuing] = useState(false);
  const [refusing, setRefusing] = useState<string | null>(null);
  const codeItems = pagedItems(codes);
  const registrationItems = pagedItems(registrations);
  const big = isMobile ? { style: { minHeight: 48, flex: 1 } } : {};

  /** Approve and refuse, as the registration's `actions` allow; big on a phone, where they are the page's main acts. */
  const statusCell = (r: CadreRegistration) => (
    <Flex vertical gap={2}>
      <span>
        <Tag color={STATUS_COLORS[r.status]}>{label(CADRE_REGISTRATION_STATUS_LABELS[r.status])}</Tag>
      </span>
      {r.decidedAt ? (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('cadres.decidedBy', { name: r.decidedByName ?? '', time: dateTime(r.decidedAt) })}
        </Typography.Text>
      ) : null}
      {r.refusalReason ? (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {r.refusalReason}
        </Typography.Text>
      ) : null}
    </Flex>
  );
  const decisionButtons = (r: CadreRegistration) => (
    <Flex gap={8} style={isMobile ? { width: '100%' } : undefined}>
      {r.actions.includes('approve') ? (
        <Popconfirm
          title={t('cadres.approveConfirm')}
          okButtonProps={{ 'data-testid': 'cadre-approve-confirm' }}
          onConfirm={() => decide.mutate({ id: r.id }, { onSuccess: () => message.success(t('cadres.approved')) })}
        >
          <Button type="primary" data-testid={`cadre-approve-${r.id}`} loading={decide.isPending} {...big}>
            {t('cadres.approve')}
          </Button>
        </Popconfirm>
      ) : null}
      {r.actions.includes('refuse') ? (
        <Button danger onClick={() => setRefusing(r.id)} data-testid={`cadre-refuse-${r.id}`} {...big}>
          {t('cadres.refuse')}
        </Button>
      ) : null}
    </Flex>
  );

  return (
    <>
      <PageHeader
        title={t('cadres.title')}
        extra={
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setIssuing(true)} data-testid="cadre-code-add">
            {t('cadres.issue')}
          </Button>
        }
      />
      <Flex vertical gap={16}>
        <Card
          title={t('cadres.registrations')}
          extra={
            <Flex gap={8} wrap>
              <Segmented<'pending' | 'all'>
                value={shown}
                onChange={setShown}
                options={[
                  { value: 'pending', label: t('cadres.filter.pending') },
                  { value: 'all', label: t('cadres.filter.all') },
                ]}
              />
              <Button
                icon={<DownloadOutlined />}
                href={`${API_BASE}/cadre-registrations/export.xlsx${toQueryString({ status: shown === 'all' ? undefined : shown })}`}
                data-testid="cadre-registration-export"
              >
                {t('cadres.export')}
              </Button>
            </Flex>
          }
        >
          <ErrorAlert error={registrations.error ?? decide.error} />
          {isMobile ? (
            <Flex vertical gap={10} data-testid="cadre-registration-cards">
              {registrationItems.length === 0 && registrations.isSuccess ? (
                <Typography.Text type="secondary">{t('cadres.noRegistrations')}</Typography.Text>
              ) : null}
              {registrationItems.map((r) => (
                <Card key={r.id} size="small" data-testid={`cadre-registration-card-${r.id}`}>
                  <Flex vertical gap={6}>
                    <Flex justify="space-between" gap={8}>
                      <Typography.Text strong>{r.displayName}</Typography.Text>
                      {statusCell(r)}
                    </Flex>
                    <Typography.Text type="secondary">
                      {r.villageName} · {label(CADRE_POSITION_LABELS[r.position])} · {r.phoneMasked ?? ''}
                    </Typography.Text>
                    <Typography.Text type="secondary">
                      {r.username} · {dateTime(r.createdAt)}
                    </Typography.Text>
                    {decisionButtons(r)}
                  </Flex>
                </Card>
              ))}
            </Flex>
          ) : (
            <Table<CadreRegistration>
              rowKey="id"
              size="middle"
              scroll={{ x: 900 }}
              data-testid="cadre-registration-table"
              loading={isListLoading(registrations)}
              dataSource={registrationItems}
              pagination={false}
              locale={{ emptyText: t('cadres.noRegistrations') }}
              onRow={registrationRowProps}
              columns={[
                { key: 'name', title: t('cadres.col.name'), dataIndex: 'displayName' },
                { key: 'village', title: t('cadres.col.village'), dataIndex: 'villageName' },
                {
                  key: 'position',
                  title: t('cadres.col.position'),
                  render: (_, r) => label(CADRE_POSITION_LABELS[r.position]),
                },
                { key: 'phone', title: t('cadres.col.phone'), dataIndex: 'phoneMasked' },
                { key: 'username', title: t('cadres.col.username'), dataIndex: 'username' },
                { key: 'submitted', title: t('cadres.col.submitted'), render: (_, r) => dateTime(r.createdAt) },
                { key: 'status', title: t('cadres.col.status'), render: (_, r) => statusCell(r) },
                { key: 'actions', title: t('cadres.col.actions'), render: (_, r) => decisionButtons(r) },
              ]}
            />
          )}
          <LoadMoreButton query={registrations} shown={registrationItems.length} />
        </Card>
        <Card
          title={t('cadres.codes')}
          extra={
            <Button
              icon={<DownloadOutlined />}
              href={`${API_BASE}/cadre-codes/export.xlsx`}
              data-testid="cadre-code-export"
            >
              {t('cadres.export')}
            </Button>
          }
        >
          <ErrorAlert error={codes.error ?? revoke.error} />
          <Table<CadreCode>
            rowKey="id"
            size="middle"
            scroll={{ x: 760 }}
            data-testid="cadre-code-table"
            loading={isListLoading(codes)}
            dataSource={codeItems}
            pagination={false}
            locale={{ emptyText: t('cadres.noCodes') }}
            onRow={codeRowProps}
            columns={[
              { key: 'village', title: t('cadres.col.village'), dataIndex: 'villageName' },
              {
                key: 'state',
                title: t('cadres.col.state'),
                render: (_, c) => <Tag color={CODE_COLORS[c.state]}>{label(CADRE_CODE_STATE_LABELS[c.state])}</Tag>,
              },
              { key: 'expires', title: t('cadres.col.expires'), render: (_, c) => dateTime(c.expiresAt) },
              { key: 'createdBy', title: t('cadres.col.createdBy'), render: (_, c) => c.createdByName ?? '—' },
              { key: 'count', title: t('cadres.col.count'), dataIndex: 'registrationCount' },
              {
                key: 'actions',
                title: t('cadres.col.actions'),
                render: (_, c) => (
                  <Flex gap={8}>
                    {c.actions.includes('print') ? (
                      <Button
                        href={cadreCodePrintUrl(c.id)}
                        target="_blank"
                        rel="noopener"
                        data-testid={`cadre-code-print-${c.id}`}
                      >
                        {t('cadres.print')}
                      </Button>
                    ) : null}
                    {c.actions.includes('revoke') ? (
                      <Popconfirm
                        title={t('cadres.revokeConfirm')}
                        onConfirm={() => revoke.mutate(c.id, { onSuccess: () => message.success(t('cadres.revoked')) })}
                      >
                        <Button danger data-testid={`cadre-code-revoke-${c.id}`}>
                          {t('cadres.revoke')}
                        </Button>
                      </Popconfirm>
                    ) : null}
                  </Flex>
                ),
              },
            ]}
          />
          <LoadMoreButton query={codes} shown={codeItems.length} />
        </Card>
      </Flex>
      {issuing ? <IssueCodeModal onClose={() => setIssuing(false)} /> : null}
      {refusing ? <RefuseRegistrationModal id={refusing} onClose={() => setRefusing(null)} /> : null}
    </>
  );
}
