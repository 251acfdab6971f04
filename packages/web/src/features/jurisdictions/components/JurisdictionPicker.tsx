import type { Jurisdiction, JurisdictionLevel } from '@fengqiao/domain';
import { TreeSelect } from 'antd';
import { useMemo } from 'react';
import { useT } from '../../../app/i18n/use-t';
import { useJurisdictions } from '../hooks/use-jurisdictions';
import { buildJurisdictionTree, type JurisdictionNode } from '../lib/jurisdiction-tree';

interface TreeOption {
  value: string;
  title: string;
  disabled?: boolean;
  children?: TreeOption[];
}

function toOptions(
  nodes: JurisdictionNode[],
  selectable: (j: Jurisdiction) => boolean,
  hide: JurisdictionLevel[],
): TreeOption[] {
  return nodes
    .filter((node) => !hide.includes(node.level))
    .map((node) => {
      const children = node.children ? toOptions(node.children, selectable, hide) : [];
      return {
        value: node.id,
        title: node.name,
        ...(selectable(node) ? {} : { disabled: true }),
        ...(children.length > 0 ? { children } : {}),
      };
    });
}

interface Props {
  value?: string | null;
  onChange?: (value: string | undefined) => void;
  /** Levels that may be chosen; the others show for orientation only. */
  levels?: readonly JurisdictionLevel[];
  /** Levels left out of the tree entirely (groups make the list very long). */
  hideLevels?: JurisdictionLevel[];
  allowClear?: boolean;
  placeholder?: string;
  testId?: string;
}

/** Choose a place from the jurisdiction tree, searchable by name. */
export function JurisdictionPicker({
  value,
  onChange,
  levels,
  hideLevels = ['group'],
  allowClear,
  placeholder,
  testId,
}: Props) {
  const { t } = useT();
  const jurisdictions = useJurisdictions();
  const treeData = useMemo(
    () =>
      toOptions(
        buildJurisdictionTree(jurisdictions.data ?? []),
        (j) => levels === undefined || levels.includes(j.level),
        hideLevels,
      ),
    [jurisdictions.data, levels, hideLevels],
  );
  return (
    <span data-testid={testId} style={{ display: 'block' }}>
      <TreeSelect
        value={value ?? undefined}
        onChange={(next: string | undefined) => onChange?.(next)}
        treeData={treeData}
        loading={jurisdictions.isPending}
        showSearch={{ treeNodeFilterProp: 'title' }}
        allowClear={allowClear}
        treeDefaultExpandAll={false}
        placeholder={placeholder ?? t('jurisdiction.pick')}
        style={{ width: '100%' }}
        popupMatchSelectWidth={false}
      />
    </span>
  );
}
