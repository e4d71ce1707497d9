import { describe, expect, test } from 'vitest';
import { setLanguage } from '../i18n';
import { badgeFor } from './toolbar';

describe('toolbar badge', () => {
  test('count and worst severity, "on" when clear, "off" with the reason when not active', () => {
    setLanguage('en');
    expect(badgeFor({ site: 'x', active: true, findings: 3, worst: 'block' })).toEqual({
      text: '3',
      color: '#B00020',
      title: 'Preflight is checking posts on this page: 3 findings.',
    });
    expect(badgeFor({ site: 'x', active: true, findings: 0 }).text).toBe('on');
    expect(badgeFor({ site: 'facebook', active: false, reason: 'composer not recognised', findings: 2 })).toMatchObject(
      {
        text: 'off',
        title: 'Preflight is not active on this page: composer not recognised.',
      },
    );
  });

  test('photos being checked: "2/3" and "checking photo 2 of 3" in the tooltip', () => {
    setLanguage('en');
    expect(badgeFor({ site: 'x', active: true, findings: 0, checking: { index: 2, total: 3 } })).toMatchObject({
      text: '2/3',
      title: 'Preflight is checking photo 2 of 3 on this page.',
    });
    const withFindings = badgeFor({
      site: 'x',
      active: true,
      findings: 1,
      worst: 'warn',
      checking: { index: 1, total: 2 },
    });
    expect(withFindings.title).toMatch(/photo 1 of 2 .*1 finding/);
    expect(withFindings.color).toBe('#8A4B00');
  });

  test('follows the UI language', () => {
    setLanguage('es');
    expect(badgeFor({ site: 'x', active: false, reason: 'error interno', findings: 0 })).toMatchObject({
      text: 'no',
      title: 'Preflight no está activo en esta página: error interno.',
    });
    setLanguage('en');
  });
});
