import { expect, test } from '@playwright/test'
import { fileURLToPath } from 'node:url'

const shots = fileURLToPath(new URL('../target/screenshots/', import.meta.url))

// Demo logins documented in the README (demo mode is on for the e2e server).
const PASSWORD = 'laurel-demo'

test('an admin signs in through the real UI and lands on the users page', async ({ page }) => {
  await page.goto('/login')
  await page.getByLabel('Email').fill('admin@demo.laurel.dev')
  await page.getByLabel('Password').fill(PASSWORD)
  await page.getByRole('button', { name: 'Sign in' }).click()

  await expect(page).toHaveURL(/\/admin\/users$/)
  await expect(page.getByRole('heading', { name: 'Users' })).toBeVisible()
  // The list may hold many accounts (CI's PostgreSQL run shares its database): search for one.
  await page.getByLabel('Search users').fill('judge2@jury')
  await expect(page.getByText('judge2@jury.laurel.dev')).toBeVisible()
  await page.getByLabel('Search users').fill('')
  await page.screenshot({ path: shots + 'admin-users.png', fullPage: true })
})

test('a judge signs in and lands on their workspace', async ({ page }) => {
  await page.goto('/login')
  await page.getByLabel('Email').fill('judge2@jury.laurel.dev')
  await page.getByLabel('Password').fill(PASSWORD)
  await page.getByRole('button', { name: 'Sign in' }).click()

  await expect(page).toHaveURL(/\/workspace$/)
  await expect(page.getByRole('heading', { name: /Jonas Judge/ })).toBeVisible()
})

test('a wrong password shows the server detail and stays on the login page', async ({ page }) => {
  await page.goto('/login')
  await page.getByLabel('Email').fill('applicant@demo.laurel.dev')
  await page.getByLabel('Password').fill('not-the-password')
  await page.getByRole('button', { name: 'Sign in' }).click()

  await expect(page.getByRole('alert')).toContainText('not correct')
  await expect(page).toHaveURL(/\/login/)
})

test('a deep link to a signed-in page asks to sign in, then returns there', async ({ page }) => {
  await page.goto('/admin/users')
  await expect(page).toHaveURL(/\/login\?redirect=/)
  await page.getByLabel('Email').fill('admin@demo.laurel.dev')
  await page.getByLabel('Password').fill(PASSWORD)
  await page.getByRole('button', { name: 'Sign in' }).click()
  await expect(page).toHaveURL(/\/admin\/users$/)
})
