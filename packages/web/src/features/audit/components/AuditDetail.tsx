import { auditDetailFields } from '@fengqiao/domain';
import { Typography } from 'antd';
import { useT } from '../../../app/i18n/use-t';

/** An event's details as named fields (条数：3 · 字段：phone), not as JSON. */
export function AuditDetail({ detail }: { detail: string | null }) {
  const { label, lang } = useT();
  const fields = auditDetailFields(detail, lang);
  if (fields.length === 0) return null;
  return (
    <Typography.Text style={{ fontSize: 13 }} data-testid="audit-detail">
      {fields.map((field, index) => (
        <span key={field.key}>
          {index > 0 ? ' · ' : ''}
          <Typography.Text type="secondary" style={{ fontSize: 13 }}>
            {label(field.label ?? undefined, field.key)}
          </Typography.Text>
          {lang === 'zh' ? '：' : ': '}
          {field.value}
        </span>
      ))}
    </Typography.Text>
  );
}
