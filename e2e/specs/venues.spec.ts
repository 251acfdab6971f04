import type { Camera, Page, Venue, VenueDetail } from '@fengqiao/domain';
import { describe, expect, it } from 'vitest';
import { useDemoSuite } from '../support/demo-suite';
import { apiSend } from '../support/disputes-api';
import { apiGet, logIn } from '../support/session';

const DESKTOP = { width: 1440, height: 900 } as const;
const VENUE = '马良镇中心学校';

describe('a venue revokes its camera-sharing agreement, in Chromium on the Maliang demo', () => {
  const demo = useDemoSuite();

  it('the chief opens the venue, revokes its agreement with a reason, and its cameras stop being shared', async () => {
    const { context, page } = await logIn(demo.browser, demo.server.url, 'chief', DESKTOP);
    const list = await apiGet<Page<Venue>>(page, `/api/v1/venues?q=${encodeURIComponent(VENUE)}`);
    const venue = list.items.find((item) => item.name === VENUE);
    expect(venue?.agreementState).toBe('active');
    const before = await apiGet<VenueDetail>(page, `/api/v1/venues/${venue?.id}`);
    const cameraId = before.cameras[0]?.id ?? '';
    expect(before.cameras.every((camera) => camera.shared)).toBe(true);
    expect((await apiGet<Camera>(page, `/api/v1/cameras/${cameraId}`)).consent?.state).toBe('active');
    // A patrol is a purpose the school's agreement covers: the chief may open a live view of its camera.
    const openView = () =>
      apiSend<{ error?: { code: string } }>(page, 'POST', '/api/v1/video/views', {
        cameraId,
        purpose: 'patrol',
      });
    expect((await openView()).status).toBe(201);

    await page.goto('/venues');
    await page.getByTestId('venue-table').getByText(VENUE).click();
    await page.waitForURL((url) => url.pathname === `/venues/${venue?.id}`);
    await page.getByTestId('venue-title').waitFor();
    expect(await page.getByTestId('venue-contact-phone').textContent()).toContain('****');
    await page.getByTestId('agreement-revoke').click();
    // The dialog says what happens to viewers before anything is sent.
    await page.getByText('正在观看的画面随即中断').waitFor();
    await page.getByTestId('agreement-revoke-submit').click();
    // No reason: the form refuses on its own, nothing is sent.
    await page.getByText('请填写撤销原因').waitFor();
    await page.getByTestId('agreement-revoke-reason').fill('学校安保系统改造，暂停视频共享');
    await page.getByTestId('agreement-revoke-submit').click();
    await page.getByTestId('agreement-revoke-reason').waitFor({ state: 'detached' });
    await page.getByTestId('venue-agreements').getByText('已撤销').waitFor();

    const after = await apiGet<VenueDetail>(page, `/api/v1/venues/${venue?.id}`);
    expect(after.agreementState).toBe('revoked');
    expect(after.agreements[0]?.revokeReason).toBe('学校安保系统改造，暂停视频共享');
    expect(after.cameras.every((camera) => !camera.shared)).toBe(true);
    // The registry reads the same consents the visibility rule reads: revoked at once.
    expect((await apiGet<Camera>(page, `/api/v1/cameras/${cameraId}`)).consent?.state).toBe('revoked');
    // The live module reads them too: the camera is now gone for a view, exactly like a missing one.
    const refused = await openView();
    expect([refused.status, refused.body.error?.code]).toEqual([404, 'CAMERA_NOT_FOUND']);
    await context.close();
  });
});
