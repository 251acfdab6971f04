import { ATTENDEE_KIND_LABELS, type Meeting, meetingScheduleEditable } from '@fengqiao/domain';
import { Form, Input, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useT } from '../../../app/i18n/use-t';
import { FormModal } from '../../../ui/FormModal';
import { shanghaiNow, toShanghaiIso } from '../../../ui/format-time';
import { TimeItem } from '../../../ui/TimeItem';
import { useCloseWithMessage } from '../../../ui/use-close-with-message';
import { useAttendeeSuggestions, useCreateMeeting, useUpdateMeeting } from '../hooks/use-meetings';
import { type AttendeeRef, attendeeKey, attendeePlace, chosenAttendees } from '../lib/attendees';

interface Values {
  startsAt: Dayjs;
  place: string;
  chairUserId?: string;
  attendees?: string[];
  absent?: string[];
}

/**
 * A new meeting, or the details of one (time, place, chair, attendees). The attendees are offered by the server for
 * the meeting's day: the station's and 综治办's accounts, the town's departments and the month's directors on
 * rotation. Once held, the time no longer changes (the frozen figures belong to it).
 */
export function MeetingFormModal({ meeting, onClose }: { meeting?: Meeting; onClose: () => void }) {
  const { t, label } = useT();
  const navigate = useNavigate();
  const [form] = Form.useForm<Values>();
  const create = useCreateMeeting();
  const update = useUpdateMeeting(meeting?.id ?? '');
  const save = meeting ? update : create;
  const done = useCloseWithMessage(onClose);
  const [initial] = useState<Values>(() =>
    meeting
      ? {
          startsAt: shanghaiNow(new Date(meeting.startsAt)),
          place: meeting.place,
          ...(meeting.chair ? { chairUserId: meeting.chair.userId } : {}),
          attendees: meeting.attendees.map(attendeeKey),
          absent: meeting.attendees.filter((attendee) => !attendee.present).map(attendeeKey),
        }
      : { startsAt: shanghaiNow().minute(0).second(0), place: '' },
  );
  const startsAt = Form.useWatch('startsAt', form) ?? initial.startsAt;
  const chosen = Form.useWatch('attendees', form) ?? initial.attendees ?? [];
  const suggestions = useAttendeeSuggestions(startsAt ? startsAt.format('YYYY-MM-DD') : undefined);
  // The saved attendees stay choosable even when the day's suggestions no longer list them.
  const offered: AttendeeRef[] = [...(meeting?.attendees ?? []), ...(suggestions.data ?? [])];
  const options = [...new Map(offered.map((ref) => [attendeeKey(ref), ref])).entries()].map(([key, ref]) => ({
    value: key,
    label: t('meetings.attendeeWithPlace', {
      name: ref.name,
      place: attendeePlace(ref, label(ATTENDEE_KIND_LABELS[ref.kind])),
    }),
  }));
  const chairs = [
    ...new Map(
      offered
        .filter((ref) => ref.userId !== null)
        .map((ref) => [ref.userId ?? '', { value: ref.userId ?? '', label: ref.name }]),
    ).values(),
  ];
  const scheduleEditable = meeting ? meetingScheduleEditable(meeting.state) : true;

  const submit = (values: Values) => {
    const body = {
      place: values.place.trim(),
      ...(values.chairUserId ? { chairUserId: values.chairUserId } : {}),
      attendees: chosenAttendees(values.attendees ?? [], offered, values.absent ?? []),
      ...(scheduleEditable ? { startsAt: toShanghaiIso(values.startsAt) } : {}),
    };
    if (meeting) update.mutate(body, { onSuccess: () => done() });
    else
      create.mutate(
        { ...body, startsAt: toShanghaiIso(values.startsAt) },
        {
          onSuccess: (saved) => {
            done('meetings.created');
            navigate(`/meetings/${encodeURIComponent(saved.id)}`);
          },
        },
      );
  };

  return (
    <FormModal
      title={meeting ? t('meetings.editTitle') : t('meetings.createTitle')}
      form={form}
      pending={save.isPending}
      error={save.error}
      errorTestId="meeting-form-error"
      okTestId="meeting-form-submit"
      onClose={onClose}
      width={640}
    >
      <Form<Values> form={form} layout="vertical" initialValues={initial} onFinish={submit} style={{ marginTop: 12 }}>
        {scheduleEditable ? (
          <TimeItem name="startsAt" label={t('meetings.startsAt')} requiredMessage={t('meetings.startsAtRequired')} />
        ) : null}
        <Form.Item
          name="place"
          label={t('meetings.place')}
          rules={[{ required: true, whitespace: true, message: t('meetings.placeRequired') }]}
        >
          <Input maxLength={100} placeholder={t('meetings.placePlaceholder')} data-testid="meeting-place" />
        </Form.Item>
        <Form.Item name="chairUserId" label={t('meetings.chair')}>
          <Select
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            loading={suggestions.isPending}
            options={chairs}
            data-testid="meeting-chair"
          />
        </Form.Item>
        <Form.Item name="attendees" label={t('meetings.attendeesPick')}>
          <Select
            mode="multiple"
            showSearch={{ optionFilterProp: 'label' }}
            loading={suggestions.isPending}
            options={options}
            data-testid="meeting-attendees"
          />
        </Form.Item>
        {meeting ? (
          <Form.Item name="absent" label={t('meetings.absentPick')}>
            <Select
              mode="multiple"
              showSearch={{ optionFilterProp: 'label' }}
              options={options.filter((option) => chosen.includes(option.value))}
              data-testid="meeting-absent"
            />
          </Form.Item>
        ) : null}
      </Form>
    </FormModal>
  );
}
