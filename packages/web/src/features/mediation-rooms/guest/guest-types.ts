/** POST /room-guest/enter. */
export interface GuestEntered {
  participantId: string;
  status: string;
  csrfToken: string;
  roomTitle: string;
}

/** GET /room-guest/draft: the Art. 29 content of the shared draft, names masked, and this guest's confirmation. */
export interface SharedDraft {
  agreementId: string;
  parties: { role: string; name: string }[];
  facts: string | null;
  disputedMatters: string | null;
  responsibilities: string | null;
  terms: string | null;
  performanceManner: string | null;
  performancePlace: string | null;
  performanceDeadline: string | null;
  updatedAt: string;
  contentHash: string;
  confirmedAt: string | null;
}
