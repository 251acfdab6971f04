import { useT } from '../../../app/i18n/use-t';

/** The Art. 29 items still lacking, each named so the mediator knows what to ask the parties for. */
export function MissingItemsList({
  items,
}: {
  items: ReadonlyArray<{ code: string; partyIndex: number | null; zh: string; en: string }>;
}) {
  const { label } = useT();
  return (
    <ul style={{ margin: 0, paddingInlineStart: 18 }} data-testid="agreement-missing">
      {items.map((item) => (
        <li key={`${item.code}-${item.partyIndex ?? ''}`}>{label(item)}</li>
      ))}
    </ul>
  );
}
