import {
  CAMERA_KIND_LABELS,
  CAMERA_KINDS,
  type Camera,
  ERRORS,
  STREAM_SOURCE_KINDS,
  type StreamSourceKind,
  VIDEO_CODECS,
} from '@fengqiao/domain';
import { Flex, Form, Input, InputNumber, Radio, Select } from 'antd';
import type { MessageKey } from '../../../app/i18n/dictionaries';
import { useT } from '../../../app/i18n/use-t';
import { FormModal } from '../../../ui/FormModal';
import { useCloseWithMessage } from '../../../ui/use-close-with-message';
import { useJurisdictions } from '../../jurisdictions/hooks/use-jurisdictions';
import { PersonSelect } from '../../people/components/PersonSelect';
import { useCreateCamera, useUpdateCamera } from '../hooks/use-cameras';
import {
  type CameraFormValues,
  cameraFormValues,
  deviceIdProblem,
  toCreateCamera,
  toUpdateCamera,
} from '../lib/camera-form';
import { VillageSelect } from './VillageSelect';

const SOURCE_KEYS: Record<StreamSourceKind, MessageKey> = {
  none: 'cameras.source.none',
  rtsp: 'cameras.source.rtsp',
  rtp: 'cameras.source.rtp',
  gb28181: 'cameras.source.gb28181',
};

interface Props {
  /** The camera being edited; a new one is registered without it. */
  camera?: Camera;
  onClose: () => void;
  onSaved?: (camera: Camera) => void;
}

/**
 * 登记/修改摄像头: village (within the caller's camera.manage reach), the GB/T 28181 device id checked part by part
 * with the domain's rule before it is sent, the household's owner, and where the stream comes from. A stored RTSP
 * address is never shown again (it may hold a password): typing a new one replaces it, leaving it blank keeps it.
 */
export function CameraFormModal({ camera, onClose, onSaved }: Props) {
  const { t, label } = useT();
  const [form] = Form.useForm<CameraFormValues>();
  const jurisdictions = useJurisdictions();
  const create = useCreateCamera();
  const update = useUpdateCamera(camera?.id ?? '');
  const mutation = camera ? update : create;
  const done = useCloseWithMessage(onClose);
  const kind = Form.useWatch('kind', form) ?? camera?.kind ?? 'public';
  const ownerMode = Form.useWatch('ownerMode', form) ?? (camera?.owner ? 'keep' : 'existing');
  const sourceKind = Form.useWatch('sourceKind', form) ?? camera?.source?.kind ?? 'none';

  const townCodeOf = (villageId: string | undefined) => {
    const places = jurisdictions.data ?? [];
    const townId = places.find((place) => place.id === villageId)?.townId;
    return places.find((place) => place.id === townId)?.code ?? null;
  };

  const submit = (values: CameraFormValues) => {
    const saved = (result: Camera) => {
      done();
      onSaved?.(result);
    };
    if (camera) update.mutate(toUpdateCamera(camera, values), { onSuccess: saved });
    else create.mutate(toCreateCamera(values), { onSuccess: saved });
  };

  const storedRtsp = camera?.source?.kind === 'rtsp' ? camera.source.url : null;

  return (
    <FormModal
      title={camera ? t('cameras.edit') : t('cameras.create')}
      form={form}
      pending={mutation.isPending}
      error={mutation.error}
      errorTestId="camera-form-error"
      okTestId="camera-form-save"
      onClose={onClose}
      width={640}
    >
      <Form<CameraFormValues>
        form={form}
        layout="vertical"
        style={{ marginTop: 12 }}
        onFinish={submit}
        initialValues={
          camera
            ? cameraFormValues(camera)
            : { kind: 'public', ownerMode: 'existing', sourceKind: 'none', codec: 'vp8' }
        }
      >
        <Form.Item name="kind" label={t('cameras.col.kind')}>
          <Radio.Group
            disabled={camera !== undefined}
            optionType="button"
            options={CAMERA_KINDS.map((value) => ({ value, label: label(CAMERA_KIND_LABELS[value]) }))}
          />
        </Form.Item>
        <Form.Item
          name="villageId"
          label={t('cameras.col.village')}
          rules={[{ required: true, message: t('cameras.form.villageRequired') }]}
        >
          <VillageSelect permission="camera.manage" testId="camera-form-village" />
        </Form.Item>
        <Form.Item
          name="deviceId"
          label={t('cameras.col.deviceId')}
          extra={t('cameras.form.deviceIdHelp')}
          dependencies={['villageId']}
          rules={[
            { required: true, message: t('cameras.form.deviceIdRequired') },
            ({ getFieldValue }) => ({
              validator: (_rule, value: string | undefined) => {
                const villageId = getFieldValue('villageId') as string | undefined;
                if (!value || !villageId) return Promise.resolve();
                const problem = deviceIdProblem(value, townCodeOf(villageId));
                return problem ? Promise.reject(new Error(label(ERRORS[problem]))) : Promise.resolve();
              },
            }),
          ]}
        >
          <Input
            inputMode="numeric"
            maxLength={20}
            style={{ fontFamily: 'monospace' }}
            data-testid="camera-form-device"
          />
        </Form.Item>
        <Form.Item
          name="name"
          label={t('cameras.col.name')}
          rules={[{ required: true, whitespace: true, message: t('cameras.form.nameRequired') }]}
        >
          <Input maxLength={100} data-testid="camera-form-name" />
        </Form.Item>
        <Form.Item name="address" label={t('cameras.address')}>
          <Input maxLength={200} />
        </Form.Item>
        <Flex gap={8}>
          <Form.Item name="lat" label={t('cameras.lat')} style={{ flex: 1 }}>
            <InputNumber min={-90} max={90} step={0.000001} style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item name="lng" label={t('cameras.lng')} style={{ flex: 1 }}>
            <InputNumber min={-180} max={180} step={0.000001} style={{ width: '100%' }} />
          </Form.Item>
        </Flex>
        {kind === 'household' ? (
          <>
            <Form.Item name="ownerMode" label={t('cameras.owner')}>
              <Radio.Group
                options={[
                  ...(camera?.owner
                    ? [{ value: 'keep', label: t('cameras.form.ownerKeep', { name: camera.owner.name }) }]
                    : []),
                  { value: 'existing', label: t('cameras.form.ownerExisting') },
                  { value: 'new', label: t('cameras.form.ownerNew') },
                ]}
              />
            </Form.Item>
            {ownerMode === 'existing' ? (
              <Form.Item
                name="ownerPersonId"
                label={t('cameras.form.ownerPerson')}
                rules={[{ required: true, message: t('cameras.form.ownerRequired') }]}
              >
                <PersonSelect kind="resident" />
              </Form.Item>
            ) : null}
            {ownerMode === 'new' ? (
              <>
                <Form.Item
                  name="ownerName"
                  label={t('cameras.form.ownerName')}
                  rules={[{ required: true, whitespace: true, message: t('cameras.form.ownerRequired') }]}
                >
                  <Input maxLength={40} />
                </Form.Item>
                <Form.Item name="ownerPhone" label={t('cameras.form.ownerPhone')}>
                  <Input inputMode="tel" maxLength={20} />
                </Form.Item>
                <Form.Item name="ownerAddress" label={t('cameras.form.ownerAddress')}>
                  <Input maxLength={200} />
                </Form.Item>
              </>
            ) : null}
          </>
        ) : null}
        <Form.Item name="sourceKind" label={t('cameras.source')}>
          <Select
            options={STREAM_SOURCE_KINDS.map((value) => ({ value, label: t(SOURCE_KEYS[value]) }))}
            data-testid="camera-form-source"
          />
        </Form.Item>
        {sourceKind === 'rtsp' ? (
          <Form.Item
            name="rtspUrl"
            label={t('cameras.form.rtspUrl')}
            extra={storedRtsp ? t('cameras.form.rtspKeep', { url: storedRtsp }) : t('cameras.form.rtspHelp')}
            rules={[
              { required: storedRtsp === null, message: t('cameras.form.rtspRequired') },
              { pattern: /^rtsps?:\/\/\S+$/, message: t('cameras.form.rtspInvalid') },
            ]}
          >
            <Input.Password autoComplete="off" visibilityToggle={false} placeholder="rtsp://" />
          </Form.Item>
        ) : null}
        {sourceKind === 'rtp' ? (
          <Flex gap={8}>
            <Form.Item name="codec" label={t('cameras.form.codec')} style={{ flex: 1 }}>
              <Select options={VIDEO_CODECS.map((value) => ({ value, label: value.toUpperCase() }))} />
            </Form.Item>
            <Form.Item name="rtpPort" label={t('cameras.form.rtpPort')} style={{ flex: 1 }}>
              <InputNumber
                min={1024}
                max={65535}
                style={{ width: '100%' }}
                placeholder={t('cameras.form.rtpPortAuto')}
              />
            </Form.Item>
          </Flex>
        ) : null}
      </Form>
    </FormModal>
  );
}
