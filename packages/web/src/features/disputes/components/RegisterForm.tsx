import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import {
  checkIdNumber,
  DEFAULT_DISPUTE_CATEGORIES,
  DISPUTE_SOURCE_LABELS,
  DISPUTE_SOURCES,
  fullYearsBetween,
  normalizeMobile,
  PARTY_ROLE_LABELS,
  PARTY_ROLES,
  shanghaiDate,
} from '@fengqiao/domain';
import { Button, Card, DatePicker, Flex, Form, Input, InputNumber, Select, Typography } from 'antd';
import dayjs from 'dayjs';
import { useT } from '../../../app/i18n/use-t';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { optionalCheck } from '../../../ui/optional-check';
import { JurisdictionPicker } from '../../jurisdictions/components/JurisdictionPicker';
import { INITIAL_REGISTER_VALUES, type RegisterFormValues } from '../lib/register-form';

interface Props {
  defaultVillageId?: string;
  pending: boolean;
  error: unknown;
  onSubmit: (values: RegisterFormValues) => void;
}

/** The short register form, laid out in one column so it works one-handed on a 390-pixel phone. */
export function RegisterForm({ defaultVillageId, pending, error, onSubmit }: Props) {
  const { t, label } = useT();
  const [form] = Form.useForm<RegisterFormValues>();
  const started = Form.useWatch('grievanceStartedOn', form);
  const years = started ? fullYearsBetween(started.format('YYYY-MM-DD'), shanghaiDate(new Date())) : null;

  return (
    <Form<RegisterFormValues>
      form={form}
      layout="vertical"
      size="large"
      onFinish={onSubmit}
      initialValues={{ ...INITIAL_REGISTER_VALUES, jurisdictionId: defaultVillageId }}
      scrollToFirstError
    >
      <ErrorAlert error={error} testId="dispute-form-error" />
      <Form.Item
        name="category"
        label={t('disputes.category')}
        rules={[{ required: true, message: t('disputes.categoryRequired') }]}
      >
        <Select
          data-testid="dispute-form-category"
          showSearch={{ optionFilterProp: 'label' }}
          options={DEFAULT_DISPUTE_CATEGORIES.map((category) => ({ value: category.code, label: label(category) }))}
        />
      </Form.Item>
      <Form.Item
        name="jurisdictionId"
        label={t('disputes.villageOrGroup')}
        rules={[{ required: true, message: t('disputes.villageRequired') }]}
      >
        <JurisdictionPicker levels={['village', 'community', 'group']} hideLevels={[]} testId="dispute-form-village" />
      </Form.Item>
      <Form.Item name="source" label={t('disputes.source')}>
        <Select
          options={DISPUTE_SOURCES.map((source) => ({ value: source, label: label(DISPUTE_SOURCE_LABELS[source]) }))}
        />
      </Form.Item>
      <Form.Item
        name="summary"
        label={t('disputes.summary')}
        rules={[{ required: true, whitespace: true, message: t('disputes.summaryRequired') }]}
      >
        <Input.TextArea rows={4} maxLength={2000} showCount data-testid="dispute-form-summary" />
      </Form.Item>
      <Flex gap={12} wrap>
        <Form.Item name="occurredOn" label={t('disputes.occurredOn')} style={{ flex: '1 1 160px' }}>
          <DatePicker
            style={{ width: '100%' }}
            disabledDate={(day) => day.isAfter(dayjs())}
            inputReadOnly
            data-testid="dispute-form-occurred"
          />
        </Form.Item>
        <Form.Item name="address" label={t('disputes.location')} style={{ flex: '2 1 200px' }}>
          <Input maxLength={200} placeholder={t('disputes.placeHint')} data-testid="dispute-form-place" />
        </Form.Item>
      </Flex>
      <Flex gap={12} wrap>
        <Form.Item name="peopleInvolved" label={t('disputes.peopleInvolved')} style={{ flex: '1 1 140px' }}>
          <InputNumber min={1} max={100000} inputMode="numeric" style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item
          name="grievanceStartedOn"
          label={t('disputes.grievanceStartedOn')}
          extra={years !== null ? t('disputes.grievanceYears', { n: years }) : undefined}
          style={{ flex: '1 1 160px' }}
        >
          <DatePicker style={{ width: '100%' }} disabledDate={(day) => day.isAfter(dayjs())} inputReadOnly />
        </Form.Item>
      </Flex>
      <Typography.Title level={5}>{t('disputes.parties')}</Typography.Title>
      <Form.List name="parties">
        {(fields, { add, remove }) => (
          <Flex vertical gap={10} style={{ marginBottom: 16 }}>
            {fields.map((field, index) => (
              <Card
                key={field.key}
                size="small"
                title={t('disputes.partyN', { n: index + 1 })}
                extra={
                  <Button
                    type="text"
                    icon={<DeleteOutlined />}
                    onClick={() => remove(field.name)}
                    aria-label={t('common.delete')}
                  />
                }
              >
                <Form.Item name={[field.name, 'role']} label={t('disputes.partyRole')}>
                  <Select
                    options={PARTY_ROLES.map((role) => ({ value: role, label: label(PARTY_ROLE_LABELS[role]) }))}
                  />
                </Form.Item>
                <Form.Item name={[field.name, 'name']} label={t('people.name')}>
                  <Input maxLength={40} data-testid={`dispute-form-party-name-${index}`} />
                </Form.Item>
                <Form.Item
                  name={[field.name, 'phone']}
                  label={t('people.phone')}
                  rules={[optionalCheck((value) => normalizeMobile(value) !== null, t('people.phoneInvalid'))]}
                >
                  <Input maxLength={20} inputMode="tel" autoComplete="off" />
                </Form.Item>
                <Form.Item
                  name={[field.name, 'idNumber']}
                  label={t('people.idNumber')}
                  rules={[optionalCheck((value) => checkIdNumber(value).ok, t('people.idNumberInvalid'))]}
                >
                  <Input maxLength={18} autoComplete="off" />
                </Form.Item>
              </Card>
            ))}
            <Button icon={<PlusOutlined />} onClick={() => add({ role: 'respondent' })} block>
              {t('disputes.addParty')}
            </Button>
          </Flex>
        )}
      </Form.List>
      <Button
        type="primary"
        htmlType="submit"
        block
        loading={pending}
        data-testid="dispute-form-submit"
        style={{ height: 56, fontSize: 20 }}
      >
        {t('disputes.submitRegister')}
      </Button>
    </Form>
  );
}
