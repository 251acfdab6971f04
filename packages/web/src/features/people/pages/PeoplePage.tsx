import { PlusOutlined } from '@ant-design/icons';
import { Button, Flex } from 'antd';
import { Suspense, useState } from 'react';
import { useSearchParams } from 'react-router';
import { usePermission } from '../../../app/auth/use-permission';
import { useT } from '../../../app/i18n/use-t';
import { lazyNamed } from '../../../app/router/lazy-page';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { LoadMoreButton } from '../../../ui/LoadMoreButton';
import { PageHeader } from '../../../ui/PageHeader';
import { isListLoading, pagedItems } from '../../../ui/paged-list';
import { useIsMobile } from '../../../ui/use-is-mobile';
import { PeopleFilters } from '../components/PeopleFilters';
import { PersonCards } from '../components/PersonCards';
import { usePeople } from '../hooks/use-people';
import { readPeopleFilter, writePeopleFilter } from '../people-filter-params';

// The wide table, the import panel and the form are split off: a phone showing cards needs none of them
// until the user asks.
const PersonTable = lazyNamed(() => import('../components/PersonTable'), 'PersonTable');
const ImportPanel = lazyNamed(() => import('../../imports/components/ImportPanel'), 'ImportPanel');
const PersonFormModal = lazyNamed(() => import('../components/PersonFormModal'), 'PersonFormModal');

export function PeoplePage() {
  const { t } = useT();
  const isMobile = useIsMobile();
  const [params, setParams] = useSearchParams();
  const filter = readPeopleFilter(params);
  const canManage = usePermission('person.manage');
  const canReadDirectory = usePermission('directory.read');
  const people = usePeople(filter);
  const [adding, setAdding] = useState(false);
  const items = pagedItems(people);

  return (
    <>
      <PageHeader
        title={t('nav.people')}
        extra={
          canManage ? (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setAdding(true)} data-testid="person-add">
              {t('people.add')}
            </Button>
          ) : null
        }
      />
      <PeopleFilters
        filter={filter}
        onChange={(next) => setParams(writePeopleFilter(next), { replace: true })}
        showJurisdiction={canReadDirectory}
        autoFocusSearch={params.get('focus') === 'search'}
      />
      {people.isError ? <ErrorAlert error={people.error} /> : null}
      {isMobile ? (
        <div data-testid="people-cards">
          <PersonCards people={items} />
        </div>
      ) : (
        <div data-testid="people-table">
          <Suspense fallback={null}>
            <PersonTable people={items} loading={isListLoading(people)} />
          </Suspense>
        </div>
      )}
      <LoadMoreButton query={people} shown={items.length} />
      {canManage && !isMobile ? (
        <Flex style={{ marginTop: 16 }}>
          <Suspense fallback={null}>
            <ImportPanel kind="people" />
          </Suspense>
        </Flex>
      ) : null}
      {adding ? (
        <Suspense fallback={null}>
          <PersonFormModal
            {...(filter.jurisdictionId ? { defaultJurisdictionId: filter.jurisdictionId } : {})}
            onClose={() => setAdding(false)}
          />
        </Suspense>
      ) : null}
    </>
  );
}
