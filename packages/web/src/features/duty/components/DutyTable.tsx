import { DUTY_TYPE_LABELS, type DutyLog } from '@fengqiao/domain';
import { Table } from 'antd';
import { useT } from '../../../app/i18n/use-t';
import { rowTestId } from '../../../ui/row-test-id';
import { DutyLinks } from './DutyLinks';
import { DutyPhotos } from './DutyPhotos';

/** Entries on a desktop, for officers and the chief: one row per duty, newest first as the server sends them. */
export function DutyTable({ entries, loading }: { entries: DutyLog[]; loading: boolean }) {
  const { t, label, dateTime } = useT();
  return (
    <Table<DutyLog>
      rowKey="id"
      size="middle"
      loading={loading}
      dataSource={entries}
      pagination={false}
      onRow={rowTestId(() => 'duty-row')}
      columns={[
        { title: t('duty.time'), key: 'time', width: 170, render: (_, entry) => dateTime(entry.occurredAt) },
        { title: t('duty.type'), key: 'type', width: 130, render: (_, entry) => label(DUTY_TYPE_LABELS[entry.type]) },
        { title: t('duty.village'), dataIndex: 'villageName', width: 120 },
        { title: t('duty.officer'), dataIndex: 'officerName', width: 110 },
        {
          title: t('duty.details'),
          key: 'note',
          render: (_, entry) => [entry.place, entry.note].filter(Boolean).join(' · '),
        },
        { title: t('duty.links'), key: 'links', width: 200, render: (_, entry) => <DutyLinks links={entry.links} /> },
        { title: t('duty.photos'), key: 'photos', width: 200, render: (_, entry) => <DutyPhotos entry={entry} /> },
      ]}
    />
  );
}
