import { PATROL_FINDING_KINDS, PATROL_FINDING_LABELS } from '@fengqiao/domain';
import { DatePicker, Flex, Select } from 'antd';
import dayjs from 'dayjs';
import { useT } from '../../../app/i18n/use-t';
import { useIsMobile } from '../../../ui/use-is-mobile';
import { usePatrolTeams } from '../hooks/use-patrols';
import { type PatrolLogFilter, patchPatrolLogFilter } from '../lib/patrol-filter';

const SELECT_STYLE = { minWidth: 170 } as const;

/** The log by team, by nights (from–to) and by what was found. */
export function PatrolLogFilters({
  filter,
  onChange,
}: {
  filter: PatrolLogFilter;
  onChange: (next: PatrolLogFilter) => void;
}) {
  const { t, label } = useT();
  const isMobile = useIsMobile();
  const teams = usePatrolTeams();
  const set = (patch: Partial<PatrolLogFilter>) => onChange(patchPatrolLogFilter(filter, patch));
  const wide = isMobile ? { width: '100%' } : SELECT_STYLE;
  return (
    <Flex vertical={isMobile} gap={10} wrap style={{ marginBottom: 16 }}>
      <Select
        allowClear
        showSearch={{ optionFilterProp: 'label' }}
        style={wide}
        placeholder={t('patrols.allTeams')}
        value={filter.teamId}
        loading={teams.isPending}
        onChange={(teamId) => set({ teamId })}
        options={(teams.data?.items ?? []).map((team) => ({ value: team.id, label: team.name }))}
        data-testid="patrol-filter-team"
      />
      <DatePicker
        value={filter.from ? dayjs(filter.from) : null}
        onChange={(day) => set({ from: day ? day.format('YYYY-MM-DD') : undefined })}
        placeholder={t('patrols.fromDay')}
        inputReadOnly
        style={wide}
        data-testid="patrol-filter-from"
      />
      <DatePicker
        value={filter.to ? dayjs(filter.to) : null}
        onChange={(day) => set({ to: day ? day.format('YYYY-MM-DD') : undefined })}
        placeholder={t('patrols.toDay')}
        inputReadOnly
        style={wide}
        data-testid="patrol-filter-to"
      />
      <Select
        allowClear
        style={wide}
        placeholder={t('patrols.allFindings')}
        value={filter.finding}
        onChange={(finding) => set({ finding })}
        options={PATROL_FINDING_KINDS.map((kind) => ({ value: kind, label: label(PATROL_FINDING_LABELS[kind]) }))}
        data-testid="patrol-filter-finding"
      />
    </Flex>
  );
}
