import { Tag } from 'antd';
import type { MessageKey } from '../app/i18n/dictionaries';
import { useT } from '../app/i18n/use-t';

const STATUS_STYLES = {
  active: { color: 'green', key: 'status.active' },
  disabled: { color: 'default', key: 'status.disabled' },
  pending: { color: 'gold', key: 'status.pending' },
  locked: { color: 'red', key: 'status.locked' },
  success: { color: 'green', key: 'status.success' },
  failure: { color: 'orange', key: 'status.failure' },
  denied: { color: 'red', key: 'status.denied' },
  mfaOn: { color: 'blue', key: 'status.mfaOn' },
  mfaOff: { color: 'default', key: 'status.mfaOff' },
} as const satisfies Record<string, { color: string; key: MessageKey }>;

export type Status = keyof typeof STATUS_STYLES;

export function StatusTag({ status }: { status: Status }) {
  const { t } = useT();
  const style = STATUS_STYLES[status];
  return <Tag color={style.color}>{t(style.key)}</Tag>;
}
