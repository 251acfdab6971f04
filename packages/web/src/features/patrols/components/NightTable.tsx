import { Button, Table, Tag } from 'antd';
import { useT } from '../../../app/i18n/use-t';
import { rowTestId } from '../../../ui/row-test-id';
import type { NightRow } from '../lib/night-rows';
import { FindingTags } from './FindingTags';
import { NightDetail } from './NightDetail';

interface Props {
  nights: NightRow[];
  loading: boolean;
  onWriteLog: (night: NightRow) => void;
}

/** The patrol log on a desktop: one row per team and night; a row opens to its check-ins and findings. */
export function NightTable({ nights, loading, onWriteLog }: Props) {
  const { t, date } = useT();
  return (
    <Table<NightRow>
      rowKey="shiftId"
      size="middle"
      loading={loading}
      dataSource={nights}
      pagination={false}
      onRow={rowTestId(() => 'patrol-night-row')}
      expandable={{
        expandedRowRender: (night) => <NightDetail shiftId={night.shiftId} />,
        expandRowByClick: true,
      }}
      columns={[
        { title: t('patrols.night'), key: 'day', width: 160, render: (_, night) => date(night.day) },
        { title: t('patrols.team'), dataIndex: 'teamName', width: 180 },
        { title: t('patrols.checkInCount'), dataIndex: 'checkInCount', width: 90, align: 'right' },
        {
          title: t('patrols.logState'),
          key: 'log',
          width: 110,
          render: (_, night) =>
            night.logWritten ? (
              <Tag color="green">{t('patrols.logWritten')}</Tag>
            ) : (
              <Tag>{t('patrols.logMissing')}</Tag>
            ),
        },
        {
          title: t('patrols.findings'),
          key: 'findings',
          render: (_, night) => (night.findings ? <FindingTags findings={night.findings} /> : null),
        },
        {
          title: t('common.actions'),
          key: 'actions',
          width: 120,
          render: (_, night) =>
            night.mayLog ? (
              <Button
                size="small"
                onClick={(event) => {
                  event.stopPropagation();
                  onWriteLog(night);
                }}
                data-testid="patrol-write-log"
              >
                {t('patrols.writeLog')}
              </Button>
            ) : null,
        },
      ]}
    />
  );
}
