import { type CreateVenue, VENUE_KIND_LABELS, VENUE_KINDS, type VenueDetail } from '@fengqiao/domain';
import { Form, Input, Select } from 'antd';
import { useNavigate } from 'react-router';
import { useT } from '../../../app/i18n/use-t';
import { FormModal } from '../../../ui/FormModal';
import { useCloseWithMessage } from '../../../ui/use-close-with-message';
import { JurisdictionPicker } from '../../jurisdictions/components/JurisdictionPicker';
import { PersonSelect } from '../../people/components/PersonSelect';
import { useCreateVenue, useUpdateVenue } from '../hooks/use-venues';

type Values = CreateVenue;

/** 登记场所 / 修改场所: name, kind, village (fixed once registered), address and the contact from the directory. */
export function VenueFormModal({ venue, onClose }: { venue?: VenueDetail; onClose: () => void }) {
  const { t, label } = useT();
  const navigate = useNavigate();
  const [form] = Form.useForm<Values>();
  const create = useCreateVenue();
  const update = useUpdateVenue(venue?.id ?? '');
  const done = useCloseWithMessage(onClose);
  const pending = create.isPending || update.isPending;
  const submit = (values: Values) => {
    if (venue) {
      update.mutate(
        {
          name: values.name,
          kind: values.kind,
          address: values.address ?? null,
          contactPersonId: values.contactPersonId ?? null,
        },
        { onSuccess: () => done('venues.saved') },
      );
    } else {
      create.mutate(values, {
        onSuccess: (saved) => {
          done('venues.saved');
          navigate(`/venues/${saved.id}`);
        },
      });
    }
  };
  return (
    <FormModal
      title={t(venue ? 'venues.edit' : 'venues.add')}
      form={form}
      pending={pending}
      error={create.error ?? update.error}
      okTestId="venue-form-submit"
      onClose={onClose}
    >
      <Form<Values>
        form={form}
        layout="vertical"
        style={{ marginTop: 12 }}
        initialValues={
          venue
            ? {
                name: venue.name,
                kind: venue.kind,
                villageId: venue.villageId,
                address: venue.address ?? undefined,
                contactPersonId: venue.contactPersonId ?? undefined,
              }
            : { kind: 'bank' }
        }
        onFinish={submit}
      >
        <Form.Item name="name" label={t('venues.name')} rules={[{ required: true, whitespace: true }]}>
          <Input maxLength={100} data-testid="venue-name" />
        </Form.Item>
        <Form.Item name="kind" label={t('venues.kind')} rules={[{ required: true }]}>
          <Select options={VENUE_KINDS.map((kind) => ({ value: kind, label: label(VENUE_KIND_LABELS[kind]) }))} />
        </Form.Item>
        {venue ? null : (
          <Form.Item name="villageId" label={t('venues.village')} rules={[{ required: true }]}>
            <JurisdictionPicker levels={['village', 'community']} hideLevels={['group']} />
          </Form.Item>
        )}
        <Form.Item name="address" label={t('venues.address')}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="contactPersonId" label={t('venues.contactPersonId')}>
          <PersonSelect />
        </Form.Item>
      </Form>
    </FormModal>
  );
}
