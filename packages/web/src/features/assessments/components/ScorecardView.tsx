import { LockOutlined } from '@ant-design/icons';
import { ASSESSMENT_ITEM_LABELS, type AssessmentItem, type Scorecard, type ScorecardItem } from '@fengqiao/domain';
import { Alert, Button, Card, Flex, List, Statistic, Table, Tag, Typography } from 'antd';
import { useT } from '../../../app/i18n/use-t';
import { rowTestId } from '../../../ui/row-test-id';
import { useIsMobile } from '../../../ui/use-is-mobile';

const itemRowProps = rowTestId((item: ScorecardItem) => `item-${item.item}`);

interface Props {
  card: Scorecard;
  onOpenEvidence: (item: AssessmentItem) => void;
}

/** What the officer did against the target: a count, or for a share `met/of, percent`. */
function ActualText({ item }: { item: ScorecardItem }) {
  const { t } = useT();
  if (item.kind === 'count') return <>{item.actual}</>;
  if (item.actual === null) return <Typography.Text type="secondary">{t('assessment.notApplicable')}</Typography.Text>;
  return <>{t('assessment.share', { met: item.met ?? 0, of: item.of ?? 0, percent: item.actual })}</>;
}

/** The points, clickable: the records behind them open in a drawer. */
function PointsButton({ item, onOpen }: { item: ScorecardItem; onOpen: () => void }) {
  const adjusted = item.points !== item.computedPoints;
  return (
    <Button type="link" onClick={onOpen} data-testid={`score-${item.item}`} style={{ padding: 0 }}>
      <strong>{item.points}</strong>
      {adjusted ? <Typography.Text delete type="secondary">{` ${item.computedPoints}`}</Typography.Text> : null}
    </Button>
  );
}

/** A month's scorecard: total, status (signed months visibly frozen) and every item with its points. */
export function ScorecardView({ card, onOpenEvidence }: Props) {
  const { t, label, dateTime } = useT();
  const isMobile = useIsMobile();
  const targetText = (item: ScorecardItem) => (item.kind === 'share' ? `${item.target}%` : String(item.target));
  return (
    <Flex vertical gap={16} data-testid="scorecard">
      {card.status === 'signed' ? (
        <Alert
          type="info"
          showIcon
          icon={<LockOutlined />}
          data-testid="scorecard-signed"
          message={t('assessment.signedNotice', { name: card.signedByName ?? '', time: dateTime(card.signedAt) })}
        />
      ) : null}
      <Card size="small">
        <Flex wrap gap={32} align="center">
          <Statistic title={t('assessment.total')} value={card.total} precision={1} data-testid="scorecard-total" />
          {card.total !== card.computedTotal ? (
            <Typography.Text type="secondary">
              {t('assessment.computedTotal', { points: card.computedTotal })}
            </Typography.Text>
          ) : null}
          <Tag color={card.status === 'signed' ? 'green' : 'default'}>
            {card.status === 'signed' ? t('assessment.statusSigned') : t('assessment.statusOpen')}
          </Tag>
        </Flex>
      </Card>
      {isMobile ? (
        <List
          dataSource={card.items}
          rowKey="item"
          renderItem={(item) => (
            <List.Item
              extra={<PointsButton item={item} onOpen={() => onOpenEvidence(item.item)} />}
              data-testid={`item-${item.item}`}
            >
              <List.Item.Meta
                title={label(ASSESSMENT_ITEM_LABELS[item.item])}
                description={
                  <>
                    <ActualText item={item} />
                    {item.actual === null ? null : ` / ${targetText(item)}`} · {t('assessment.weight')} {item.weight}
                    {item.adjustment ? <div>{t('assessment.adjusted', { reason: item.adjustment.reason })}</div> : null}
                  </>
                }
              />
            </List.Item>
          )}
        />
      ) : (
        <Table<ScorecardItem>
          size="middle"
          pagination={false}
          rowKey="item"
          dataSource={card.items}
          onRow={itemRowProps}
          columns={[
            {
              title: t('assessment.item'),
              key: 'item',
              render: (_, item) => (
                <>
                  {label(ASSESSMENT_ITEM_LABELS[item.item])}
                  {item.adjustment ? (
                    <div>
                      <Typography.Text type="secondary">
                        {t('assessment.adjusted', { reason: item.adjustment.reason })}
                      </Typography.Text>
                    </div>
                  ) : null}
                </>
              ),
            },
            { title: t('assessment.actual'), key: 'actual', render: (_, item) => <ActualText item={item} /> },
            { title: t('assessment.target'), key: 'target', render: (_, item) => targetText(item) },
            { title: t('assessment.weight'), dataIndex: 'weight' },
            {
              title: t('assessment.points'),
              key: 'points',
              render: (_, item) => <PointsButton item={item} onOpen={() => onOpenEvidence(item.item)} />,
            },
          ]}
        />
      )}
      <Typography.Text type="secondary">{t('assessment.rule')}</Typography.Text>
    </Flex>
  );
}
