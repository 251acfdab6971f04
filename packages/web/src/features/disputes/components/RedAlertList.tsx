import { WarningOutlined } from '@ant-design/icons';
import { Alert, Flex, Typography } from 'antd';
import { Link } from 'react-router';
import { useT } from '../../../app/i18n/use-t';
import { pagedItems } from '../../../ui/paged-list';
import { useDisputes } from '../hooks/use-disputes';
import { openCasesOnly } from '../lib/risk-order';

const RED_FILTER = { risk: 'red' } as const;

// One line per case, cut with an ellipsis at the screen's edge: a long summary must not widen a 390 px phone.
const ALERT_LINE = { display: 'block', overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' } as const;

/**
 * Open red-risk cases above everything else on the board: a red grade means the chief and the office act now,
 * whatever page of the list they are on.
 */
export function RedAlertList() {
  const { t } = useT();
  const red = useDisputes(RED_FILTER);
  const open = openCasesOnly(pagedItems(red));
  if (open.length === 0) return null;
  return (
    <Alert
      type="error"
      showIcon
      icon={<WarningOutlined />}
      style={{ marginBottom: 16, minWidth: 0 }}
      data-testid="board-red-list"
      title={t('disputes.openRedCases', { n: open.length })}
      description={
        <Flex vertical gap={4}>
          {open.slice(0, 8).map((dispute) => (
            <Link key={dispute.id} to={`/disputes/${encodeURIComponent(dispute.id)}`} style={ALERT_LINE}>
              <Typography.Text strong>{dispute.number}</Typography.Text> · {dispute.jurisdictionName} ·{' '}
              {dispute.summary}
            </Link>
          ))}
        </Flex>
      }
    />
  );
}
