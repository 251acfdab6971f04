import { Segmented } from 'antd';
import type { Lang } from '../i18n/lang';
import { useT } from '../i18n/use-t';

export function LanguageSwitch() {
  const { lang, setLang } = useT();
  return (
    <span data-testid="lang-switch">
      <Segmented<Lang>
        value={lang}
        onChange={setLang}
        options={[
          { label: '中文', value: 'zh' },
          { label: 'EN', value: 'en' },
        ]}
      />
    </span>
  );
}
