import { expect, test, type Page } from '@playwright/test'
import { fileURLToPath } from 'node:url'
import { newPage, signIn } from './support'

const shots = fileURLToPath(new URL('../target/screenshots/', import.meta.url))

// Demo logins documented in the README (demo mode is on for the e2e server).

/** "YYYY-MM-DD HH:mm" in UTC: the program below runs on UTC, so this is what its pickers take. */
function utcWallTime(date: Date): string {
  return date.toISOString().slice(0, 16).replace('T', ' ')
}

/** A small but real PDF (the server checks files by content). */
function tinyPdf(): Buffer {
  return Buffer.from(
    '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n' +
      '2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n' +
      '3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\n' +
      'trailer<</Root 1 0 R>>\n%%EOF\n',
  )
}

// Element Plus selects draw the chosen value over their input, so clicks on the labelled input are forced.

async function pickDateTime(page: Page, label: string, value: string): Promise<void> {
  const input = page.getByLabel(label, { exact: true })
  await input.click()
  await input.fill(value)
  await input.press('Enter')
  await expect(input).toHaveValue(value)
}

test('a season: an organizer opens a program, an applicant enters, the organizer screens', async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(180_000)
  const stamp = Date.now()
  const programTitle = `E2E Innovation Award ${stamp}`
  const entryTitle = `Solar roof tiles ${stamp}`
  const applicantEmail = `applicant-${stamp}@e2e.laurel.dev`

  // ---- the organizer sets up the program and publishes it ----
  const organizer = await newPage(browser, baseURL)
  await signIn(organizer, 'organizer@demo.laurel.dev')
  await organizer.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Organize' }).click()
  await expect(organizer.getByRole('heading', { name: 'Organize' })).toBeVisible()
  await organizer.getByRole('link', { name: 'New program' }).click()
  await expect(organizer.getByRole('heading', { name: 'New program' })).toBeVisible()

  await organizer.getByRole('radio', { name: 'Award' }).check({ force: true })
  await organizer.getByLabel('Title, English', { exact: true }).fill(programTitle)
  await organizer
    .getByLabel('Description, English', { exact: true })
    .fill('## Who can enter\n\n- Teams with a **working prototype**')

  await organizer.getByLabel('Time zone', { exact: true }).click({ force: true })
  await organizer.getByRole('option', { name: 'UTC', exact: true }).click()
  const now = Date.now()
  await pickDateTime(organizer, 'Submissions open', utcWallTime(new Date(now - 60 * 60 * 1000)))
  await pickDateTime(organizer, 'Submissions close', utcWallTime(new Date(now + 3 * 24 * 60 * 60 * 1000)))

  await organizer.getByRole('button', { name: 'Add category' }).click()
  await organizer.getByLabel('Category 1, English', { exact: true }).fill('Clean energy')

  await organizer.getByRole('button', { name: 'Add field' }).click()
  const summaryField = organizer.getByRole('group', { name: 'Field 1' })
  await summaryField.getByLabel('Label, English', { exact: true }).fill('Project summary')
  await expect(summaryField.getByLabel('Key', { exact: true })).toHaveValue('project_summary')
  await summaryField.getByText('Required', { exact: true }).click()

  await organizer.getByRole('button', { name: 'Add field' }).click()
  const deckField = organizer.getByRole('group', { name: 'Field 2' })
  await deckField.getByLabel('Label, English', { exact: true }).fill('Pitch deck')
  await deckField.getByLabel('Type', { exact: true }).click({ force: true })
  await organizer.getByRole('option', { name: 'File upload', exact: true }).click()

  // The live preview shows the form applicants will get.
  const preview = organizer.getByRole('complementary', { name: 'Live preview' })
  await expect(preview.getByText('Project summary')).toBeVisible()
  await expect(preview.getByRole('group', { name: 'Pitch deck' })).toBeVisible()

  // The program's brand: an accent colour and who signs its certificates.
  const brand = organizer.getByRole('region', { name: 'Brand and certificates' })
  await brand.getByRole('textbox', { name: 'Accent colour' }).fill('#0b4f4a')
  await brand.getByLabel('Signer’s name, English', { exact: true }).fill('Wang Fang')
  await brand.getByLabel('Signer’s title, English', { exact: true }).fill('Jury chair')

  await organizer.getByRole('button', { name: 'Save', exact: true }).first().click()
  await expect(organizer.getByText('Program saved.')).toBeVisible()
  await expect(organizer).toHaveURL(/\/organize\/programs\/\d+\/edit$/)
  // Saved, the preview shows the text colour the server chose for the accent (white on this green).
  const swatch = brand.getByRole('img', { name: 'Preview' })
  await expect(swatch).toHaveText('Apply now')
  await expect(swatch).toHaveCSS('color', 'rgb(255, 255, 255)')
  await brand.scrollIntoViewIfNeeded()
  await brand.screenshot({ path: shots + 'editor-brand.png' })

  await organizer.getByRole('button', { name: 'Publish', exact: true }).first().click()
  await organizer
    .getByRole('dialog', { name: 'Publish this program?' })
    .getByRole('button', { name: 'Publish' })
    .click()
  await expect(organizer.getByText('Program published.')).toBeVisible()
  await expect(organizer.getByRole('button', { name: 'Publish', exact: true })).toHaveCount(0)

  // ---- a new applicant finds the program, registers and enters ----
  const applicant = await newPage(browser, baseURL)
  await applicant.goto('/programs')
  await applicant.getByRole('link', { name: programTitle }).click()
  await expect(applicant.getByRole('heading', { level: 1, name: programTitle })).toBeVisible()
  await expect(applicant.getByText('Submissions close in')).toBeVisible()
  await expect(applicant.getByRole('heading', { name: 'Who can enter' })).toBeVisible()
  // The page wears the program's accent: the custom property, a band of it behind the title.
  const page = applicant.locator('.program-public-view')
  expect(await page.evaluate((el) => getComputedStyle(el).getPropertyValue('--program-accent').trim())).toBe('#0B4F4A')
  await expect(applicant.locator('.program-hero')).toHaveCSS('background-color', 'rgb(11, 79, 74)')
  await expect(applicant.getByRole('heading', { level: 1, name: programTitle })).toHaveCSS(
    'color',
    'rgb(255, 255, 255)',
  )
  await applicant.screenshot({ path: shots + 'program-public.png', fullPage: true })

  await applicant.getByRole('link', { name: 'Start an entry' }).click()
  await expect(applicant).toHaveURL(/\/login\?redirect=/)
  await expect(applicant.getByRole('heading', { name: 'Welcome back' })).toBeVisible()
  await applicant.getByRole('link', { name: 'Create an account' }).click()
  await expect(applicant.getByRole('heading', { name: 'Create your account' })).toBeVisible()
  await applicant.getByLabel('Email').fill(applicantEmail)
  await applicant.getByLabel('Password').fill('a long enough password')
  await applicant.getByLabel('Display name').fill(`Ada ${stamp}`)
  await applicant.getByRole('button', { name: 'Create account' }).click()

  await expect(applicant.getByRole('heading', { name: 'Start an entry' })).toBeVisible()
  await applicant.getByLabel('Entry title').fill(entryTitle)
  await applicant.getByRole('button', { name: 'Create draft' }).click()
  await expect(applicant).toHaveURL(/\/my\/entries\/\d+\/edit$/)
  await expect(applicant.getByRole('heading', { name: 'Edit entry' })).toBeVisible()

  await applicant.getByLabel('Category', { exact: true }).click({ force: true })
  await applicant.getByRole('option', { name: 'Clean energy' }).click()
  await applicant.getByLabel('Summary', { exact: true }).fill('Roof tiles that double as solar panels.')
  await applicant.getByLabel('Organization', { exact: true }).fill('Sunny Labs')
  await applicant
    .getByLabel('Project summary', { exact: true })
    .fill('Tiles with built-in cells, installed like ordinary tiles.')
  await applicant
    .getByRole('group', { name: 'Pitch deck' })
    .locator('input[type="file"]')
    .setInputFiles({ name: 'deck.pdf', mimeType: 'application/pdf', buffer: tinyPdf() })
  await expect(applicant.getByText('deck.pdf uploaded.')).toBeVisible()
  await expect(applicant.getByRole('group', { name: 'Pitch deck' }).getByText('deck.pdf')).toBeVisible()
  await applicant.screenshot({ path: shots + 'entry-form.png', fullPage: true })

  await applicant.getByRole('button', { name: 'Submit entry' }).click()
  await applicant
    .getByRole('dialog', { name: 'Submit this entry?' })
    .getByRole('button', { name: 'Submit entry' })
    .click()
  await expect(applicant).toHaveURL(/\/my\/entries$/)
  const myEntry = applicant.getByRole('listitem').filter({ hasText: entryTitle })
  await expect(myEntry.getByText('Submitted', { exact: true })).toBeVisible()

  // ---- the organizer screens the entry ----
  await organizer.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Organize' }).click()
  await organizer
    .getByRole('listitem')
    .filter({ hasText: programTitle })
    .getByRole('link', { name: 'Screen entries' })
    .click()
  await expect(organizer.getByRole('heading', { name: 'Screen entries' })).toBeVisible()
  const row = organizer.getByRole('row').filter({ hasText: entryTitle })
  await expect(row.getByText('Submitted', { exact: true })).toBeVisible()
  await expect(row.getByText('Clean energy')).toBeVisible()
  await organizer.screenshot({ path: shots + 'screening.png', fullPage: true })

  await row.getByRole('button', { name: `Open ${entryTitle}` }).click()
  const drawer = organizer.getByRole('dialog', { name: entryTitle })
  await expect(drawer.getByText('Tiles with built-in cells, installed like ordinary tiles.')).toBeVisible()
  await expect(
    drawer.getByRole('tabpanel', { name: 'Details' }).getByRole('button', { name: 'Download deck.pdf' }),
  ).toBeVisible()
  await drawer.getByRole('button', { name: 'Eligible', exact: true }).click()
  await expect(organizer.getByText(`“${entryTitle}” is now Eligible.`)).toBeVisible()
  await expect(drawer.getByText('Eligible', { exact: true }).first()).toBeVisible()

  // ---- the applicant sees the decision in the entry's history ----
  await applicant.reload()
  await applicant.getByRole('listitem').filter({ hasText: entryTitle }).getByRole('link', { name: 'View' }).click()
  await expect(applicant.getByRole('heading', { level: 1, name: entryTitle })).toBeVisible()
  const history = applicant.getByRole('complementary', { name: 'History' })
  await expect(history.getByText('Eligible', { exact: true })).toBeVisible()
  await expect(history.getByText('Submitted', { exact: true })).toBeVisible()
  await expect(history.getByText('File added', { exact: true })).toBeVisible()
})
