import { PlusOutlined } from '@ant-design/icons';
import { incidentListQuerySchema } from '@fengqiao/domain';
import { App, Button } from 'antd';
import { Suspense, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { useCurrentUser } from '../../../app/auth/current-user-context';
import { usePermission } from '../../../app/auth/use-permission';
import { useT } from '../../../app/i18n/use-t';
import { lazyNamed } from '../../../app/router/lazy-page';
import { villageGrants } from '../../../mobile/my-village';
import { readDrillQuery, withDrillQuery } from '../../../ui/drill-query';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { LoadMoreButton } from '../../../ui/LoadMoreButton';
import { PageHeader } from '../../../ui/PageHeader';
import { pagedItems } from '../../../ui/paged-list';
import { useIsMobile } from '../../../ui/use-is-mobile';
import { IncidentCards } from '../components/IncidentCards';
import { IncidentFilterTags } from '../components/IncidentFilterTags';
import { RecordIncidentModal } from '../components/RecordIncidentModal';
import { useIncidentNotices } from '../hooks/use-incident-notices';
import { useIncidents } from '../hooks/use-incidents';
import { INCIDENT_FILTER_KEYS, readIncidentFilter, writeIncidentFilter } from '../lib/incident-filter';

// The desk's table and filters are for desktops; a village phone showing cards never downloads them.
const IncidentTable = lazyNamed(() => import('../components/IncidentTable'), 'IncidentTable');
const IncidentFilters = lazyNamed(() => import('../components/IncidentFilters'), 'IncidentFilters');

/**
 * The incident desk on a desktop (filters, the live table, 接警登记) and the village's incidents on a phone (big
 * cards with the next field step). Both refresh when the WebSocket pushes an incident, and announce it silently.
 */
export function IncidentsPage() {
  const { t } = useT();
  const isMobile = useIsMobile();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const me = useCurrentUser();
  const [params, setParams] = useSearchParams();
  const filter = readIncidentFilter(params);
  // A dashboard number's link may name conditions the desk's filters do not offer (a period, an hour): kept too.
  const drill = readDrillQuery(params, incidentListQuerySchema.shape, INCIDENT_FILTER_KEYS);
  const canCreate = usePermission('incident.create');
  const [recording, setRecording] = useState(false);
  const incidents = useIncidents(filter, { drill });
  const items = pagedItems(incidents);
  useIncidentNotices();
  const defaultVillageId = villageGrants(me.roles)[0]?.jurisdictionId;

  return (
    <>
      <PageHeader
        title={isMobile ? t('incidents.villageTitle') : t('incidents.deskTitle')}
        extra={
          canCreate ? (
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => setRecording(true)}
              data-testid="incident-add"
            >
              {t('incidents.record')}
            </Button>
          ) : null
        }
      />
      {isMobile ? null : (
        <Suspense fallback={null}>
          <IncidentFilters
            filter={filter}
            onChange={(next) => setParams(withDrillQuery(writeIncidentFilter(next), drill), { replace: true })}
          />
        </Suspense>
      )}
      {/* Only a filtered list has tags, so an unfiltered phone list loads no class or place names for them. */}
      {params.size > 0 ? (
        <IncidentFilterTags params={params} onChange={(next) => setParams(next, { replace: true })} />
      ) : null}
      {incidents.isError ? <ErrorAlert error={incidents.error} /> : null}
      {isMobile ? (
        <div data-testid="incident-cards">
          <IncidentCards incidents={items} />
        </div>
      ) : (
        <div data-testid="incident-table">
          <Suspense fallback={null}>
            {/* A push refetches the list in the background: only a first page or a new filter dims the table. */}
            <IncidentTable incidents={items} loading={incidents.isPending || incidents.isPlaceholderData} />
          </Suspense>
        </div>
      )}
      <LoadMoreButton query={incidents} shown={items.length} />
      {recording ? (
        <RecordIncidentModal
          {...(defaultVillageId ? { defaultVillageId } : {})}
          onClose={() => setRecording(false)}
          onRecorded={(saved) => {
            setRecording(false);
            message.success(t('incidents.recorded', { number: saved.number }));
            navigate(`/incidents/${encodeURIComponent(saved.id)}`);
          }}
        />
      ) : null}
    </>
  );
}
