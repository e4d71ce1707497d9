/**
 * Spanish: a browser whose language is Spanish gets the popup and options page in Spanish (axe-clean),
 * and the language setting overrides the browser.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { type Harness, launch } from './harness';
import { axeViolations, shownFindings } from './ui-helpers';

let h: Harness;
const url = (path: string) => `chrome-extension://${h.extensionId}/${path}`;

async function open(path: string): Promise<Page> {
  const page = await h.newPage();
  await page.goto(url(path));
  await page.locator(path.startsWith('popup') ? '.popup' : '.options').waitFor();
  return page;
}

beforeAll(async () => {
  h = await launch({ extraArgs: ['--accept-lang=es-ES,es'] });
});
afterAll(async () => {
  await h?.close();
});

test('the popup follows the browser language, searches Spanish words, and has no axe violations', async () => {
  const page = await open('popup.html');
  expect(await page.evaluate(() => navigator.language)).toBe('es-ES');
  expect(await page.getAttribute('html', 'lang')).toBe('es');
  expect(await page.getByRole('tab').allInnerTexts()).toEqual(['Política', 'Revisar texto', 'Esta pestaña', 'Ayuda']);
  const report: Record<string, unknown> = { browse: await axeViolations(page) };
  await page.getByLabel('Buscar en la política de redes sociales').fill('solicitud de amistad');
  await expect
    .poll(() => page.locator('#policy-results [data-clause-id]').first().getAttribute('data-clause-id'))
    .toBe('personal.student-connections');
  // The policy text stays in the District's language, marked as such.
  expect(await page.locator('#policy-results blockquote').first().getAttribute('lang')).toBe('en');
  report.results = await axeViolations(page);
  await page.getByRole('tab', { name: 'Revisar texto' }).click();
  await page.getByLabel('Pegue o escriba un borrador').fill('You are a f***ing idiot');
  await expect.poll(async () => (await shownFindings(page)).length).toBeGreaterThan(0);
  expect(await page.locator('.pf-finding').first().innerText()).toContain('Lenguaje despectivo o amenazante');
  report.check = await axeViolations(page);
  await page.getByRole('tab', { name: 'Esta pestaña' }).click();
  await expect.poll(() => page.locator('#panel-tab').innerText()).toContain('Preflight no revisa esta página.');
  report.tab = await axeViolations(page);
  await page.getByRole('tab', { name: 'Ayuda' }).click();
  expect(await page.locator('#panel-help').innerText()).toContain('Revisión de privacidad');
  report.help = await axeViolations(page);
  expect(report).toEqual({ browse: [], results: [], check: [], tab: [], help: [] });
  await page.close();
});

test('the options page is in Spanish, with Spanish errors, and has no axe violations', async () => {
  const page = await open('options.html');
  expect(await page.locator('h1').innerText()).toBe('Configuración de Preflight');
  await expect.poll(() => page.title()).toBe('Configuración de Preflight');
  const report: Record<string, unknown> = { initial: await axeViolations(page) };
  await page.getByLabel('Nombre del Distrito').fill('');
  await expect.poll(() => page.getByTestId('save-status').innerText()).toBe('No se guardó: corrija el campo marcado.');
  await page
    .locator('#import-file')
    .setInputFiles({ name: 'x.json', mimeType: 'application/json', buffer: Buffer.from('{nope') });
  await expect
    .poll(() => page.getByTestId('import-error').innerText())
    .toContain('Este archivo no es JSON válido. No se cambió nada.');
  report.errors = await axeViolations(page);
  expect(report).toEqual({ initial: [], errors: [] });
  await page.getByLabel('Nombre del Distrito').fill('Cedar Valley Schools');
  await expect.poll(() => page.getByTestId('save-status').getAttribute('data-status')).toBe('saved');
  await page.close();
});

test('the language setting overrides the browser language', async () => {
  const page = await open('options.html');
  await page.getByLabel('Idioma de la interfaz').selectOption('en');
  await expect.poll(() => page.locator('h1').innerText()).toBe('Preflight settings');
  expect(await page.getAttribute('html', 'lang')).toBe('en');
  const popup = await open('popup.html');
  await expect.poll(() => popup.getByRole('tab').allInnerTexts()).toEqual(['Policy', 'Check text', 'This tab', 'Help']);
  // Once the popup has read the administrator values (seconds, the first time), changes apply at once.
  await expect.poll(() => popup.locator('.popup').getAttribute('data-settings'), { timeout: 15_000 }).toBe('complete');
  await page.getByLabel('Interface language').selectOption('auto');
  await expect
    .poll(() => popup.getByRole('tab').allInnerTexts())
    .toEqual(['Política', 'Revisar texto', 'Esta pestaña', 'Ayuda']);
  await popup.close();
  await page.close();
});

test('no network requests', () => {
  expect(h.unexpectedRequests).toEqual([]);
});
