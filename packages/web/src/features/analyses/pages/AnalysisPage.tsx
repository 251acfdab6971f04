import { PrinterOutlined } from '@ant-design/icons';
import { ANALYSIS_KIND_LABELS, type Analysis } from '@fengqiao/domain';
import { Alert, App, Button, Col, Flex, Input, Popconfirm, Row, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { describeError } from '../../../api/errors';
import { can } from '../../../app/auth/permissions';
import { useT } from '../../../app/i18n/use-t';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { FullPageSpin } from '../../../ui/FullPageSpin';
import { PageHeader } from '../../../ui/PageHeader';
import { RecordLoadError } from '../../../ui/RecordLoadError';
import { AnalysisSections } from '../components/AnalysisSections';
import { AnalysisStateTag } from '../components/AnalysisStateTag';
import { analysisPrintUrl, useAnalysis, useAnalysisAction, useSaveJudgement } from '../hooks/use-analyses';

/** One analysis: the figures as assembled (read-only) beside the judgement, editable while a draft. */
export function AnalysisPage() {
  const { id = '' } = useParams();
  const analysis = useAnalysis(id);
  if (analysis.error) return <RecordLoadError error={analysis.error} onRetry={() => analysis.refetch()} />;
  if (!analysis.data) return <FullPageSpin />;
  return <AnalysisEditor analysis={analysis.data} />;
}

function AnalysisEditor({ analysis }: { analysis: Analysis }) {
  const { t, lang, label, dateTime } = useT();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [text, setText] = useState(analysis.judgement);
  // A regenerate or another tab's save replaces the record: the text follows it unless the person is mid-edit.
  useEffect(() => setText(analysis.judgement), [analysis.judgement]);
  const save = useSaveJudgement(analysis.id);
  const regenerate = useAnalysisAction(analysis.id, 'regenerate');
  const sign = useAnalysisAction(analysis.id, 'sign');
  const archive = useAnalysisAction(analysis.id, 'archive');
  const dirty = text !== analysis.judgement;
  const editable = can(analysis, 'edit');
  const onError = (error: unknown) => message.error(describeError(error, lang));
  const period = lang === 'zh' ? analysis.period.labelZh : analysis.period.labelEn;

  return (
    <>
      <PageHeader
        title={
          <Flex align="center" gap={8} wrap>
            {label(ANALYSIS_KIND_LABELS[analysis.kind])}
            <AnalysisStateTag state={analysis.state} />
          </Flex>
        }
        sub={`${analysis.townName} · ${period}`}
        extra={
          <>
            {can(analysis, 'regenerate') ? (
              <Popconfirm
                title={t('analysis.regenerateConfirm')}
                okText={t('common.confirm')}
                cancelText={t('common.cancel')}
                onConfirm={() => regenerate.mutate(undefined, { onError })}
              >
                <Button loading={regenerate.isPending} data-testid="analysis-regenerate">
                  {t('analysis.regenerate')}
                </Button>
              </Popconfirm>
            ) : null}
            {can(analysis, 'sign') ? (
              <Popconfirm
                title={dirty ? t('analysis.unsavedSign') : t('analysis.signConfirm')}
                okText={t('common.confirm')}
                cancelText={t('common.cancel')}
                okButtonProps={{ disabled: dirty, ...{ 'data-testid': 'analysis-sign-confirm' } }}
                onConfirm={() => sign.mutate(undefined, { onError })}
              >
                <Button type="primary" loading={sign.isPending} data-testid="analysis-sign">
                  {t('analysis.sign')}
                </Button>
              </Popconfirm>
            ) : null}
            {can(analysis, 'archive') ? (
              <Button
                loading={archive.isPending}
                onClick={() => archive.mutate(undefined, { onError })}
                data-testid="analysis-archive"
              >
                {t('analysis.archive')}
              </Button>
            ) : null}
            {can(analysis, 'print') ? (
              <Button
                icon={<PrinterOutlined />}
                onClick={() => window.open(analysisPrintUrl(analysis.id), '_blank', 'noopener')}
                data-testid="analysis-print"
              >
                {t('analysis.print')}
              </Button>
            ) : null}
            <Button onClick={() => navigate(`/analyses${analysis.kind === 'weekly' ? '?kind=weekly' : ''}`)}>
              {t('common.back')}
            </Button>
          </>
        }
      />
      {analysis.state === 'draft' ? (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          title={t('analysis.draftNotice', { time: dateTime(analysis.generatedAt) })}
          data-testid="analysis-draft-notice"
        />
      ) : (
        <Alert
          type="success"
          showIcon
          style={{ marginBottom: 16 }}
          title={t('analysis.signedNotice', {
            name: analysis.signedByName ?? '',
            time: dateTime(analysis.signedAt),
          })}
          data-testid="analysis-signed-notice"
        />
      )}
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={14}>
          <AnalysisSections sections={analysis.sections} />
        </Col>
        <Col xs={24} lg={10}>
          <Flex vertical gap={8}>
            <Typography.Title level={5} style={{ margin: 0 }}>
              {t('analysis.judgement')}
            </Typography.Title>
            {editable ? <Typography.Text type="secondary">{t('analysis.judgementHint')}</Typography.Text> : null}
            <Input.TextArea
              value={text}
              onChange={(event) => setText(event.target.value)}
              readOnly={!editable}
              autoSize={{ minRows: 10, maxRows: 30 }}
              maxLength={20_000}
              data-testid="analysis-judgement"
            />
            <ErrorAlert error={save.error} testId="analysis-save-error" />
            {editable ? (
              <Button
                type={dirty ? 'primary' : 'default'}
                disabled={!dirty}
                loading={save.isPending}
                onClick={() => save.mutate(text, { onSuccess: () => message.success(t('analysis.saved')) })}
                data-testid="analysis-save"
              >
                {t('analysis.saveJudgement')}
              </Button>
            ) : null}
          </Flex>
        </Col>
      </Row>
    </>
  );
}
