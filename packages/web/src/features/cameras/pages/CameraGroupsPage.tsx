import { ArrowLeftOutlined, PlusOutlined } from '@ant-design/icons';
import { type CameraGroupDetail, ROLE_LABELS } from '@fengqiao/domain';
import {
  Alert,
  App,
  Button,
  Card,
  Empty,
  Flex,
  Form,
  Input,
  List,
  Popconfirm,
  Skeleton,
  Table,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { describeError } from '../../../api/errors';
import { useT } from '../../../app/i18n/use-t';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { FormModal } from '../../../ui/FormModal';
import { PageHeader } from '../../../ui/PageHeader';
import { RecordLoadError } from '../../../ui/RecordLoadError';
import { useCloseWithMessage } from '../../../ui/use-close-with-message';
import { useIsMobile } from '../../../ui/use-is-mobile';
import { CameraPicker } from '../components/CameraPicker';
import { CameraKindTag } from '../components/CameraTags';
import { GrantForm } from '../components/GrantForm';
import {
  useAddCameraGrant,
  useCameraGroup,
  useCameraGroupMembers,
  useCameraGroups,
  useCreateCameraGroup,
  useRemoveCameraGrant,
  useRenameCameraGroup,
} from '../hooks/use-cameras';

type Member = CameraGroupDetail['members'][number];

/** 新建分组 or 重命名: one name, unique in the town (the server says so otherwise). */
function GroupNameModal({
  group,
  onClose,
  onSaved,
}: {
  group?: CameraGroupDetail;
  onClose: () => void;
  onSaved: (group: CameraGroupDetail) => void;
}) {
  const { t } = useT();
  const [form] = Form.useForm<{ name: string }>();
  const create = useCreateCameraGroup();
  const rename = useRenameCameraGroup(group?.id ?? '');
  const mutation = group ? rename : create;
  const done = useCloseWithMessage(onClose);
  const submit = ({ name }: { name: string }) =>
    mutation.mutate(
      { name: name.trim() },
      {
        onSuccess: (saved) => {
          done();
          onSaved(saved);
        },
      },
    );
  return (
    <FormModal
      title={group ? t('cameras.group.rename') : t('cameras.group.create')}
      form={form}
      pending={mutation.isPending}
      error={mutation.error}
      okTestId="group-name-save"
      onClose={onClose}
    >
      <Form form={form} layout="vertical" onFinish={submit} initialValues={{ name: group?.name ?? '' }}>
        <Form.Item
          name="name"
          label={t('cameras.group.name')}
          rules={[{ required: true, whitespace: true, message: t('cameras.group.nameRequired') }]}
        >
          <Input maxLength={60} data-testid="group-name" />
        </Form.Item>
      </Form>
    </FormModal>
  );
}

/** One group: who it is granted to, and its cameras. */
function GroupPanel({ id }: { id: string }) {
  const { t, label, lang } = useT();
  const { message } = App.useApp();
  const group = useCameraGroup(id);
  const members = useCameraGroupMembers(id);
  const addGrant = useAddCameraGrant(id);
  const removeGrant = useRemoveCameraGrant(id);
  const [adding, setAdding] = useState<string[]>([]);
  const [renaming, setRenaming] = useState(false);
  const fail = (error: unknown) => message.error(describeError(error, lang));

  if (group.isPending) return <Skeleton active />;
  if (group.isError) return <RecordLoadError error={group.error} onRetry={() => void group.refetch()} />;
  const record = group.data;
  const can = (action: string) => record.actions.includes(action);
  const memberIds = new Set(record.members.map((member) => member.cameraId));

  return (
    <Flex vertical gap={16} data-testid="group-panel">
      <Flex align="center" gap={8} wrap>
        <Typography.Title level={4} style={{ margin: 0 }} data-testid="group-title">
          {record.name}
        </Typography.Title>
        <Tag>{t('cameras.group.memberCount', { n: record.members.length })}</Tag>
        {can('update') ? (
          <Button size="small" onClick={() => setRenaming(true)}>
            {t('cameras.group.rename')}
          </Button>
        ) : null}
      </Flex>
      <Card size="small" title={t('cameras.group.grants')}>
        <Flex vertical gap={12}>
          {record.grants.length === 0 ? (
            <Alert type="warning" showIcon title={t('cameras.group.noGrants')} />
          ) : (
            <Flex wrap gap={6} data-testid="group-grants">
              {record.grants.map((grant) => (
                <Tag
                  key={grant.id}
                  color={grant.role ? 'blue' : 'purple'}
                  closable={can('grant')}
                  onClose={(event) => {
                    event.preventDefault();
                    removeGrant.mutate(grant.id, { onError: fail });
                  }}
                  style={{ padding: '4px 8px', fontSize: 14 }}
                >
                  {grant.role
                    ? t('cameras.grant.roleTag', { role: label(ROLE_LABELS[grant.role], grant.role) })
                    : t('cameras.grant.accountTag', { name: grant.accountName ?? '—' })}
                </Tag>
              ))}
            </Flex>
          )}
          {can('grant') ? (
            <GrantForm
              groupId={record.id}
              pending={addGrant.isPending}
              onGrant={(grant) =>
                addGrant.mutate(grant, { onSuccess: () => message.success(t('cameras.grant.added')), onError: fail })
              }
            />
          ) : null}
        </Flex>
      </Card>
      <Card size="small" title={t('cameras.group.members')}>
        <Flex vertical gap={12}>
          {can('members') ? (
            <Flex gap={8} wrap>
              <div style={{ flex: 1, minWidth: 240 }}>
                <CameraPicker value={adding} onChange={setAdding} exclude={memberIds} />
              </div>
              <Button
                type="primary"
                style={{ minHeight: 44 }}
                disabled={adding.length === 0}
                loading={members.isPending}
                onClick={() =>
                  members.mutate({ add: adding, remove: [] }, { onSuccess: () => setAdding([]), onError: fail })
                }
                data-testid="group-members-add"
              >
                {t('cameras.group.addMembers')}
              </Button>
            </Flex>
          ) : null}
          <Table<Member>
            size="small"
            rowKey="cameraId"
            dataSource={record.members}
            pagination={record.members.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
            locale={{ emptyText: t('cameras.group.noMembers') }}
            scroll={{ x: true }}
            columns={[
              {
                key: 'name',
                title: t('cameras.col.name'),
                render: (_, member) => <Link to={`/cameras/${member.cameraId}`}>{member.name}</Link>,
              },
              { key: 'village', title: t('cameras.col.village'), dataIndex: 'villageName' },
              {
                key: 'kind',
                title: t('cameras.col.kind'),
                render: (_, member) => <CameraKindTag kind={member.kind} />,
              },
              {
                key: 'deviceId',
                title: t('cameras.col.deviceId'),
                render: (_, member) => <span style={{ fontFamily: 'monospace' }}>{member.deviceId}</span>,
              },
              ...(can('members')
                ? [
                    {
                      key: 'remove',
                      title: t('common.actions'),
                      render: (_: unknown, member: Member) => (
                        <Popconfirm
                          title={t('cameras.group.removeConfirm')}
                          onConfirm={() => members.mutate({ add: [], remove: [member.cameraId] }, { onError: fail })}
                        >
                          <Button size="small" danger>
                            {t('cameras.group.remove')}
                          </Button>
                        </Popconfirm>
                      ),
                    },
                  ]
                : []),
            ]}
          />
        </Flex>
      </Card>
      {renaming ? <GroupNameModal group={record} onClose={() => setRenaming(false)} onSaved={() => undefined} /> : null}
    </Flex>
  );
}

/**
 * 分组与授权: who may watch which cameras. Cameras are gathered into groups, and each group is granted to roles or
 * to single accounts; a camera that no grant reaches cannot be opened by anyone, which the page says up front.
 */
export function CameraGroupsPage() {
  const { t } = useT();
  const navigate = useNavigate();
  const isMobile = useIsMobile();
  const [params, setParams] = useSearchParams();
  const selected = params.get('group') ?? undefined;
  const groups = useCameraGroups();
  const [creating, setCreating] = useState(false);
  const select = (id: string) => setParams({ group: id }, { replace: true });

  return (
    <>
      <PageHeader
        title={t('cameras.groupsTitle')}
        extra={
          <>
            <Button icon={<ArrowLeftOutlined />} onClick={() => navigate('/cameras')}>
              {t('cameras.backToList')}
            </Button>
            <Button
              type="primary"
              icon={<PlusOutlined />}
              style={{ minHeight: 44 }}
              onClick={() => setCreating(true)}
              data-testid="group-create"
            >
              {t('cameras.group.create')}
            </Button>
          </>
        }
      />
      <Alert
        type="info"
        showIcon
        title={t('cameras.groupsExplain')}
        style={{ marginBottom: 16 }}
        data-testid="groups-explain"
      />
      {groups.isError ? <ErrorAlert error={groups.error} /> : null}
      <Flex gap={16} vertical={isMobile} align="flex-start">
        <Card size="small" style={{ width: isMobile ? '100%' : 300, flexShrink: 0 }} title={t('cameras.group.list')}>
          <List
            loading={groups.isPending}
            dataSource={groups.data ?? []}
            locale={{ emptyText: t('cameras.group.empty') }}
            data-testid="group-list"
            renderItem={(group) => (
              <List.Item
                onClick={() => select(group.id)}
                style={{
                  cursor: 'pointer',
                  minHeight: 48,
                  paddingInline: 8,
                  background: group.id === selected ? 'rgba(22, 119, 255, 0.08)' : undefined,
                }}
                data-testid={`group-item-${group.id}`}
              >
                <Flex vertical gap={2} style={{ width: '100%' }}>
                  <Typography.Text strong>{group.name}</Typography.Text>
                  <Typography.Text type={group.grants.length === 0 ? 'danger' : 'secondary'} style={{ fontSize: 12 }}>
                    {t('cameras.group.summary', { n: group.memberCount, g: group.grants.length })}
                  </Typography.Text>
                </Flex>
              </List.Item>
            )}
          />
        </Card>
        <div style={{ flex: 1, minWidth: 0, width: '100%' }}>
          {selected ? <GroupPanel key={selected} id={selected} /> : <Empty description={t('cameras.group.pick')} />}
        </div>
      </Flex>
      {creating ? <GroupNameModal onClose={() => setCreating(false)} onSaved={(group) => select(group.id)} /> : null}
    </>
  );
}
