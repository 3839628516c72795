import { expect, test } from '@playwright/test'
import { api, newPage, PHONE, shots, token } from './support'

// The demo's expo days: two programs grouped under the event expo-<year>, running live sessions
// on two stages at once (Hall A and Hall B, a pitch on each when the demo was seeded), over three
// days. The public schedule shows both, and follows the hosts as they run the stages.

interface Schedule {
  stages: { name: string; sessionIds: number[]; now: { live: boolean } | null }[]
}

const slug = `expo-${new Date().getFullYear()}`

test('two stages run at once: the public schedule shows both live, follows the host, and fits a phone', async ({
  browser,
  baseURL,
  request,
}) => {
  const response = await request.get(`/api/public/events/${slug}/schedule`)
  expect(response.ok(), 'the demo event’s schedule').toBeTruthy()
  const schedule = (await response.json()) as Schedule
  expect(schedule.stages.map((s) => s.name)).toEqual(['Hall A', 'Hall B'])
  expect(schedule.stages.every((s) => s.now?.live)).toBeTruthy()

  const page = await newPage(browser, baseURL)
  await page.goto(`/events/${slug}/schedule`)
  const hallA = page.getByTestId('stage-Hall A')
  const hallB = page.getByTestId('stage-Hall B')
  await expect(hallA.getByTestId('stage-now')).toContainText('Live now')
  await expect(hallB.getByTestId('stage-now')).toContainText('Live now')
  await expect(page.getByTestId('schedule-lead')).toContainText('2 stages, 2 live now')
  await page.screenshot({ path: `${shots}schedule-desktop.png`, fullPage: true })

  // The big screen of a stage is one click away, and names its stage.
  await hallA.getByRole('link', { name: 'Big screen' }).click()
  await expect(page).toHaveURL(/\/live\/\d+\/screen/)
  await expect(page.getByText(/Hall A ·/)).toBeVisible()
  await page.goBack()

  // Hall B's host moves on to the questions: the schedule follows within moments, without a reload.
  const organizer = await token(request, 'organizer@demo.laurel.dev')
  const hallBSession = schedule.stages[1]!.sessionIds[0]!
  await expect(hallB.getByTestId('stage-now')).toContainText('Live now · Pitch')
  await api(request, organizer, 'POST', `/api/live/${hallBSession}/control`, { action: 'START_QA' })
  await expect(hallB.getByTestId('stage-now')).toContainText('Live now · Q&A', { timeout: 10_000 })
  await expect(hallA.getByTestId('stage-now')).toContainText('Live now · Pitch')

  // On a 390 px phone, in Chinese: the stages stack and nothing overflows.
  const phone = await newPage(browser, baseURL, { ...PHONE, locale: 'zh-CN' })
  await phone.goto(`/events/${slug}/schedule`)
  await expect(phone.getByTestId('stage-Hall A').getByTestId('stage-now')).toContainText('正在直播')
  await expect(phone.getByText('下一场').first()).toBeVisible()
  expect(await phone.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0)
  await phone.screenshot({ path: `${shots}schedule-phone-zh.png`, fullPage: true })
})
