import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDialects } from './support/databases';
import { createAccount, loginAs, type Session, type SmallTown, seedSmallTown } from './support/fixtures';
import { createTestApp, type TestApp } from './support/test-app';

type Socket = Awaited<ReturnType<TestApp['app']['injectWS']>>;

function nextMessage(socket: Socket): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('no message within 5 s')), 5000);
    socket.once('message', (data: Buffer) => {
      clearTimeout(timer);
      resolve(JSON.parse(String(data)));
    });
  });
}

describe.each(testDialects())('notification push over WebSocket on %s', (dialect) => {
  let t: TestApp;
  let town: SmallTown;
  let aux: Session;
  let chief: Session;

  beforeAll(async () => {
    t = await createTestApp(dialect);
    town = await seedSmallTown(t.deps);
    await createAccount(t.deps, 'aux', 'auxiliary', town.shuangping.id);
    await createAccount(t.deps, 'chief', 'chief', town.town.id);
    aux = await loginAs(t.app, 'aux');
    chief = await loginAs(t.app, 'chief');
  });
  afterAll(async () => t.close());

  it('pushes the red-risk alert to the chief the moment a case turns red', async () => {
    const socket = await t.app.injectWS('/api/v1/notifications/ws', { headers: { cookie: chief.cookie } });
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/v1/disputes',
      headers: aux.headers(),
      payload: {
        jurisdictionId: town.shuangping.id,
        category: 'neighbour',
        source: 'screening',
        summary: '邻里排水纠纷',
      },
    });
    expect(created.statusCode, created.body).toBe(201);
    const pushed = nextMessage(socket);
    const red = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/disputes/${created.json().id}`,
      headers: aux.headers(),
      payload: { riskFlags: { threats: true } },
    });
    expect(red.json().riskGrade).toBe('red');
    expect(await pushed).toMatchObject({
      type: 'notification',
      notification: { kind: 'dispute.risk_red', targetId: created.json().id, read: false },
    });
    socket.terminate();
  });

  it('refuses the socket without a session', async () => {
    await expect(t.app.injectWS('/api/v1/notifications/ws')).rejects.toThrow();
  });
});
