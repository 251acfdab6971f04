import { ArrowLeftOutlined, DownloadOutlined } from '@ant-design/icons';
import { CAMERA_IMPORT_COLUMNS } from '@fengqiao/domain';
import { Button, Card, Flex, Table, Tag, Typography } from 'antd';
import { useNavigate } from 'react-router';
import { API_BASE } from '../../../api/client';
import { useT } from '../../../app/i18n/use-t';
import { PageHeader } from '../../../ui/PageHeader';
import { ImportOutcome, XlsxUploadButton } from '../../imports/components/XlsxImport';
import { useImportCameras } from '../hooks/use-cameras';

type ImportColumn = (typeof CAMERA_IMPORT_COLUMNS)[number];

/**
 * 批量导入摄像头, as the directory's people import: download the template, fill it in, upload it. The server imports
 * every row or none; a refused file lists every bad row (row, column, reason) so it is fixed in one pass.
 */
export function CameraImportPage() {
  const { t } = useT();
  const navigate = useNavigate();
  const upload = useImportCameras();

  return (
    <Flex vertical gap={16} style={{ maxWidth: 960 }}>
      <PageHeader
        title={t('cameras.importTitle')}
        extra={
          <Button icon={<ArrowLeftOutlined />} onClick={() => navigate('/cameras')}>
            {t('cameras.backToList')}
          </Button>
        }
      />
      <Card size="small">
        <Flex vertical gap={12}>
          <Typography.Text type="secondary">{t('cameras.importHelp')}</Typography.Text>
          <Flex wrap gap={8}>
            <Button
              href={`${API_BASE}/cameras/import-template.xlsx`}
              download
              icon={<DownloadOutlined />}
              style={{ minHeight: 44 }}
              data-testid="camera-import-template"
            >
              {t('import.template')}
            </Button>
            <XlsxUploadButton upload={upload} testId="camera-import-upload" primary>
              {t('import.upload')}
            </XlsxUploadButton>
          </Flex>
          <ImportOutcome upload={upload} />
        </Flex>
      </Card>
      <Card size="small" title={t('cameras.importColumns')}>
        <Table<ImportColumn>
          size="small"
          rowKey="key"
          pagination={false}
          dataSource={[...CAMERA_IMPORT_COLUMNS]}
          columns={[
            { key: 'header', title: t('import.column'), dataIndex: 'header' },
            {
              key: 'required',
              title: t('cameras.importRequired'),
              render: (_, column) =>
                column.required ? <Tag color="red">{t('cameras.importRequiredYes')}</Tag> : t('cameras.importOptional'),
            },
            {
              key: 'example',
              title: t('cameras.importExample'),
              render: (_, column) => column.example || '—',
            },
          ]}
        />
      </Card>
    </Flex>
  );
}
