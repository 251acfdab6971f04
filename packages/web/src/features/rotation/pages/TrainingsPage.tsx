import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { shanghaiDate, type TrainingRecord } from '@fengqiao/domain';
import { Button, Card, DatePicker, Flex, Form, Input, List, Popconfirm, Select, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { type ChangeEvent, useRef, useState } from 'react';
import { can } from '../../../app/auth/permissions';
import { useT } from '../../../app/i18n/use-t';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { FormModal } from '../../../ui/FormModal';
import { LoadMoreButton } from '../../../ui/LoadMoreButton';
import { PageHeader } from '../../../ui/PageHeader';
import { isListLoading, pagedItems } from '../../../ui/paged-list';
import { UploadError } from '../../disputes/components/UploadError';
import {
  materialDownloadUrl,
  useDeleteTraining,
  useRota,
  useSaveTraining,
  useTrainings,
  useUploadMaterial,
} from '../hooks/use-rotation';
import { directorsOf } from '../lib/rota-view';

const ACCEPT = '.jpg,.jpeg,.png,.pdf,.docx';

/** Training records (业务培训) of the security directors' monthly meeting, latest first. */
export function TrainingsPage() {
  const { t } = useT();
  const trainings = useTrainings();
  const rota = useRota(Number(shanghaiDate(new Date()).slice(0, 4)));
  const [editing, setEditing] = useState<TrainingRecord | 'new' | null>(null);
  const items = pagedItems(trainings);
  const townId = rota.data?.townId;
  // Whoever may generate the town's rota keeps its training records (rotation.manage over the town).
  const mayAdd = rota.data?.actions.includes('generate') ?? false;
  return (
    <>
      <PageHeader
        title={t('training.title')}
        extra={
          mayAdd ? (
            <Button type="primary" onClick={() => setEditing('new')} data-testid="training-add">
              {t('training.add')}
            </Button>
          ) : null
        }
      />
      <ErrorAlert error={trainings.error} />
      <List
        dataSource={items}
        loading={isListLoading(trainings)}
        locale={{ emptyText: t('common.empty') }}
        renderItem={(record) => <TrainingItem key={record.id} record={record} onEdit={() => setEditing(record)} />}
      />
      <LoadMoreButton query={trainings} shown={items.length} />
      {editing && townId ? (
        <TrainingFormModal
          townId={townId}
          record={editing === 'new' ? null : editing}
          people={directorsOf(rota.data?.slots ?? [])}
          onClose={() => setEditing(null)}
        />
      ) : null}
    </>
  );
}

function TrainingItem({ record, onEdit }: { record: TrainingRecord; onEdit: () => void }) {
  const { t, date } = useT();
  const upload = useUploadMaterial();
  const remove = useDeleteTraining();
  const fileInput = useRef<HTMLInputElement>(null);
  const onPick = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (file) upload.mutate({ trainingId: record.id, file });
  };
  return (
    <List.Item data-testid="training-row">
      <Card size="small" style={{ width: '100%' }} title={record.topic}>
        <Flex vertical gap={6}>
          <Typography.Text>
            {date(record.heldOn)} · {record.place} · {t('training.trainer')}：{record.trainer}
          </Typography.Text>
          <Typography.Text type="secondary">
            {t('training.attendees')}：{record.attendees.map((a) => a.name).join('、') || '—'}
          </Typography.Text>
          {record.materials.map((material) => (
            <a key={material.id} href={materialDownloadUrl(material.id)} download={material.fileName}>
              <DownloadOutlined /> {material.fileName}
            </a>
          ))}
          {upload.isError ? <UploadError error={upload.error} /> : null}
          <ErrorAlert error={remove.error} />
          <Flex gap={8} wrap>
            {can(record, 'edit') ? <Button onClick={onEdit}>{t('common.edit')}</Button> : null}
            {can(record, 'upload') ? (
              <>
                <Button icon={<UploadOutlined />} loading={upload.isPending} onClick={() => fileInput.current?.click()}>
                  {t('training.upload')}
                </Button>
                <input ref={fileInput} type="file" accept={ACCEPT} hidden onChange={onPick} />
              </>
            ) : null}
            {can(record, 'delete') ? (
              <Popconfirm title={t('training.deleteConfirm')} onConfirm={() => remove.mutate(record.id)}>
                <Button danger>{t('common.delete')}</Button>
              </Popconfirm>
            ) : null}
          </Flex>
        </Flex>
      </Card>
    </List.Item>
  );
}

interface Values {
  topic: string;
  trainer: string;
  heldOn: Dayjs;
  place: string;
  attendeeIds: string[];
}

function TrainingFormModal({
  townId,
  record,
  people,
  onClose,
}: {
  townId: string;
  record: TrainingRecord | null;
  people: { personId: string; name: string }[];
  onClose: () => void;
}) {
  const { t } = useT();
  const [form] = Form.useForm<Values>();
  const save = useSaveTraining();
  const known = new Map(people.map((p) => [p.personId, p.name]));
  for (const attendee of record?.attendees ?? []) known.set(attendee.personId, attendee.name);
  return (
    <FormModal
      title={record ? t('training.edit') : t('training.add')}
      form={form}
      pending={save.isPending}
      error={save.error}
      okTestId="training-save"
      onClose={onClose}
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={
          record
            ? { ...record, heldOn: dayjs(record.heldOn), attendeeIds: record.attendees.map((a) => a.personId) }
            : { heldOn: dayjs(), attendeeIds: [] }
        }
        onFinish={(values) =>
          save.mutate(
            {
              id: record?.id,
              body: {
                townId,
                topic: values.topic,
                trainer: values.trainer,
                heldOn: values.heldOn.format('YYYY-MM-DD'),
                place: values.place,
                attendeeIds: values.attendeeIds,
              },
            },
            { onSuccess: onClose },
          )
        }
      >
        <Form.Item name="topic" label={t('training.topic')} rules={[{ required: true, whitespace: true, max: 200 }]}>
          <Input data-testid="training-topic" />
        </Form.Item>
        <Form.Item
          name="trainer"
          label={t('training.trainer')}
          rules={[{ required: true, whitespace: true, max: 100 }]}
        >
          <Input />
        </Form.Item>
        <Form.Item name="heldOn" label={t('training.heldOn')} rules={[{ required: true }]}>
          <DatePicker style={{ width: '100%' }} inputReadOnly />
        </Form.Item>
        <Form.Item name="place" label={t('training.place')} rules={[{ required: true, whitespace: true, max: 200 }]}>
          <Input />
        </Form.Item>
        <Form.Item name="attendeeIds" label={t('training.attendees')}>
          <Select
            mode="multiple"
            showSearch={{ optionFilterProp: 'label' }}
            options={[...known].map(([value, label]) => ({ value, label }))}
          />
        </Form.Item>
      </Form>
    </FormModal>
  );
}
