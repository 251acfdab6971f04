import type { HTMLAttributes } from 'react';

/**
 * An antd Table `onRow` that tags each row for the end-to-end tests. antd passes data-* attributes through to the
 * <tr>, but its onRow type does not list them, hence the one cast here.
 */
export function rowTestId<T>(testId: (row: T) => string): (row: T) => HTMLAttributes<HTMLElement> {
  return (row) => ({ 'data-testid': testId(row) }) as HTMLAttributes<HTMLElement>;
}
