import {
  AlertOutlined,
  ApartmentOutlined,
  BellOutlined,
  CarryOutOutlined,
  EditOutlined,
  FormOutlined,
  HomeOutlined,
  SafetyOutlined,
  ScheduleOutlined,
  SearchOutlined,
  SettingOutlined,
  SolutionOutlined,
  TeamOutlined,
  TrophyOutlined,
  WarningOutlined,
} from '@ant-design/icons';
import { Flex, Typography } from 'antd';
import { useCurrentUser } from '../app/auth/current-user-context';
import { hasPermission } from '../app/auth/permissions';
import { useT } from '../app/i18n/use-t';
import { TodayPanel } from '../features/home/components/TodayPanel';
import { useJurisdictions } from '../features/jurisdictions/hooks/use-jurisdictions';
import { RoleTags } from '../ui/RoleTags';
import { BigButton } from './BigButton';
import { villageGrants } from './my-village';

/** The phone home for village-level users: today's to-dos first, then a few big buttons for the jobs they do. */
export function MobileHome() {
  const me = useCurrentUser();
  const { t } = useT();
  const canReadDirectory = hasPermission(me, 'directory.read');
  const canReadPeople = hasPermission(me, 'person.read');
  const canRegisterDispute = hasPermission(me, 'dispute.create');
  const canReadDisputes = hasPermission(me, 'dispute.read');
  const canLogDuty = hasPermission(me, 'duty.log');
  const canReadDuty = hasPermission(me, 'duty.read');
  const canReadAssessment = hasPermission(me, 'assessment.read');
  const canReadIncidents = hasPermission(me, 'incident.read');
  const canReportHazard = hasPermission(me, 'hazard.report');
  const canVisitKeyPersons = hasPermission(me, 'keyperson.visit') && hasPermission(me, 'keyperson.read_governance');
  const jurisdictions = useJurisdictions(canReadDirectory);
  const levels = new Map((jurisdictions.data ?? []).map((j) => [j.id, j.level]));
  const villages = villageGrants(me.roles, (id) => levels.get(id));

  return (
    <Flex vertical gap={16} data-testid="mobile-home">
      <div>
        <Typography.Title level={3} style={{ marginBottom: 4 }}>
          {t('home.hello', { name: me.displayName })}
        </Typography.Title>
        <RoleTags roles={me.roles} />
      </div>
      <TodayPanel phone />
      {canLogDuty ? (
        <BigButton to="/duty/new" icon={<EditOutlined />} testId="home-duty-log">
          {t('home.dutyLog')}
        </BigButton>
      ) : null}
      {canReportHazard ? (
        <BigButton to="/hazards/new" icon={<WarningOutlined />} testId="home-hazard-report">
          {t('hazards.report')}
        </BigButton>
      ) : null}
      {canRegisterDispute ? (
        <BigButton to="/disputes/new" icon={<FormOutlined />} testId="dispute-register">
          {t('disputes.register')}
        </BigButton>
      ) : null}
      {canReadIncidents ? (
        <BigButton to="/incidents" icon={<AlertOutlined />} testId="home-incidents">
          {t('home.incidents')}
        </BigButton>
      ) : null}
      {canReadDisputes ? (
        <BigButton to="/disputes" icon={<SolutionOutlined />} testId="home-disputes">
          {t('home.myDisputes')}
        </BigButton>
      ) : null}
      {/* Anyone may own a task, whatever their role, so the button does not hang on task.read. */}
      <BigButton to="/tasks?mine=true&open=true" icon={<ScheduleOutlined />} testId="home-my-tasks">
        {t('home.myTasks')}
      </BigButton>
      {canVisitKeyPersons ? (
        <BigButton to="/key-persons?mine=true" icon={<TeamOutlined />} testId="home-key-persons">
          {t('home.keyPersonVisits')}
        </BigButton>
      ) : null}
      {hasPermission(me, 'videopatrol.respond') && hasPermission(me, 'videopatrol.read') ? (
        <BigButton to="/video-patrols/reminders?mine=true" icon={<BellOutlined />} testId="home-video-reminders">
          {t('videoPatrols.homeButton')}
        </BigButton>
      ) : null}
      {canReadDuty ? (
        <BigButton to="/duty" icon={<CarryOutOutlined />} testId="home-duty-list">
          {t('home.dutyList')}
        </BigButton>
      ) : null}
      {canReadPeople
        ? villages.map((village) => (
            <BigButton
              key={village.jurisdictionId}
              to={`/people?jurisdictionId=${encodeURIComponent(village.jurisdictionId)}`}
              icon={<HomeOutlined />}
              testId="home-my-village"
            >
              {t('home.myVillage', { name: village.jurisdictionName })}
            </BigButton>
          ))
        : null}
      {canReadPeople ? (
        <BigButton to="/people?focus=search" icon={<SearchOutlined />} testId="home-search">
          {t('home.searchPeople')}
        </BigButton>
      ) : null}
      {canReadDirectory ? (
        <BigButton to="/jurisdictions" icon={<ApartmentOutlined />} testId="home-jurisdictions">
          {t('home.jurisdictions')}
        </BigButton>
      ) : null}
      {hasPermission(me, 'patrol.read') ? (
        <BigButton to="/patrols" icon={<SafetyOutlined />} testId="home-patrols">
          {t('home.patrolLog')}
        </BigButton>
      ) : null}
      {canReadAssessment ? (
        <BigButton to="/assessments/mine" icon={<TrophyOutlined />} testId="home-assessment">
          {t('home.myAssessment')}
        </BigButton>
      ) : null}
      <BigButton to="/profile" icon={<SettingOutlined />} testId="home-profile">
        {t('nav.profile')}
      </BigButton>
    </Flex>
  );
}
