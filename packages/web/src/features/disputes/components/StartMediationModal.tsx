import { type Dispute, MEDIATION_TRACK_LABELS, type MediationTrack, type StartMediation } from '@fengqiao/domain';
import { Checkbox, Form, Radio } from 'antd';
import { useT } from '../../../app/i18n/use-t';
import { FormModal } from '../../../ui/FormModal';
import { shanghaiNow, toShanghaiIso } from '../../../ui/format-time';
import { useCloseWithMessage } from '../../../ui/use-close-with-message';
import { PersonSelect } from '../../people/components/PersonSelect';
import { useStartMediation } from '../hooks/use-mediation';
import { startableTracks } from '../lib/mediation-tracks';

const POLICE_FACTS = [
  'hiredViolence',
  'groupFight',
  'provocation',
  'repeatOffender',
  'partyRefuses',
  'keepsFighting',
] as const;
type PoliceFact = (typeof POLICE_FACTS)[number];

interface Values {
  track: MediationTrack;
  initiatedBy: 'party' | 'committee';
  mediatorId?: string;
  partyRefuses?: boolean;
  policeFacts?: PoliceFact[];
}

/**
 * Starts mediation on one of the three tracks. For police mediation the exclusions are asked for explicitly so
 * the server can refuse with its stable codes (hired violence, group fight, 寻衅滋事, repeat offender…).
 */
export function StartMediationModal({ dispute, onClose }: { dispute: Dispute; onClose: () => void }) {
  const { t, label } = useT();
  const [form] = Form.useForm<Values>();
  const start = useStartMediation(dispute.id);
  const done = useCloseWithMessage(onClose);
  const track = Form.useWatch('track', form);

  const submit = (values: Values) => {
    const mediatorId = values.mediatorId ?? '';
    const facts = new Set(values.policeFacts ?? []);
    const body: StartMediation = {
      track: values.track,
      startedAt: toShanghaiIso(shanghaiNow()),
      initiatedBy: values.initiatedBy,
      mediatorIds: [mediatorId],
      partyRefuses: values.partyRefuses === true,
      ...(values.track === 'police'
        ? {
            police: {
              hiredViolence: facts.has('hiredViolence'),
              groupFight: facts.has('groupFight'),
              provocation: facts.has('provocation'),
              repeatOffender: facts.has('repeatOffender'),
              partyRefuses: facts.has('partyRefuses'),
              keepsFighting: facts.has('keepsFighting'),
              responsibleOfficerId: mediatorId,
            },
          }
        : {}),
    };
    start.mutate(body, { onSuccess: () => done() });
  };

  return (
    <FormModal
      title={t('disputes.startMediation')}
      form={form}
      pending={start.isPending}
      error={start.error}
      onClose={onClose}
    >
      <Form<Values>
        form={form}
        layout="vertical"
        style={{ marginTop: 12 }}
        onFinish={submit}
        initialValues={{ track: 'people', initiatedBy: 'party', policeFacts: [] }}
      >
        <Form.Item name="track" label={t('disputes.track')}>
          <Radio.Group
            optionType="button"
            options={startableTracks(dispute).map((value) => ({ value, label: label(MEDIATION_TRACK_LABELS[value]) }))}
          />
        </Form.Item>
        <Form.Item name="initiatedBy" label={t('disputes.initiatedBy')}>
          <Radio.Group
            options={[
              { value: 'party', label: t('disputes.initiatedByParty') },
              { value: 'committee', label: t('disputes.initiatedByCommittee') },
            ]}
          />
        </Form.Item>
        <Form.Item
          name="mediatorId"
          label={t('disputes.mediator')}
          rules={[{ required: true, message: t('disputes.mediatorRequired') }]}
        >
          <PersonSelect kind="staff" />
        </Form.Item>
        {track === 'police' ? (
          <Form.Item name="policeFacts" label={t('disputes.policeExclusions')}>
            <Checkbox.Group
              style={{ display: 'flex', flexDirection: 'column', gap: 4 }}
              options={POLICE_FACTS.map((fact) => ({ value: fact, label: t(`disputes.police.${fact}`) }))}
            />
          </Form.Item>
        ) : null}
        <Form.Item name="partyRefuses" valuePropName="checked">
          <Checkbox>{t('disputes.partyRefuses')}</Checkbox>
        </Form.Item>
      </Form>
    </FormModal>
  );
}
