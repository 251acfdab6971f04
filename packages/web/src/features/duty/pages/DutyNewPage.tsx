import { CameraOutlined, CloseOutlined } from '@ant-design/icons';
import type { DutyType } from '@fengqiao/domain';
import { App, Button, Flex, Input, Typography } from 'antd';
import { type ChangeEvent, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import { useCurrentUser } from '../../../app/auth/current-user-context';
import { useT } from '../../../app/i18n/use-t';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { PageHeader } from '../../../ui/PageHeader';
import { JurisdictionPicker } from '../../jurisdictions/components/JurisdictionPicker';
import { DutyTypeGrid } from '../components/DutyTypeGrid';
import { useCreateDutyLog } from '../hooks/use-duty-logs';
import { dutyReach } from '../lib/duty-reach';

const PHOTO_ACCEPT = '.jpg,.jpeg,.png';

/**
 * 记一笔: the duty as a big button, then 保存 — with 记一笔 on the phone home, three taps. The time is now and the
 * village the auxiliary officer's own (the server fills both in); note and photo are optional. Officers and the
 * chief, who hold no single village, choose one.
 */
export function DutyNewPage() {
  const { t } = useT();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const { ownVillage } = dutyReach(useCurrentUser().roles);
  const create = useCreateDutyLog();
  const [type, setType] = useState<DutyType>();
  const [villageId, setVillageId] = useState<string>();
  const [note, setNote] = useState('');
  const [photo, setPhoto] = useState<File>();
  const camera = useRef<HTMLInputElement>(null);
  const needsVillage = ownVillage === null;

  const onPhoto = (event: ChangeEvent<HTMLInputElement>) => {
    setPhoto(event.target.files?.[0]);
    event.target.value = '';
  };
  const save = () => {
    if (!type) return;
    const body = {
      type,
      ...(needsVillage && villageId ? { villageId } : {}),
      ...(note.trim() ? { note: note.trim() } : {}),
    };
    create.mutate(
      { body, photo },
      {
        onSuccess: ({ photoError }) => {
          if (photoError) message.warning(t('duty.photoFailed'));
          else message.success(t('duty.saved'));
          navigate('/duty');
        },
      },
    );
  };

  return (
    <Flex vertical gap={16} style={{ maxWidth: 560 }}>
      <PageHeader title={t('duty.newTitle')} sub={ownVillage?.jurisdictionName} />
      {needsVillage ? (
        <JurisdictionPicker
          value={villageId ?? null}
          onChange={setVillageId}
          levels={['village', 'community']}
          placeholder={t('duty.village')}
          testId="duty-village"
        />
      ) : null}
      <Typography.Text strong style={{ fontSize: 17 }}>
        {t('duty.pickType')}
      </Typography.Text>
      <DutyTypeGrid value={type} onChange={setType} />
      <Input.TextArea
        value={note}
        onChange={(event) => setNote(event.target.value)}
        placeholder={t('duty.notePlaceholder')}
        aria-label={t('duty.note')}
        autoSize={{ minRows: 2, maxRows: 6 }}
        maxLength={2000}
        data-testid="duty-note"
      />
      {photo ? (
        <Flex align="center" gap={8}>
          <Typography.Text ellipsis>{t('duty.photoTaken', { name: photo.name })}</Typography.Text>
          <Button size="small" icon={<CloseOutlined />} onClick={() => setPhoto(undefined)}>
            {t('duty.photoRemove')}
          </Button>
        </Flex>
      ) : (
        <Button icon={<CameraOutlined />} size="large" onClick={() => camera.current?.click()} data-testid="duty-photo">
          {t('duty.photo')}
        </Button>
      )}
      <input
        ref={camera}
        type="file"
        accept={PHOTO_ACCEPT}
        capture="environment"
        hidden
        onChange={onPhoto}
        data-testid="duty-photo-file"
      />
      {create.isError ? <ErrorAlert error={create.error} /> : null}
      <Button
        type="primary"
        block
        disabled={!type || (needsVillage && !villageId)}
        loading={create.isPending}
        onClick={save}
        data-testid="duty-save"
        style={{ height: 64, fontSize: 22, borderRadius: 12 }}
      >
        {t('duty.save')}
      </Button>
    </Flex>
  );
}
