import type { AssessmentItem, Scorecard } from '@fengqiao/domain';
import { App, Button, Flex, Popconfirm } from 'antd';
import { useState } from 'react';
import { describeError } from '../../../api/errors';
import { can } from '../../../app/auth/permissions';
import { useT } from '../../../app/i18n/use-t';
import { useSign } from '../hooks/use-assessments';
import { AdjustModal } from './AdjustModal';
import { EvidenceDrawer } from './EvidenceDrawer';
import { ScorecardView } from './ScorecardView';

/** A scorecard with its evidence drawer and, only where the record allows them, the chief's adjust and sign. */
export function ScorecardPanel({ card }: { card: Scorecard }) {
  const { t, lang } = useT();
  const { message } = App.useApp();
  const [evidenceItem, setEvidenceItem] = useState<AssessmentItem | null>(null);
  const [adjusting, setAdjusting] = useState(false);
  const sign = useSign(card.month, card.officer.personId);
  return (
    <Flex vertical gap={16}>
      {can(card, 'adjust') || can(card, 'sign') ? (
        <Flex wrap gap={8}>
          {can(card, 'adjust') ? (
            <Button onClick={() => setAdjusting(true)} data-testid="scorecard-adjust">
              {t('assessment.adjust')}
            </Button>
          ) : null}
          {can(card, 'sign') ? (
            <Popconfirm
              title={t('assessment.signConfirm')}
              okText={t('common.confirm')}
              cancelText={t('common.cancel')}
              onConfirm={() =>
                sign.mutate(undefined, { onError: (error) => message.error(describeError(error, lang)) })
              }
            >
              <Button type="primary" loading={sign.isPending} data-testid="scorecard-sign">
                {t('assessment.sign')}
              </Button>
            </Popconfirm>
          ) : null}
        </Flex>
      ) : null}
      <ScorecardView card={card} onOpenEvidence={setEvidenceItem} />
      <EvidenceDrawer
        month={card.month}
        personId={card.officer.personId}
        villageId={card.officer.villageId}
        item={evidenceItem}
        onClose={() => setEvidenceItem(null)}
      />
      {adjusting ? <AdjustModal card={card} onClose={() => setAdjusting(false)} /> : null}
    </Flex>
  );
}
