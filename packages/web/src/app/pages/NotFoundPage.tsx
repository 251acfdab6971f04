import { NotFoundResult } from '../../ui/NotFoundResult';

export function NotFoundPage() {
  return <NotFoundResult kind="page" />;
}
