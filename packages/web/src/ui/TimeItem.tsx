import { DatePicker, Form } from 'antd';

/** A required date-and-minute field; read-only input so phones open the picker, not the keyboard. */
export function TimeItem({ name, label, requiredMessage }: { name: string; label: string; requiredMessage: string }) {
  return (
    <Form.Item name={name} label={label} rules={[{ required: true, message: requiredMessage }]}>
      <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" style={{ width: '100%' }} inputReadOnly />
    </Form.Item>
  );
}
