import { type CalendarDayInput, type HolidayCalendar, shanghaiDate } from '@fengqiao/domain';
import { Alert, Button, DatePicker, Form, Input, Popconfirm, Radio, Select, Table, Tag } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useT } from '../../../app/i18n/use-t';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { ErrorResult } from '../../../ui/ErrorResult';
import { FormModal } from '../../../ui/FormModal';
import { PageHeader } from '../../../ui/PageHeader';
import { useDeleteCalendarDay, useHolidayCalendar, usePutCalendarDay } from '../hooks/use-rotation';

type Day = HolidayCalendar['days'][number];

/** The working-day calendar setting: official holidays and make-up working days per town, edited by the chief. */
export function HolidayCalendarPage() {
  const { t, date } = useT();
  const [year, setYear] = useState(Number(shanghaiDate(new Date()).slice(0, 4)));
  const [editing, setEditing] = useState<Day | 'new' | null>(null);
  const calendar = useHolidayCalendar(year);
  const remove = useDeleteCalendarDay();
  const editable = calendar.data?.actions.includes('edit') ?? false;
  if (calendar.isError) return <ErrorResult error={calendar.error} onRetry={() => void calendar.refetch()} />;
  return (
    <>
      <PageHeader
        title={t('rotation.calendarTitle')}
        extra={
          <>
            <Select
              value={year}
              onChange={setYear}
              options={[year - 1, year, year + 1].map((y) => ({ value: y, label: t('rotation.year', { year: y }) }))}
              style={{ width: 120 }}
            />
            {editable ? (
              <Button type="primary" onClick={() => setEditing('new')} data-testid="calendar-add">
                {t('rotation.addDay')}
              </Button>
            ) : null}
          </>
        }
      />
      <Alert type="info" showIcon title={t('rotation.calendarHint')} style={{ marginBottom: 16 }} />
      <ErrorAlert error={remove.error} />
      <Table<Day>
        rowKey="date"
        size="small"
        loading={calendar.isPending}
        dataSource={calendar.data?.days ?? []}
        pagination={false}
        columns={[
          { title: t('rotation.date'), dataIndex: 'date', render: (value: string) => date(value) },
          {
            title: t('rotation.kind'),
            dataIndex: 'kind',
            render: (kind: Day['kind']) => (
              <Tag color={kind === 'holiday' ? 'red' : 'blue'}>{t(`rotation.kind.${kind}`)}</Tag>
            ),
          },
          { title: t('rotation.dayName'), dataIndex: 'name' },
          ...(editable && calendar.data
            ? [
                {
                  title: t('common.actions'),
                  key: 'actions',
                  render: (_: unknown, day: Day) => (
                    <>
                      <Button type="link" onClick={() => setEditing(day)}>
                        {t('common.edit')}
                      </Button>
                      <Popconfirm
                        title={t('rotation.deleteDayConfirm')}
                        onConfirm={() => remove.mutate({ date: day.date, townId: calendar.data?.townId ?? '' })}
                      >
                        <Button type="link" danger>
                          {t('common.delete')}
                        </Button>
                      </Popconfirm>
                    </>
                  ),
                },
              ]
            : []),
        ]}
      />
      {editing && calendar.data ? (
        <CalendarDayModal
          townId={calendar.data.townId}
          day={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
        />
      ) : null}
    </>
  );
}

function CalendarDayModal({ townId, day, onClose }: { townId: string; day: Day | null; onClose: () => void }) {
  const { t } = useT();
  const [form] = Form.useForm<{ date: Dayjs; kind: CalendarDayInput['kind']; name: string }>();
  const put = usePutCalendarDay();
  return (
    <FormModal
      title={day ? t('common.edit') : t('rotation.addDay')}
      form={form}
      pending={put.isPending}
      error={put.error}
      onClose={onClose}
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={day ? { kind: day.kind, name: day.name } : { kind: 'holiday' }}
        onFinish={(values) =>
          put.mutate(
            {
              date: day?.date ?? values.date.format('YYYY-MM-DD'),
              body: { townId, kind: values.kind, name: values.name },
            },
            { onSuccess: onClose },
          )
        }
      >
        {day ? null : (
          <Form.Item name="date" label={t('rotation.date')} rules={[{ required: true }]}>
            <DatePicker style={{ width: '100%' }} inputReadOnly />
          </Form.Item>
        )}
        <Form.Item name="kind" label={t('rotation.kind')}>
          <Radio.Group
            options={[
              { value: 'holiday', label: t('rotation.kind.holiday') },
              { value: 'workday', label: t('rotation.kind.workday') },
            ]}
          />
        </Form.Item>
        <Form.Item name="name" label={t('rotation.dayName')} rules={[{ required: true, whitespace: true, max: 40 }]}>
          <Input />
        </Form.Item>
      </Form>
    </FormModal>
  );
}
