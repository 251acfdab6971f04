import { PlusOutlined } from '@ant-design/icons';
import { DUTY_LABELS, type Duty, type Jurisdiction } from '@fengqiao/domain';
import { Button, Card, Descriptions, Skeleton } from 'antd';
import { useState } from 'react';
import { can } from '../../../app/auth/permissions';
import { usePermission } from '../../../app/auth/use-permission';
import { useT } from '../../../app/i18n/use-t';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { useAssignments } from '../hooks/use-directory-data';
import { DUTIES_BY_LEVEL } from '../lib/duty-levels';
import { AssigneeTags } from './AssigneeTags';
import { AssignmentFormModal } from './AssignmentFormModal';

/** Who is responsible for this place, duty by duty. */
export function AssignmentsCard({ jurisdiction }: { jurisdiction: Jurisdiction }) {
  const { t, label } = useT();
  const canPickPeople = usePermission('person.read');
  const assignments = useAssignments({ jurisdictionId: jurisdiction.id });
  const [adding, setAdding] = useState<Duty | null>(null);
  const duties = DUTIES_BY_LEVEL[jurisdiction.level];
  const items = assignments.data ?? [];
  const shownDuties = [...new Set<Duty>([...duties, ...items.map((a) => a.duty)])];
  if (shownDuties.length === 0) return null;
  const canAssign = canPickPeople && can(jurisdiction, 'update') && duties.length > 0;

  return (
    <Card
      size="small"
      title={t('assignment.title')}
      extra={
        canAssign ? (
          <Button icon={<PlusOutlined />} onClick={() => setAdding(duties[0] ?? null)} data-testid="assignment-add">
            {t('assignment.add')}
          </Button>
        ) : null
      }
    >
      {assignments.isPending ? <Skeleton active paragraph={{ rows: 2 }} /> : null}
      {assignments.isError ? <ErrorAlert error={assignments.error} /> : null}
      {assignments.isSuccess ? (
        <Descriptions
          column={1}
          size="small"
          items={shownDuties.map((duty) => ({
            key: duty,
            label: label(DUTY_LABELS[duty]),
            children: (
              <AssigneeTags assignments={items.filter((a) => a.duty === duty)} emptyText={t('assignment.nobody')} />
            ),
          }))}
        />
      ) : null}
      {adding ? (
        <AssignmentFormModal jurisdiction={jurisdiction} duty={adding} onClose={() => setAdding(null)} />
      ) : null}
    </Card>
  );
}
