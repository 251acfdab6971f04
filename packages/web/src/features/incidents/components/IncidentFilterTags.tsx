import {
  INCIDENT_CATEGORY_LABELS,
  INCIDENT_STATE_LABELS,
  type IncidentCategory,
  type IncidentState,
} from '@fengqiao/domain';
import type { MessageKey } from '../../../app/i18n/dictionaries';
import { useT } from '../../../app/i18n/use-t';
import { FilterTags } from '../../../ui/FilterTags';
import { useJurisdictions } from '../../jurisdictions/hooks/use-jurisdictions';
import { useIncidentClasses } from '../hooks/use-incident-classes';

const LABELS: Readonly<Record<string, MessageKey>> = {
  classCode: 'drill.filter.class',
  category: 'drill.filter.category',
  state: 'drill.filter.state',
  villageId: 'drill.filter.village',
  districtId: 'drill.filter.district',
  late: 'drill.filter.late',
  dispute: 'drill.filter.dispute',
  open: 'drill.filter.open',
  all: 'drill.filter.all',
  q: 'drill.filter.q',
  receivedFrom: 'drill.filter.receivedFrom',
  receivedTo: 'drill.filter.receivedTo',
  hour: 'drill.filter.hour',
  referred: 'drill.filter.referred',
};

/** The desk's conditions as removable tags, names in place of codes and ids. */
export function IncidentFilterTags({
  params,
  onChange,
}: {
  params: URLSearchParams;
  onChange: (next: URLSearchParams) => void;
}) {
  const { t, label, date } = useT();
  const classes = useIncidentClasses();
  const places = useJurisdictions();
  const valueText = (key: string, value: string): string => {
    if (value === 'true') return t('drill.yes');
    if (value === 'false') return t('drill.no');
    switch (key) {
      case 'classCode':
        return classes.data?.items.find((row) => row.code === value)?.name ?? value;
      case 'category':
        return label(INCIDENT_CATEGORY_LABELS[value as IncidentCategory], value);
      case 'state':
        return label(INCIDENT_STATE_LABELS[value as IncidentState], value);
      case 'villageId':
      case 'districtId':
        return places.data?.find((place) => place.id === value)?.name ?? value;
      case 'receivedFrom':
      case 'receivedTo':
        return date(value);
      case 'hour':
        return t('drill.hourValue', { h: value });
      default:
        return value;
    }
  };
  return (
    <FilterTags
      params={params}
      onChange={onChange}
      describe={(key, value) => {
        const name = LABELS[key];
        return { label: name ? t(name) : key, value: valueText(key, value) };
      }}
    />
  );
}
