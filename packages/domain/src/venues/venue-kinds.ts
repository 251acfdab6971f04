/**
 * The venues (场所) that share their cameras with the station under a signed agreement (domain.md §9): banks,
 * schools, hospitals, supermarkets, hotels, and any other place that signs one.
 */
export const VENUE_KINDS = ['bank', 'school', 'hospital', 'supermarket', 'hotel', 'other'] as const;
export type VenueKind = (typeof VENUE_KINDS)[number];

export const VENUE_KIND_LABELS: Record<VenueKind, { zh: string; en: string }> = {
  bank: { zh: '银行', en: 'Bank' },
  school: { zh: '学校', en: 'School' },
  hospital: { zh: '医院', en: 'Hospital' },
  supermarket: { zh: '超市', en: 'Supermarket' },
  hotel: { zh: '宾馆', en: 'Hotel' },
  other: { zh: '其他场所', en: 'Other venue' },
};
