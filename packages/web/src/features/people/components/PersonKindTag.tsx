import { Tag } from 'antd';
import { useT } from '../../../app/i18n/use-t';

export function PersonKindTag({ kind }: { kind: 'staff' | 'resident' }) {
  const { t } = useT();
  return kind === 'staff' ? <Tag color="blue">{t('people.kindStaff')}</Tag> : <Tag>{t('people.kindResident')}</Tag>;
}
