import {
  ASSESSMENT_ITEM_KINDS,
  ASSESSMENT_ITEM_LABELS,
  ASSESSMENT_ITEMS,
  ASSESSMENT_WEIGHT_TOTAL,
  type AssessmentSettings,
} from '@fengqiao/domain';
import { App, Button, Card, Flex, Form, InputNumber, Table, Typography } from 'antd';
import { useT } from '../../../app/i18n/use-t';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { ErrorResult } from '../../../ui/ErrorResult';
import { FullPageSpin } from '../../../ui/FullPageSpin';
import { PageHeader } from '../../../ui/PageHeader';
import { useAssessmentSettings, useSaveAssessmentSettings } from '../hooks/use-assessments';

/** The chief's page for the weights (adding up to 100) and targets of the assessment items. */
export function AssessmentSettingsPage() {
  const { t, label, dateTime } = useT();
  const { message } = App.useApp();
  const settings = useAssessmentSettings();
  const save = useSaveAssessmentSettings();
  const [form] = Form.useForm<AssessmentSettings>();
  const items = Form.useWatch('items', form);
  const sum = ASSESSMENT_ITEMS.reduce((total, item) => total + (items?.[item]?.weight ?? 0), 0);
  if (settings.error) return <ErrorResult error={settings.error} onRetry={() => settings.refetch()} />;
  if (!settings.data) return <FullPageSpin />;
  const { updatedAt, updatedByName } = settings.data;
  return (
    <>
      <PageHeader
        title={t('assessment.settingsTitle')}
        sub={
          updatedAt
            ? t('assessment.updatedBy', { name: updatedByName ?? '', time: dateTime(updatedAt) })
            : t('assessment.defaults')
        }
      />
      <Card>
        <Form<AssessmentSettings>
          form={form}
          layout="vertical"
          initialValues={{ items: settings.data.items, ackWithinMinutes: settings.data.ackWithinMinutes }}
          onFinish={(values) => save.mutate(values, { onSuccess: () => message.success(t('common.saved')) })}
        >
          <Typography.Paragraph type="secondary">{t('assessment.settingsHelp')}</Typography.Paragraph>
          <ErrorAlert error={save.error} />
          <Table
            size="small"
            pagination={false}
            rowKey={(item) => item}
            dataSource={[...ASSESSMENT_ITEMS]}
            columns={[
              { title: t('assessment.item'), key: 'item', render: (_, item) => label(ASSESSMENT_ITEM_LABELS[item]) },
              {
                title: t('assessment.weight'),
                key: 'weight',
                render: (_, item) => (
                  <Form.Item name={['items', item, 'weight']} noStyle rules={[{ required: true }]}>
                    <InputNumber min={0} max={100} precision={0} data-testid={`weight-${item}`} />
                  </Form.Item>
                ),
              },
              {
                title: t('assessment.target'),
                key: 'target',
                render: (_, item) => (
                  <Form.Item name={['items', item, 'target']} noStyle rules={[{ required: true }]}>
                    <InputNumber
                      min={0}
                      max={ASSESSMENT_ITEM_KINDS[item] === 'share' ? 100 : 10_000}
                      precision={0}
                      suffix={ASSESSMENT_ITEM_KINDS[item] === 'share' ? '%' : undefined}
                    />
                  </Form.Item>
                ),
              },
            ]}
          />
          <Flex wrap gap={24} align="center" style={{ marginTop: 16 }}>
            <Typography.Text type={sum === ASSESSMENT_WEIGHT_TOTAL ? 'success' : 'danger'} data-testid="weight-sum">
              {t('assessment.weightSum', { sum })}
            </Typography.Text>
            <Form.Item name="ackWithinMinutes" label={t('assessment.ackWithin')} rules={[{ required: true }]}>
              <InputNumber min={1} max={1440} precision={0} />
            </Form.Item>
          </Flex>
          <Button
            type="primary"
            htmlType="submit"
            loading={save.isPending}
            disabled={sum !== ASSESSMENT_WEIGHT_TOTAL}
            data-testid="settings-save"
          >
            {t('common.save')}
          </Button>
        </Form>
      </Card>
    </>
  );
}
