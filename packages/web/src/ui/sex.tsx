import { SEXES } from '@fengqiao/domain';
import { Radio, type RadioGroupProps } from 'antd';
import { useT } from '../app/i18n/use-t';

type Sex = (typeof SEXES)[number];

export function sexLabelKey(sex: Sex): 'people.male' | 'people.female' {
  return sex === 'male' ? 'people.male' : 'people.female';
}

/** 男 / 女 as two big buttons, for the person and the party forms. */
export function SexRadio(props: Omit<RadioGroupProps, 'options' | 'optionType'>) {
  const { t } = useT();
  return (
    <Radio.Group
      {...props}
      optionType="button"
      options={SEXES.map((sex) => ({ value: sex, label: t(sexLabelKey(sex)) }))}
    />
  );
}
