import type { Duty, Jurisdiction } from '@fengqiao/domain';
import { Alert, Col, Empty, Row, Skeleton } from 'antd';
import { useState } from 'react';
import { usePermission } from '../../../app/auth/use-permission';
import { useT } from '../../../app/i18n/use-t';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { useAssignments, useOrganizations } from '../hooks/use-directory-data';
import { districtTeams, villagesWithoutAuxiliary } from '../lib/district-teams';
import { AssignmentFormModal } from './AssignmentFormModal';
import { DistrictCard } from './DistrictCard';

export function DistrictsPanel({ jurisdictions }: { jurisdictions: Jurisdiction[] }) {
  const { t } = useT();
  const canPickPeople = usePermission('person.read');
  const assignments = useAssignments();
  const posts = useOrganizations('police_post');
  const [assigning, setAssigning] = useState<{ jurisdiction: Jurisdiction; duty: Duty } | null>(null);

  if (assignments.isPending || posts.isPending) return <Skeleton active />;
  if (assignments.isError) return <ErrorAlert error={assignments.error} />;
  if (posts.isError) return <ErrorAlert error={posts.error} />;

  const teams = districtTeams(jurisdictions, assignments.data, posts.data);
  if (teams.length === 0) return <Empty description={t('district.none')} />;
  const towns = new Set(teams.map((team) => team.town?.id));
  const gaps = villagesWithoutAuxiliary(teams);

  return (
    <>
      <Alert
        type={gaps > 0 ? 'warning' : 'info'}
        showIcon
        style={{ marginBottom: 16 }}
        title={t('district.explain')}
        description={gaps > 0 ? t('district.gaps', { n: gaps }) : undefined}
      />
      <Row gutter={[16, 16]}>
        {teams.map((team) => (
          <Col key={team.district.id} xs={24} md={12} xl={8}>
            <DistrictCard
              team={team}
              showTown={towns.size > 1}
              canAssign={canPickPeople}
              onAssign={(jurisdiction, duty) => setAssigning({ jurisdiction, duty })}
            />
          </Col>
        ))}
      </Row>
      {assigning ? (
        <AssignmentFormModal
          jurisdiction={assigning.jurisdiction}
          duty={assigning.duty}
          onClose={() => setAssigning(null)}
        />
      ) : null}
    </>
  );
}
