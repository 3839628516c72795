import { expect, test } from '@playwright/test'
import { api, newPage, PHONE, shots, signIn, token } from './support'

// The demo's Expo Startup Roadshow: six of its seven finalists' owners opted in to the public
// showcase; QuickFix Home's did not. A visitor finds the projects, searches and opens one; its
// owner then opts QuickFix Home in from the entry page, and it shows.

const slug = `expo-${new Date().getFullYear()}-startups`
const APPLICANTS = ['applicant@demo.laurel.dev', 'chen@demo.laurel.dev', 'rao@demo.laurel.dev']

interface Gallery {
  total: number
  items: { entryId: number; title: string }[]
}

test('the public showcase shows only opted-in projects, searchable, and the owner opts one in', async ({
  browser,
  baseURL,
  request,
}) => {
  const before = (await (await request.get(`/api/public/programs/${slug}/showcase`)).json()) as Gallery
  expect(before.items.map((i) => i.title)).not.toContain('QuickFix Home')

  const page = await newPage(browser, baseURL)
  await page.goto(`/programs/${slug}`)
  await page.getByTestId('program-showcase').click()
  await expect(page).toHaveURL(new RegExp(`/programs/${slug}/showcase$`))
  await expect(page.getByTestId('showcase-lead')).toContainText(`${before.total} projects`)
  await expect(page.getByRole('link', { name: 'QuickFix Home' })).toHaveCount(0)
  await page.screenshot({ path: `${shots}showcase-desktop.png`, fullPage: true })

  // Search narrows the gallery (the words stay in the address); a project's page shows its stage slot.
  await page.getByRole('textbox', { name: 'Search projects, teams and institutions' }).fill('carbon')
  await expect(page).toHaveURL(/q=carbon/)
  await expect(page.getByTestId('showcase-lead')).toContainText(`1 of ${before.total} projects match`)
  await page.getByRole('link', { name: /CarbonTrace/ }).click()
  await expect(page.getByRole('heading', { level: 1 })).toContainText('CarbonTrace')
  await expect(page.getByText(/Hall A,/)).toBeVisible()
  await page.screenshot({ path: `${shots}showcase-project.png`, fullPage: true })

  // QuickFix Home's owner opts it in on the entry page.
  let owner = ''
  let entryId = 0
  for (const email of APPLICANTS) {
    const mine = await api<{ items: { id: number; title: string }[] }>(
      request,
      await token(request, email),
      'GET',
      '/api/entries/mine',
    )
    const found = mine.items.find((e) => e.title === 'QuickFix Home')
    if (found) {
      owner = email
      entryId = found.id
    }
  }
  expect(owner, 'the demo owner of QuickFix Home').not.toBe('')
  const team = await newPage(browser, baseURL)
  await signIn(team, owner)
  await team.goto(`/my/entries/${entryId}`)
  const reply = team.waitForResponse(
    (r) => r.url().endsWith(`/entries/${entryId}/visibility`) && r.request().method() === 'PUT',
  )
  await team.getByTestId('showcase-switch').click()
  expect((await reply).status()).toBe(200)
  await expect(team.getByText('Shown in the program’s public showcase')).toBeVisible()

  const after = (await (await request.get(`/api/public/programs/${slug}/showcase`)).json()) as Gallery
  expect(after.total).toBe(before.total + 1)
  expect(after.items.map((i) => i.title)).toContain('QuickFix Home')

  // The gallery on a 390 px phone, in Chinese.
  const phone = await newPage(browser, baseURL, { ...PHONE, locale: 'zh-CN' })
  await phone.goto(`/programs/${slug}/showcase`)
  await expect(phone.getByRole('heading', { level: 1 })).toHaveText('项目展示')
  await expect(phone.getByRole('link', { name: 'QuickFix Home' })).toBeVisible()
  expect(await phone.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0)
  await phone.screenshot({ path: `${shots}showcase-phone-zh.png`, fullPage: true })
})
