import { type Rota, type RotaSwap, shanghaiDate } from '@fengqiao/domain';
import { describe, expect, it } from 'vitest';
import { useDemoSuite } from '../support/demo-suite';
import { apiGet, logIn } from '../support/session';

const WIDE = { width: 1440, height: 900 } as const;

describe('the security-director rota in Chromium, on the Maliang demo', () => {
  const demo = useDemoSuite();
  const today = shanghaiDate(new Date());
  const year = Number(today.slice(0, 4));
  const month = Number(today.slice(5, 7));

  it('shows the 4 directors of this month with their villages and days', async () => {
    const { context, page } = await logIn(demo.browser, demo.server.url, 'chief', WIDE);
    await page.goto('/rotation');
    await page.getByTestId('rota-month-title').waitFor();
    const cards = page.getByTestId('rota-slot');
    await cards.first().waitFor();
    expect(await cards.count()).toBe(4);
    const rota = await apiGet<Rota>(page, `/api/v1/rotation/rota?year=${year}`);
    const expected = rota.slots.filter((slot) => slot.month === month).map((slot) => slot.directorName);
    expect(await page.getByTestId('rota-slot-director').allTextContents()).toEqual(expected);
    const villages = rota.slots.filter((slot) => slot.month === month).map((slot) => slot.villageName);
    expect(await page.getByTestId('rota-slot-village').allTextContents()).toEqual(villages);
    // The month calendar marks each director's three days.
    expect(await page.getByTestId('rota-calendar-entry').count()).toBeGreaterThanOrEqual(12);
    await page.screenshot({ path: 'e2e/results/rotation-month-1440.png' }).catch(() => undefined);
    await context.close();
  });

  it('lets the chief approve the pending swap, which exchanges the two turns', async () => {
    const { context, page } = await logIn(demo.browser, demo.server.url, 'chief', WIDE);
    const swaps = await apiGet<RotaSwap[]>(page, `/api/v1/rotation/swaps?year=${year}`);
    const pending = swaps.find((swap) => swap.status === 'pending');
    if (!pending) {
      // Late in December no later turn of the year is left to exchange: the demo then seeds no request.
      expect(month).toBe(12);
      await context.close();
      return;
    }
    const before = await apiGet<Rota>(page, `/api/v1/rotation/rota?year=${year}`);
    const village = (id: string | null) => before.slots.find((slot) => slot.id === id)?.villageId;
    await page.goto('/rotation');
    await page.getByRole('tab', { name: '调班申请' }).click();
    await page.getByTestId('rota-swap-approve').click();
    await page.waitForFunction(() =>
      [...document.querySelectorAll('[data-testid="rota-swap-status"]')].some((el) => el.textContent === '已批准'),
    );
    const after = await apiGet<Rota>(page, `/api/v1/rotation/rota?year=${year}`);
    const now = (id: string | null) => after.slots.find((slot) => slot.id === id)?.villageId;
    expect(now(pending.slotId)).toBe(village(pending.otherSlotId));
    expect(now(pending.otherSlotId)).toBe(village(pending.slotId));
    await context.close();
  });

  it('lets the desk record a missed check-in', async () => {
    const { context, page } = await logIn(demo.browser, demo.server.url, 'officer', WIDE);
    const rota = await apiGet<Rota>(page, `/api/v1/rotation/rota?year=${year}`);
    const open = rota.slots.find((slot) => slot.actions.includes('check_in'));
    expect(open, 'the demo leaves a few past days without a check-in').toBeDefined();
    await page.goto('/rotation');
    await page.getByRole('tab', { name: '全年' }).click();
    await page.getByTestId('rota-check-in').first().click();
    await page.getByTestId('rota-check-in-save').click();
    await page.waitForFunction(
      async ({ y, id, n }) => {
        const res = await fetch(`/api/v1/rotation/rota?year=${y}`, { credentials: 'same-origin' });
        const body = (await res.json()) as Rota;
        return (body.slots.find((slot) => slot.id === id)?.checkIns.length ?? 0) > n;
      },
      { y: year, id: open?.id, n: open?.checkIns.length ?? 0 },
    );
    await context.close();
  });
});
