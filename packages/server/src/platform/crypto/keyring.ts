import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

const keyringSchema = z.object({
  active: z.string().regex(/^[a-z0-9-]{1,32}$/),
  keys: z.record(z.string(), z.string().regex(/^[A-Za-z0-9+/]{43}=$/, '32 bytes, base64')),
});
export type KeyringData = z.infer<typeof keyringSchema>;

/** Master keys by id. Each stored value names its key id, so old values stay readable after rotation. */
export class Keyring {
  private constructor(
    readonly data: KeyringData,
    readonly source: { kind: 'file'; file: string } | { kind: 'env' },
  ) {
    if (!(data.active in data.keys)) throw new Error('keyring: the active key id has no key');
  }

  get activeId(): string {
    return this.data.active;
  }

  key(id: string): Buffer {
    const encoded = this.data.keys[id];
    if (encoded === undefined) throw new Error(`keyring: no key with id ${id}`);
    return Buffer.from(encoded, 'base64');
  }

  /** Loads the keyring from FENGQIAO_KEYRING, else from the key file, creating the file (mode 0600) at first start. */
  static load(options: { keyFile: string; keyringJson: string | undefined }): Keyring {
    if (options.keyringJson !== undefined) {
      return new Keyring(parse(options.keyringJson, 'FENGQIAO_KEYRING'), { kind: 'env' });
    }
    const file = options.keyFile;
    if (!fs.existsSync(file)) {
      fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
      const data: KeyringData = { active: 'k1', keys: { k1: crypto.randomBytes(32).toString('base64') } };
      fs.writeFileSync(file, JSON.stringify(data, null, 2), { mode: 0o600, flag: 'wx' });
    }
    const mode = fs.statSync(file).mode & 0o777;
    if ((mode & 0o077) !== 0) throw new Error(`keyring: ${file} must be readable by its owner only (chmod 600)`);
    return new Keyring(parse(fs.readFileSync(file, 'utf8'), file), { kind: 'file', file });
  }

  /** A new keyring with a fresh active key; the old keys stay for reading until re-encryption is done. */
  withNewKey(): Keyring {
    const ids = Object.keys(this.data.keys).map((id) => Number(id.replace(/^k/, '')) || 0);
    const id = `k${Math.max(0, ...ids) + 1}`;
    const data: KeyringData = {
      active: id,
      keys: { ...this.data.keys, [id]: crypto.randomBytes(32).toString('base64') },
    };
    return new Keyring(data, this.source);
  }

  save(): void {
    if (this.source.kind !== 'file') throw new Error('keyring: set FENGQIAO_KEYRING to the printed value instead');
    const tmp = `${this.source.file}.tmp`;
    fs.writeFileSync(tmp, JSON.stringify(this.data, null, 2), { mode: 0o600 });
    fs.renameSync(tmp, this.source.file);
  }
}

function parse(json: string, where: string): KeyringData {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    throw new Error(`keyring: ${where} is not JSON`);
  }
  const result = keyringSchema.safeParse(raw);
  if (!result.success) throw new Error(`keyring: ${where} is not a valid keyring: ${result.error.issues[0]?.message}`);
  return result.data;
}
