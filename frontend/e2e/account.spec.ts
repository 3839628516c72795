import { test, expect } from '@playwright/test'
import { api, newPage, PASSWORD, shots, signIn, token } from './support'

// Self-service accounts: the profile's language follows the person to a new browser, a password
// change works at once, a lost password is asked for without revealing who has an account, and
// an administrator brings a jury in from a spreadsheet.

test('a person keeps their language and changes their password from the account page', async ({
  browser,
  request,
  baseURL,
}) => {
  const email = `account-${Date.now()}@example.org`
  const first = 'first-password-123'
  const register = await request.post('/api/auth/register', {
    data: { email, password: first, displayName: 'Ada Account' },
  })
  expect(register.status()).toBe(201)

  const page = await newPage(browser, baseURL)
  await signIn(page, email, first)
  await page.getByRole('button', { name: 'Account menu' }).click()
  await page.getByRole('menuitem', { name: 'Account settings' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Your account' })).toBeVisible()

  // The form fills itself from the account when it arrives: type only after that, or it is overwritten.
  await expect(page.getByLabel('Name', { exact: true })).toHaveValue('Ada Account')
  await page.getByLabel('Organization', { exact: true }).fill('Analytical Engines Ltd')
  await page.getByRole('radio', { name: '中文' }).check({ force: true })
  await page.getByRole('button', { name: 'Save profile' }).click()
  await expect(page.getByRole('heading', { level: 1, name: '我的账号' })).toBeVisible()
  await page.screenshot({ path: shots + 'account-zh.png', fullPage: true })

  await page.getByLabel('当前密码', { exact: true }).fill(first)
  await page.getByLabel('新密码', { exact: true }).fill('second-password-456')
  await page.getByLabel('再次输入新密码', { exact: true }).fill('second-password-456')
  await page.getByRole('button', { name: '修改密码' }).click()
  await expect(page.getByText('密码已修改，其他设备上的登录已退出。')).toBeVisible()

  // Another browser where nobody has picked a language yet: the new password works and the saved
  // language comes along.
  const other = await (await browser.newContext({ baseURL, locale: 'en-US' })).newPage()
  await other.goto('/login')
  await other.getByLabel('Email').fill(email)
  await other.getByLabel('Password').fill('second-password-456')
  await other.getByRole('button', { name: 'Sign in' }).click()
  await expect(other.getByRole('link', { name: '工作台' }).first()).toBeVisible()
  const me = await api<{ organization: string; language: string }>(
    request,
    await token(request, email, 'second-password-456'),
    'GET',
    '/api/me',
  )
  expect(me).toMatchObject({ organization: 'Analytical Engines Ltd', language: 'zh-CN' })
})

test('a forgotten password is asked for by email, and a dead link says what to do', async ({ browser, baseURL }) => {
  const page = await newPage(browser, baseURL)
  await page.goto('/login')
  await page.getByLabel('Email').fill('nobody-here@example.org')
  await page.getByRole('link', { name: 'Forgot your password?' }).click()
  await expect(page.getByLabel('Email')).toHaveValue('nobody-here@example.org')
  await page.getByRole('button', { name: 'Send me a link' }).click()
  await expect(page.getByText('If an account uses nobody-here@example.org')).toBeVisible()

  await page.goto('/reset-password?token=not-a-real-token')
  await page.getByLabel('New password', { exact: true }).fill('a-brand-new-password')
  await page.getByLabel('Repeat the new password', { exact: true }).fill('a-brand-new-password')
  await page.getByRole('button', { name: 'Save password' }).click()
  await expect(page.getByText('This password link is not valid.')).toBeVisible()
  await expect(page.getByRole('link', { name: 'Ask for a new link' })).toBeVisible()
})

test('an administrator imports judges from a CSV file and sees every row', async ({ browser, baseURL }) => {
  const page = await newPage(browser, baseURL)
  // Administrators land on the users page rather than the workspace.
  await page.goto('/login')
  await page.getByLabel('Email').fill('admin@demo.laurel.dev')
  await page.getByLabel('Password').fill(PASSWORD)
  await page.getByRole('button', { name: 'Sign in' }).click()
  await expect(page).toHaveURL(/\/admin\/users$/)
  await page.getByRole('button', { name: 'Import judges' }).click()
  const dialog = page.getByRole('dialog', { name: 'Import judges from a spreadsheet' })
  const stamp = Date.now()
  await dialog.getByLabel('Choose a CSV file').setInputFiles({
    name: 'jury.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(
      `email,name,organization,language\njury-${stamp}@example.org,Wei Jury,Fudan University,zh-CN\nnot-an-email,Nobody,,\n`,
    ),
  })
  await expect(dialog.getByText('jury.csv (2 rows)')).toBeVisible()
  await dialog.getByRole('button', { name: 'Import' }).click()
  await expect(dialog.getByText('1 invited, 0 became judges, 0 were judges already, 1 not imported.')).toBeVisible()
  await expect(dialog.getByRole('cell', { name: 'Invited' })).toBeVisible()
  await expect(dialog.getByText('"not-an-email" is not an email address.')).toBeVisible()
  await page.screenshot({ path: shots + 'admin-import.png', fullPage: true })
})
