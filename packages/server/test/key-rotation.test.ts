import fs from 'node:fs';
import path from 'node:path';
import { addressKey } from '@fengqiao/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rotateKey } from '../src/ops/rotate-key';
import { Keyring } from '../src/platform/crypto/keyring';
import { PiiCipher } from '../src/platform/crypto/pii-cipher';
import { testDialects } from './support/databases';
import { createAccount, loginAs, type Session, type SmallTown, seedSmallTown, validIdNumber } from './support/fixtures';
import { createTestApp, type TestApp } from './support/test-app';

const ID = validIdNumber('42062619800101001');
const PHONE = '13812345678';
const ADDRESS = '双坪村三组 12号';

describe.each(testDialects())('personal data across a key rotation on %s', (dialect) => {
  let t: TestApp;
  let town: SmallTown;
  let chief: Session;

  beforeAll(async () => {
    t = await createTestApp(dialect);
    town = await seedSmallTown(t.deps);
    await createAccount(t.deps, 'chief', 'chief', town.town.id);
    chief = await loginAs(t.app, 'chief');
  });
  afterAll(async () => t.close());

  function rotate() {
    // The command saves the new keyring to a key file, started from the test app's keyring (from the environment);
    // a second rotation goes on from the file, as it would on a server.
    const keyFile = path.join(t.config.dataDir, 'rotation-keyring.json');
    if (!fs.existsSync(keyFile)) fs.writeFileSync(keyFile, t.config.crypto.keyringJson ?? '', { mode: 0o600 });
    const crypto = { ...t.config.crypto, keyringJson: undefined, keyFile };
    return { crypto, rotated: rotateKey({ ...t.config, crypto }, t.handle) };
  }

  it('re-encrypts and re-indexes dispute parties and the dispute address, so an ID lookup still finds the party', async () => {
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/v1/disputes',
      headers: chief.headers(),
      payload: {
        jurisdictionId: town.shuangping.id,
        category: 'neighbour',
        source: 'walk_in',
        summary: '宅基地边界争议',
        address: ADDRESS,
        parties: [{ role: 'applicant', name: '李四', idNumber: ID, phone: PHONE, address: ADDRESS }],
      },
    });
    expect(created.statusCode, created.body).toBe(201);
    const { crypto, rotated } = rotate();
    const { to } = await rotated;
    const cipher = new PiiCipher(Keyring.load(crypto), t.config.crypto.suite);
    const party = await t.deps.db.selectFrom('dispute_parties').selectAll().executeTakeFirstOrThrow();
    expect(party.id_number_bidx).toBe(cipher.blindIndex(ID));
    expect(party.phone_bidx).toBe(cipher.blindIndex(PHONE));
    const dispute = await t.deps.db.selectFrom('disputes').selectAll().executeTakeFirstOrThrow();
    for (const value of [party.id_number_enc, party.phone_enc, party.address_enc, dispute.address_enc]) {
      expect(value).toContain(to);
    }
    expect(cipher.decrypt(dispute.address_enc ?? '')).toBe(ADDRESS);
  });

  it('re-encrypts the incident parties and the address and re-indexes them, so lookups by blind index still find them', async () => {
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/v1/incidents',
      headers: chief.headers(),
      payload: {
        source: 'phone',
        classCode: '020201',
        jurisdictionId: town.shuangping.id,
        summary: '邻里争吵',
        address: ADDRESS,
        parties: [{ role: 'caller', name: '张三', idNumber: ID, phone: PHONE, address: ADDRESS }],
      },
    });
    expect(created.statusCode, created.body).toBe(201);
    const { crypto, rotated: rotating } = rotate();
    const rotated = await rotating;
    expect(rotated.to).not.toBe(rotated.from);

    const cipher = new PiiCipher(Keyring.load(crypto), t.config.crypto.suite);
    const party = await t.deps.db.selectFrom('incident_parties').selectAll().executeTakeFirstOrThrow();
    expect(party.id_number_bidx).toBe(cipher.blindIndex(ID));
    expect(party.phone_bidx).toBe(cipher.blindIndex(PHONE));
    expect(cipher.decrypt(party.address_enc ?? '')).toBe(ADDRESS);
    const incident = await t.deps.db.selectFrom('incidents').selectAll().executeTakeFirstOrThrow();
    expect(incident.address_bidx).toBe(cipher.blindIndex(addressKey(ADDRESS) ?? ''));
    expect(cipher.decrypt(incident.address_enc ?? '')).toBe(ADDRESS);
    for (const value of [party.id_number_enc, party.phone_enc, party.address_enc, incident.address_enc]) {
      expect(value).toContain(rotated.to);
    }
  });

  it('re-encrypts and re-indexes the phone of a hazard’s public reporter', async () => {
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/v1/hazards',
      headers: chief.headers(),
      payload: {
        source: 'public',
        villageId: town.shuangping.id,
        title: '井盖缺失',
        description: '路口井盖缺失',
        reporterName: '王大爷',
        reporterPhone: PHONE,
      },
    });
    expect(created.statusCode, created.body).toBe(201);
    const { crypto, rotated } = rotate();
    const { to } = await rotated;
    const cipher = new PiiCipher(Keyring.load(crypto), t.config.crypto.suite);
    const hazard = await t.deps.db.selectFrom('hazards').selectAll().executeTakeFirstOrThrow();
    expect(hazard.phone_bidx).toBe(cipher.blindIndex(PHONE));
    expect(hazard.phone_enc).toContain(to);
    expect(cipher.decrypt(hazard.phone_enc ?? '')).toBe(PHONE);
  });

  it('re-encrypts a camera’s stream source, password and all', async () => {
    const url = 'rtsp://admin:S3cret@10.0.0.8/live';
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/v1/cameras',
      headers: chief.headers(),
      payload: {
        villageId: town.shuangping.id,
        deviceId: '42062604001320000001',
        name: '村口',
        kind: 'public',
        source: { kind: 'rtsp', url },
      },
    });
    expect(created.statusCode, created.body).toBe(201);
    const { crypto, rotated } = rotate();
    const { to } = await rotated;
    const cipher = new PiiCipher(Keyring.load(crypto), t.config.crypto.suite);
    const camera = await t.deps.db.selectFrom('cameras').selectAll().executeTakeFirstOrThrow();
    expect(camera.source_enc).toContain(to);
    expect(JSON.parse(cipher.decrypt(camera.source_enc))).toEqual({ kind: 'rtsp', url });
  });
});
