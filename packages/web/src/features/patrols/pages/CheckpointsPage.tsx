import { DownloadOutlined, LinkOutlined, PlusOutlined, PrinterOutlined, ReloadOutlined } from '@ant-design/icons';
import type { PatrolCheckpoint } from '@fengqiao/domain';
import { App, Button, Flex, Modal, Popconfirm, Skeleton, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { can } from '../../../app/auth/permissions';
import { usePermission } from '../../../app/auth/use-permission';
import { useT } from '../../../app/i18n/use-t';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { LoadMoreButton } from '../../../ui/LoadMoreButton';
import { PageHeader } from '../../../ui/PageHeader';
import { isListLoading, pagedItems } from '../../../ui/paged-list';
import { rowTestId } from '../../../ui/row-test-id';
import { useIsMobile } from '../../../ui/use-is-mobile';
import { useRowButtonProps } from '../../../ui/use-row-button-props';
import { JurisdictionPicker } from '../../jurisdictions/components/JurisdictionPicker';
import { CheckpointFormModal } from '../components/CheckpointFormModal';
import { PatrolNav } from '../components/PatrolNav';
import { patrolUrl, useCheckpointCode, usePatrolCheckpoints, useReissueCheckpoint } from '../hooks/use-patrols';

/**
 * The checkpoints and their QR codes: 打印二维码 opens the A4 sheet (one code per checkpoint) in a new tab for the
 * browser's print; 重新生成二维码 revokes a posted code that was copied or taken down. 导出 (managers, like the print)
 * lists the checkpoints without their codes.
 */
export function CheckpointsPage() {
  const { t } = useT();
  const isMobile = useIsMobile();
  const buttonProps = useRowButtonProps();
  const { message } = App.useApp();
  const canManage = usePermission('patrol.manage');
  const [villageId, setVillageId] = useState<string>();
  const checkpoints = usePatrolCheckpoints(villageId);
  const reissue = useReissueCheckpoint();
  const [creating, setCreating] = useState(false);
  const [linkOf, setLinkOf] = useState<PatrolCheckpoint | null>(null);
  const items = pagedItems(checkpoints);

  return (
    <>
      <PageHeader
        title={t('patrols.checkpointsTitle')}
        extra={
          canManage ? (
            <>
              <Button
                type="primary"
                icon={<PlusOutlined />}
                onClick={() => setCreating(true)}
                data-testid="patrol-checkpoint-add"
              >
                {t('patrols.newCheckpoint')}
              </Button>
              <Button
                icon={<PrinterOutlined />}
                href={patrolUrl('/checkpoints/print', { villageId })}
                target="_blank"
                rel="noopener"
                title={t('patrols.printHelp')}
                data-testid="patrol-checkpoint-print"
              >
                {t('patrols.print')}
              </Button>
              <Button
                icon={<DownloadOutlined />}
                href={patrolUrl('/checkpoints/export.xlsx', { villageId })}
                data-testid="patrol-checkpoint-export"
              >
                {t('patrols.export')}
              </Button>
            </>
          ) : null
        }
      />
      <PatrolNav />
      <div style={{ maxWidth: 320, marginBottom: 16 }}>
        <JurisdictionPicker
          value={villageId ?? null}
          onChange={setVillageId}
          levels={['village', 'community']}
          allowClear
          placeholder={t('patrols.allVillages')}
        />
      </div>
      {checkpoints.isError ? <ErrorAlert error={checkpoints.error} /> : null}
      <ErrorAlert error={reissue.error} />
      <Table<PatrolCheckpoint>
        rowKey="id"
        size="middle"
        loading={isListLoading(checkpoints)}
        dataSource={items}
        pagination={false}
        scroll={isMobile ? undefined : { x: 'max-content' }}
        onRow={rowTestId(() => 'patrol-checkpoint-row')}
        columns={[
          {
            title: t('patrols.checkpointName'),
            key: 'name',
            // On a phone the village and status go under the name, so the row fits without scrolling sideways.
            render: (_, checkpoint) =>
              isMobile ? (
                <Flex vertical gap={2}>
                  <Typography.Text strong>{checkpoint.name}</Typography.Text>
                  <Typography.Text type="secondary">
                    {checkpoint.villageName} · {t('patrols.checkpointVersion')} {checkpoint.version}
                  </Typography.Text>
                  {checkpoint.active ? null : <Tag>{t('patrols.refused.inactive')}</Tag>}
                </Flex>
              ) : (
                checkpoint.name
              ),
          },
          { title: t('patrols.checkpointVillage'), dataIndex: 'villageName', hidden: isMobile },
          {
            title: t('patrols.checkpointVersion'),
            dataIndex: 'version',
            align: 'right',
            width: 110,
            hidden: isMobile,
          },
          {
            title: t('patrols.status'),
            hidden: isMobile,
            key: 'active',
            width: 90,
            render: (_, checkpoint) =>
              checkpoint.active ? (
                <Tag color="green">{t('patrols.inUse')}</Tag>
              ) : (
                <Tag>{t('patrols.refused.inactive')}</Tag>
              ),
          },
          {
            title: t('common.actions'),
            key: 'actions',
            render: (_, checkpoint) => (
              <Flex gap={6} wrap vertical={isMobile}>
                {can(checkpoint, 'edit') ? (
                  <Button {...buttonProps} icon={<LinkOutlined />} onClick={() => setLinkOf(checkpoint)}>
                    {t('patrols.showLink')}
                  </Button>
                ) : null}
                {can(checkpoint, 'reissue') ? (
                  <Popconfirm
                    title={t('patrols.reissueConfirm')}
                    okText={t('common.confirm')}
                    cancelText={t('common.cancel')}
                    onConfirm={() =>
                      reissue.mutate(checkpoint.id, { onSuccess: () => message.success(t('patrols.reissued')) })
                    }
                  >
                    <Button {...buttonProps} icon={<ReloadOutlined />}>
                      {t('patrols.reissue')}
                    </Button>
                  </Popconfirm>
                ) : null}
              </Flex>
            ),
          },
        ]}
      />
      <LoadMoreButton query={checkpoints} shown={items.length} />
      {creating ? <CheckpointFormModal onClose={() => setCreating(false)} /> : null}
      {linkOf ? <CheckpointLink checkpoint={linkOf} onClose={() => setLinkOf(null)} /> : null}
    </>
  );
}

/** The link a checkpoint's code encodes, to send a volunteer who cannot scan, or to test a printed sheet. */
function CheckpointLink({ checkpoint, onClose }: { checkpoint: PatrolCheckpoint; onClose: () => void }) {
  const { t } = useT();
  const code = useCheckpointCode(checkpoint.id);
  return (
    <Modal
      open
      title={t('patrols.linkTitle', { name: checkpoint.name })}
      onCancel={onClose}
      footer={null}
      destroyOnHidden
    >
      {code.isPending ? <Skeleton active paragraph={{ rows: 1 }} /> : null}
      <ErrorAlert error={code.error} />
      {code.data ? (
        <Typography.Paragraph copyable={{ text: code.data.url }} data-testid="patrol-checkpoint-link">
          <a href={code.data.url}>{code.data.url}</a>
        </Typography.Paragraph>
      ) : null}
    </Modal>
  );
}
