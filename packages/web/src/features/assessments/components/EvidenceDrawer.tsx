import { ASSESSMENT_ITEM_LABELS, type AssessmentItem } from '@fengqiao/domain';
import { Drawer, List, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { useT } from '../../../app/i18n/use-t';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { useIsMobile } from '../../../ui/use-is-mobile';
import { useEvidence } from '../hooks/use-assessments';
import { evidenceLink } from '../lib/assessment-month';

interface Props {
  month: string;
  personId: string;
  villageId: string;
  item: AssessmentItem | null;
  onClose: () => void;
}

/** The records behind one score, each opening the incident, dispute or duty log it comes from. */
export function EvidenceDrawer({ month, personId, villageId, item, onClose }: Props) {
  const { t, label, dateTime } = useT();
  const isMobile = useIsMobile();
  const evidence = useEvidence(month, personId, item);
  const data = evidence.data;
  const rows = data ? data.records.map((record) => ({ record, href: evidenceLink(record, villageId, data.item) })) : [];
  return (
    <Drawer
      open={item !== null}
      onClose={onClose}
      width={isMobile ? '100%' : 560}
      title={item ? t('assessment.evidenceTitle', { item: label(ASSESSMENT_ITEM_LABELS[item]) }) : null}
      destroyOnHidden
    >
      <ErrorAlert error={evidence.error} />
      <List
        data-testid="evidence-list"
        loading={evidence.isLoading}
        locale={{ emptyText: t('assessment.evidenceEmpty') }}
        dataSource={rows}
        rowKey={({ record }) => `${record.kind}-${record.id}`}
        renderItem={({ record, href }) => (
          <List.Item
            data-testid="evidence-record"
            extra={
              <Link to={href} data-testid="evidence-link">
                {t('assessment.open')}
              </Link>
            }
          >
            <List.Item.Meta
              title={record.label}
              description={
                <>
                  <Typography.Text type="secondary">{dateTime(record.at)}</Typography.Text>
                  {record.detail && record.met !== null ? (
                    <Typography.Text type="secondary">
                      {' · '}
                      {t('assessment.minutes', { minutes: record.detail })}
                    </Typography.Text>
                  ) : record.detail ? (
                    <Typography.Text type="secondary">{` · ${record.detail}`}</Typography.Text>
                  ) : null}
                  {record.met !== null ? (
                    <Tag color={record.met ? 'green' : 'red'} style={{ marginLeft: 8 }}>
                      {record.met ? t('assessment.met') : t('assessment.missed')}
                    </Tag>
                  ) : null}
                </>
              }
            />
          </List.Item>
        )}
      />
    </Drawer>
  );
}
