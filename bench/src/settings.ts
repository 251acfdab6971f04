// Shared by the bench's parent and its targets; kept apart from targets.ts, whose import starts a server.

/** The password of every bench account (the 50-village town's and the demo town's). */
export const BENCH_PASSWORD = 'Celiang#2026';

/** Rows per list page, for the app's lists and the bare routes alike. */
export const LIST_LIMIT = 50;
