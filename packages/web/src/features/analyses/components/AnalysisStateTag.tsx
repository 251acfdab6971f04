import type { AnalysisState } from '@fengqiao/domain';
import { Tag } from 'antd';
import type { MessageKey } from '../../../app/i18n/dictionaries';
import { useT } from '../../../app/i18n/use-t';

const STYLES: Record<AnalysisState, { color: string; key: MessageKey }> = {
  draft: { color: 'orange', key: 'analysis.stateDraft' },
  signed: { color: 'green', key: 'analysis.stateSigned' },
  archived: { color: 'default', key: 'analysis.stateArchived' },
};

/** 草稿 in orange, so a draft never passes for a signed analysis in a list. */
export function AnalysisStateTag({ state }: { state: AnalysisState }) {
  const { t } = useT();
  const style = STYLES[state];
  return (
    <Tag color={style.color} data-testid={`analysis-state-${state}`}>
      {t(style.key)}
    </Tag>
  );
}
