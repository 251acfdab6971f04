import { PlusOutlined } from '@ant-design/icons';
import type { Duty, Jurisdiction } from '@fengqiao/domain';
import { Button, Card, Descriptions, Flex, Typography } from 'antd';
import { Link } from 'react-router';
import { can } from '../../../app/auth/permissions';
import { useT } from '../../../app/i18n/use-t';
import type { DistrictTeam } from '../lib/district-teams';
import { AssigneeTags } from './AssigneeTags';

interface Props {
  team: DistrictTeam;
  showTown: boolean;
  /** Offered only when the user could also pick a person (needs person.read as well as the record's update). */
  canAssign: boolean;
  onAssign: (jurisdiction: Jurisdiction, duty: Duty) => void;
}

/** A 片区 with its "1+1+N": one police post, one responsible officer, an auxiliary officer in every village. */
export function DistrictCard({ team, showTown, canAssign, onAssign }: Props) {
  const { t } = useT();
  const addButton = (jurisdiction: Jurisdiction, duty: Duty) =>
    canAssign && can(jurisdiction, 'update') ? (
      <Button
        size="small"
        type="dashed"
        icon={<PlusOutlined />}
        onClick={() => onAssign(jurisdiction, duty)}
        aria-label={t('assignment.add')}
      />
    ) : null;

  return (
    <Card
      size="small"
      data-testid={`district-card-${team.district.code ?? team.district.id}`}
      title={
        <Link to={`/jurisdictions/${encodeURIComponent(team.district.id)}`}>
          {team.district.name}
          {showTown && team.town ? <Typography.Text type="secondary"> · {team.town.name}</Typography.Text> : null}
        </Link>
      }
    >
      <Descriptions
        column={1}
        size="small"
        items={[
          {
            key: 'post',
            label: t('district.post'),
            children: (
              <Flex vertical gap={4}>
                <span>
                  {team.posts.length > 0 ? team.posts.map((post) => post.name).join('、') : t('district.noPost')}
                </span>
                {team.postHeads.length > 0 ? <AssigneeTags assignments={team.postHeads} emptyText="" /> : null}
              </Flex>
            ),
          },
          {
            key: 'officer',
            label: t('district.officer'),
            children: (
              <Flex gap={4} wrap align="center">
                <AssigneeTags assignments={team.officers} emptyText={t('district.noOfficer')} />
                {addButton(team.district, 'district_officer')}
              </Flex>
            ),
          },
        ]}
      />
      <Typography.Text strong style={{ display: 'block', margin: '8px 0 4px' }}>
        {t('district.auxiliaries', { n: team.villages.length })}
      </Typography.Text>
      <Flex vertical gap={6}>
        {team.villages.map(({ village, auxiliaries }) => (
          <Flex key={village.id} gap={8} align="center" wrap>
            <Link to={`/jurisdictions/${encodeURIComponent(village.id)}`} style={{ minWidth: 84 }}>
              {village.name}
            </Link>
            <AssigneeTags assignments={auxiliaries} emptyText={t('district.noAuxiliary')} />
            {addButton(village, 'village_auxiliary')}
          </Flex>
        ))}
      </Flex>
    </Card>
  );
}
