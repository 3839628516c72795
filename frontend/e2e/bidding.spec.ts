import { expect, test } from '@playwright/test'
import { newPage, shots, signIn } from './support'

// The demo's AI innovation challenge: an online review round whose bidding is open, with the three
// demo judges on its panel and none of them assigned yet. judge2@ and judge3@ have bid; judge@ has
// not, and bids here on a phone. Then the organizer assigns by expertise and reads why.

test('a judge bids on a phone; the organizer assigns by expertise and reads why', async ({ browser, baseURL }) => {
  const phone = await newPage(browser, baseURL, true)
  await signIn(phone, 'judge@jury.laurel.dev')
  await phone.goto('/judging')
  await phone
    .getByRole('link', { name: /^Bid on entries of / })
    .first()
    .click()
  await expect(phone).toHaveURL(/\/judging\/rounds\/\d+\/bids$/)
  const roundId = Number(/rounds\/(\d+)\/bids/.exec(phone.url())![1])
  await expect(phone.getByTestId('bids-count')).toContainText('of 12 entries')

  for (const [level, title] of [
    ['Eager', 'OpenBooth — Visitor Flow'],
    ['Eager', 'PathFinder AR'],
    ['Willing', 'SafeCrowd'],
    ['Not willing', 'GridPulse'],
  ] as const) {
    const saved = phone.waitForResponse((r) => r.url().includes('/bids/') && r.request().method() === 'PUT')
    await phone
      .getByRole('radiogroup', { name: `Your bid on ${title}` })
      .getByRole('radio', { name: new RegExp(`^${level}\\b`) })
      // Element Plus hides the input; the judge taps its label.
      .locator('xpath=..')
      .click()
    expect((await saved).status()).toBe(200)
  }
  await expect(phone.getByTestId('bids-count')).toContainText('You bid on 4 of 12 entries')
  expect(await phone.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0)
  await phone.screenshot({ path: `${shots}bidding-phone.png`, fullPage: true })

  // The bids are kept: a reload shows them.
  await phone.reload()
  await expect(phone.getByTestId('bids-count')).toContainText('You bid on 4 of 12 entries')

  // The judge's expertise page: their words and topics, saved.
  await phone.goto('/judging/profile')
  await expect(phone.getByRole('textbox').first()).toHaveValue(/计算机视觉/)
  await phone.context().close()

  // The organizer assigns by expertise and asks why a pair was made.
  const organizer = await newPage(browser, baseURL)
  await signIn(organizer, 'organizer@demo.laurel.dev')
  await organizer.goto(`/organize/rounds/${roundId}?tab=matrix`)
  await organizer.getByRole('button', { name: 'Assign by expertise' }).click()
  const assigned = organizer.waitForResponse((r) => r.url().includes('/assignments/auto?replace=true'))
  await organizer
    .getByRole('dialog')
    .getByRole('button', { name: /Assign|OK|Confirm/ })
    .last()
    .click()
  expect((await assigned).status()).toBe(200)
  await organizer
    .getByRole('button', { name: /Why these judges/ })
    .first()
    .click()
  const drawer = organizer.getByRole('dialog')
  await expect(drawer.getByText('Jia Judge').first()).toBeVisible()
  await organizer.screenshot({ path: `${shots}affinity-drawer.png`, fullPage: true })
  await organizer.context().close()
})
