import { expect, test, type Page } from '@playwright/test'
import { api, newPage, shots, signIn, token } from './support'

// The demo's expo demo day: an open PAIRWISE round of twelve tables (one absent), whose panel is
// the three demo judges. judge2@ and judge3@ walked part of the floor when the demo was seeded;
// judge@ has not started, and walks here on a phone.

interface MyRounds {
  items: { roundId: number; roundName: string; comparisons: number }[]
}

/** One answer, whatever the walk offers now (compare when it can, otherwise move on or start), and its reply. */
async function step(phone: Page, n: number): Promise<void> {
  const better = phone.getByRole('button', { name: /^Table .+ was better$/ })
  const next = phone.getByRole('button', { name: /^Seen table .+, go to the next table$/ })
  // Alternate which of the two tables wins, as a judge would.
  const target =
    (await better.count()) > 0
      ? better.nth(n % 2)
      : (await next.count()) > 0
        ? next
        : phone.getByRole('button', { name: 'Start walking' })
  const reply = phone.waitForResponse((r) => r.url().includes('/pairwise/me/decisions'))
  await target.click()
  expect((await reply).status()).toBe(200)
}

test('a judge walks the expo floor on a phone and compares tables; the organizer sees the floor', async ({
  browser,
  baseURL,
  request,
}) => {
  const judgeToken = await token(request, 'judge@jury.laurel.dev')
  const mine = await api<MyRounds>(request, judgeToken, 'GET', '/api/judging/pairwise')
  expect(mine.items.length, 'the demo expo floor round on judge@’s queue').toBeGreaterThan(0)
  const round = mine.items[0]!
  const before = round.comparisons

  const phone = await newPage(browser, baseURL, true)
  await signIn(phone, 'judge@jury.laurel.dev')
  await phone.goto('/judging')
  await phone
    .getByRole('link', { name: /^Judge .+ on the floor$/ })
    .first()
    .click()
  await expect(phone).toHaveURL(new RegExp(`/judging/rounds/${round.roundId}/pairwise$`))

  // Start (or go on), then several answers; every screen names the table to walk to.
  for (let i = 0; i < 7; i++) {
    await step(phone, i)
    await expect(phone.getByTestId('walk-current')).toHaveText(/Go to table \S+/)
    if (i === 3) await phone.screenshot({ path: `${shots}pairwise-walk-phone.png`, fullPage: true })
  }
  await expect(phone.getByRole('button', { name: /^Table .+ was better$/ })).toHaveCount(2)
  const compared = Number(await phone.getByTestId('walk-comparisons').textContent())
  expect(compared).toBeGreaterThanOrEqual(before + 5)
  expect(await phone.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0)

  // The same walk in Chinese still fits the phone.
  await phone.evaluate(() => localStorage.setItem('laurel.locale', 'zh-CN'))
  await phone.reload()
  await expect(phone.getByTestId('walk-current')).toBeVisible()
  expect(await phone.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0)
  await phone.screenshot({ path: `${shots}pairwise-walk-phone-zh.png`, fullPage: true })
  await phone.context().close()

  // The organizer's floor: the ranking with its uncertainty, the absent table, the judges.
  const organizer = await newPage(browser, baseURL)
  await signIn(organizer, 'organizer@demo.laurel.dev')
  await organizer.goto(`/organize/rounds/${round.roundId}?tab=floor`)
  await expect(organizer.getByTestId('floor-comparisons')).not.toHaveText('0')
  await expect(organizer.getByText(/±/).first()).toBeVisible()
  await expect(organizer.getByRole('switch', { name: /Team at table .+ is present/ })).toHaveCount(12)
  await expect(organizer.getByText('Jia Judge').first()).toBeVisible()
  await organizer.screenshot({ path: `${shots}pairwise-floor.png`, fullPage: true })
  await organizer.context().close()
})
