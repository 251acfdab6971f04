import type { ImportRowError } from '@fengqiao/domain';
import { Table } from 'antd';
import { useT } from '../../../app/i18n/use-t';
import { LoadMoreButton } from '../../../ui/LoadMoreButton';
import { useLocalPaging } from '../../../ui/local-paging';

/** Every rejected row at once, so the clerk fixes the spreadsheet in one pass instead of one error per upload. */
export function ImportErrorsTable({ rows }: { rows: ImportRowError[] }) {
  const { t, lang } = useT();
  const { shown, query } = useLocalPaging(rows, 20);
  return (
    <div data-testid="import-errors">
      <Table<ImportRowError>
        size="small"
        rowKey={(row) => `${row.row}:${row.column ?? ''}:${row.reason}`}
        dataSource={shown}
        pagination={false}
        columns={[
          { title: t('import.row'), dataIndex: 'row', key: 'row', width: 80 },
          {
            title: t('import.column'),
            dataIndex: 'column',
            key: 'column',
            width: 140,
            render: (c: string | null) => c ?? '—',
          },
          {
            title: t('import.reason'),
            key: 'reason',
            render: (_v, row) => (lang === 'zh' ? row.reasonZh || row.reason : row.reason),
          },
        ]}
      />
      <LoadMoreButton query={query} shown={shown.length} />
    </div>
  );
}
