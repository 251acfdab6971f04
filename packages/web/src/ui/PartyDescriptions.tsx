import type { PiiField, SEXES } from '@fengqiao/domain';
import { Descriptions, type DescriptionsProps } from 'antd';
import type { ReactNode } from 'react';
import { useT } from '../app/i18n/use-t';
import { MaskedField } from './MaskedField';
import { sexLabelKey } from './sex';

type Item = NonNullable<DescriptionsProps['items']>[number];

interface Props {
  party: { id: string; name: string; sex: (typeof SEXES)[number] | null } & Record<PiiField, string | null>;
  /** The party's role, already in the reader's language. */
  role: string;
  testId: string;
  canUnmask: boolean;
  onUnmask: (field: PiiField) => Promise<string | null>;
  /** The record's own fields, shown between the sex and the personal data… */
  before?: Item[];
  /** …and after it. */
  after?: Item[];
  extra?: ReactNode;
}

/**
 * One party of a dispute or an incident: name and role as the title, then the sex and the personal data masked, with
 * 查看 only when `canUnmask` (the server listed `unmask` for the record).
 */
export function PartyDescriptions({ party, role, testId, canUnmask, onUnmask, before = [], after = [], extra }: Props) {
  const { t } = useT();
  const pii = (field: PiiField) => (
    <MaskedField
      field={`${field}-${party.id}`}
      value={party[field]}
      canUnmask={canUnmask}
      onUnmask={() => onUnmask(field)}
    />
  );
  return (
    <Descriptions
      size="small"
      column={{ xs: 1, sm: 1, md: 2 }}
      title={
        <span data-testid={testId}>
          {party.name} · {role}
        </span>
      }
      extra={extra}
      items={[
        { key: 'sex', label: t('people.sex'), children: party.sex ? t(sexLabelKey(party.sex)) : '—' },
        ...before,
        { key: 'phone', label: t('people.phone'), children: pii('phone') },
        { key: 'idNumber', label: t('people.idNumber'), children: pii('idNumber') },
        { key: 'address', label: t('people.address'), children: pii('address') },
        ...after,
      ]}
    />
  );
}
