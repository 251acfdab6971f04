import { ArrowLeftOutlined } from '@ant-design/icons';
import { Button, Flex, Skeleton } from 'antd';
import { useNavigate, useParams } from 'react-router';
import { useT } from '../../../app/i18n/use-t';
import { RecordLoadError } from '../../../ui/RecordLoadError';
import { useIsMobile } from '../../../ui/use-is-mobile';
import { FieldSteps } from '../components/FieldSteps';
import { IncidentActionButtons } from '../components/IncidentActionButtons';
import { IncidentHeader } from '../components/IncidentHeader';
import { IncidentParties } from '../components/IncidentParties';
import { IncidentTimeline } from '../components/IncidentTimeline';
import { useIncident } from '../hooks/use-incidents';
import { FIELD_STEP_ACTIONS } from '../lib/incident-actions';

/**
 * One incident: header with arrival against target, the steps the server allows (on a phone the field steps come
 * first as big buttons), the parties masked, and the timeline.
 */
export function IncidentDetailPage() {
  const { id = '' } = useParams();
  const { t } = useT();
  const navigate = useNavigate();
  const isMobile = useIsMobile();
  const incident = useIncident(id);

  if (incident.isPending) return <Skeleton active />;
  if (incident.isError) return <RecordLoadError error={incident.error} onRetry={() => void incident.refetch()} />;
  const record = incident.data;

  return (
    <Flex vertical gap={16} style={{ maxWidth: 1100 }}>
      <Flex>
        <Button icon={<ArrowLeftOutlined />} onClick={() => navigate(-1)}>
          {t('common.back')}
        </Button>
      </Flex>
      <IncidentHeader incident={record} />
      {isMobile ? <FieldSteps incident={record} /> : null}
      <IncidentActionButtons incident={record} exclude={isMobile ? FIELD_STEP_ACTIONS : []} />
      <IncidentParties incident={record} />
      <IncidentTimeline entries={record.timeline} />
    </Flex>
  );
}
