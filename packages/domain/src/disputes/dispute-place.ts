/**
 * A case's place as people say it: the group with its village (双坪村3组), since "3组" alone exists in every
 * village; a case at the village itself is just the village.
 */
export function disputePlaceName(place: { jurisdictionName: string; villageName: string | null }): string {
  return place.villageName ? `${place.villageName}${place.jurisdictionName}` : place.jurisdictionName;
}
