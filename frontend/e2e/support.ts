// Shared by the journeys: browser contexts, signing in through the UI, and setting the stage
// through the API (the server runs in demo mode, so the demo accounts of the README exist).
import { expect, type APIRequestContext, type Browser, type BrowserContextOptions, type Page } from '@playwright/test'
import { fileURLToPath } from 'node:url'

export const shots = fileURLToPath(new URL('../target/screenshots/', import.meta.url))

export const PASSWORD = 'laurel-demo'

export const DESKTOP: BrowserContextOptions = { locale: 'en-US', viewport: { width: 1440, height: 900 } }
export const PHONE: BrowserContextOptions = {
  locale: 'en-US',
  viewport: { width: 390, height: 844 },
  deviceScaleFactor: 2,
  isMobile: true,
  hasTouch: true,
}

/** A page in a context of its own (its own sign-in); {@code phone: true} is a 390 px phone. */
export async function newPage(
  browser: Browser,
  baseURL: string | undefined,
  options: BrowserContextOptions | boolean = false,
): Promise<Page> {
  const chosen = typeof options === 'boolean' ? (options ? PHONE : DESKTOP) : options
  const context = await browser.newContext({ baseURL, ...chosen })
  // The journeys read English labels: the browser's language counts as chosen here, so signing in
  // as a demo account whose profile says Chinese keeps the page in the context's language.
  const language = chosen.locale?.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en'
  await context.addInitScript((lang) => {
    if (!localStorage.getItem('laurel.locale')) localStorage.setItem('laurel.locale', lang)
  }, language)
  return context.newPage()
}

export async function signIn(page: Page, email: string, password = PASSWORD): Promise<void> {
  await page.goto('/login')
  await page.getByLabel('Email').fill(email)
  await page.getByLabel('Password').fill(password)
  await page.getByRole('button', { name: 'Sign in' }).click()
  await expect(page).toHaveURL(/\/workspace$/)
}

export async function token(request: APIRequestContext, email: string, password = PASSWORD): Promise<string> {
  const response = await request.post('/api/auth/login', { data: { username: email, password } })
  expect(response.ok(), `sign-in of ${email}`).toBeTruthy()
  return ((await response.json()) as { access_token: string }).access_token
}

/** One API call that must succeed; the parsed JSON body (undefined when empty). */
export async function api<T>(
  request: APIRequestContext,
  bearer: string,
  method: 'GET' | 'POST' | 'PUT',
  path: string,
  data?: unknown,
): Promise<T> {
  const response = await request.fetch(path, { method, data, headers: { Authorization: `Bearer ${bearer}` } })
  expect(response.ok(), `${method} ${path}: ${response.status()} ${await response.text()}`).toBeTruthy()
  const text = await response.text()
  return (text ? JSON.parse(text) : undefined) as T
}
