import { WarningOutlined } from '@ant-design/icons';
import { type BoardRedAlert, disputePlaceName } from '@fengqiao/domain';
import { Alert, Flex, Typography } from 'antd';
import { Link } from 'react-router';
import { useT } from '../../../app/i18n/use-t';

// One line per case, cut with an ellipsis at the screen's edge: a long summary must not widen a 390 px phone.
const ALERT_LINE = { display: 'block', overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' } as const;

/**
 * Open red-risk cases above everything else on the board: a red grade means the chief and the office act now,
 * whatever the list below is filtered to. The cases come with the board's figures (`openRed`), counted in full.
 */
export function RedAlertList({ alerts, total }: { alerts: readonly BoardRedAlert[]; total: number }) {
  const { t } = useT();
  if (total === 0) return null;
  return (
    <Alert
      type="error"
      showIcon
      icon={<WarningOutlined />}
      style={{ marginBottom: 16, minWidth: 0 }}
      data-testid="board-red-list"
      title={t('disputes.openRedCases', { n: total })}
      description={
        <Flex vertical gap={4}>
          {alerts.map((alert) => (
            <Link key={alert.id} to={`/disputes/${encodeURIComponent(alert.id)}`} style={ALERT_LINE}>
              <Typography.Text strong>{alert.number}</Typography.Text> · {disputePlaceName(alert)} · {alert.summary}
            </Link>
          ))}
        </Flex>
      }
    />
  );
}
