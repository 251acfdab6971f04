import type { ReactNode } from 'react';

/** A titled panel of the 大屏 that takes the height its grid cell gives it and never scrolls. */
export function WallPanel({ title, children, testId }: { title: string; children: ReactNode; testId?: string }) {
  return (
    <section
      data-testid={testId}
      style={{
        display: 'flex',
        flexDirection: 'column',
        minHeight: 0,
        minWidth: 0,
        overflow: 'hidden',
        background: 'rgba(20, 40, 72, 0.72)',
        border: '1px solid rgba(96, 160, 255, 0.25)',
        borderRadius: 8,
        padding: '10px 16px',
      }}
    >
      <h2 style={{ margin: '0 0 6px', fontSize: 24, fontWeight: 600, color: '#9cc4ff' }}>{title}</h2>
      <div style={{ flex: 1, minHeight: 0, position: 'relative' }}>{children}</div>
    </section>
  );
}
