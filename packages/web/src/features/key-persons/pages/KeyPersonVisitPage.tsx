import { CameraOutlined, CloseOutlined, HomeOutlined, PhoneOutlined, VideoCameraOutlined } from '@ant-design/icons';
import { KEY_PERSON_VISIT_METHOD_LABELS, type KeyPersonVisitMethod } from '@fengqiao/domain';
import { App, Button, Flex, Input, Typography } from 'antd';
import { type ChangeEvent, type ReactNode, useRef, useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { useT } from '../../../app/i18n/use-t';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { PageHeader } from '../../../ui/PageHeader';
import { RecordLoadError } from '../../../ui/RecordLoadError';
import { useKeyPerson, useLogVisit } from '../hooks/use-key-persons';

const METHOD_ICONS: Record<KeyPersonVisitMethod, ReactNode> = {
  home: <HomeOutlined />,
  phone: <PhoneOutlined />,
  video: <VideoCameraOutlined />,
};

/**
 * The phone visit log: one big button per way of contact, and the tap saves (time: now). Findings, place and a photo
 * are optional and filled before the tap. From the list: 走访, then the way — two taps.
 */
export function KeyPersonVisitPage() {
  const { id = '' } = useParams();
  const { t, label } = useT();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const record = useKeyPerson(id);
  const log = useLogVisit(id);
  const [findings, setFindings] = useState('');
  const [place, setPlace] = useState('');
  const [photo, setPhoto] = useState<File>();
  const camera = useRef<HTMLInputElement>(null);

  if (record.isError) return <RecordLoadError error={record.error} onRetry={() => record.refetch()} />;
  const save = (method: KeyPersonVisitMethod) =>
    log.mutate(
      {
        body: {
          method,
          ...(findings.trim() ? { findings: findings.trim() } : {}),
          ...(place.trim() ? { place: place.trim() } : {}),
        },
        photo,
      },
      {
        onSuccess: ({ photoError }) => {
          if (photoError) message.warning(t('keyPersons.photoFailed'));
          else message.success(t('keyPersons.visitSaved'));
          navigate(`/key-persons/${id}`);
        },
      },
    );
  const onPhoto = (event: ChangeEvent<HTMLInputElement>) => {
    setPhoto(event.target.files?.[0]);
    event.target.value = '';
  };

  return (
    <Flex vertical gap={16} style={{ maxWidth: 560 }}>
      <PageHeader
        title={t('keyPersons.visitTitle')}
        sub={record.data ? `${record.data.name} · ${record.data.villageName}` : null}
      />
      <Input.TextArea
        value={findings}
        onChange={(event) => setFindings(event.target.value)}
        placeholder={t('keyPersons.visitFindings')}
        aria-label={t('keyPersons.visitFindings')}
        autoSize={{ minRows: 2, maxRows: 6 }}
        maxLength={2000}
        data-testid="kp-visit-findings"
      />
      <Input
        value={place}
        onChange={(event) => setPlace(event.target.value)}
        placeholder={t('keyPersons.visitPlace')}
        maxLength={200}
        size="large"
      />
      {photo ? (
        <Flex align="center" gap={8}>
          <Typography.Text ellipsis>{t('keyPersons.photoTaken', { name: photo.name })}</Typography.Text>
          <Button size="small" icon={<CloseOutlined />} onClick={() => setPhoto(undefined)} />
        </Flex>
      ) : (
        <Button icon={<CameraOutlined />} size="large" onClick={() => camera.current?.click()}>
          {t('keyPersons.photo')}
        </Button>
      )}
      <input ref={camera} type="file" accept=".jpg,.jpeg,.png" capture="environment" hidden onChange={onPhoto} />
      <Typography.Text strong style={{ fontSize: 17 }}>
        {t('keyPersons.visitHow')}
      </Typography.Text>
      {log.isError ? <ErrorAlert error={log.error} /> : null}
      {(['home', 'phone', 'video'] as const).map((method) => (
        <Button
          key={method}
          type="primary"
          block
          icon={METHOD_ICONS[method]}
          loading={log.isPending}
          disabled={!record.data?.actions.includes('visit')}
          onClick={() => save(method)}
          data-testid={`kp-visit-${method}`}
          style={{ height: 72, fontSize: 22, borderRadius: 12 }}
        >
          {label(KEY_PERSON_VISIT_METHOD_LABELS[method])}
        </Button>
      ))}
    </Flex>
  );
}
