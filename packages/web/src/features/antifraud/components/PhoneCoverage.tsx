import {
  ANTIFRAUD_ACTIVITY_TYPE_LABELS,
  ANTIFRAUD_ACTIVITY_TYPES,
  ANTIFRAUD_BASE_MEASURE_LABELS,
  type AntifraudActivityType,
  type AntifraudCoverage,
  type AntifraudCoverageRow,
} from '@fengqiao/domain';
import { App, Button, Card, Flex, Form, Input, InputNumber, Progress, Select, Typography } from 'antd';
import dayjs from 'dayjs';
import { type ReactNode, useState } from 'react';
import { can } from '../../../app/auth/permissions';
import { useT } from '../../../app/i18n/use-t';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { useCreateActivity, useRecordInstalls } from '../hooks/use-antifraud';

/** The main act of a phone card: a full-width 64 px button (field staff tap it with a thumb, gloves on). */
const MAIN = { height: 64, fontSize: 18 } as const;
/** Every other tap target on the phone: at least 44 px. */
const TAP = { minHeight: 44 } as const;
const PHOTO_ACCEPT = '.jpg,.jpeg,.png';

type Panel = 'installs' | 'activity' | null;

/** Today's install count, typed with the number pad and saved: two taps from the card. */
function InstallsPanel({ row, onDone }: { row: AntifraudCoverageRow; onDone: () => void }) {
  const { t, label } = useT();
  const { message } = App.useApp();
  const record = useRecordInstalls();
  const unit = row.measure ? label(ANTIFRAUD_BASE_MEASURE_LABELS[row.measure]) : '';
  return (
    <Form<{ installs: number }>
      layout="vertical"
      initialValues={{ installs: row.installs ?? undefined }}
      onFinish={(values) =>
        record.mutate(
          { villageId: row.villageId, day: dayjs().format('YYYY-MM-DD'), installs: values.installs },
          {
            onSuccess: () => {
              message.success(t('common.saved'));
              onDone();
            },
          },
        )
      }
    >
      <ErrorAlert error={record.error} testId="antifraud-phone-installs-error" />
      <Form.Item
        name="installs"
        label={t('antifraud.phoneInstallsToday', { base: row.base ?? 0, unit })}
        rules={[{ required: true, message: t('antifraud.installsRequired') }]}
      >
        <InputNumber
          min={0}
          precision={0}
          size="large"
          inputMode="numeric"
          autoFocus
          style={{ width: '100%', ...TAP }}
          data-testid="antifraud-phone-installs-input"
        />
      </Form.Item>
      <Button
        type="primary"
        htmlType="submit"
        block
        loading={record.isPending}
        style={MAIN}
        data-testid="antifraud-phone-installs-save"
      >
        {t('common.save')}
      </Button>
    </Form>
  );
}

interface ActivityValues {
  type: AntifraudActivityType;
  venue: string;
  audience: number;
}

/** A publicity activity held today in this village: venue and audience typed, the type preset, photos optional. */
function ActivityPanel({ row, onDone }: { row: AntifraudCoverageRow; onDone: () => void }) {
  const { t, label } = useT();
  const { message } = App.useApp();
  const create = useCreateActivity();
  const [photos, setPhotos] = useState<File[]>([]);
  return (
    <Form<ActivityValues>
      layout="vertical"
      initialValues={{ type: 'campaign' }}
      onFinish={(values) =>
        create.mutate(
          {
            body: {
              jurisdictionId: row.villageId,
              type: values.type,
              venue: values.venue,
              day: dayjs().format('YYYY-MM-DD'),
              audience: values.audience,
            },
            photos,
          },
          {
            onSuccess: ({ photoErrors }) => {
              if (photoErrors > 0) message.warning(t('antifraud.photosFailed', { count: photoErrors }));
              else message.success(t('common.saved'));
              onDone();
            },
          },
        )
      }
    >
      <ErrorAlert error={create.error} testId="antifraud-phone-activity-error" />
      <Form.Item name="type" label={t('antifraud.activityType')} rules={[{ required: true }]}>
        <Select
          size="large"
          style={TAP}
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
        <Input size="large" maxLength={200} style={TAP} data-testid="antifraud-phone-activity-venue" />
      </Form.Item>
      <Form.Item
        name="audience"
        label={t('antifraud.audience')}
        rules={[{ required: true, message: t('antifraud.audienceRequired') }]}
      >
        <InputNumber
          min={0}
          precision={0}
          size="large"
          inputMode="numeric"
          style={{ width: '100%', ...TAP }}
          data-testid="antifraud-phone-activity-audience"
        />
      </Form.Item>
      <Form.Item label={t('antifraud.photos')}>
        <input
          type="file"
          accept={PHOTO_ACCEPT}
          multiple
          style={TAP}
          onChange={(event) => setPhotos([...(event.target.files ?? [])])}
          data-testid="antifraud-phone-activity-photos"
        />
      </Form.Item>
      <Button
        type="primary"
        htmlType="submit"
        block
        loading={create.isPending}
        style={MAIN}
        data-testid="antifraud-phone-activity-save"
      >
        {t('common.save')}
      </Button>
    </Form>
  );
}

/** One village as a card: its coverage, and for the village's own officer the two acts as big buttons. */
function VillageCard({
  row,
  change,
  onSetBase,
}: {
  row: AntifraudCoverageRow;
  change: ReactNode;
  onSetBase: () => void;
}) {
  const { t, label, date } = useT();
  const [panel, setPanel] = useState<Panel>(null);
  const recordable = can(row, 'record');
  const toggle = (next: Panel) => setPanel((current) => (current === next ? null : next));
  return (
    <Card size="small" data-testid="antifraud-phone-card">
      <Flex vertical gap={8}>
        <Flex justify="space-between" align="baseline" gap={8}>
          <Typography.Text strong style={{ fontSize: 16 }}>
            {row.villageName}
          </Typography.Text>
          {change}
        </Flex>
        {row.percent === null ? (
          <Typography.Text type="secondary">{t('antifraud.phoneNoBase')}</Typography.Text>
        ) : (
          <Progress percent={row.percent} format={(value) => `${(value ?? 0).toFixed(1)}%`} />
        )}
        <Typography.Text type="secondary">
          {row.installs ?? '—'} / {row.base ?? '—'}
          {row.measure ? ` ${label(ANTIFRAUD_BASE_MEASURE_LABELS[row.measure])}` : ''}
          {row.installsDay ? ` · ${date(row.installsDay)}` : ''}
        </Typography.Text>
        {recordable && row.base !== null ? (
          <>
            <Button
              type={panel === 'installs' ? 'default' : 'primary'}
              block
              style={MAIN}
              onClick={() => toggle('installs')}
              data-testid="antifraud-phone-installs"
            >
              {t('antifraud.recordInstalls')}
            </Button>
            {panel === 'installs' ? <InstallsPanel row={row} onDone={() => setPanel(null)} /> : null}
            <Button
              type={panel === 'activity' ? 'default' : 'primary'}
              block
              style={MAIN}
              onClick={() => toggle('activity')}
              data-testid="antifraud-phone-activity"
            >
              {t('antifraud.addActivity')}
            </Button>
            {panel === 'activity' ? <ActivityPanel row={row} onDone={() => setPanel(null)} /> : null}
          </>
        ) : null}
        {recordable ? (
          <Button block style={TAP} onClick={onSetBase} data-testid="antifraud-phone-set-base">
            {t('antifraud.setBase')}
          </Button>
        ) : null}
      </Flex>
    </Card>
  );
}

/**
 * The coverage on a phone: a card per village instead of the wide table, the villages the caller records for first,
 * each with 登记安装数 and 登记宣传活动 as 64 px buttons that open their form in place (tap, type, 保存).
 */
export function PhoneCoverage({
  coverage,
  changeOf,
  onSetBase,
}: {
  coverage: AntifraudCoverage;
  changeOf: (row: AntifraudCoverageRow) => ReactNode;
  onSetBase: (row: AntifraudCoverageRow) => void;
}) {
  const own = coverage.villages.filter((row) => can(row, 'record'));
  const others = coverage.villages.filter((row) => !can(row, 'record'));
  return (
    <Flex vertical gap={10} data-testid="antifraud-phone-coverage">
      {[...own, ...others].map((row) => (
        <VillageCard key={row.villageId} row={row} change={changeOf(row)} onSetBase={() => onSetBase(row)} />
      ))}
    </Flex>
  );
}
