/** The request guard on X: /follower_requests (Accept in user cells) and a profile's Follow back. */
import { requestSuite } from './requests-suite';

requestSuite({
  name: 'X',
  requestsUrl: 'https://x.com/follower_requests',
  accept: (page, p) =>
    page
      .locator('[data-testid="UserCell"]')
      .filter({ has: page.locator(`a[href="/${p.handle}"]`) })
      .getByRole('button', { name: 'Accept' }),
  profileUrl: (p) => `https://x.com/${p.handle}`,
  send: (page, p) => page.locator(`[data-testid="${p.id}-follow"]`),
});
