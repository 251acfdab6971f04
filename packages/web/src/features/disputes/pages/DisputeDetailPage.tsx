import { ArrowLeftOutlined } from '@ant-design/icons';
import { Button, Flex, Skeleton } from 'antd';
import { Suspense, useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { can } from '../../../app/auth/permissions';
import { useT } from '../../../app/i18n/use-t';
import { lazyNamed } from '../../../app/router/lazy-page';
import { RecordLoadError } from '../../../ui/RecordLoadError';
import { useOrganizations } from '../../jurisdictions/hooks/use-directory-data';
import { ActionButtons } from '../components/ActionButtons';
import { DisputeHeader } from '../components/DisputeHeader';
import { PartiesCard } from '../components/PartiesCard';
import { PartyEditModal } from '../components/PartyEditModal';
import { TaskforceCard } from '../components/TaskforceCard';
import { TimelineCard } from '../components/TimelineCard';
import { useDispute } from '../hooks/use-disputes';
import type { PartyField } from '../lib/party-form';

// Sessions, agreements and visits are below the fold and heavy (date pickers, the agreement editor): a phone
// escalating a case does not wait for them.
const MediationSection = lazyNamed(() => import('../components/MediationSection'), 'MediationSection');
const AttachmentsCard = lazyNamed(() => import('../components/AttachmentsCard'), 'AttachmentsCard');

export function DisputeDetailPage() {
  const { id = '' } = useParams();
  const { t } = useT();
  const navigate = useNavigate();
  const dispute = useDispute(id);
  const organizations = useOrganizations();
  const orgName = (orgId: string) => organizations.data?.find((org) => org.id === orgId)?.name ?? orgId;
  // One party dialog for the page: the parties card opens it, and so does an agreement's checklist (on a field).
  const [editingParty, setEditingParty] = useState<{ partyId: string; field?: PartyField } | null>(null);

  if (dispute.isPending) return <Skeleton active />;
  if (dispute.isError) return <RecordLoadError error={dispute.error} onRetry={() => void dispute.refetch()} />;
  const record = dispute.data;
  const party = record.parties.find((p) => p.id === editingParty?.partyId);

  return (
    <Flex vertical gap={16} style={{ maxWidth: 1100 }}>
      <Flex>
        <Button icon={<ArrowLeftOutlined />} onClick={() => navigate(-1)}>
          {t('common.back')}
        </Button>
      </Flex>
      <DisputeHeader dispute={record} />
      <ActionButtons dispute={record} />
      <PartiesCard dispute={record} onEdit={(partyId) => setEditingParty({ partyId })} />
      <TaskforceCard members={record.taskforce} />
      <TimelineCard entries={record.timeline} departmentName={orgName} />
      <Suspense fallback={<Skeleton active />}>
        <MediationSection dispute={record} onEditParty={(partyId, field) => setEditingParty({ partyId, field })} />
        <AttachmentsCard disputeId={record.id} editable={can(record, 'edit')} />
      </Suspense>
      {party ? (
        <PartyEditModal
          dispute={record}
          party={party}
          {...(editingParty?.field ? { focus: editingParty.field } : {})}
          onClose={() => setEditingParty(null)}
        />
      ) : null}
    </Flex>
  );
}
