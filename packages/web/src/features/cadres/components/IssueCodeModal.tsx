import { Alert, Form } from 'antd';
import { useT } from '../../../app/i18n/use-t';
import { FormModal } from '../../../ui/FormModal';
import { useCloseWithMessage } from '../../../ui/use-close-with-message';
import { JurisdictionPicker } from '../../jurisdictions/components/JurisdictionPicker';
import { useIssueCadreCode } from '../hooks/use-cadres';

/** The expiry the server applies by default (FENGQIAO_CADRE_CODE_DAYS); the list shows each code's real one. */
const DEFAULT_DAYS = 30;

/** 发放注册码: one village; the new code then prints from the list. */
export function IssueCodeModal({ onClose }: { onClose: () => void }) {
  const { t } = useT();
  const [form] = Form.useForm<{ villageId: string }>();
  const issue = useIssueCadreCode();
  const done = useCloseWithMessage(onClose);
  return (
    <FormModal
      title={t('cadres.issueTitle')}
      form={form}
      pending={issue.isPending}
      error={issue.error}
      okTestId="cadre-code-issue-submit"
      onClose={onClose}
      notice={<Alert type="info" showIcon title={t('cadres.issueNotice', { days: DEFAULT_DAYS })} />}
    >
      <Form
        form={form}
        layout="vertical"
        style={{ marginTop: 12 }}
        onFinish={({ villageId }) => issue.mutate(villageId, { onSuccess: () => done('cadres.issued') })}
      >
        <Form.Item
          name="villageId"
          label={t('cadres.village')}
          rules={[{ required: true, message: t('cadres.villageRequired') }]}
        >
          <JurisdictionPicker levels={['village', 'community']} testId="cadre-code-village" />
        </Form.Item>
      </Form>
    </FormModal>
  );
}
