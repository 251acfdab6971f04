import { RISK_GRADE_LABELS, type RiskGrade } from '@fengqiao/domain';
import { Tag, Tooltip } from 'antd';
import { useT } from '../../../app/i18n/use-t';
import { RISK_COLORS } from '../lib/risk-order';

interface Props {
  grade: RiskGrade;
  /** When given, hovering or tapping the badge lists why the case has its grade. */
  reasons?: ReadonlyArray<{ zh: string; en: string }>;
}

export function RiskBadge({ grade, reasons }: Props) {
  const { label } = useT();
  const tag = (
    <Tag color={RISK_COLORS[grade]} data-testid="dispute-risk" style={{ marginInlineEnd: 0 }}>
      {label(RISK_GRADE_LABELS[grade])}
    </Tag>
  );
  if (!reasons || reasons.length === 0) return tag;
  return <Tooltip title={reasons.map((reason) => label(reason)).join('；')}>{tag}</Tooltip>;
}
