import type { AddPatrolMember } from '@fengqiao/domain';
import { Form } from 'antd';
import { useT } from '../../../app/i18n/use-t';
import { FormModal } from '../../../ui/FormModal';
import { useCloseWithMessage } from '../../../ui/use-close-with-message';
import { PersonSelect } from '../../people/components/PersonSelect';
import { useAddPatrolMember } from '../hooks/use-patrols';

/** 添加队员: a volunteer from the people directory; the server links the person's own account when there is one. */
export function AddMemberModal({ teamId, onClose }: { teamId: string; onClose: () => void }) {
  const { t } = useT();
  const [form] = Form.useForm<AddPatrolMember>();
  const add = useAddPatrolMember(teamId);
  const done = useCloseWithMessage(onClose);
  return (
    <FormModal
      title={t('patrols.addMember')}
      form={form}
      pending={add.isPending}
      error={add.error}
      okTestId="patrol-member-save"
      onClose={onClose}
    >
      <Form
        form={form}
        layout="vertical"
        style={{ marginTop: 12 }}
        onFinish={(values) =>
          add.mutate({ personId: values.personId }, { onSuccess: () => done('patrols.memberAdded') })
        }
      >
        <Form.Item
          name="personId"
          label={t('patrols.memberPerson')}
          rules={[{ required: true, message: t('patrols.memberPersonRequired') }]}
        >
          <PersonSelect />
        </Form.Item>
      </Form>
    </FormModal>
  );
}
