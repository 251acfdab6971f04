import { PrinterOutlined } from '@ant-design/icons';
import {
  type CreatedInvitation,
  PARTICIPANT_KIND_LABELS,
  type ParticipantKind,
  type RoomInvitation,
  type RoomView,
} from '@fengqiao/domain';
import { Button, Card, Flex, Form, Input, List, Radio, Select, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useT } from '../../../app/i18n/use-t';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { useDispute } from '../../disputes/hooks/use-disputes';
import { useInvitations, useInvite, useRevokeInvitation } from '../hooks/use-rooms';
import { invitationCardHtml, svgDataUrl } from '../lib/invitation-card';

/** Who else a mediator invites by link besides the case's parties (Art. 20: relatives, neighbours, experts…). */
const GUEST_KINDS: readonly ParticipantKind[] = ['agent', 'relative', 'neighbour', 'expert', 'other'];

interface Values {
  who: 'party' | 'other';
  partyId?: string;
  displayName?: string;
  kind?: ParticipantKind;
}

/**
 * 邀请当事人: a party of the case or a named person gets a one-time link, shown once with its QR code, the text
 * message to send, and a card to print; the invitations sent so far can be revoked.
 */
export function InviteTab({ room }: { room: RoomView }) {
  const { t, label } = useT();
  const [form] = Form.useForm<Values>();
  const who = Form.useWatch('who', form) ?? 'party';
  const dispute = useDispute(room.disputeId);
  const invite = useInvite(room.id);
  const invitations = useInvitations(room.id, true);
  const [created, setCreated] = useState<{ invitation: CreatedInvitation; name: string } | null>(null);

  const submit = (values: Values) => {
    const party = dispute.data?.parties.find((p) => p.id === values.partyId);
    const body =
      values.who === 'party' && values.partyId
        ? { partyId: values.partyId }
        : { displayName: values.displayName ?? '', kind: values.kind ?? 'other' };
    invite.mutate(body, {
      onSuccess: (invitation) => {
        setCreated({ invitation, name: party?.name ?? values.displayName ?? '' });
        form.resetFields();
      },
    });
  };

  return (
    <Flex vertical gap={12} data-testid="room-invite">
      <Form form={form} layout="vertical" initialValues={{ who: 'party', kind: 'relative' }} onFinish={submit}>
        <Form.Item name="who">
          <Radio.Group optionType="button" buttonStyle="solid" data-testid="invite-who">
            <Radio.Button value="party">{t('rooms.invite.party')}</Radio.Button>
            <Radio.Button value="other">{t('rooms.invite.other')}</Radio.Button>
          </Radio.Group>
        </Form.Item>
        {who === 'party' ? (
          <Form.Item
            name="partyId"
            label={t('rooms.invite.pickParty')}
            rules={[{ required: true, message: t('rooms.invite.pickParty') }]}
          >
            <Select
              size="large"
              loading={dispute.isPending}
              options={(dispute.data?.parties ?? []).map((p) => ({ value: p.id, label: p.name }))}
              data-testid="invite-party"
            />
          </Form.Item>
        ) : (
          <>
            <Form.Item
              name="displayName"
              label={t('rooms.invite.name')}
              rules={[{ required: true, whitespace: true, max: 40, message: t('rooms.invite.name') }]}
            >
              <Input size="large" maxLength={40} data-testid="invite-name" />
            </Form.Item>
            <Form.Item name="kind" label={t('rooms.invite.kind')}>
              <Select
                size="large"
                options={GUEST_KINDS.map((kind) => ({ value: kind, label: label(PARTICIPANT_KIND_LABELS[kind]) }))}
                data-testid="invite-kind"
              />
            </Form.Item>
          </>
        )}
        <ErrorAlert error={invite.error} testId="invite-error" />
        <Button type="primary" size="large" htmlType="submit" loading={invite.isPending} data-testid="invite-create">
          {t('rooms.invite.create')}
        </Button>
      </Form>
      {created ? <InvitationCard room={room} name={created.name} invitation={created.invitation} /> : null}
      <InvitationList roomId={room.id} invitations={invitations.data ?? []} />
    </Flex>
  );
}

function InvitationCard({ room, name, invitation }: { room: RoomView; name: string; invitation: CreatedInvitation }) {
  const { t, dateTime } = useT();
  const link = new URL(invitation.link, window.location.origin).toString();
  const expires = t('rooms.invite.expires', { time: dateTime(invitation.expiresAt) });
  const print = () => {
    const card = window.open('', '_blank');
    if (!card) return;
    card.document.write(
      invitationCardHtml({
        title: t('rooms.invite.cardTitle'),
        roomTitle: room.disputeTitle,
        guestName: name,
        link,
        expires,
        help: t('rooms.invite.cardHelp'),
        qrSvg: invitation.qrSvg,
      }),
    );
    card.document.close();
    card.focus();
    card.print();
  };
  return (
    <Card size="small" title={name} data-testid="invite-created">
      <Flex vertical gap={8}>
        <Typography.Text type="warning">{t('rooms.invite.once')}</Typography.Text>
        <Typography.Text strong>{t('rooms.invite.link')}</Typography.Text>
        <Typography.Paragraph copyable={{ text: link }} style={{ wordBreak: 'break-all' }} data-testid="invite-link">
          {link}
        </Typography.Paragraph>
        <img
          src={svgDataUrl(invitation.qrSvg)}
          alt={t('rooms.invite.qr')}
          width={200}
          height={200}
          data-testid="invite-qr"
        />
        <Typography.Text strong>{t('rooms.invite.sms')}</Typography.Text>
        <Typography.Paragraph copyable={{ text: invitation.smsBody }} data-testid="invite-sms">
          {invitation.smsBody}
        </Typography.Paragraph>
        <Typography.Text type="secondary">{expires}</Typography.Text>
        <Button icon={<PrinterOutlined />} size="large" onClick={print} data-testid="invite-print">
          {t('rooms.invite.print')}
        </Button>
      </Flex>
    </Card>
  );
}

function InvitationList({ roomId, invitations }: { roomId: string; invitations: RoomInvitation[] }) {
  const { t, label, dateTime } = useT();
  const revoke = useRevokeInvitation(roomId);
  if (invitations.length === 0) return null;
  return (
    <Flex vertical gap={4}>
      <Typography.Text strong>{t('rooms.invite.list')}</Typography.Text>
      <ErrorAlert error={revoke.error} />
      <List
        size="small"
        dataSource={invitations}
        data-testid="invite-list"
        renderItem={(invitation) => {
          return (
            <List.Item
              key={invitation.id}
              actions={
                invitation.status === 'pending'
                  ? [
                      <Button
                        key="revoke"
                        size="small"
                        danger
                        loading={revoke.isPending && revoke.variables === invitation.id}
                        onClick={() => revoke.mutate(invitation.id)}
                      >
                        {t('rooms.invite.revoke')}
                      </Button>,
                    ]
                  : []
              }
            >
              <Flex vertical>
                <Typography.Text>
                  {invitation.displayName} · {label(PARTICIPANT_KIND_LABELS[invitation.kind])}
                </Typography.Text>
                <Typography.Text type="secondary">
                  <Tag>{t(`rooms.invite.state.${invitation.status}`)}</Tag>
                  {t('rooms.invite.expires', { time: dateTime(invitation.expiresAt) })}
                </Typography.Text>
              </Flex>
            </List.Item>
          );
        }}
      />
    </Flex>
  );
}
