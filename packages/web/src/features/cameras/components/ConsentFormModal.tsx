import {
  ERRORS,
  ROLE_LABELS,
  ROLE_PERMISSIONS,
  ROLES,
  type Role,
  shanghaiDate,
  VIEW_PURPOSE_LABELS,
  VIEW_PURPOSES,
  type ViewPurpose,
} from '@fengqiao/domain';
import { Checkbox, DatePicker, Flex, Form, Radio } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useT } from '../../../app/i18n/use-t';
import { FormModal } from '../../../ui/FormModal';
import { useCloseWithMessage } from '../../../ui/use-close-with-message';
import { useAddConsent } from '../hooks/use-cameras';
import { consentPeriodProblem, toAddConsent } from '../lib/consent-form';

/** Only roles that may open a live view at all are worth a consent. */
const VIEWER_ROLES: readonly Role[] = ROLES.filter((role) => ROLE_PERMISSIONS[role]['video.view'] !== undefined);

interface Values {
  roles?: Role[];
  purposes?: ViewPurpose[];
  playback?: 'live' | 'playback';
  startsOn?: Dayjs;
  lastDay?: Dayjs;
}

const day = (value: Dayjs | undefined) => value?.format('YYYY-MM-DD');

/**
 * 登记授权: who may view the household's or venue's camera, live only or also playback, for which purposes, from
 * the first to the last day (whole Shanghai days; the domain refuses an end before the start).
 */
export function ConsentFormModal({ cameraId, onClose }: { cameraId: string; onClose: () => void }) {
  const { t, label } = useT();
  const [form] = Form.useForm<Values>();
  const add = useAddConsent(cameraId);
  const done = useCloseWithMessage(onClose);
  const today = dayjs(shanghaiDate(new Date()));

  const submit = (values: Values) => {
    const body = toAddConsent({
      roles: values.roles ?? [],
      purposes: values.purposes ?? [],
      allowsPlayback: values.playback === 'playback',
      startsOn: day(values.startsOn),
      lastDay: day(values.lastDay),
    });
    if (body) add.mutate(body, { onSuccess: () => done('cameras.consentAdded') });
  };

  return (
    <FormModal
      title={t('cameras.consentAdd')}
      form={form}
      pending={add.isPending}
      error={add.error}
      errorTestId="consent-form-error"
      okTestId="consent-form-save"
      onClose={onClose}
      width={600}
    >
      <Form<Values>
        form={form}
        layout="vertical"
        style={{ marginTop: 12 }}
        onFinish={submit}
        initialValues={{
          roles: [],
          purposes: [],
          playback: 'live',
          startsOn: today,
          lastDay: today.add(1, 'year').subtract(1, 'day'),
        }}
      >
        <Form.Item
          name="roles"
          label={t('cameras.consent.roles')}
          rules={[{ required: true, type: 'array', min: 1, message: t('cameras.consent.rolesRequired') }]}
        >
          <Checkbox.Group
            data-testid="consent-form-roles"
            options={VIEWER_ROLES.map((role) => ({ value: role, label: label(ROLE_LABELS[role], role) }))}
          />
        </Form.Item>
        <Form.Item
          name="purposes"
          label={t('cameras.consent.purposes')}
          rules={[{ required: true, type: 'array', min: 1, message: t('cameras.consent.purposesRequired') }]}
        >
          <Checkbox.Group
            data-testid="consent-form-purposes"
            options={VIEW_PURPOSES.map((purpose) => ({ value: purpose, label: label(VIEW_PURPOSE_LABELS[purpose]) }))}
          />
        </Form.Item>
        <Form.Item name="playback" label={t('cameras.consent.scope')}>
          <Radio.Group
            options={[
              { value: 'live', label: t('cameras.consent.liveOnly') },
              { value: 'playback', label: t('cameras.consent.withPlayback') },
            ]}
          />
        </Form.Item>
        <Flex gap={8} wrap>
          <Form.Item
            name="startsOn"
            label={t('cameras.consent.startsOn')}
            rules={[{ required: true, message: t('cameras.consent.dayRequired') }]}
            style={{ flex: 1, minWidth: 160 }}
          >
            <DatePicker style={{ width: '100%' }} inputReadOnly data-testid="consent-form-start" />
          </Form.Item>
          <Form.Item
            name="lastDay"
            label={t('cameras.consent.lastDay')}
            dependencies={['startsOn']}
            style={{ flex: 1, minWidth: 160 }}
            rules={[
              { required: true, message: t('cameras.consent.dayRequired') },
              ({ getFieldValue }) => ({
                validator: (_rule, value: Dayjs | undefined) => {
                  const problem = consentPeriodProblem(day(getFieldValue('startsOn') as Dayjs | undefined), day(value));
                  return problem ? Promise.reject(new Error(label(ERRORS[problem]))) : Promise.resolve();
                },
              }),
            ]}
          >
            <DatePicker style={{ width: '100%' }} inputReadOnly data-testid="consent-form-end" />
          </Form.Item>
        </Flex>
      </Form>
    </FormModal>
  );
}
