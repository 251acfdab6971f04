import { CheckCircleOutlined, RightOutlined } from '@ant-design/icons';
import { hasTodos, TODAY_BADGE_LABELS, TODAY_GROUP_LABELS, type TodayGroup, type TodayItem } from '@fengqiao/domain';
import { Button, Card, Flex, Skeleton, Tag, Typography } from 'antd';
import { Link, useNavigate } from 'react-router';
import { useT } from '../../../app/i18n/use-t';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { useToday } from '../hooks/use-today';
import { hiddenCount, splitTodayGroups, TODAY_BADGE_COLORS, TODAY_TIME_KEYS, todayHref } from '../lib/today-view';

/**
 * Today's to-dos (工作台): one card per kind of to-do that has records, most urgent kinds first, each row a big
 * tap target opening its record, and "查看全部 N 条" opening the filtered list with exactly those records. Nothing at
 * all for an account that uses no case module (an administrator): the page around it says what else there is.
 */
export function TodayPanel({ phone }: { phone: boolean }) {
  const { t, label } = useT();
  const today = useToday();
  if (today.isError) return <ErrorAlert error={today.error} />;
  if (!today.data) return <Skeleton active paragraph={{ rows: 3 }} />;
  if (today.data.groups.length === 0) return null;
  const { busy, clear } = splitTodayGroups(today.data.groups);
  if (!hasTodos(today.data)) {
    return (
      <Card data-testid="today-empty">
        <Flex align="center" gap={12}>
          <CheckCircleOutlined style={{ fontSize: 28, color: '#52c41a' }} />
          <div>
            <Typography.Text strong style={{ fontSize: 18 }}>
              {t('home.noTodos')}
            </Typography.Text>
            <div>
              <Typography.Text type="secondary">{t('home.noTodosHint')}</Typography.Text>
            </div>
          </div>
        </Flex>
      </Card>
    );
  }
  return (
    <Flex vertical gap={12} data-testid="today">
      <Typography.Title level={4} style={{ margin: 0 }}>
        {t('home.today')}
      </Typography.Title>
      <div
        style={{
          display: 'grid',
          gap: 12,
          gridTemplateColumns: phone ? 'minmax(0, 1fr)' : 'repeat(auto-fill, minmax(min(360px, 100%), 1fr))',
          alignItems: 'start',
        }}
      >
        {busy.map((group) => (
          <TodayGroupCard key={group.key} group={group} phone={phone} />
        ))}
      </div>
      {clear.length > 0 ? (
        <Typography.Text type="secondary" data-testid="today-clear">
          {t('home.clearGroups', { names: clear.map((g) => label(TODAY_GROUP_LABELS[g.key])).join('、') })}
        </Typography.Text>
      ) : null}
    </Flex>
  );
}

function TodayGroupCard({ group, phone }: { group: TodayGroup; phone: boolean }) {
  const { t, label } = useT();
  const navigate = useNavigate();
  const hidden = hiddenCount(group);
  const href = todayHref(group.list);
  return (
    <Card
      size="small"
      style={{ minWidth: 0 }}
      data-testid={`today-${group.key}`}
      title={
        <Flex align="center" gap={8}>
          <span>{label(TODAY_GROUP_LABELS[group.key])}</span>
          <Tag color={TODAY_BADGE_COLORS[group.badge]} data-testid={`today-${group.key}-total`}>
            {t('home.count', { n: group.total })}
          </Tag>
        </Flex>
      }
      extra={phone ? null : <Link to={href}>{t('home.openList')}</Link>}
      styles={{ body: { padding: 0 } }}
    >
      {group.items.map((item) => (
        <TodayRow key={item.id} item={item} group={group} phone={phone} />
      ))}
      {hidden > 0 ? (
        <div style={{ padding: 8 }}>
          <Button
            block
            size={phone ? 'large' : 'middle'}
            onClick={() => navigate(href)}
            data-testid={`today-${group.key}-more`}
          >
            {t('home.viewAll', { n: group.total })}
          </Button>
        </div>
      ) : null}
    </Card>
  );
}

// One line per text, cut with an ellipsis at the card's edge: a long summary must not widen a 390 px phone.
const ONE_LINE = { display: 'block', overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' } as const;

function TodayRow({ item, group, phone }: { item: TodayItem; group: TodayGroup; phone: boolean }) {
  const { t, label, date, dateTime } = useT();
  const due = item.dueOn ? t('home.deadline', { day: date(item.dueOn) }) : null;
  const when = item.at ? t(TODAY_TIME_KEYS[group.module], { time: dateTime(item.at) }) : null;
  return (
    <Link
      to={item.link}
      data-testid="today-item"
      style={{
        display: 'block',
        color: 'inherit',
        minHeight: phone ? 64 : 48,
        padding: phone ? '12px 14px' : '8px 12px',
        borderTop: '1px solid rgba(5, 5, 5, 0.06)',
      }}
    >
      <Flex align="center" justify="space-between" gap={8}>
        <Flex vertical gap={2} style={{ minWidth: 0, flex: 1 }}>
          <Flex align="center" gap={4} wrap>
            {item.badges.map((badge) => (
              <Tag key={badge} color={TODAY_BADGE_COLORS[badge]} style={{ marginInlineEnd: 0 }}>
                {label(TODAY_BADGE_LABELS[badge])}
              </Tag>
            ))}
            {item.number ? (
              <Typography.Text type="secondary" style={{ fontSize: 13 }}>
                {item.number}
              </Typography.Text>
            ) : null}
          </Flex>
          <Typography.Text strong style={{ ...ONE_LINE, fontSize: phone ? 17 : 15 }}>
            {item.title}
          </Typography.Text>
          <Typography.Text type="secondary">{[item.place, due, when].filter(Boolean).join(' · ')}</Typography.Text>
        </Flex>
        <RightOutlined style={{ color: '#999' }} />
      </Flex>
    </Link>
  );
}
