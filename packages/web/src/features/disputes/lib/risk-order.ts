import type { RiskGrade } from '@fengqiao/domain';

export const RISK_COLORS: Record<RiskGrade, string> = {
  red: 'red',
  orange: 'orange',
  yellow: 'gold',
  green: 'green',
};
