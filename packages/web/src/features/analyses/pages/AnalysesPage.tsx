import { FileTextOutlined, PlusOutlined } from '@ant-design/icons';
import {
  type AnalysisKind,
  type AnalysisListItem,
  type AnalysisState,
  analysisPeriodContaining,
} from '@fengqiao/domain';
import { Button, Flex, List, Segmented, Table, Tabs, Typography } from 'antd';
import { useNavigate, useSearchParams } from 'react-router';
import { useT } from '../../../app/i18n/use-t';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { LoadMoreButton } from '../../../ui/LoadMoreButton';
import { PageHeader } from '../../../ui/PageHeader';
import { isListLoading, pagedItems } from '../../../ui/paged-list';
import { useIsMobile } from '../../../ui/use-is-mobile';
import { AnalysisStateTag } from '../components/AnalysisStateTag';
import { useAnalyses, useCreateAnalysis } from '../hooks/use-analyses';

const STATES = ['draft', 'signed', 'archived'] as const;

/**
 * The archive of daily analyses and weekly judgements, one tab per kind, newest period first, each with its state
 * (草稿 stands out); 生成 drafts today's analysis or this week's judgement for those who may write.
 */
export function AnalysesPage() {
  const { t, dateTime, lang } = useT();
  const navigate = useNavigate();
  const isMobile = useIsMobile();
  const [params, setParams] = useSearchParams();
  const kind: AnalysisKind = params.get('kind') === 'weekly' ? 'weekly' : 'daily';
  const stateParam = params.get('state');
  const state: AnalysisState | undefined = STATES.find((s) => s === stateParam);
  const list = useAnalyses(kind, state);
  const items = pagedItems(list);
  const mayCreate = list.data?.pages[0]?.actions.includes('create') ?? false;
  const create = useCreateAnalysis();
  const setParam = (key: string, value: string | undefined) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };
  const draftCurrent = () =>
    create.mutate(
      { kind, period: analysisPeriodContaining(kind, new Date()).key },
      { onSuccess: (made) => navigate(`/analyses/${made.id}`) },
    );
  const periodLabel = (item: AnalysisListItem) => (lang === 'zh' ? item.period.labelZh : item.period.labelEn);
  const stateLabels = {
    draft: 'analysis.stateDraft',
    signed: 'analysis.stateSigned',
    archived: 'analysis.stateArchived',
  } as const;

  return (
    <>
      <PageHeader
        title={t('analysis.title')}
        extra={
          mayCreate ? (
            <Button
              type="primary"
              size={isMobile ? 'large' : 'middle'}
              icon={<PlusOutlined />}
              loading={create.isPending}
              onClick={draftCurrent}
              data-testid="analysis-create"
            >
              {t(kind === 'daily' ? 'analysis.createDaily' : 'analysis.createWeekly')}
            </Button>
          ) : null
        }
      />
      <ErrorAlert error={create.error} testId="analysis-create-error" />
      <Tabs
        activeKey={kind}
        onChange={(key) => setParam('kind', key === 'weekly' ? 'weekly' : undefined)}
        items={[
          { key: 'daily', label: t('analysis.daily') },
          { key: 'weekly', label: t('analysis.weekly') },
        ]}
      />
      <Flex style={{ marginBottom: 12 }}>
        <Segmented
          value={state ?? 'all'}
          onChange={(value) => setParam('state', value === 'all' ? undefined : String(value))}
          options={[
            { value: 'all', label: t('analysis.allStates') },
            ...STATES.map((s) => ({ value: s, label: t(stateLabels[s]) })),
          ]}
        />
      </Flex>
      {isMobile ? (
        <List
          loading={isListLoading(list)}
          dataSource={items}
          renderItem={(item) => (
            <List.Item
              onClick={() => navigate(`/analyses/${item.id}`)}
              style={{ cursor: 'pointer', minHeight: 56 }}
              data-testid={`analysis-row-${item.period.key}`}
            >
              <Flex justify="space-between" align="center" style={{ width: '100%' }}>
                <Typography.Text strong>{periodLabel(item)}</Typography.Text>
                <AnalysisStateTag state={item.state} />
              </Flex>
            </List.Item>
          )}
        />
      ) : (
        <Table<AnalysisListItem>
          rowKey="id"
          loading={isListLoading(list)}
          dataSource={items}
          pagination={false}
          columns={[
            { key: 'period', title: t('analysis.period'), render: (_, item) => periodLabel(item) },
            { key: 'state', title: t('analysis.state'), render: (_, item) => <AnalysisStateTag state={item.state} /> },
            { key: 'signedBy', title: t('analysis.signedBy'), render: (_, item) => item.signedByName ?? '' },
            { key: 'signedAt', title: t('analysis.signedAt'), render: (_, item) => dateTime(item.signedAt) },
            {
              key: 'open',
              title: t('common.actions'),
              render: (_, item) => (
                <Button
                  size="small"
                  icon={<FileTextOutlined />}
                  onClick={() => navigate(`/analyses/${item.id}`)}
                  data-testid={`analysis-open-${item.period.key}`}
                >
                  {t('analysis.open')}
                </Button>
              ),
            },
          ]}
        />
      )}
      <LoadMoreButton query={list} shown={items.length} />
    </>
  );
}
