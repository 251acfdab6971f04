import { ArrowLeftOutlined, EditOutlined } from '@ant-design/icons';
import type { PiiField } from '@fengqiao/domain';
import { Button, Card, Descriptions, Flex, Skeleton } from 'antd';
import { Suspense, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { can } from '../../../app/auth/permissions';
import { usePermission } from '../../../app/auth/use-permission';
import { useT } from '../../../app/i18n/use-t';
import { lazyNamed } from '../../../app/router/lazy-page';
import { MaskedField } from '../../../ui/MaskedField';
import { PageHeader } from '../../../ui/PageHeader';
import { RecordLoadError } from '../../../ui/RecordLoadError';
import { sexLabelKey } from '../../../ui/sex';
import { PersonKindTag } from '../components/PersonKindTag';
import { unmaskPerson, usePerson } from '../hooks/use-people';

// Most visits only read the record; the form and its pickers load when 修改 is pressed.
const PersonFormModal = lazyNamed(() => import('../components/PersonFormModal'), 'PersonFormModal');

export function PersonDetailPage() {
  const { id = '' } = useParams();
  const { t } = useT();
  const navigate = useNavigate();
  const person = usePerson(id);
  const canReadDirectory = usePermission('directory.read');
  const [editing, setEditing] = useState(false);

  if (person.isPending) return <Skeleton active />;
  if (person.isError) return <RecordLoadError error={person.error} onRetry={() => void person.refetch()} />;
  const record = person.data;
  const pii = (field: PiiField) => (
    <MaskedField
      field={field}
      value={record[field]}
      canUnmask={can(record, 'unmask')}
      onUnmask={() => unmaskPerson(record.id, field)}
    />
  );

  return (
    <Flex vertical gap={16}>
      <PageHeader
        title={
          <span data-testid="person-name-title">
            {record.name} <PersonKindTag kind={record.kind} />
          </span>
        }
        extra={
          <>
            <Button icon={<ArrowLeftOutlined />} onClick={() => navigate(-1)}>
              {t('common.back')}
            </Button>
            {can(record, 'update') ? (
              <Button type="primary" icon={<EditOutlined />} onClick={() => setEditing(true)} data-testid="person-edit">
                {t('common.edit')}
              </Button>
            ) : null}
          </>
        }
      />
      <Card size="small">
        <Descriptions
          column={{ xs: 1, sm: 1, md: 2 }}
          size="middle"
          items={[
            {
              key: 'sex',
              label: t('people.sex'),
              children: record.sex ? t(sexLabelKey(record.sex)) : '—',
            },
            { key: 'ethnicity', label: t('people.ethnicity'), children: record.ethnicity ?? '—' },
            {
              key: 'jurisdiction',
              label: t('people.jurisdiction'),
              children: canReadDirectory ? (
                <Link to={`/jurisdictions/${encodeURIComponent(record.jurisdictionId)}`}>
                  {record.jurisdictionName}
                </Link>
              ) : (
                record.jurisdictionName
              ),
            },
            ...(record.kind === 'staff'
              ? [
                  { key: 'title', label: t('people.title'), children: record.title ?? '—' },
                  { key: 'organization', label: t('people.organization'), children: record.organizationName ?? '—' },
                ]
              : []),
            { key: 'idNumber', label: t('people.idNumber'), children: pii('idNumber') },
            { key: 'phone', label: t('people.phone'), children: pii('phone') },
            { key: 'address', label: t('people.address'), children: pii('address') },
          ]}
        />
      </Card>
      {editing ? (
        <Suspense fallback={null}>
          <PersonFormModal person={record} onClose={() => setEditing(false)} />
        </Suspense>
      ) : null}
    </Flex>
  );
}
