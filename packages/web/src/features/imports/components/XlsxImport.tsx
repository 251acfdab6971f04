import { UploadOutlined } from '@ant-design/icons';
import { Alert, Button, Upload } from 'antd';
import type { ReactNode } from 'react';
import { importRowErrors } from '../../../api/error-details';
import { useT } from '../../../app/i18n/use-t';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { ImportErrorsTable } from './ImportErrorsTable';

const XLSX_TYPES = '.xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The state of one import upload, as its mutation holds it. */
interface ImportUpload {
  mutate: (file: File) => void;
  isPending: boolean;
  data?: { imported: number };
  error: unknown;
}

/** Picks one .xlsx file and hands it to the import's mutation. */
export function XlsxUploadButton({
  upload,
  testId,
  primary = false,
  children,
}: {
  upload: ImportUpload;
  testId: string;
  primary?: boolean;
  children: ReactNode;
}) {
  return (
    <span data-testid={testId}>
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
        <Button type={primary ? 'primary' : 'default'} icon={<UploadOutlined />} loading={upload.isPending}>
          {children}
        </Button>
      </Upload>
    </span>
  );
}

/** The outcome of an import: a count, or every row to fix. */
export function ImportOutcome({ upload }: { upload: ImportUpload }) {
  const { t } = useT();
  const rows = importRowErrors(upload.error);
  return (
    <>
      {upload.data ? (
        <div data-testid="import-result">
          <Alert type="success" showIcon title={t('import.done', { n: upload.data.imported })} />
        </div>
      ) : null}
      {upload.error ? <ErrorAlert error={upload.error} testId="import-error" /> : null}
      {rows && rows.length > 0 ? <ImportErrorsTable rows={rows} /> : null}
    </>
  );
}
