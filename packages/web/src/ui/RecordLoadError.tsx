import { isNotFound } from '../api/errors';
import { ErrorResult } from './ErrorResult';
import { NotFoundResult } from './NotFoundResult';

/** A detail page whose record did not load: a 404 gets no retry, since asking again cannot bring it into scope. */
export function RecordLoadError({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  return isNotFound(error) ? <NotFoundResult /> : <ErrorResult error={error} onRetry={onRetry} />;
}
