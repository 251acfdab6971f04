import type { Person } from '@fengqiao/domain';
import { Table } from 'antd';
import { Link } from 'react-router';
import { useT } from '../../../app/i18n/use-t';
import { rowTestId } from '../../../ui/row-test-id';
import { sexLabelKey } from '../../../ui/sex';
import { PersonKindTag } from './PersonKindTag';

const rowProps = rowTestId((person: Person) => `person-row-${person.id}`);
const masked = (value: string | null) => <span style={{ fontFamily: 'monospace' }}>{value ?? '—'}</span>;

export function PersonTable({ people, loading }: { people: Person[]; loading: boolean }) {
  const { t } = useT();
  return (
    <Table<Person>
      rowKey="id"
      loading={loading}
      dataSource={people}
      pagination={false}
      onRow={rowProps}
      scroll={{ x: 960 }}
      columns={[
        {
          title: t('people.name'),
          key: 'name',
          fixed: 'left',
          width: 120,
          render: (_v, person) => <Link to={`/people/${encodeURIComponent(person.id)}`}>{person.name}</Link>,
        },
        {
          title: t('people.sex'),
          key: 'sex',
          width: 70,
          render: (_v, person) => (person.sex ? t(sexLabelKey(person.sex)) : ''),
        },
        {
          title: t('people.kind'),
          key: 'kind',
          width: 100,
          render: (_v, person) => <PersonKindTag kind={person.kind} />,
        },
        { title: t('people.jurisdiction'), dataIndex: 'jurisdictionName', key: 'jurisdictionName' },
        {
          title: t('people.titleOrg'),
          key: 'title',
          render: (_v, person) => [person.title, person.organizationName].filter(Boolean).join(' · '),
        },
        { title: t('people.idNumber'), dataIndex: 'idNumber', key: 'idNumber', width: 200, render: masked },
        { title: t('people.phone'), dataIndex: 'phone', key: 'phone', width: 140, render: masked },
      ]}
    />
  );
}
