// Shared by the intake benchmark's parent and its target; kept apart from the target, whose import starts a server.

/** The password of every account of the intake benchmark's town. */
export const INTAKE_PASSWORD = 'Celiang#2026';

/** Villages of the benchmark's town, each with its auxiliary officer. */
export const INTAKE_VILLAGES = 50;
