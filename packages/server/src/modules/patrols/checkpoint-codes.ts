import {
  type CheckpointTokenClaims,
  type CheckpointTokenProblem,
  checkpointTokenProblem,
  signCheckpointToken,
} from '@fengqiao/domain';
import type { PiiCipher } from '../../platform/crypto/pii-cipher';

/** The key purpose: the signing key is derived from the data key ring for this use only, never a constant in code. */
const PURPOSE = 'patrol-checkpoint';

/** Signs checkpoint tokens with the active key, and accepts codes signed under older keys of the ring. */
export class CheckpointCodes {
  private readonly signers: ((message: string) => string)[];

  constructor(cipher: PiiCipher) {
    this.signers = cipher.signers(PURPOSE);
  }

  token(claims: CheckpointTokenClaims): string {
    const [sign] = this.signers;
    if (!sign) throw new Error('no signing key');
    return signCheckpointToken(claims, sign);
  }

  /** Null when the token is good for the checkpoint as it stands; the first key that verifies the signature decides. */
  problem(token: string, expected: CheckpointTokenClaims): CheckpointTokenProblem | null {
    let problem: CheckpointTokenProblem | null = 'forged';
    for (const sign of this.signers) {
      problem = checkpointTokenProblem(token, expected, sign);
      if (problem !== 'forged') return problem;
    }
    return problem;
  }
}

/** The link a checkpoint's QR code encodes: the web app's phone check-in page. */
export function checkInUrl(origin: string, token: string): string {
  return `${origin}/c/${encodeURIComponent(token)}`;
}
