import { Alert, Button, Flex } from 'antd';
import { useT } from '../../../app/i18n/use-t';
import type { ChecklistEntry, ChecklistTarget } from '../lib/agreement-checklist';

interface Props {
  entries: readonly ChecklistEntry[];
  /** Absent for those who may only read: the list then names what is missing without links. */
  onFill?: (target: ChecklistTarget) => void;
}

/** What a written draft still needs before 确认生效, each entry with a button to the field that fills it. */
export function AgreementChecklist({ entries, onFill }: Props) {
  const { t, label } = useT();
  if (entries.length === 0) {
    return <Alert type="success" showIcon title={t('agreement.checklistDone')} data-testid="agreement-complete" />;
  }
  const text = (entry: ChecklistEntry) => {
    switch (entry.kind) {
      case 'item':
        return label(entry.item);
      case 'partySignature':
        return t('agreement.partySignature', { name: entry.partyName });
      case 'mediatorSignature':
        return t('agreement.mediatorSignature');
      case 'committeeSeal':
        return t('agreement.committeeSeal');
    }
  };
  return (
    <Alert
      type="warning"
      showIcon
      title={t('agreement.checklist')}
      description={
        <ul style={{ margin: 0, paddingInlineStart: 18 }} data-testid="agreement-missing">
          {entries.map((entry) => {
            const target = entry.target;
            return (
              <li key={entry.key} data-testid={`agreement-missing-${entry.key}`}>
                <Flex gap={8} align="center" wrap>
                  <span>{text(entry)}</span>
                  {onFill && target ? (
                    <Button
                      type="link"
                      size="small"
                      style={{ padding: 0, height: 'auto' }}
                      onClick={() => onFill(target)}
                      data-testid={`agreement-fill-${entry.key}`}
                    >
                      {t('agreement.fill')}
                    </Button>
                  ) : null}
                </Flex>
              </li>
            );
          })}
        </ul>
      }
    />
  );
}
