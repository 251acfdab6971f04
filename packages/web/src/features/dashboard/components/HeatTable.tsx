import type { StatsHeat } from '@fengqiao/domain';
import { useT } from '../../../app/i18n/use-t';
import { labelOf } from '../lib/labels';
import { DrillNumber } from './DrillNumber';

const HOURS = Array.from({ length: 24 }, (_, hour) => hour);

interface Props {
  heat: StatsHeat;
  /** The 大屏's dark background and larger type. */
  dark?: boolean;
  fontSize?: number;
}

/**
 * Villages × hours of the day as a table, not a chart: every count is a number one can read and click, the cell's
 * colour only its weight against the busiest cell. Empty cells stay blank so the hot spots stand out.
 */
export function HeatTable({ heat, dark = false, fontSize = 13 }: Props) {
  const { t, lang } = useT();
  const max = Math.max(1, ...heat.rows.flatMap((row) => row.cells.map((cell) => cell.count)));
  const cellStyle = { padding: '2px 4px', textAlign: 'center', minWidth: 26 } as const;
  const border = dark ? '1px solid rgba(255,255,255,0.08)' : '1px solid #f0f0f0';
  return (
    <div style={{ overflowX: 'auto' }}>
      <table
        data-testid="heat-table"
        style={{ borderCollapse: 'collapse', width: '100%', fontSize, fontVariantNumeric: 'tabular-nums' }}
      >
        <thead>
          <tr>
            <th style={{ ...cellStyle, textAlign: 'left', whiteSpace: 'nowrap' }}>{t('dashboard.heatVillage')}</th>
            {HOURS.map((hour) => (
              <th key={hour} style={{ ...cellStyle, fontWeight: 400, opacity: 0.7 }}>
                {hour}
              </th>
            ))}
            <th style={cellStyle}>{t('dashboard.heatTotal')}</th>
          </tr>
        </thead>
        <tbody>
          {heat.rows.map((row) => {
            const byHour = new Map(row.cells.map((cell) => [cell.hour, cell]));
            return (
              <tr key={row.key} style={{ borderTop: border }}>
                <th style={{ ...cellStyle, textAlign: 'left', whiteSpace: 'nowrap', fontWeight: 500 }}>
                  {labelOf(row, lang)}
                </th>
                {HOURS.map((hour) => {
                  const cell = byHour.get(hour);
                  const weight = cell ? cell.count / max : 0;
                  return (
                    <td
                      key={hour}
                      style={{
                        ...cellStyle,
                        background: weight > 0 ? `rgba(229, 72, 77, ${0.12 + weight * 0.78})` : undefined,
                        color: weight > 0.55 ? '#fff' : undefined,
                      }}
                    >
                      {cell && cell.count > 0 ? (
                        <DrillNumber value={cell.count} drill={cell.drill} testId={`heat-${row.key}-${hour}`} />
                      ) : null}
                    </td>
                  );
                })}
                <td style={{ ...cellStyle, fontWeight: 600 }}>{row.total.toLocaleString('zh-CN')}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
