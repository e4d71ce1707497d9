/** The request guard on Facebook: /friends/requests (Confirm) and a profile's Add friend. */
import { requestSuite } from './requests-suite';

requestSuite({
  name: 'Facebook',
  requestsUrl: 'https://www.facebook.com/friends/requests/',
  accept: (page, p) =>
    page
      .locator('.fb-request-card')
      .filter({ has: page.locator(`a[href$="profile_id=${p.id}"]`) })
      .getByRole('button', { name: 'Confirm', exact: true }),
  profileUrl: (p) => `https://www.facebook.com/profile.php?id=${p.id}`,
  send: (page) => page.getByRole('button', { name: 'Add friend' }),
});
