import { DownloadOutlined } from '@ant-design/icons';
import type { KeyPerson } from '@fengqiao/domain';
import { Button, Card, Flex, Table, Typography } from 'antd';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useT } from '../../../app/i18n/use-t';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { LoadMoreButton } from '../../../ui/LoadMoreButton';
import { PageHeader } from '../../../ui/PageHeader';
import { isListLoading, pagedItems } from '../../../ui/paged-list';
import { useIsMobile } from '../../../ui/use-is-mobile';
import { KeyPersonFilters } from '../components/KeyPersonFilters';
import { CategoryTag, LevelTag, VisitTag } from '../components/KeyPersonTags';
import { keyPersonsExportUrl, useKeyPersons } from '../hooks/use-key-persons';
import { readKeyPersonFilter, writeKeyPersonFilter } from '../lib/key-person-filter';

/**
 * Key persons the caller may see, the most urgent visit first: a table on a desktop, cards with a big 走访 button on a
 * phone (list → 走访 → the way of contact: two taps to log a visit). The server leaves out every record of a group the
 * caller may not read, so the page needs no check of its own.
 */
export function KeyPersonsPage() {
  const { t, date } = useT();
  const isMobile = useIsMobile();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const filter = readKeyPersonFilter(params);
  const list = useKeyPersons(filter);
  const items = pagedItems(list);

  return (
    <>
      <PageHeader
        title={t('keyPersons.title')}
        extra={
          <Button icon={<DownloadOutlined />} href={keyPersonsExportUrl(filter)} data-testid="kp-export">
            {t('keyPersons.export')}
          </Button>
        }
      />
      <KeyPersonFilters filter={filter} onChange={(next) => setParams(writeKeyPersonFilter(next), { replace: true })} />
      {list.isError ? <ErrorAlert error={list.error} /> : null}
      {isMobile ? (
        <Flex vertical gap={12} data-testid="kp-cards">
          {items.map((record) => (
            <Card key={record.id} size="small" data-testid={`kp-card-${record.id}`}>
              <Flex justify="space-between" align="center" gap={8}>
                <Link to={`/key-persons/${record.id}`} style={{ fontSize: 18, minHeight: 44, lineHeight: '44px' }}>
                  {record.name}
                </Link>
                <VisitTag record={record} />
              </Flex>
              <Flex wrap gap={4} style={{ margin: '4px 0 8px' }}>
                <CategoryTag record={record} />
                <LevelTag level={record.level} />
                <Typography.Text type="secondary">{record.villageName}</Typography.Text>
              </Flex>
              {record.actions.includes('visit') ? (
                <Button
                  type="primary"
                  block
                  onClick={() => navigate(`/key-persons/${record.id}/visit`)}
                  style={{ height: 56, fontSize: 20, borderRadius: 12 }}
                  data-testid={`kp-visit-${record.id}`}
                >
                  {t('keyPersons.visit')}
                </Button>
              ) : null}
            </Card>
          ))}
          {list.isSuccess && items.length === 0 ? (
            <Typography.Text type="secondary">{t('keyPersons.empty')}</Typography.Text>
          ) : null}
        </Flex>
      ) : (
        <Table<KeyPerson>
          rowKey="id"
          data-testid="kp-table"
          loading={isListLoading(list)}
          dataSource={items}
          pagination={false}
          locale={{ emptyText: t('keyPersons.empty') }}
          columns={[
            {
              title: t('keyPersons.name'),
              key: 'name',
              render: (_, record) => <Link to={`/key-persons/${record.id}`}>{record.name}</Link>,
            },
            { title: t('keyPersons.village'), dataIndex: 'villageName' },
            {
              title: t('keyPersons.category'),
              key: 'category',
              render: (_, record) => <CategoryTag record={record} />,
            },
            { title: t('keyPersons.level'), key: 'level', render: (_, record) => <LevelTag level={record.level} /> },
            { title: t('keyPersons.officer'), key: 'officer', render: (_, record) => record.responsibleOfficer?.name },
            { title: t('keyPersons.lastVisit'), key: 'last', render: (_, record) => date(record.lastVisitOn) },
            { title: t('keyPersons.nextVisit'), key: 'next', render: (_, record) => date(record.nextVisitDue) },
            { title: t('keyPersons.visitStatus'), key: 'visit', render: (_, record) => <VisitTag record={record} /> },
          ]}
        />
      )}
      <LoadMoreButton query={list} shown={items.length} />
    </>
  );
}
