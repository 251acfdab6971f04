import type { DrillLink } from '@fengqiao/domain';
import type { CSSProperties } from 'react';
import { Link } from 'react-router';
import { drillHref } from '../lib/drill';

interface Props {
  value: number;
  drill: DrillLink | null;
  testId?: string;
  style?: CSSProperties;
}

/**
 * A count that opens the list of the records behind it; plain text when the caller may not read that list
 * (the server then sends no link).
 */
export function DrillNumber({ value, drill, testId, style }: Props) {
  const text = value.toLocaleString('zh-CN');
  if (!drill) {
    return (
      <span data-testid={testId} style={style}>
        {text}
      </span>
    );
  }
  return (
    <Link to={drillHref(drill)} data-testid={testId} data-drill="true" style={{ color: 'inherit', ...style }}>
      {text}
    </Link>
  );
}
