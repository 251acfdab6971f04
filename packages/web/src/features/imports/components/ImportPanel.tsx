import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, Typography, Upload } from 'antd';
import { API_BASE } from '../../../api/client';
import { importRowErrors } from '../../../api/error-details';
import { useT } from '../../../app/i18n/use-t';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { type ImportKind, useImport } from '../hooks/use-import';
import { ImportErrorsTable } from './ImportErrorsTable';

const XLSX_TYPES = '.xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Template download, upload, and the outcome: a count, or the full list of rows to fix. */
export function ImportPanel({ kind }: { kind: ImportKind }) {
  const { t } = useT();
  const upload = useImport(kind);
  const rows = importRowErrors(upload.error);

  return (
    <Card size="small" title={kind === 'villages' ? t('import.villagesTitle') : t('import.peopleTitle')}>
      <Flex vertical gap={12}>
        <Typography.Text type="secondary">{t('import.help')}</Typography.Text>
        <Flex wrap gap={8}>
          <Button
            href={`${API_BASE}/imports/${kind}/template`}
            download
            icon={<DownloadOutlined />}
            data-testid={`import-template-${kind}`}
          >
            {t('import.template')}
          </Button>
          <span data-testid={`import-upload-${kind}`}>
            <Upload
              accept={XLSX_TYPES}
              maxCount={1}
              showUploadList={false}
              beforeUpload={(file) => {
                upload.mutate(file);
                // The file goes through our client (CSRF header, error parsing), not antd's own request.
                return Upload.LIST_IGNORE;
              }}
            >
              <Button type="primary" icon={<UploadOutlined />} loading={upload.isPending}>
                {t('import.upload')}
              </Button>
            </Upload>
          </span>
        </Flex>
        {upload.data ? (
          <div data-testid="import-result">
            <Alert type="success" showIcon title={t('import.done', { n: upload.data.imported })} />
          </div>
        ) : null}
        {upload.error ? <ErrorAlert error={upload.error} testId="import-error" /> : null}
        {rows && rows.length > 0 ? <ImportErrorsTable rows={rows} /> : null}
      </Flex>
    </Card>
  );
}
