import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { Alert, Button, Flex, Upload } from 'antd';
import { API_BASE } from '../../../api/client';
import { importRowErrors } from '../../../api/error-details';
import { useT } from '../../../app/i18n/use-t';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { ImportErrorsTable } from '../../imports/components/ImportErrorsTable';
import { useImportIncidentClasses } from '../hooks/use-incident-classes';

const XLSX_TYPES = '.xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Template download and upload of the code table, with the outcome: a count, or every row to fix. */
export function IncidentClassImport() {
  const { t } = useT();
  const upload = useImportIncidentClasses();
  const rows = importRowErrors(upload.error);
  return (
    <Flex vertical gap={12} style={{ marginBottom: 16 }}>
      <Flex wrap gap={8}>
        <Button
          href={`${API_BASE}/incident-classes/template.xlsx`}
          download
          icon={<DownloadOutlined />}
          data-testid="incident-classes-template"
        >
          {t('import.template')}
        </Button>
        <span data-testid="incident-classes-upload">
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
            <Button icon={<UploadOutlined />} loading={upload.isPending}>
              {t('incidentClasses.import')}
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
  );
}
