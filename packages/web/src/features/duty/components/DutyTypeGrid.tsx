import { DUTY_TYPE_LABELS, DUTY_TYPES, type DutyType } from '@fengqiao/domain';
import { Button } from 'antd';
import { useT } from '../../../app/i18n/use-t';

/** The eight duties as thumb-sized buttons, two to a row: choosing one is the entry's second tap. */
export function DutyTypeGrid({ value, onChange }: { value: DutyType | undefined; onChange: (type: DutyType) => void }) {
  const { label } = useT();
  return (
    <div style={{ display: 'grid', gridTemplateColumns: 'repeat(2, minmax(0, 1fr))', gap: 10 }}>
      {DUTY_TYPES.map((type) => (
        <Button
          key={type}
          type={value === type ? 'primary' : 'default'}
          onClick={() => onChange(type)}
          aria-pressed={value === type}
          data-testid={`duty-type-${type}`}
          style={{ height: 64, fontSize: 18, borderRadius: 12, whiteSpace: 'normal', lineHeight: 1.2 }}
        >
          {label(DUTY_TYPE_LABELS[type])}
        </Button>
      ))}
    </div>
  );
}
