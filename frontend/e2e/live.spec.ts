import { expect, test, type BrowserContextOptions, type Page } from '@playwright/test'
import { shots, DESKTOP, newPage, signIn, token, api } from './support'
import { JUDGES, ORGANIZER, stage } from './liveStage'

const TABLET: BrowserContextOptions = {
  locale: 'en-US',
  viewport: { width: 768, height: 1024 },
  hasTouch: true,
  isMobile: true,
}
const PROJECTOR: BrowserContextOptions = { locale: 'en-US', viewport: { width: 1920, height: 1080 } }

// ---- the journey -----------------------------------------------------------------------------

test('a live roadshow: host, two judges on tablets and the big screen, two pitches end to end', async ({
  browser,
  baseURL,
  request,
}) => {
  test.setTimeout(240_000)
  const stamp = Date.now()
  const solar = `Solar sails ${stamp}`
  const tidal = `Tidal turbines ${stamp}`
  const setup = await stage(request, stamp, [solar, tidal])
  // Judge 1, judge 2 (tablets) and judge 3 (API) per pitch: the trimmed mean drops one high and one low.
  const marks: Record<string, [number, number, number]> = {
    [solar]: [80, 70, 90],
    [tidal]: [88, 95, 91],
  }
  const judge3 = await token(request, JUDGES[2])
  const organizerToken = await token(request, ORGANIZER)

  // ---- four screens ----
  const screen = await newPage(browser, baseURL, PROJECTOR)
  await screen.goto(`/live/${setup.sessionId}/screen?lang=en`)
  await expect(screen.getByTestId('screen-team')).toHaveText(solar)
  await expect(screen.getByText('Up next', { exact: false }).first()).toBeVisible()
  await expect(screen.getByRole('banner')).toHaveCount(1) // the stage's own header, not the app's
  await expect(screen.getByRole('navigation', { name: 'Main navigation' })).toHaveCount(0)

  const host = await newPage(browser, baseURL, DESKTOP)
  await signIn(host, ORGANIZER)
  await host.goto(`/organize/rounds/${setup.roundId}?tab=live`)
  await expect(host.getByRole('heading', { level: 1, name: setup.roundName })).toBeVisible()
  const schedule = host.getByRole('list', { name: 'Schedule' })
  await expect(schedule.getByTestId('schedule-row')).toHaveCount(2)
  await expect(schedule.getByTestId('schedule-row').first()).toContainText(solar)
  await host.screenshot({ path: shots + 'live-dashboard-schedule.png', fullPage: true })
  await host.getByRole('link', { name: 'Open host console' }).click()
  await expect(host.getByRole('heading', { level: 1, name: 'Host console' })).toBeVisible()
  await expect(host.getByTestId('host-current')).toHaveText(solar)

  const tablets: Page[] = []
  for (const email of JUDGES.slice(0, 2)) {
    const tablet = await newPage(browser, baseURL, TABLET)
    await signIn(tablet, email)
    await tablet.goto(`/live/${setup.sessionId}/judge`)
    await expect(tablet.getByTestId('judge-waiting')).toBeVisible()
    await expect(tablet.getByTestId('judge-waiting')).toContainText(solar)
    tablets.push(tablet)
  }
  await expect(tablets[0]!.getByTestId('judge-number')).toHaveText('Judge 1')
  await expect(tablets[1]!.getByTestId('judge-number')).toHaveText('Judge 2')

  const button = (name: string) =>
    host.getByRole('group', { name: 'Session controls' }).getByRole('button', { name, exact: true })

  async function runPitch(title: string, entryId: number, index: number): Promise<{ final: string; totals: number[] }> {
    const [one, two, three] = marks[title]!

    // Pitch and Q&A: everyone follows the host without reloading.
    await expect(host.getByTestId('host-current')).toHaveText(title)
    await expect(button('Start Q&A')).toBeDisabled()
    await button('Start pitch').click()
    await expect(screen.getByTestId('screen-team')).toHaveText(title)
    await expect(screen.getByTestId('screen-timer')).toHaveText(/\d+:\d\d/)
    await expect(screen.getByText('Pitch', { exact: true })).toBeVisible()
    for (const tablet of tablets) {
      await expect(tablet.getByTestId('judge-team')).toHaveText(title)
      await expect(tablet.getByText('Scoring opens when the host opens it, after the Q&A.')).toBeVisible()
    }
    await expect(host.getByTestId('host-timer')).toHaveText(/[45]:\d\d/)
    if (index === 0) {
      await screen.screenshot({ path: shots + 'live-bigscreen-pitch.png' })
      await tablets[0]!.screenshot({ path: shots + 'live-tablet-pitch.png' })
    }
    await button('Start Q&A').click()
    await expect(screen.getByText('Q&A', { exact: true })).toBeVisible()
    await button('Open scoring').click()
    await expect(screen.getByTestId('screen-scoring')).toContainText('0 / 3')

    // Two judges score on their tablets, the third through the API.
    for (const [i, tablet] of tablets.entries()) {
      const value = i === 0 ? one : two
      const input = tablet.getByLabel('Overall', { exact: true })
      await expect(input).toBeEnabled()
      await input.fill(String(value))
      await input.press('Tab')
      await expect(tablet.getByTestId('live-total')).toHaveText(value.toFixed(2))
      if (index === 0 && i === 0) await tablet.screenshot({ path: shots + 'live-tablet-scoring.png' })
      await tablet.getByRole('button', { name: 'Submit scores' }).click()
      await tablet
        .getByRole('dialog', { name: 'Submit your scores?' })
        .getByRole('button', { name: 'Submit scores' })
        .click()
      await expect(tablet.getByTestId('live-submitted')).toBeVisible()
      await expect(tablet.getByTestId('live-submitted-total')).toHaveText(value.toFixed(2))
    }
    await expect(host.getByTestId('host-submitted')).toHaveText('2 of 3 submitted')
    await expect(screen.getByTestId('screen-scoring')).toContainText('2 / 3')

    if (index === 0) {
      // Revealing early asks first; the host waits for the last judge instead.
      await button('Reveal').click()
      const partial = host.getByRole('dialog', { name: 'Reveal with 2 of 3?' })
      await expect(partial).toBeVisible()
      await host.waitForTimeout(400) // the dialog's fade-in
      await host.screenshot({ path: shots + 'live-host-reveal-partial.png' })
      await partial.getByRole('button', { name: 'Cancel' }).click()
      await expect(partial).toBeHidden()
    }

    await api(request, judge3, 'PUT', `/api/rounds/${setup.roundId}/entries/${entryId}/scorecard`, {
      scores: { [String(setup.criterionId)]: three },
      submit: true,
    })
    await expect(host.getByTestId('host-submitted')).toHaveText('3 of 3 submitted')
    await expect(screen.getByTestId('screen-scoring')).toContainText('3 / 3')
    if (index === 0) await host.screenshot({ path: shots + 'live-host-scoring.png', fullPage: true })

    // The reveal: three scores, exactly the highest and the lowest struck out, then the final.
    await button('Reveal').click()
    const scores = screen.getByTestId('reveal-score')
    // The reveal plays over a few seconds: one judge every 600 ms, then the strike, then the final.
    const reveal = { timeout: 15_000 }
    await expect(scores).toHaveCount(3, reveal)
    await expect(screen.locator('[data-testid="reveal-score"][data-dropped="true"]')).toHaveCount(2, reveal)
    const final = screen.getByTestId('reveal-final')
    await expect(final).toBeVisible(reveal)
    const totals: number[] = []
    const dropped: number[] = []
    for (const card of await scores.all()) {
      const value = Number((await card.locator('.live-reveal__total').innerText()).replace(/,/g, ''))
      totals.push(value)
      if ((await card.getAttribute('data-dropped')) === 'true') {
        dropped.push(value)
        await expect(card.locator('.live-reveal__total')).toHaveCSS('text-decoration-line', 'line-through')
      }
    }
    expect(totals.sort((a, b) => a - b)).toEqual([one, two, three].sort((a, b) => a - b))
    expect(dropped.sort((a, b) => a - b)).toEqual([Math.min(...totals), Math.max(...totals)])
    return { final: (await final.innerText()).trim(), totals }
  }

  async function apiScore(entryId: number): Promise<string> {
    const results = await api<{ items: { entryId: number; score: number | null }[] }>(
      request,
      organizerToken,
      'GET',
      `/api/rounds/${setup.roundId}/results?method=TRIMMED_MEAN`,
    )
    const item = results.items.find((i) => i.entryId === entryId)
    expect(item?.score, `result of entry ${entryId}`).not.toBeNull()
    return item!.score!.toFixed(2)
  }

  // ---- pitch 1 ----
  const first = await runPitch(solar, setup.entries[0]!.id, 0)
  expect(first.final).toBe('80.00')
  expect(first.final).toBe(await apiScore(setup.entries[0]!.id))
  await expect(screen.getByTestId('leaderboard-row')).toHaveCount(1)
  await expect(host.getByTestId('host-final')).toHaveText('80.00')
  await screen.waitForTimeout(1200) // let the final score and the leaderboard settle for the picture
  await screen.screenshot({ path: shots + 'live-bigscreen-reveal.png' })
  for (const tablet of tablets)
    await expect(tablet.getByText('The scores for this pitch have been revealed.')).toBeVisible()

  await button('Next pitch').click()
  await expect(screen.getByTestId('screen-team')).toHaveText(tidal)
  for (const tablet of tablets) {
    await expect(tablet.getByTestId('judge-waiting')).toContainText(tidal)
  }
  await tablets[0]!.screenshot({ path: shots + 'live-tablet-waiting.png' })

  // ---- pitch 2: it overtakes the first ----
  const second = await runPitch(tidal, setup.entries[1]!.id, 1)
  expect(second.final).toBe('91.00')
  expect(second.final).toBe(await apiScore(setup.entries[1]!.id))
  const rows = screen.getByTestId('leaderboard-row')
  await expect(rows).toHaveCount(2)
  await expect(rows.nth(0)).toContainText(tidal)
  await expect(rows.nth(0)).toContainText('91.00')
  await expect(rows.nth(1)).toContainText(solar)
  await expect(rows.nth(1)).toContainText('80.00')
  await screen.waitForTimeout(1500) // the FLIP move of the leaderboard
  await screen.screenshot({ path: shots + 'live-bigscreen-leaderboard.png' })
  await host.screenshot({ path: shots + 'live-host-revealed.png', fullPage: true })

  // A judge on a phone sees the same page laid out for a small screen.
  await tablets[0]!.setViewportSize({ width: 390, height: 844 })
  await tablets[0]!.screenshot({ path: shots + 'live-tablet-phone.png', fullPage: true })
  await tablets[0]!.setViewportSize({ width: 768, height: 1024 })

  // ---- the end ----
  await button('Next pitch').click()
  await expect(host.getByText('No pitch is waiting. End the session when you are done.')).toBeVisible()
  await host.getByRole('button', { name: 'End session' }).click()
  await host.getByRole('dialog', { name: 'End the session?' }).getByRole('button', { name: 'End session' }).click()
  await expect(host.getByText('The session has ended and the round is closed.').first()).toBeVisible()
  await expect(screen.getByText('Thank you')).toBeVisible()
  const finalRows = screen.getByTestId('leaderboard-row')
  await expect(finalRows.nth(0)).toContainText(tidal)
  await expect(finalRows.nth(1)).toContainText(solar)
  await screen.screenshot({ path: shots + 'live-bigscreen-ended.png' })
  for (const tablet of tablets)
    await expect(tablet.getByText('The session has ended. Thank you for judging!')).toBeVisible()

  for (const page of [screen, host, ...tablets]) await page.context().close()
})
