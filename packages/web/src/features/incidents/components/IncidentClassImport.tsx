import { DownloadOutlined } from '@ant-design/icons';
import { Button, Flex } from 'antd';
import { API_BASE } from '../../../api/client';
import { useT } from '../../../app/i18n/use-t';
import { ImportOutcome, XlsxUploadButton } from '../../imports/components/XlsxImport';
import { useImportIncidentClasses } from '../hooks/use-incident-classes';

/** Template download and upload of the code table, with the outcome: a count, or every row to fix. */
export function IncidentClassImport() {
  const { t } = useT();
  const upload = useImportIncidentClasses();
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
        <XlsxUploadButton upload={upload} testId="incident-classes-upload">
          {t('incidentClasses.import')}
        </XlsxUploadButton>
      </Flex>
      <ImportOutcome upload={upload} />
    </Flex>
  );
}
