import { addMonths, type MonthlyReport, shanghaiDate } from '@fengqiao/domain';
import { describe, expect, it } from 'vitest';
import { useDemoSuite } from '../support/demo-suite';
import { apiGet, logIn } from '../support/session';

const DESKTOP = { width: 1280, height: 800 } as const;

describe('the monthly report in Chromium, on the Maliang demo', () => {
  const demo = useDemoSuite();

  it('the chief opens last month’s report from the menu, sees what is unavailable, and follows a number to its list', async () => {
    const { context, page } = await logIn(demo.browser, demo.server.url, 'chief', DESKTOP);
    await page.getByTestId('nav-reports').click();
    await page.waitForURL((url) => url.pathname === '/reports/monthly');
    const month = addMonths(`${shanghaiDate(new Date()).slice(0, 7)}-01`, -1).slice(0, 7);
    const report = await apiGet<MonthlyReport>(page, `/api/v1/reports/monthly?month=${month}`);

    await page.getByTestId('report-section-incidents').waitFor();
    // The key-person section counts the records the chief may read, and so do the video patrols (rounds done,
    // remote reminders); a figure no record can give (crimes prevented) says so, never a row of zeros.
    expect(await page.getByTestId('report-section-key_persons').textContent()).toContain('公安重点人员在管');
    expect(await page.getByTestId('report-figure-prevention.video_patrols').textContent()).toContain('视频巡查');
    await page.getByTestId('report-figure-prevention.remote_reminders').waitFor();
    await page.getByTestId('report-unavailable-disputes.criminal_prevented').waitFor();
    expect(await page.getByTestId('report-docx').getAttribute('href')).toContain(`month=${month}`);

    const incidents = report.sections.find((section) => section.key === 'incidents');
    const total = incidents?.available ? incidents.figures.find((f) => f.key === 'incidents.received') : undefined;
    if (total?.kind !== 'count') throw new Error('no incident total in the report');
    const row = page.getByTestId('report-figure-incidents.received');
    expect(await row.textContent()).toContain(String(total.current));
    await row
      .getByRole('link', { name: String(total.current), exact: true })
      .first()
      .click();
    await page.waitForURL((url) => url.pathname === '/incidents');
    expect(new URL(page.url()).searchParams.get('receivedFrom')).toBe(`${month}-01`);
    await context.close();
  });
});
