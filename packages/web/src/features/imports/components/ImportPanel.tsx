import { DownloadOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Typography } from 'antd';
import { API_BASE } from '../../../api/client';
import { useT } from '../../../app/i18n/use-t';
import { type ImportKind, useImport } from '../hooks/use-import';
import { ImportOutcome, XlsxUploadButton } from './XlsxImport';

/** Template download, upload, and the outcome: a count, or the full list of rows to fix. */
export function ImportPanel({ kind }: { kind: ImportKind }) {
  const { t } = useT();
  const upload = useImport(kind);

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
          <XlsxUploadButton upload={upload} testId={`import-upload-${kind}`} primary>
            {t('import.upload')}
          </XlsxUploadButton>
        </Flex>
        <ImportOutcome upload={upload} />
      </Flex>
    </Card>
  );
}
