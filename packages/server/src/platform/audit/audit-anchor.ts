import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type { AuditChainKeys } from './audit-chain';

/**
 * An anchor records the chain's length and newest hash outside the database, so rows cut off the end (or a chain
 * rebuilt from scratch) no longer match. Anchors are appended as JSON lines to a file the database cannot reach,
 * each with a MAC under the audit key, so a line cannot be forged without the keyring.
 */
const anchorSchema = z.object({
  seq: z.number().int().min(0),
  hash: z.string().regex(/^[0-9a-f]{64}$/),
  at: z.string(),
  tag: z.string(),
  mac: z.string(),
});
export type AuditAnchor = z.infer<typeof anchorSchema>;

function macText(anchor: Pick<AuditAnchor, 'seq' | 'hash' | 'at'>): string {
  return JSON.stringify([anchor.seq, anchor.hash, anchor.at]);
}

/** The anchors in file order; a line that does not parse, carries a wrong MAC or goes backwards is a problem. */
export function readAnchors(
  file: string,
  keys: AuditChainKeys,
): { anchors: AuditAnchor[]; missing: boolean; problem: string | null } {
  if (!fs.existsSync(file)) return { anchors: [], missing: true, problem: null };
  const anchors: AuditAnchor[] = [];
  const lines = fs.readFileSync(file, 'utf8').split('\n');
  for (const [index, line] of lines.entries()) {
    if (line.trim() === '') continue;
    const where = `${file} line ${index + 1}`;
    let parsed: unknown;
    try {
      parsed = JSON.parse(line);
    } catch {
      return { anchors, missing: false, problem: `${where} is not JSON` };
    }
    const result = anchorSchema.safeParse(parsed);
    if (!result.success) return { anchors, missing: false, problem: `${where} is not an anchor` };
    const anchor = result.data;
    if (keys.anchorMac(anchor.tag, macText(anchor)) !== anchor.mac) {
      return {
        anchors,
        missing: false,
        problem: `${where} has a wrong MAC (forged, or its key is not in the keyring)`,
      };
    }
    const previous = anchors.at(-1);
    if (previous && anchor.seq < previous.seq) return { anchors, missing: false, problem: `${where} goes backwards` };
    anchors.push(anchor);
  }
  return { anchors, missing: false, problem: null };
}

/** Appends one anchor line (the file is created 0600) and answers it. */
export function appendAnchor(
  file: string,
  keys: AuditChainKeys,
  position: { seq: number; hash: string },
  at: string,
): AuditAnchor {
  const tag = keys.activeTag;
  const mac = keys.anchorMac(tag, macText({ ...position, at }));
  if (mac === null) throw new Error('audit: the active key cannot sign an anchor');
  const anchor: AuditAnchor = { seq: position.seq, hash: position.hash, at, tag, mac };
  fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  fs.appendFileSync(file, `${JSON.stringify(anchor)}\n`, { mode: 0o600 });
  return anchor;
}
