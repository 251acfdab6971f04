import { Alert } from 'antd';
import { validationIssues } from '../api/error-details';
import { describeError } from '../api/errors';
import { useT } from '../app/i18n/use-t';

/** A refused request shown next to the form that sent it, with the server's field list for validation errors. */
export function ErrorAlert({ error, testId }: { error: unknown; testId?: string }) {
  const { lang } = useT();
  if (!error) return null;
  const issues = validationIssues(error);
  return (
    <div data-testid={testId} role="alert">
      <Alert
        type="error"
        showIcon
        title={describeError(error, lang)}
        description={
          issues && issues.length > 0 ? (
            <ul style={{ margin: 0, paddingInlineStart: 20 }}>
              {issues.map((issue) => (
                <li key={`${issue.path}:${issue.message}`}>
                  {issue.path ? `${issue.path}: ` : ''}
                  {issue.message}
                </li>
              ))}
            </ul>
          ) : undefined
        }
      />
    </div>
  );
}
