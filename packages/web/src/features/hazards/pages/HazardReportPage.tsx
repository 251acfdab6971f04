import { CameraOutlined, CloseOutlined } from '@ant-design/icons';
import { HAZARD_SOURCE_LABELS, HAZARD_SOURCES, type HazardSource, ROLE_PERMISSIONS } from '@fengqiao/domain';
import { App, Button, Flex, Input, Typography } from 'antd';
import { type ChangeEvent, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import { useCurrentUser } from '../../../app/auth/current-user-context';
import { useT } from '../../../app/i18n/use-t';
import { villageGrants } from '../../../mobile/my-village';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { PageHeader } from '../../../ui/PageHeader';
import { JurisdictionPicker } from '../../jurisdictions/components/JurisdictionPicker';
import { useReportHazard } from '../hooks/use-hazards';

const PHOTO_ACCEPT = '.jpg,.jpeg,.png';
const TITLE_CHARS = 30;

/**
 * 报告隐患 on the phone: the village is the user's own when he looks after one (preselected), the source a big button
 * (a night patrol unless changed), the description typed, 拍照 opens the phone camera, and 报告 sends it — from the
 * phone home's button, three taps. The title is the description's first line.
 */
export function HazardReportPage() {
  const { t, label } = useT();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const me = useCurrentUser();
  const reporting = me.roles.filter((grant) => ROLE_PERMISSIONS[grant.role]['hazard.report']);
  const villages = villageGrants(reporting);
  const own = villages.length === 1 ? villages[0] : undefined;
  const [villageId, setVillageId] = useState<string | undefined>(own?.jurisdictionId);
  const [source, setSource] = useState<HazardSource>('patrol');
  const [text, setText] = useState('');
  const [photo, setPhoto] = useState<File>();
  const camera = useRef<HTMLInputElement>(null);
  const report = useReportHazard();
  const description = text.trim();

  const onPhoto = (event: ChangeEvent<HTMLInputElement>) => {
    setPhoto(event.target.files?.[0]);
    event.target.value = '';
  };
  const save = () => {
    if (!villageId || !description) return;
    const title = [...(description.split('\n')[0] ?? description)].slice(0, TITLE_CHARS).join('');
    report.mutate(
      { body: { source, villageId, title, description }, photo },
      {
        onSuccess: ({ hazard, photoError }) => {
          if (photoError) message.warning(t('hazards.photoFailed'));
          else message.success(t('hazards.saved'));
          navigate(`/hazards/${hazard.id}`);
        },
      },
    );
  };

  return (
    <Flex vertical gap={16} style={{ maxWidth: 560 }}>
      <PageHeader title={t('hazards.reportTitle')} sub={own?.jurisdictionName} />
      {own ? null : (
        <JurisdictionPicker
          value={villageId ?? null}
          onChange={setVillageId}
          levels={['village', 'community']}
          hideLevels={['group']}
          placeholder={t('hazards.village')}
          testId="hazard-new-village"
        />
      )}
      <Typography.Text strong style={{ fontSize: 17 }}>
        {t('hazards.pickSource')}
      </Typography.Text>
      <div style={{ display: 'grid', gridTemplateColumns: 'repeat(2, minmax(0, 1fr))', gap: 10 }}>
        {HAZARD_SOURCES.map((value) => (
          <Button
            key={value}
            type={source === value ? 'primary' : 'default'}
            aria-pressed={source === value}
            onClick={() => setSource(value)}
            data-testid={`hazard-source-${value}`}
            style={{ height: 56, fontSize: 17, borderRadius: 12 }}
          >
            {label(HAZARD_SOURCE_LABELS[value])}
          </Button>
        ))}
      </div>
      <Input.TextArea
        value={text}
        onChange={(event) => setText(event.target.value)}
        placeholder={t('hazards.describe')}
        aria-label={t('hazards.description')}
        autoSize={{ minRows: 3, maxRows: 8 }}
        maxLength={2000}
        data-testid="hazard-new-text"
      />
      {photo ? (
        <Flex align="center" gap={8}>
          <Typography.Text ellipsis>{t('hazards.photoTaken', { name: photo.name })}</Typography.Text>
          <Button size="small" icon={<CloseOutlined />} onClick={() => setPhoto(undefined)}>
            {t('hazards.photoRemove')}
          </Button>
        </Flex>
      ) : (
        <Button
          icon={<CameraOutlined />}
          size="large"
          style={{ height: 56, fontSize: 17, borderRadius: 12 }}
          onClick={() => camera.current?.click()}
          data-testid="hazard-new-photo"
        >
          {t('hazards.takePhoto')}
        </Button>
      )}
      <input
        ref={camera}
        type="file"
        accept={PHOTO_ACCEPT}
        capture="environment"
        hidden
        onChange={onPhoto}
        data-testid="hazard-new-photo-file"
      />
      {report.isError ? <ErrorAlert error={report.error} /> : null}
      <Button
        type="primary"
        block
        disabled={!villageId || !description}
        loading={report.isPending}
        onClick={save}
        data-testid="hazard-new-save"
        style={{ height: 64, fontSize: 22, borderRadius: 12 }}
      >
        {t('hazards.submit')}
      </Button>
    </Flex>
  );
}
