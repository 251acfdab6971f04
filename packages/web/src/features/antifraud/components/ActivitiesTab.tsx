import { DeleteOutlined, DownloadOutlined, PlusOutlined } from '@ant-design/icons';
import {
  ANTIFRAUD_ACTIVITY_TYPE_LABELS,
  ANTIFRAUD_ACTIVITY_TYPES,
  type AntifraudActivity,
  type AntifraudActivityType,
} from '@fengqiao/domain';
import {
  App,
  Button,
  Card,
  DatePicker,
  Flex,
  Form,
  Input,
  InputNumber,
  Popconfirm,
  Select,
  Table,
  Typography,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { API_BASE } from '../../../api/client';
import { toQueryString } from '../../../api/query-string';
import { can } from '../../../app/auth/permissions';
import { usePermission } from '../../../app/auth/use-permission';
import { useT } from '../../../app/i18n/use-t';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { FormModal } from '../../../ui/FormModal';
import { LoadMoreButton } from '../../../ui/LoadMoreButton';
import { isListLoading, pagedItems } from '../../../ui/paged-list';
import { rowTestId } from '../../../ui/row-test-id';
import { useIsMobile } from '../../../ui/use-is-mobile';
import { PhotoStrip } from '../../duty/components/PhotoStrip';
import { JurisdictionPicker } from '../../jurisdictions/components/JurisdictionPicker';
import {
  activityPhotoUrl,
  useActivities,
  useCreateActivity,
  useDeleteActivity,
  useUploadActivityPhoto,
} from '../hooks/use-antifraud';
import { readAntifraudFilter, writeAntifraudFilter } from '../lib/antifraud-filter';
import { ListFilters } from './ListFilters';

const PHOTO_ACCEPT = '.jpg,.jpeg,.png';

function ActivityPhotos({ activity }: { activity: AntifraudActivity }) {
  const { t } = useT();
  const upload = useUploadActivityPhoto();
  return (
    <PhotoStrip
      photos={activity.photos}
      urlOf={activityPhotoUrl}
      size={48}
      canAdd={can(activity, 'photo')}
      upload={{ ...upload, mutate: (file: File) => upload.mutate({ id: activity.id, file }) }}
      addLabel={t('antifraud.addPhoto')}
      addTestId="antifraud-activity-photo"
    />
  );
}

interface Values {
  jurisdictionId: string;
  type: AntifraudActivityType;
  venue: string;
  day: Dayjs;
  audience: number;
  note?: string;
}

/** A new activity: where (a village, or the town for one held town-wide), what, for how many, and its photos. */
function ActivityModal({ onClose }: { onClose: () => void }) {
  const { t, label } = useT();
  const { message } = App.useApp();
  const create = useCreateActivity();
  const [photos, setPhotos] = useState<File[]>([]);
  const [form] = Form.useForm<Values>();
  return (
    <FormModal
      title={t('antifraud.addActivity')}
      form={form}
      pending={create.isPending}
      error={create.error}
      okTestId="antifraud-activity-save"
      onClose={onClose}
    >
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{ type: 'campaign', day: dayjs() }}
        onFinish={(values) =>
          create.mutate(
            {
              body: {
                jurisdictionId: values.jurisdictionId,
                type: values.type,
                venue: values.venue,
                day: values.day.format('YYYY-MM-DD'),
                audience: values.audience,
                ...(values.note ? { note: values.note } : {}),
              },
              photos,
            },
            {
              onSuccess: ({ photoErrors }) => {
                if (photoErrors > 0) message.warning(t('antifraud.photosFailed', { count: photoErrors }));
                else message.success(t('common.saved'));
                onClose();
              },
            },
          )
        }
      >
        <Form.Item
          name="jurisdictionId"
          label={t('antifraud.place')}
          rules={[{ required: true, message: t('antifraud.placeRequired') }]}
        >
          <JurisdictionPicker levels={['town', 'village', 'community']} testId="antifraud-activity-place" />
        </Form.Item>
        <Form.Item name="type" label={t('antifraud.activityType')} rules={[{ required: true }]}>
          <Select
            options={ANTIFRAUD_ACTIVITY_TYPES.map((value) => ({
              value,
              label: label(ANTIFRAUD_ACTIVITY_TYPE_LABELS[value]),
            }))}
          />
        </Form.Item>
        <Form.Item
          name="venue"
          label={t('antifraud.venue')}
          rules={[{ required: true, whitespace: true, message: t('antifraud.venueRequired') }]}
        >
          <Input maxLength={200} data-testid="antifraud-activity-venue" />
        </Form.Item>
        <Form.Item name="day" label={t('antifraud.day')} rules={[{ required: true }]}>
          <DatePicker style={{ width: '100%' }} inputReadOnly />
        </Form.Item>
        <Form.Item
          name="audience"
          label={t('antifraud.audience')}
          rules={[{ required: true, message: t('antifraud.audienceRequired') }]}
        >
          <InputNumber min={0} precision={0} style={{ width: '100%' }} data-testid="antifraud-activity-audience" />
        </Form.Item>
        <Form.Item name="note" label={t('antifraud.note')}>
          <Input.TextArea maxLength={2000} rows={2} />
        </Form.Item>
        <Form.Item label={t('antifraud.photos')}>
          <input
            type="file"
            accept={PHOTO_ACCEPT}
            multiple
            onChange={(event) => setPhotos([...(event.target.files ?? [])])}
            data-testid="antifraud-activity-photos"
          />
        </Form.Item>
      </Form>
    </FormModal>
  );
}

/** 宣传活动: newest first, with the list's filters in the URL, an add dialog and the export. */
export function ActivitiesTab() {
  const { t, label, date } = useT();
  const [params, setParams] = useSearchParams();
  const filter = readAntifraudFilter(params);
  const activities = useActivities(filter);
  const items = pagedItems(activities);
  const canRecord = usePermission('antifraud.record');
  const remove = useDeleteActivity();
  const [adding, setAdding] = useState(false);
  const isMobile = useIsMobile();
  return (
    <Flex vertical gap={12}>
      <Flex gap={12} wrap justify="space-between">
        <ListFilters
          filter={filter}
          onChange={(next) => setParams(writeAntifraudFilter(next), { replace: true })}
          allTypesLabel={t('antifraud.allTypes')}
          types={ANTIFRAUD_ACTIVITY_TYPES.map((value) => ({
            value,
            label: label(ANTIFRAUD_ACTIVITY_TYPE_LABELS[value]),
          }))}
        />
        <Flex gap={8}>
          {canRecord ? (
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => setAdding(true)}
              style={isMobile ? { minHeight: 44 } : undefined}
              data-testid="antifraud-activity-add"
            >
              {t('antifraud.addActivity')}
            </Button>
          ) : null}
          <Button
            icon={<DownloadOutlined />}
            href={`${API_BASE}/antifraud/activities/export.xlsx${toQueryString({ ...filter })}`}
          >
            {t('antifraud.export')}
          </Button>
        </Flex>
      </Flex>
      {activities.isError ? <ErrorAlert error={activities.error} /> : null}
      {remove.isError ? <ErrorAlert error={remove.error} /> : null}
      {isMobile ? (
        <Flex vertical gap={10} data-testid="antifraud-activity-cards">
          {items.map((row) => (
            <Card key={row.id} size="small" data-testid="antifraud-activity-row">
              <Flex vertical gap={4}>
                <Flex justify="space-between" gap={8}>
                  <Typography.Text strong>{label(ANTIFRAUD_ACTIVITY_TYPE_LABELS[row.type])}</Typography.Text>
                  <Typography.Text type="secondary">{date(row.day)}</Typography.Text>
                </Flex>
                <Typography.Text>
                  {row.placeName} · {row.venue} · {t('antifraud.audience')} {row.audience}
                </Typography.Text>
                {row.note ? <Typography.Text type="secondary">{row.note}</Typography.Text> : null}
                <ActivityPhotos activity={row} />
              </Flex>
            </Card>
          ))}
        </Flex>
      ) : (
        <Table<AntifraudActivity>
          rowKey="id"
          size="middle"
          loading={isListLoading(activities)}
          dataSource={items}
          pagination={false}
          scroll={{ x: 900 }}
          onRow={rowTestId(() => 'antifraud-activity-row')}
          columns={[
            { title: t('antifraud.day'), key: 'day', width: 130, render: (_, row) => date(row.day) },
            { title: t('antifraud.place'), dataIndex: 'placeName', width: 110 },
            {
              title: t('antifraud.activityType'),
              key: 'type',
              width: 100,
              render: (_, row) => label(ANTIFRAUD_ACTIVITY_TYPE_LABELS[row.type]),
            },
            { title: t('antifraud.venue'), dataIndex: 'venue', width: 140 },
            { title: t('antifraud.audience'), dataIndex: 'audience', width: 80 },
            { title: t('antifraud.note'), key: 'note', render: (_, row) => row.note ?? '' },
            {
              title: t('antifraud.photos'),
              key: 'photos',
              width: 170,
              render: (_, row) => <ActivityPhotos activity={row} />,
            },
            {
              title: '',
              key: 'delete',
              width: 60,
              render: (_, row) =>
                can(row, 'delete') ? (
                  <Popconfirm title={t('antifraud.deleteConfirm')} onConfirm={() => remove.mutate(row.id)}>
                    <Button size="small" danger icon={<DeleteOutlined />} aria-label={t('antifraud.delete')} />
                  </Popconfirm>
                ) : null,
            },
          ]}
        />
      )}
      <LoadMoreButton query={activities} shown={items.length} />
      {adding ? <ActivityModal onClose={() => setAdding(false)} /> : null}
    </Flex>
  );
}
