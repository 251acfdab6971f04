import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { VIDEO_PATROL_TIME_PATTERN, type VideoPatrolPlan, WEEKDAYS } from '@fengqiao/domain';
import { App, Button, Checkbox, Flex, Form, Input, Radio } from 'antd';
import { useT } from '../../../app/i18n/use-t';
import { FormModal } from '../../../ui/FormModal';
import { useSavePlan } from '../hooks/use-video-patrols';
import { type PlanFormValues, planFormValues, toPlanBody } from '../lib/plan-form';
import { CameraPicker } from './CameraPicker';

/** New or changed plan: a name, the cameras in patrol order, the checklist, and when its rounds fall. */
export function PlanFormModal({ plan, onClose }: { plan: VideoPatrolPlan | null; onClose: () => void }) {
  const { t } = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<PlanFormValues>();
  const save = useSavePlan(plan?.id ?? null);
  const scheduleKind = Form.useWatch('scheduleKind', form);
  return (
    <FormModal
      title={t(plan ? 'videoPatrols.plan.edit' : 'videoPatrols.plan.new')}
      form={form}
      pending={save.isPending}
      error={save.error}
      okTestId="plan-save"
      width={640}
      onClose={onClose}
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={planFormValues(plan)}
        onFinish={(values) =>
          save.mutate(toPlanBody(values), {
            onSuccess: () => {
              message.success(t('videoPatrols.plan.saved'));
              onClose();
            },
          })
        }
      >
        <Form.Item name="name" label={t('videoPatrols.plan.name')} rules={[{ required: true, whitespace: true }]}>
          <Input maxLength={60} data-testid="plan-name" />
        </Form.Item>
        <Form.Item
          name="cameraIds"
          label={t('videoPatrols.plan.cameras')}
          rules={[{ required: true, type: 'array', min: 1, message: t('videoPatrols.plan.camerasRequired') }]}
        >
          <CameraPicker known={plan?.cameras ?? []} />
        </Form.Item>
        <Form.Item label={t('videoPatrols.checklist')}>
          <Form.List name="checklist">
            {(fields, { add, remove }) => (
              <Flex vertical gap={6}>
                {fields.map((field) => (
                  <Flex key={field.key} gap={6}>
                    <Form.Item name={[field.name, 'text']} noStyle>
                      <Input maxLength={200} placeholder={t('videoPatrols.plan.itemPlaceholder')} />
                    </Form.Item>
                    <Button
                      icon={<DeleteOutlined />}
                      onClick={() => remove(field.name)}
                      aria-label={t('common.delete')}
                    />
                  </Flex>
                ))}
                <Button icon={<PlusOutlined />} onClick={() => add({ text: '' })} data-testid="plan-add-item">
                  {t('videoPatrols.plan.addItem')}
                </Button>
              </Flex>
            )}
          </Form.List>
        </Form.Item>
        <Flex gap={12} wrap>
          <Form.Item name="scheduleKind" label={t('videoPatrols.plan.schedule')}>
            <Radio.Group
              optionType="button"
              options={[
                { value: 'daily', label: t('videoPatrols.plan.daily') },
                { value: 'weekdays', label: t('videoPatrols.plan.weekdays') },
              ]}
            />
          </Form.Item>
          <Form.Item
            name="at"
            label={t('videoPatrols.plan.at')}
            rules={[{ required: true, pattern: VIDEO_PATROL_TIME_PATTERN, message: t('videoPatrols.plan.atFormat') }]}
          >
            <Input placeholder="09:00" style={{ width: 100 }} data-testid="plan-at" />
          </Form.Item>
        </Flex>
        {scheduleKind === 'weekdays' ? (
          <Form.Item
            name="weekdays"
            rules={[{ required: true, type: 'array', min: 1, message: t('videoPatrols.plan.weekdaysRequired') }]}
          >
            <Checkbox.Group
              options={WEEKDAYS.map((day) => ({ value: day, label: t(`videoPatrols.weekday.${day}`) }))}
            />
          </Form.Item>
        ) : null}
      </Form>
    </FormModal>
  );
}
