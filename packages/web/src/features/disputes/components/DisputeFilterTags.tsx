import {
  DEFAULT_DISPUTE_CATEGORIES,
  DISPUTE_STATE_LABELS,
  DISPUTE_TIER_LABELS,
  type DisputeState,
  type DisputeTier,
  RISK_GRADE_LABELS,
  type RiskGrade,
} from '@fengqiao/domain';
import type { MessageKey } from '../../../app/i18n/dictionaries';
import { useT } from '../../../app/i18n/use-t';
import { FilterTags } from '../../../ui/FilterTags';
import { useOrganizations } from '../../jurisdictions/hooks/use-directory-data';
import { useJurisdictions } from '../../jurisdictions/hooks/use-jurisdictions';

const LABELS: Readonly<Record<string, MessageKey>> = {
  tier: 'drill.filter.tier',
  state: 'drill.filter.state',
  category: 'drill.filter.category',
  risk: 'drill.filter.risk',
  villageId: 'drill.filter.village',
  districtId: 'drill.filter.district',
  overdue: 'drill.filter.overdue',
  open: 'drill.filter.openCase',
  dueSoon: 'drill.filter.dueSoon',
  grievanceOlderThanYears: 'drill.filter.grievanceYears',
  departmentId: 'drill.filter.department',
  q: 'drill.filter.q',
  closedFrom: 'drill.filter.closedFrom',
  closedTo: 'drill.filter.closedTo',
  registeredFrom: 'drill.filter.registeredFrom',
  registeredTo: 'drill.filter.registeredTo',
  mine: 'drill.filter.mine',
  resolvedFrom: 'drill.filter.resolvedFrom',
  resolvedTo: 'drill.filter.resolvedTo',
  online: 'drill.filter.online',
  onlineFrom: 'drill.filter.onlineFrom',
  onlineTo: 'drill.filter.onlineTo',
};

/** The board's conditions as removable tags (the list order is a choice, not a condition: no tag). */
export function DisputeFilterTags({
  params,
  onChange,
}: {
  params: URLSearchParams;
  onChange: (next: URLSearchParams) => void;
}) {
  const { t, label, date } = useT();
  const places = useJurisdictions();
  const departments = useOrganizations('department');
  const valueText = (key: string, value: string): string => {
    if (value === 'true') return t('drill.yes');
    if (value === 'false') return t('drill.no');
    switch (key) {
      case 'tier':
        return label(DISPUTE_TIER_LABELS[value as DisputeTier], value);
      case 'state':
        return label(DISPUTE_STATE_LABELS[value as DisputeState], value);
      case 'risk':
        return label(RISK_GRADE_LABELS[value as RiskGrade], value);
      case 'category':
        return label(
          DEFAULT_DISPUTE_CATEGORIES.find((category) => category.code === value),
          value,
        );
      case 'villageId':
      case 'districtId':
        return places.data?.find((place) => place.id === value)?.name ?? value;
      case 'departmentId':
        return departments.data?.find((org) => org.id === value)?.name ?? value;
      case 'closedFrom':
      case 'closedTo':
      case 'registeredFrom':
      case 'registeredTo':
      case 'resolvedFrom':
      case 'resolvedTo':
      case 'onlineFrom':
      case 'onlineTo':
        return date(value);
      default:
        return value;
    }
  };
  return (
    <FilterTags
      params={params}
      onChange={onChange}
      describe={(key, value) => {
        if (key === 'order') return null;
        const name = LABELS[key];
        return { label: name ? t(name) : key, value: valueText(key, value) };
      }}
    />
  );
}
