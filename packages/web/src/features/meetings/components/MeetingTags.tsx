import { MEETING_STATE_LABELS, type MeetingState } from '@fengqiao/domain';
import { Tag } from 'antd';
import { useT } from '../../../app/i18n/use-t';

const COLORS: Record<MeetingState, string> = {
  draft: 'default',
  held: 'processing',
  closed: 'green',
  cancelled: 'default',
};

export function MeetingStateTag({ state }: { state: MeetingState }) {
  const { label } = useT();
  return (
    <Tag color={COLORS[state]} data-testid="meeting-state">
      {label(MEETING_STATE_LABELS[state])}
    </Tag>
  );
}

/** 2026年11月 / 11/2026: the month under review, from its `YYYY-MM` key. */
export function useMonthLabel(): (month: string) => string {
  const { t } = useT();
  return (month) => {
    const [year = '', m = ''] = month.split('-');
    return t('meetings.monthValue', { year, month: String(Number(m)) });
  };
}
