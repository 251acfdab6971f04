import type { CreatePatrolTeam } from '@fengqiao/domain';
import { Form, Input, Select } from 'antd';
import { useT } from '../../../app/i18n/use-t';
import { FormModal } from '../../../ui/FormModal';
import { useCloseWithMessage } from '../../../ui/use-close-with-message';
import { useJurisdictions } from '../../jurisdictions/hooks/use-jurisdictions';
import { PersonSelect } from '../../people/components/PersonSelect';
import { useCreatePatrolTeam } from '../hooks/use-patrols';

const AREA_LEVELS = new Set(['district', 'village', 'community']);

/** 新建巡逻队: a name, the leader (an officer or auxiliary officer; the server checks), and its district or villages. */
export function TeamFormModal({ onClose }: { onClose: () => void }) {
  const { t } = useT();
  const [form] = Form.useForm<CreatePatrolTeam>();
  const create = useCreatePatrolTeam();
  const done = useCloseWithMessage(onClose);
  const jurisdictions = useJurisdictions();
  const areas = (jurisdictions.data ?? []).filter((j) => AREA_LEVELS.has(j.level));
  const submit = (values: CreatePatrolTeam) =>
    create.mutate({ ...values, name: values.name.trim() }, { onSuccess: () => done('patrols.teamSaved') });
  return (
    <FormModal
      title={t('patrols.newTeam')}
      form={form}
      pending={create.isPending}
      error={create.error}
      okTestId="patrol-team-save"
      onClose={onClose}
    >
      <Form form={form} layout="vertical" style={{ marginTop: 12 }} onFinish={submit}>
        <Form.Item
          name="name"
          label={t('patrols.teamName')}
          rules={[{ required: true, whitespace: true, message: t('patrols.teamNameRequired') }]}
        >
          <Input maxLength={60} data-testid="patrol-team-name" />
        </Form.Item>
        <Form.Item
          name="leaderPersonId"
          label={t('patrols.leader')}
          extra={t('patrols.leaderHelp')}
          rules={[{ required: true, message: t('patrols.leaderRequired') }]}
        >
          <PersonSelect kind="staff" />
        </Form.Item>
        <Form.Item
          name="areaIds"
          label={t('patrols.area')}
          rules={[{ required: true, message: t('patrols.areaRequired') }]}
        >
          <Select
            mode="multiple"
            showSearch={{ optionFilterProp: 'label' }}
            loading={jurisdictions.isPending}
            options={areas.map((area) => ({ value: area.id, label: area.name }))}
            data-testid="patrol-team-areas"
          />
        </Form.Item>
      </Form>
    </FormModal>
  );
}
