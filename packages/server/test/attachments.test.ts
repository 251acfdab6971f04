import crypto from 'node:crypto';
import { rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDialects } from './support/databases';
import { createAccount, loginAs, type Session, type SmallTown, seedSmallTown } from './support/fixtures';
import { multipart } from './support/multipart';
import { createTestApp, type TestApp } from './support/test-app';
import { PDF, PNG, storedFiles } from './support/upload-files';

const MAX_BYTES = 4096;

describe.each(testDialects())('dispute attachments on %s', (dialect) => {
  let t: TestApp;
  let town: SmallTown;
  let aux: Session;
  let otherAux: Session;
  let auditor: Session;
  let sysadmin: Session;
  let disputeId = '';

  const upload = (s: Session, content: Buffer, filename: string, field = 'file') => {
    const body = multipart(content, { filename, field });
    return t.app.inject({
      method: 'POST',
      url: `/api/v1/disputes/${disputeId}/attachments`,
      headers: s.headers(body.headers),
      payload: body.payload,
    });
  };

  beforeAll(async () => {
    t = await createTestApp(dialect, {}, { FENGQIAO_ATTACHMENT_MAX_BYTES: String(MAX_BYTES) });
    town = await seedSmallTown(t.deps);
    await createAccount(t.deps, 'aux', 'auxiliary', town.shuangping.id);
    await createAccount(t.deps, 'aux_nanya', 'auxiliary', town.nanya.id);
    aux = await loginAs(t.app, 'aux');
    otherAux = await loginAs(t.app, 'aux_nanya');
    await createAccount(t.deps, 'auditor', 'auditor', town.town.id);
    auditor = await loginAs(t.app, 'auditor');
    await createAccount(t.deps, 'sysadmin', 'sysadmin', town.town.id);
    sysadmin = await loginAs(t.app, 'sysadmin');
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/disputes',
      headers: aux.headers(),
      payload: {
        jurisdictionId: town.shuangping.id,
        category: 'neighbour',
        source: 'screening',
        summary: '邻里排水纠纷',
        parties: [{ role: 'applicant', name: '张三' }],
      },
    });
    disputeId = res.json().id;
  });
  afterAll(async () => t.close());

  it('stores an accepted file outside the database under a generated name with its sha256', async () => {
    const res = await upload(aux, PNG, '现场:照片|1.png');
    expect(res.statusCode, res.body).toBe(201);
    const body = res.json() as { id: string; fileName: string; mediaType: string; sha256: string; size: number };
    expect(body).toMatchObject({ mediaType: 'image/png', size: PNG.length });
    expect(body.sha256).toBe(crypto.createHash('sha256').update(PNG).digest('hex'));
    expect(body.fileName).toBe('现场照片1.png');
    const row = await t.deps.db
      .selectFrom('dispute_attachments')
      .select('stored_name')
      .where('id', '=', body.id)
      .executeTakeFirstOrThrow();
    expect(row.stored_name).toMatch(new RegExp(`^${town.town.id}/\\d{4}/[0-9a-f-]{36}$`));
    expect(storedFiles(t.config.dataDir)).toHaveLength(1);
    const mode = (p: string) => statSync(p).mode & 0o777;
    const stored = path.join(t.config.dataDir, 'files', row.stored_name);
    expect(mode(stored)).toBe(0o600);
    for (const dir of [
      path.dirname(stored),
      path.dirname(path.dirname(stored)),
      path.join(t.config.dataDir, 'files'),
    ]) {
      expect([dir, mode(dir)]).toEqual([dir, 0o700]);
    }

    const listed = await t.app.inject({
      method: 'GET',
      url: `/api/v1/disputes/${disputeId}/attachments`,
      headers: aux.headers(),
    });
    expect((listed.json() as { id: string }[]).map((a) => a.id)).toEqual([body.id]);

    const download = await t.app.inject({
      method: 'GET',
      url: `/api/v1/attachments/${body.id}/download`,
      headers: aux.headers(),
    });
    expect(download.statusCode).toBe(200);
    expect(download.rawPayload.equals(PNG)).toBe(true);
    expect(download.headers['content-disposition']).toBe(
      `attachment; filename="____1.png"; filename*=UTF-8''${encodeURIComponent('现场照片1.png')}`,
    );
    const audited = await t.deps.db
      .selectFrom('audit_log')
      .select('action')
      .where('action', '=', 'attachment.download')
      .execute();
    expect(audited).toHaveLength(1);

    for (const url of [`/api/v1/attachments/${body.id}/download`, `/api/v1/disputes/${disputeId}/attachments`]) {
      const refused = await t.app.inject({ method: 'GET', url, headers: otherAux.headers() });
      expect(refused.statusCode).toBe(404);
    }
    const missing = await t.app.inject({
      method: 'GET',
      url: '/api/v1/attachments/nope/download',
      headers: aux.headers(),
    });
    expect(missing.statusCode).toBe(404);
  });

  it('refuses a wrong type by content and a file too large, writing nothing', async () => {
    const before = storedFiles(t.config.dataDir).length;
    const rows = async () => (await t.deps.db.selectFrom('dispute_attachments').select('id').execute()).length;
    const countBefore = await rows();
    const script = await upload(aux, Buffer.from('MZ\x90\x00 not an image'), 'photo.jpg');
    expect(script.statusCode).toBe(415);
    expect(script.json().error.code).toBe('UNSUPPORTED_MEDIA_TYPE');
    const renamed = await upload(aux, PDF, 'photo.png');
    expect(renamed.json().error.code).toBe('UNSUPPORTED_MEDIA_TYPE');
    for (const [cut, name] of [
      [Buffer.from('%PDF-', 'latin1'), 'cut.pdf'],
      [Buffer.concat([PNG.subarray(0, 8), Buffer.alloc(64, 7)]), 'cut.png'],
    ] as const) {
      const truncated = await upload(aux, cut, name);
      expect(truncated.statusCode, name).toBe(415);
      expect(truncated.json().error.code).toBe('UNSUPPORTED_MEDIA_TYPE');
    }
    const tooLarge = await upload(aux, Buffer.concat([PDF, Buffer.alloc(MAX_BYTES)]), 'big.pdf');
    expect(tooLarge.statusCode).toBe(413);
    expect(tooLarge.json().error.code).toBe('FILE_TOO_LARGE');
    const elsewhere = await upload(otherAux, PDF, 'doc.pdf');
    expect(elsewhere.statusCode).toBe(404);
    expect(storedFiles(t.config.dataDir)).toHaveLength(before);
    expect(await rows()).toBe(countBefore);
    expect((await upload(aux, PDF, 'doc.pdf')).statusCode).toBe(201);
  });

  it('checks access before reading the body: refusals never depend on what was sent', async () => {
    const huge = Buffer.concat([PDF, Buffer.alloc(MAX_BYTES * 4)]);
    const noBoundary = { 'content-type': 'multipart/form-data' };
    for (const s of [otherAux, auditor, sysadmin]) {
      const big = await upload(s, huge, 'big.pdf');
      expect([big.statusCode, big.json().error.code]).toEqual([404, 'NOT_FOUND']);
      const malformed = await t.app.inject({
        method: 'POST',
        url: `/api/v1/disputes/${disputeId}/attachments`,
        headers: s.headers(noBoundary),
        payload: 'garbage',
      });
      expect([malformed.statusCode, malformed.json().error.code]).toEqual([404, 'NOT_FOUND']);
    }
  });

  it('answers a malformed multipart body with 400 UPLOAD_MALFORMED, writing nothing', async () => {
    const before = storedFiles(t.config.dataDir).length;
    const noBoundary = await t.app.inject({
      method: 'POST',
      url: `/api/v1/disputes/${disputeId}/attachments`,
      headers: aux.headers({ 'content-type': 'multipart/form-data' }),
      payload: 'garbage',
    });
    expect([noBoundary.statusCode, noBoundary.json().error.code]).toEqual([400, 'UPLOAD_MALFORMED']);
    const whole = multipart(PDF, { filename: 'doc.pdf' });
    const truncated = await t.app.inject({
      method: 'POST',
      url: `/api/v1/disputes/${disputeId}/attachments`,
      headers: aux.headers(whole.headers),
      payload: whole.payload.subarray(0, whole.payload.length - 30),
    });
    expect([truncated.statusCode, truncated.json().error.code]).toEqual([400, 'UPLOAD_MALFORMED']);
    expect(storedFiles(t.config.dataDir)).toHaveLength(before);
  });

  it('answers 410 ATTACHMENT_FILE_MISSING for a file gone from disk, audited as a failure', async () => {
    const created = await upload(aux, PDF, 'lost.pdf');
    const id = (created.json() as { id: string }).id;
    const row = await t.deps.db
      .selectFrom('dispute_attachments')
      .select('stored_name')
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    rmSync(path.join(t.config.dataDir, 'files', row.stored_name));
    const res = await t.app.inject({
      method: 'GET',
      url: `/api/v1/attachments/${id}/download`,
      headers: aux.headers(),
    });
    expect([res.statusCode, res.json().error.code]).toEqual([410, 'ATTACHMENT_FILE_MISSING']);
    const audited = await t.deps.db
      .selectFrom('audit_log')
      .select(['outcome', 'detail'])
      .where('action', '=', 'attachment.download')
      .orderBy('seq', 'desc')
      .executeTakeFirstOrThrow();
    expect(audited.outcome).toBe('failure');
    expect(JSON.parse(audited.detail ?? '{}')).toMatchObject({ attachmentId: id, reason: 'file_missing' });
  });
});
