import {
  addDays,
  ROLE_LABELS,
  type Role,
  shanghaiDate,
  type VenueDetail,
  VIEW_PURPOSE_LABELS,
  VIEW_PURPOSES,
  type ViewPurpose,
} from '@fengqiao/domain';
import { Checkbox, DatePicker, Form, Input, Switch } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useT } from '../../../app/i18n/use-t';
import { FormModal } from '../../../ui/FormModal';
import { useCloseWithMessage } from '../../../ui/use-close-with-message';
import { useCreateAgreement } from '../hooks/use-venues';

/** The roles a venue usually lets view: the station's, the monitoring centre's and the village auxiliary officer's. */
const VIEWER_ROLES: readonly Role[] = ['chief', 'officer', 'monitor', 'auxiliary', 'zongzhiban'];

interface Values {
  cameraIds: string[];
  roles: Role[];
  purposes: ViewPurpose[];
  allowsPlayback: boolean;
  period: [Dayjs, Dayjs];
  note?: string;
}

/** 签订协议: which of the venue's cameras, who may view them, why, live or playback, and from which day to which. */
export function AgreementFormModal({ venue, onClose }: { venue: VenueDetail; onClose: () => void }) {
  const { t, label } = useT();
  const [form] = Form.useForm<Values>();
  const create = useCreateAgreement(venue.id);
  const done = useCloseWithMessage(onClose);
  const today = shanghaiDate(new Date());
  return (
    <FormModal
      title={t('venues.agreement.add')}
      form={form}
      pending={create.isPending}
      error={create.error}
      okTestId="agreement-form-submit"
      onClose={onClose}
      width={640}
    >
      <Form<Values>
        form={form}
        layout="vertical"
        style={{ marginTop: 12 }}
        initialValues={{
          cameraIds: venue.cameras.map((camera) => camera.id),
          roles: ['chief', 'officer', 'monitor'],
          purposes: ['patrol', 'incident', 'emergency'],
          allowsPlayback: false,
          period: [dayjs(today), dayjs(addDays(today, 364))],
        }}
        onFinish={(values) =>
          create.mutate(
            {
              cameraIds: values.cameraIds,
              roles: values.roles,
              purposes: values.purposes,
              allowsPlayback: values.allowsPlayback,
              firstDay: values.period[0].format('YYYY-MM-DD'),
              lastDay: values.period[1].format('YYYY-MM-DD'),
              ...(values.note ? { note: values.note } : {}),
            },
            { onSuccess: () => done('venues.agreement.saved') },
          )
        }
      >
        <Form.Item name="cameraIds" label={t('venues.agreement.cameras')} rules={[{ required: true }]}>
          <Checkbox.Group
            options={venue.cameras.map((camera) => ({ value: camera.id, label: camera.name }))}
            data-testid="agreement-cameras"
          />
        </Form.Item>
        <Form.Item name="roles" label={t('venues.agreement.roles')} rules={[{ required: true }]}>
          <Checkbox.Group options={VIEWER_ROLES.map((role) => ({ value: role, label: label(ROLE_LABELS[role]) }))} />
        </Form.Item>
        <Form.Item name="purposes" label={t('venues.agreement.purposes')} rules={[{ required: true }]}>
          <Checkbox.Group
            options={VIEW_PURPOSES.map((purpose) => ({ value: purpose, label: label(VIEW_PURPOSE_LABELS[purpose]) }))}
          />
        </Form.Item>
        <Form.Item name="allowsPlayback" label={t('venues.agreement.playback')} valuePropName="checked">
          <Switch />
        </Form.Item>
        <Form.Item name="period" label={t('venues.agreement.period')} rules={[{ required: true }]}>
          <DatePicker.RangePicker allowClear={false} />
        </Form.Item>
        <Form.Item name="note" label={t('venues.agreement.note')}>
          <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} maxLength={1000} />
        </Form.Item>
      </Form>
    </FormModal>
  );
}
