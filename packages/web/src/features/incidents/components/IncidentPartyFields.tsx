import { checkIdNumber, INCIDENT_PARTY_ROLE_LABELS, INCIDENT_PARTY_ROLES, normalizeMobile } from '@fengqiao/domain';
import { Flex, Form, Input, Select } from 'antd';
import { useT } from '../../../app/i18n/use-t';
import { optionalCheck } from '../../../ui/optional-check';

/**
 * A person on an incident: name, role, ID number and phone, the last two checked as typed. `prefix` is the row's
 * place in a Form.List, or empty for a form holding one person.
 */
export function IncidentPartyFields({ prefix, nameTestId }: { prefix: Array<string | number>; nameTestId: string }) {
  const { t, label } = useT();
  return (
    <>
      <Flex gap={12} wrap>
        <Form.Item name={[...prefix, 'name']} label={t('people.name')} style={{ flex: '1 1 140px' }}>
          <Input maxLength={40} data-testid={nameTestId} />
        </Form.Item>
        <Form.Item name={[...prefix, 'role']} label={t('incidents.partyRole')} style={{ flex: '1 1 120px' }}>
          <Select
            options={INCIDENT_PARTY_ROLES.map((role) => ({
              value: role,
              label: label(INCIDENT_PARTY_ROLE_LABELS[role]),
            }))}
          />
        </Form.Item>
      </Flex>
      <Flex gap={12} wrap>
        <Form.Item
          name={[...prefix, 'idNumber']}
          label={t('people.idNumber')}
          rules={[optionalCheck((value) => checkIdNumber(value).ok, t('people.idNumberInvalid'))]}
          style={{ flex: '1 1 200px' }}
        >
          <Input maxLength={18} autoComplete="off" />
        </Form.Item>
        <Form.Item
          name={[...prefix, 'phone']}
          label={t('people.phone')}
          rules={[optionalCheck((value) => normalizeMobile(value) !== null, t('people.phoneInvalid'))]}
          style={{ flex: '1 1 160px' }}
        >
          <Input maxLength={20} inputMode="tel" autoComplete="off" />
        </Form.Item>
      </Flex>
    </>
  );
}
