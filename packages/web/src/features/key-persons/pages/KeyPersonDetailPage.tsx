import {
  KEY_PERSON_LEVEL_LABELS,
  KEY_PERSON_LEVELS,
  KEY_PERSON_REQUEST_KIND_LABELS,
  KEY_PERSON_REQUEST_STATE_LABELS,
  KEY_PERSON_VISIT_METHOD_LABELS,
  type KeyPersonDetail,
  type KeyPersonRequest,
  type KeyPersonRequestKind,
  type KeyPersonUnmasked,
} from '@fengqiao/domain';
import { Alert, Button, Card, Descriptions, Flex, Form, Input, List, Modal, Select, Typography } from 'antd';
import { useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { useT } from '../../../app/i18n/use-t';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { FullPageSpin } from '../../../ui/FullPageSpin';
import { LoadMoreButton } from '../../../ui/LoadMoreButton';
import { MaskedField } from '../../../ui/MaskedField';
import { PageHeader } from '../../../ui/PageHeader';
import { pagedItems } from '../../../ui/paged-list';
import { RecordLoadError } from '../../../ui/RecordLoadError';
import { CategoryTag, LevelTag, VisitTag } from '../components/KeyPersonTags';
import {
  keyPersonPrintUrl,
  unmaskKeyPerson,
  useDecideRequest,
  useKeyPerson,
  useKeyPersonVisits,
  useRequestChange,
  visitPhotoUrl,
} from '../hooks/use-key-persons';

/**
 * One key person: the profile with personal data masked (shown in full briefly, on request, audited), the visits,
 * the level history, and the request and approval of a level change or removal. Buttons follow `actions`.
 */
export function KeyPersonDetailPage() {
  const { id = '' } = useParams();
  const { t, date } = useT();
  const navigate = useNavigate();
  const record = useKeyPerson(id);
  const [asking, setAsking] = useState<KeyPersonRequestKind | null>(null);

  if (record.isError) return <RecordLoadError error={record.error} onRetry={() => record.refetch()} />;
  if (!record.data) return <FullPageSpin />;
  const kp = record.data;
  const unmask = (field: keyof KeyPersonUnmasked) => async () => (await unmaskKeyPerson(id))[field];
  const canUnmask = kp.actions.includes('unmask');

  return (
    <Flex vertical gap={16}>
      <PageHeader
        title={kp.name}
        sub={kp.villageName}
        extra={
          <>
            {kp.actions.includes('visit') ? (
              <Button
                type="primary"
                size="large"
                onClick={() => navigate(`/key-persons/${id}/visit`)}
                data-testid="kp-log-visit"
              >
                {t('keyPersons.visitTitle')}
              </Button>
            ) : null}
            <Button href={keyPersonPrintUrl(id)} target="_blank" rel="noreferrer" data-testid="kp-print">
              {t('keyPersons.print')}
            </Button>
            {kp.actions.includes('request_level') ? (
              <Button onClick={() => setAsking('level')} data-testid="kp-request-level">
                {t('keyPersons.requestLevel')}
              </Button>
            ) : null}
            {kp.actions.includes('request_removal') ? (
              <Button danger onClick={() => setAsking('remove')} data-testid="kp-request-removal">
                {t('keyPersons.requestRemoval')}
              </Button>
            ) : null}
          </>
        }
      />
      {kp.removedAt ? (
        <Alert
          type="info"
          message={t('keyPersons.removed', { at: date(kp.removedAt), reason: kp.removedReason ?? '' })}
        />
      ) : null}
      {kp.pendingRequest ? <PendingRequest id={id} request={kp.pendingRequest} /> : null}
      <Card title={t('keyPersons.profile')} size="small">
        <Descriptions column={{ xs: 1, md: 2 }} size="small">
          <Descriptions.Item label={t('keyPersons.category')}>
            <CategoryTag record={kp} />
          </Descriptions.Item>
          <Descriptions.Item label={t('keyPersons.level')}>
            <LevelTag level={kp.level} />
          </Descriptions.Item>
          <Descriptions.Item label={t('keyPersons.idNumber')}>
            <MaskedField
              field="idNumber"
              value={kp.idNumberMasked}
              canUnmask={canUnmask}
              onUnmask={unmask('idNumber')}
            />
          </Descriptions.Item>
          <Descriptions.Item label={t('keyPersons.phone')}>
            <MaskedField field="phone" value={kp.phoneMasked} canUnmask={canUnmask} onUnmask={unmask('phone')} />
          </Descriptions.Item>
          <Descriptions.Item label={t('keyPersons.address')}>
            <MaskedField field="address" value={kp.addressMasked} canUnmask={canUnmask} onUnmask={unmask('address')} />
          </Descriptions.Item>
          <Descriptions.Item label={t('keyPersons.since')}>{date(kp.since)}</Descriptions.Item>
          <Descriptions.Item label={t('keyPersons.officer')}>{kp.responsibleOfficer?.name}</Descriptions.Item>
          <Descriptions.Item label={t('keyPersons.auxiliary')}>{kp.responsibleAuxiliary?.name}</Descriptions.Item>
          <Descriptions.Item label={t('keyPersons.lastVisit')}>{date(kp.lastVisitOn)}</Descriptions.Item>
          <Descriptions.Item label={t('keyPersons.nextVisit')}>
            <Flex gap={8}>
              {date(kp.nextVisitDue)}
              <VisitTag record={kp} />
            </Flex>
          </Descriptions.Item>
          {kp.basis ? <Descriptions.Item label={t('keyPersons.basis')}>{kp.basis}</Descriptions.Item> : null}
        </Descriptions>
      </Card>
      <Visits id={id} />
      <History history={kp.history} />
      {asking ? <RequestModal record={kp} kind={asking} onClose={() => setAsking(null)} /> : null}
    </Flex>
  );
}

function Visits({ id }: { id: string }) {
  const { t, dateTime, label } = useT();
  const visits = useKeyPersonVisits(id);
  const items = pagedItems(visits);
  return (
    <Card title={t('keyPersons.visits')} size="small">
      {visits.isError ? <ErrorAlert error={visits.error} /> : null}
      <List
        dataSource={items}
        locale={{ emptyText: t('keyPersons.noVisits') }}
        renderItem={(visit) => (
          <List.Item key={visit.id}>
            <List.Item.Meta
              title={`${dateTime(visit.visitedAt)} · ${label(KEY_PERSON_VISIT_METHOD_LABELS[visit.method])} · ${visit.visitorName}`}
              description={
                <Flex vertical gap={4}>
                  {visit.place ? <span>{visit.place}</span> : null}
                  {visit.findings ? <span>{visit.findings}</span> : null}
                  <Flex gap={8}>
                    {visit.photos.map((photo) => (
                      <a key={photo} href={visitPhotoUrl(photo)} target="_blank" rel="noreferrer">
                        {t('keyPersons.photo')}
                      </a>
                    ))}
                  </Flex>
                </Flex>
              }
            />
          </List.Item>
        )}
      />
      <LoadMoreButton query={visits} shown={items.length} />
    </Card>
  );
}

function History({ history }: { history: readonly KeyPersonRequest[] }) {
  const { t, label, date } = useT();
  return (
    <Card title={t('keyPersons.history')} size="small">
      <List
        dataSource={[...history]}
        locale={{ emptyText: t('keyPersons.noHistory') }}
        renderItem={(request) => (
          <List.Item key={request.id}>
            <List.Item.Meta
              title={`${label(KEY_PERSON_REQUEST_KIND_LABELS[request.kind])}${
                request.toLevel
                  ? `：${label(KEY_PERSON_LEVEL_LABELS[request.fromLevel])} → ${label(KEY_PERSON_LEVEL_LABELS[request.toLevel])}`
                  : ''
              } · ${label(KEY_PERSON_REQUEST_STATE_LABELS[request.state])}`}
              description={
                <Flex vertical gap={2}>
                  <span>{request.reason}</span>
                  <Typography.Text type="secondary">
                    {t('keyPersons.requestedBy', { name: request.requestedByName, at: date(request.requestedAt) })}
                  </Typography.Text>
                  {request.decidedAt ? (
                    <Typography.Text type="secondary">
                      {t('keyPersons.decidedBy', {
                        name: request.decidedByName ?? '',
                        at: date(request.decidedAt),
                        state: label(KEY_PERSON_REQUEST_STATE_LABELS[request.state]),
                      })}
                      {request.decisionNote ? `：${request.decisionNote}` : ''}
                    </Typography.Text>
                  ) : null}
                </Flex>
              }
            />
          </List.Item>
        )}
      />
    </Card>
  );
}

/** The waiting request, with 批准 / 驳回 for a caller who may decide it (never its requester). */
function PendingRequest({ id, request }: { id: string; request: KeyPersonRequest }) {
  const { t, label } = useT();
  const decide = useDecideRequest(id);
  const [note, setNote] = useState('');
  const body = (decision: 'approve' | 'reject') => ({ decision, ...(note.trim() ? { note: note.trim() } : {}) });
  const target = request.toLevel ? ` → ${label(KEY_PERSON_LEVEL_LABELS[request.toLevel])}` : '';
  return (
    <Alert
      type="warning"
      data-testid="kp-pending"
      message={`${t('keyPersons.pending', { kind: label(KEY_PERSON_REQUEST_KIND_LABELS[request.kind]) })}${target}`}
      description={
        <Flex vertical gap={8}>
          <span>{request.reason}</span>
          {request.actions.includes('approve') ? (
            <>
              <Input
                value={note}
                onChange={(event) => setNote(event.target.value)}
                placeholder={t('keyPersons.decisionNote')}
                maxLength={1000}
              />
              <Flex gap={8}>
                <Button
                  type="primary"
                  loading={decide.isPending}
                  onClick={() => decide.mutate({ requestId: request.id, body: body('approve') })}
                  data-testid="kp-approve"
                >
                  {t('keyPersons.approve')}
                </Button>
                <Button
                  danger
                  loading={decide.isPending}
                  onClick={() => decide.mutate({ requestId: request.id, body: body('reject') })}
                >
                  {t('keyPersons.reject')}
                </Button>
              </Flex>
              {decide.isError ? <ErrorAlert error={decide.error} /> : null}
            </>
          ) : null}
        </Flex>
      }
    />
  );
}

function RequestModal({
  record,
  kind,
  onClose,
}: {
  record: KeyPersonDetail;
  kind: KeyPersonRequestKind;
  onClose: () => void;
}) {
  const { t, label } = useT();
  const request = useRequestChange(record.id);
  const [form] = Form.useForm<{ toLevel?: string; reason: string }>();
  const submit = async () => {
    const values = await form.validateFields();
    const toLevel = KEY_PERSON_LEVELS.find((level) => level === values.toLevel);
    request.mutate(
      { kind, reason: values.reason, ...(kind === 'level' && toLevel ? { toLevel } : {}) },
      { onSuccess: onClose },
    );
  };
  return (
    <Modal
      open
      title={t(kind === 'level' ? 'keyPersons.requestLevel' : 'keyPersons.requestRemoval')}
      okText={t('keyPersons.submit')}
      onOk={submit}
      confirmLoading={request.isPending}
      onCancel={onClose}
    >
      <Form form={form} layout="vertical">
        {kind === 'level' ? (
          <Form.Item name="toLevel" label={t('keyPersons.toLevel')} rules={[{ required: true }]}>
            <Select
              options={KEY_PERSON_LEVELS.filter((level) => level !== record.level).map((level) => ({
                value: level,
                label: label(KEY_PERSON_LEVEL_LABELS[level]),
              }))}
            />
          </Form.Item>
        ) : null}
        <Form.Item
          name="reason"
          label={t('keyPersons.reason')}
          rules={[{ required: true, whitespace: true, message: t('keyPersons.reasonRequired') }]}
        >
          <Input.TextArea autoSize={{ minRows: 3 }} maxLength={1000} />
        </Form.Item>
      </Form>
      {request.isError ? <ErrorAlert error={request.error} /> : null}
    </Modal>
  );
}
