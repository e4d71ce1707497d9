/** The request guard on Instagram: follow requests (Confirm) and a profile's Follow Back. */
import { requestSuite } from './requests-suite';

requestSuite({
  name: 'Instagram',
  requestsUrl: 'https://www.instagram.com/accounts/activity/?followRequests=1',
  accept: (page, p) =>
    page
      .locator('.ig-request-row')
      .filter({ has: page.locator(`a[href="/${p.handle}/"]`) })
      .getByRole('button', { name: 'Confirm' }),
  profileUrl: (p) => `https://www.instagram.com/${p.handle}/`,
  send: (page) => page.getByRole('button', { name: 'Follow Back' }),
  shownName: (p) => p.handle,
});
