/** A command refuses to run on what it was pointed at (no database, a non-empty target): the CLI exits 2. */
export class Refused extends Error {}
