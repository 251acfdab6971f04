import type { AgreementRecord, RoomView } from '@fengqiao/domain';
import { Button, Empty, Flex, List, Select, Tag, Typography } from 'antd';
import { useState } from 'react';
import { can } from '../../../app/auth/permissions';
import { useT } from '../../../app/i18n/use-t';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { AgreementEditorModal } from '../../disputes/components/AgreementEditorModal';
import { useDispute } from '../../disputes/hooks/use-disputes';
import { useAgreements } from '../../disputes/hooks/use-mediation';
import { useDraftConfirmations, useShareDraft } from '../hooks/use-rooms';

const EXCERPT = 24;

/** A draft is named by its place in the case and the start of its terms: drafts have no number until effective. */
function draftLabel(agreement: AgreementRecord, untitled: string): string {
  const text = (agreement.terms ?? agreement.facts ?? agreement.content ?? '').trim();
  return text ? `${untitled} · ${text.slice(0, EXCERPT)}${text.length > EXCERPT ? '…' : ''}` : untitled;
}

/**
 * 协议草稿: the host drafts the agreement beside the video (the case page's own editor, in a dialog over the room, so
 * the call goes on), picks one of the case's drafts and shares it into the room, where the parties read and confirm it.
 */
export function DraftTab({ room }: { room: RoomView }) {
  const { t, dateTime } = useT();
  const agreements = useAgreements(room.disputeId);
  const drafts = (agreements.data ?? []).filter((agreement) => agreement.status === 'draft');
  const share = useShareDraft(room.id);
  const confirmations = useDraftConfirmations(room.id, room.sharedAgreementId !== null);
  const [picked, setPicked] = useState<string | undefined>(room.sharedAgreementId ?? undefined);
  const mayShare = can(room, 'share_draft');
  const shared = drafts.find((d) => d.id === room.sharedAgreementId);
  const dispute = useDispute(room.disputeId);
  const [editing, setEditing] = useState<{ agreement?: AgreementRecord } | null>(null);
  const pickedDraft = drafts.find((d) => d.id === picked);

  return (
    <Flex vertical gap={12} data-testid="room-draft">
      <ErrorAlert error={agreements.error ?? share.error} />
      {agreements.isSuccess && drafts.length === 0 ? <Empty description={t('rooms.draft.none')} /> : null}
      {drafts.length > 0 ? (
        <Select
          value={picked}
          onChange={setPicked}
          placeholder={t('rooms.draft.pick')}
          options={drafts.map((draft, i) => ({
            value: draft.id,
            label: draftLabel(draft, t('rooms.draft.untitled', { n: i + 1 })),
          }))}
          size="large"
          disabled={!mayShare}
          data-testid="room-draft-pick"
        />
      ) : null}
      {mayShare ? (
        <Flex gap={8} wrap>
          <Button
            type="primary"
            size="large"
            disabled={picked === undefined || picked === room.sharedAgreementId}
            loading={share.isPending && share.variables !== null}
            onClick={() => picked && share.mutate(picked)}
            data-testid="room-draft-share"
          >
            {t('rooms.draft.share')}
          </Button>
          {room.sharedAgreementId ? (
            <Button size="large" onClick={() => share.mutate(null)} data-testid="room-draft-unshare">
              {t('rooms.draft.stopSharing')}
            </Button>
          ) : null}
        </Flex>
      ) : null}
      <Flex gap={8} align="center" wrap>
        {room.sharedAgreementId ? (
          <Tag color="green" data-testid="room-draft-shared">
            {t('rooms.draft.shared')}
            {shared ? `：${draftLabel(shared, t('rooms.draft.untitled', { n: drafts.indexOf(shared) + 1 }))}` : ''}
          </Tag>
        ) : (
          <Tag>{t('rooms.draft.notShared')}</Tag>
        )}
      </Flex>
      {mayShare && dispute.data ? (
        <Flex gap={8} wrap>
          <Button size="large" onClick={() => setEditing({})} data-testid="room-draft-new">
            {t('rooms.draft.new')}
          </Button>
          {pickedDraft ? (
            <Button size="large" onClick={() => setEditing({ agreement: pickedDraft })} data-testid="room-draft-edit">
              {t('rooms.draft.edit')}
            </Button>
          ) : null}
        </Flex>
      ) : null}
      {editing && dispute.data ? (
        <AgreementEditorModal
          dispute={dispute.data}
          mediationId={room.mediationId}
          {...(editing.agreement ? { agreement: editing.agreement } : {})}
          onClose={() => setEditing(null)}
        />
      ) : null}
      {room.sharedAgreementId ? (
        <>
          <Typography.Text strong>{t('rooms.draft.confirmations')}</Typography.Text>
          <List
            size="small"
            dataSource={confirmations.data ?? []}
            locale={{ emptyText: t('rooms.draft.noConfirmations') }}
            renderItem={(c) => (
              <List.Item key={c.id}>
                {t('rooms.draft.confirmedAt', { name: c.displayName, time: dateTime(c.confirmedAt) })}
              </List.Item>
            )}
            data-testid="room-draft-confirmations"
          />
        </>
      ) : null}
    </Flex>
  );
}
