import { Button, Flex, Tag } from 'antd';
import { useT } from '../app/i18n/use-t';
import { withoutParam } from './drill-query';

export interface FilterTagText {
  label: string;
  value: string;
}

interface Props {
  params: URLSearchParams;
  onChange: (next: URLSearchParams) => void;
  /** The tag's words for a URL condition; null leaves it without a tag (the list order, say). */
  describe: (key: string, value: string) => FilterTagText | null;
}

/**
 * Every condition the list is filtered by, as a removable tag: a list opened from a dashboard number says what it
 * counts, and one click on a tag's cross widens it again.
 */
export function FilterTags({ params, onChange, describe }: Props) {
  const { t } = useT();
  const tags = [...params].flatMap(([key, value]) => {
    const text = describe(key, value);
    return text ? [{ key, ...text }] : [];
  });
  if (tags.length === 0) return null;
  return (
    <Flex wrap gap={6} align="center" style={{ marginBottom: 12 }} data-testid="filter-tags">
      {tags.map((tag) => (
        <Tag
          key={tag.key}
          closable
          onClose={(event) => {
            event.preventDefault();
            onChange(withoutParam(params, tag.key));
          }}
          data-testid={`filter-tag-${tag.key}`}
          style={{ fontSize: 14, padding: '2px 8px' }}
        >
          {t('drill.tag', { label: tag.label, value: tag.value })}
        </Tag>
      ))}
      <Button
        type="link"
        size="small"
        onClick={() => onChange(new URLSearchParams([...params].filter(([key, value]) => !describe(key, value))))}
        data-testid="filter-tags-clear"
      >
        {t('drill.clearAll')}
      </Button>
    </Flex>
  );
}
