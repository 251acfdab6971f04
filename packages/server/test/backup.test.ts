import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { computeIdCheckChar } from '@fengqiao/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp, createDeps } from '../src/app';
import { loadConfig } from '../src/config';
import { openDatabase } from '../src/db/database';
import { migrateToLatest } from '../src/db/migrate';
import { backupData, restoreData } from '../src/ops/backup';
import { Refused } from '../src/ops/refused';
import { anchorAuditChain, verifyAuditChain } from '../src/platform/audit/audit.service';
import { readAnchors } from '../src/platform/audit/audit-anchor';
import { auditChainKeys } from '../src/platform/audit/audit-chain';
import { createAccount, loginAs, seedSmallTown } from './support/fixtures';
import { multipart } from './support/multipart';
import { createTestApp, type TestApp } from './support/test-app';
import { pngFile } from './support/upload-files';

const ZHANG_ID = `42062619800101001${computeIdCheckChar('42062619800101001')}`;
const PNG = pngFile(crypto.randomBytes(256));

describe('backup and restore end to end (SQLite)', () => {
  let t: TestApp;
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'fengqiao-restore-'));
  let disputeId = '';
  let partyId = '';
  let attachmentId = '';

  /** The configuration of a second installation on `dataDir` with the same keyring (restored separately). */
  const configFor = (dataDir: string, keyring: string | undefined) => ({
    ...loadConfig({
      FENGQIAO_DATA_DIR: dataDir,
      FENGQIAO_LOG_LEVEL: 'silent',
      FENGQIAO_ARGON2_MEMORY_KIB: '1024',
      FENGQIAO_WEB_DIST: '/nonexistent',
      ...(keyring === undefined ? {} : { FENGQIAO_KEYRING: keyring }),
    }),
    adminMfaRequired: false,
  });

  beforeAll(async () => {
    t = await createTestApp('sqlite');
    const town = await seedSmallTown(t.deps);
    await createAccount(t.deps, 'aux', 'auxiliary', town.shuangping.id);
    await createAccount(t.deps, 'chief', 'chief', town.town.id);
    const aux = await loginAs(t.app, 'aux');
    const made = await t.app.inject({
      method: 'POST',
      url: '/api/v1/disputes',
      headers: aux.headers(),
      payload: {
        jurisdictionId: town.shuangping.id,
        category: 'neighbour',
        source: 'screening',
        summary: '邻里排水纠纷',
        parties: [{ role: 'applicant', name: '张三', idNumber: ZHANG_ID }],
      },
    });
    expect(made.statusCode, made.body).toBe(201);
    disputeId = made.json().id;
    partyId = made.json().parties[0].id;
    const body = multipart(PNG, { filename: '现场.png' });
    const uploaded = await t.app.inject({
      method: 'POST',
      url: `/api/v1/disputes/${disputeId}/attachments`,
      headers: aux.headers(body.headers),
      payload: body.payload,
    });
    expect(uploaded.statusCode, uploaded.body).toBe(201);
    attachmentId = uploaded.json().id;
    expect((await anchorAuditChain(t.deps.db, t.config.audit.anchorFile)).anchor).not.toBeNull();
  });
  afterAll(async () => {
    await t.close();
    fs.rmSync(work, { recursive: true, force: true });
  });

  it('restores into a new directory: the attachment downloads with the same bytes and the party unmasks', async () => {
    const backupDir = path.join(work, 'backup');
    const manifest = await backupData(t.config, t.handle, backupDir);
    expect(manifest.files).toHaveLength(1);
    expect(manifest.keyIds).toEqual(['k1']);
    const keyring = t.config.crypto.keyringJson ?? '';
    for (const name of fs.readdirSync(backupDir, { recursive: true, encoding: 'utf8' })) {
      const file = path.join(backupDir, name);
      if (fs.statSync(file).isFile()) expect(fs.readFileSync(file).includes(JSON.parse(keyring).keys.k1)).toBe(false);
    }

    const config = configFor(path.join(work, 'restored'), keyring);
    expect(restoreData(config, backupDir).missingKeyIds).toEqual([]);
    const handle = openDatabase(config.database);
    await migrateToLatest(handle);
    const deps = createDeps(config, handle);
    const app = await buildApp(config, handle, deps);
    try {
      const { anchors } = readAnchors(config.audit.anchorFile, auditChainKeys(deps.db));
      expect(anchors).toHaveLength(1);
      expect((await verifyAuditChain(deps.db, { anchors })).problem).toBeNull();
      const chief = await loginAs(app, 'chief');
      const download = await app.inject({
        method: 'GET',
        url: `/api/v1/attachments/${attachmentId}/download`,
        headers: chief.headers(),
      });
      expect(download.statusCode).toBe(200);
      expect(download.rawPayload.equals(PNG)).toBe(true);
      const unmasked = await app.inject({
        method: 'POST',
        url: `/api/v1/disputes/${disputeId}/parties/${partyId}/unmask`,
        headers: chief.headers(),
        payload: { field: 'idNumber' },
      });
      expect(unmasked.json()).toEqual({ field: 'idNumber', value: ZHANG_ID });
    } finally {
      await app.close();
      await handle.close();
    }
    expect(() => restoreData(config, backupDir)).toThrow(Refused);
  });

  it('refuses a damaged backup and writes nothing; says which keys a restore without the keyring needs', async () => {
    const backupDir = path.join(work, 'damaged');
    const manifest = await backupData(t.config, t.handle, backupDir);
    const stored = manifest.files[0]?.path ?? '';
    fs.appendFileSync(path.join(backupDir, 'files', ...stored.split('/')), 'x');
    const damaged = configFor(path.join(work, 'from-damaged'), undefined);
    expect(() => restoreData(damaged, backupDir)).toThrow(/does not match the manifest/);
    expect(fs.existsSync(damaged.dataDir)).toBe(false);

    const intact = path.join(work, 'intact');
    await backupData(t.config, t.handle, intact);
    const keyless = configFor(path.join(work, 'keyless'), undefined);
    expect(restoreData(keyless, intact).missingKeyIds).toEqual(['k1']);
  });
});
