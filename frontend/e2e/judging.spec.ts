import { readFileSync } from 'node:fs'
import { expect, test, type APIRequestContext } from '@playwright/test'
import { shots, newPage, signIn, token, api } from './support'

// ---- setting the stage through the API -------------------------------------------------------

async function userId(request: APIRequestContext, email: string): Promise<number> {
  return (await api<{ id: number }>(request, await token(request, email), 'GET', '/api/me')).id
}

/**
 * A fresh competition with three eligible entries: a program's later rounds wait for the earlier
 * ones, so the journey never depends on rounds left behind by earlier runs in the demo database.
 */
async function stage(request: APIRequestContext, stamp: number, titles: string[]) {
  const organizer = await token(request, 'organizer@demo.laurel.dev')
  const now = Date.now()
  const program = await api<{ id: number; title: string; categories: { id: number; name: string }[] }>(
    request,
    organizer,
    'POST',
    '/api/programs',
    {
      kind: 'COMPETITION',
      title: `E2E Judging Cup ${stamp}`,
      description: 'A competition the judging journey sets up for itself.',
      timeZone: 'UTC',
      submissionOpensAt: new Date(now - 60 * 60 * 1000).toISOString(),
      submissionClosesAt: new Date(now + 3 * 24 * 60 * 60 * 1000).toISOString(),
      categories: [{ name: 'Main track' }],
      formFields: [{ key: 'pitch', label: 'One-line pitch', type: 'TEXT', required: true, identifying: false }],
      prizeTiers: [],
    },
  )
  await api(request, organizer, 'POST', `/api/programs/${program.id}/publish`)

  const email = `judged-${stamp}@e2e.laurel.dev`
  const register = await request.post('/api/auth/register', {
    data: { email, password: 'a long enough password', displayName: `Team ${stamp}` },
  })
  expect(register.ok(), 'applicant registration').toBeTruthy()
  const applicant = await token(request, email, 'a long enough password')
  const entryIds: number[] = []
  for (const title of titles) {
    const entry = await api<{ id: number }>(request, applicant, 'POST', `/api/programs/${program.id}/entries`, {
      title,
      categoryId: program.categories[0]!.id,
      summary: `${title}: what it is and why it matters.`,
      organization: 'Sunny Labs',
      answers: { pitch: `${title} in one line.` },
    })
    await api(request, applicant, 'POST', `/api/entries/${entry.id}/submit`)
    entryIds.push(entry.id)
  }
  await api(request, organizer, 'POST', `/api/programs/${program.id}/entries/eligibility`, { entryIds, eligible: true })
  return program
}

// ---- the journey -----------------------------------------------------------------------------

test('a judging round: set up, judged on phones, compared and finalized', async ({ browser, baseURL, request }) => {
  test.setTimeout(300_000)
  const stamp = Date.now()
  const roundName = `Online preliminary ${stamp}`
  const alpha = `Alpha grid ${stamp}`
  const beta = `Beta bikes ${stamp}`
  const gamma = `Gamma gardens ${stamp}`
  // Innovation (weight 2) and Feasibility (weight 1) on 0-10, per judge.
  const marks: Record<string, [number, number][]> = {
    [alpha]: [
      [9, 8],
      [8, 9],
    ],
    [beta]: [
      [8, 6],
      [5, 7],
    ],
    [gamma]: [
      [4, 5],
      [6, 3],
    ],
  }

  const program = await stage(request, stamp, [alpha, beta, gamma])
  const judges = [
    { email: 'judge@jury.laurel.dev', id: await userId(request, 'judge@jury.laurel.dev') },
    { email: 'judge2@jury.laurel.dev', id: await userId(request, 'judge2@jury.laurel.dev') },
  ]

  // ---- the organizer creates the round ----
  const organizer = await newPage(browser, baseURL)
  await signIn(organizer, 'organizer@demo.laurel.dev')
  await organizer.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Organize' }).click()
  await organizer.getByRole('listitem').filter({ hasText: program.title }).getByRole('link', { name: 'Rounds' }).click()
  await expect(organizer.getByRole('heading', { level: 1, name: 'Rounds' })).toBeVisible()
  await organizer.getByRole('link', { name: 'New round' }).first().click()
  await expect(organizer.getByRole('heading', { name: 'New round' })).toBeVisible()

  await organizer.getByLabel('Round name, English', { exact: true }).fill(roundName)
  const first = organizer.getByRole('group', { name: 'Criterion 1' })
  await first.getByLabel('Name', { exact: true }).fill('Innovation')
  await first.getByLabel('Weight', { exact: true }).fill('2')
  await first.getByLabel('Weight', { exact: true }).press('Tab')
  await organizer.getByRole('button', { name: 'Add criterion' }).click()
  const second = organizer.getByRole('group', { name: 'Criterion 2' })
  await second.getByLabel('Name', { exact: true }).fill('Feasibility')
  await expect(first.getByText('66.7% of the total')).toBeVisible()
  await expect(second.getByText('33.3% of the total')).toBeVisible()
  await expect(organizer.getByRole('radio', { name: /^Mean/ })).toBeChecked()
  await organizer.getByLabel('Judges per entry', { exact: true }).fill('2')
  await organizer.getByLabel('Judges per entry', { exact: true }).press('Tab')
  await organizer.getByLabel('Advance per category', { exact: true }).fill('1')
  await organizer.getByLabel('Advance per category', { exact: true }).press('Tab')
  await organizer.getByRole('button', { name: 'Create round' }).first().click()
  await expect(organizer.getByText('Round created.')).toBeVisible()
  await expect(organizer).toHaveURL(/\/organize\/rounds\/\d+\/edit$/)
  await organizer.getByRole('link', { name: 'Open dashboard' }).click()
  await expect(organizer.getByRole('heading', { level: 1, name: roundName })).toBeVisible()

  // ---- the panel, the assignments, and opening ----
  for (const judge of judges) {
    // Existing judge accounts: invited by email, they join the panel without a new account.
    await organizer.getByLabel('Judge’s email', { exact: true }).fill(judge.email)
    await organizer.getByRole('button', { name: 'Invite', exact: true }).click()
    await expect(organizer.getByRole('list', { name: 'Panel' }).getByText(judge.email)).toBeVisible()
  }
  await organizer.getByRole('button', { name: 'Auto-assign' }).click()
  await expect(organizer.getByText('Auto-assign added 6 assignments.')).toBeVisible()
  await expect(organizer.getByRole('button', { name: /Jia Judge · Alpha grid .*: assigned/ })).toBeVisible()
  await expect(organizer.getByText('Every entry has its judges.')).toBeVisible()
  await organizer.screenshot({ path: shots + 'judging-matrix.png', fullPage: true })

  await organizer.getByRole('button', { name: 'Open round' }).click()
  await organizer.getByRole('dialog', { name: 'Open this round?' }).getByRole('button', { name: 'Open round' }).click()
  await expect(organizer.getByText('Round opened.')).toBeVisible()
  await expect(organizer.getByRole('button', { name: 'Close round' })).toBeVisible()

  // ---- each judge scores every assigned entry on a phone ----
  for (const [index, judge] of judges.entries()) {
    const phone = await newPage(browser, baseURL, true)
    await signIn(phone, judge.email)
    await phone.goto('/judging')
    await expect(phone.getByRole('heading', { level: 1, name: 'Judging' })).toBeVisible()
    const round = phone.getByRole('region', { name: roundName })
    await expect(round.getByText('0 of 3 submitted')).toBeVisible()
    await expect(phone.getByText('Scores missing')).toBeVisible()

    for (let scored = 0; scored < 3; scored++) {
      const link = round.getByRole('link', { name: /^Score / }).first()
      const title = ((await link.getAttribute('aria-label')) ?? '').replace(/^Score /, '')
      await link.click()
      await expect(phone.getByRole('heading', { level: 1, name: title })).toBeVisible()
      const [innovation, feasibility] = marks[title]![index]!
      await phone.getByLabel('Innovation', { exact: true }).fill(String(innovation))
      await phone.getByLabel('Innovation', { exact: true }).press('Tab')
      await phone.getByLabel('Feasibility', { exact: true }).fill(String(feasibility))
      await phone.getByLabel('Feasibility', { exact: true }).press('Tab')
      const total = (100 * (2 * innovation + feasibility)) / 30
      await expect(phone.getByTestId('live-total')).toHaveText(total.toFixed(2))
      if (index === 0 && scored === 0) {
        // What the judge sees while scoring: the rubric, with the live total and the actions pinned below.
        await phone.getByRole('heading', { name: 'Scorecard' }).evaluate((el) => {
          el.scrollIntoView({ block: 'start' })
          window.scrollBy(0, -76)
        })
        await phone.screenshot({ path: shots + 'judging-scorecard-phone.png' })
      }
      await phone.getByRole('button', { name: 'Submit scores' }).click()
      await phone
        .getByRole('dialog', { name: 'Submit your scores?' })
        .getByRole('button', { name: 'Submit scores' })
        .click()
      await expect(phone.getByText('Scores submitted.').first()).toBeVisible()
      await expect(phone.getByRole('button', { name: 'Update scores' })).toBeVisible()
      await phone.getByRole('link', { name: 'Judging queue' }).click()
      await expect(round.getByText(`${scored + 1} of 3 submitted`)).toBeVisible()
    }
    await expect(round.getByRole('link', { name: /^Score / })).toHaveCount(0)
    await phone.context().close()
  }

  // ---- the organizer closes, compares the methods and finalizes ----
  await organizer.reload()
  await organizer.getByRole('tab', { name: 'Progress' }).click()
  await expect(organizer.getByText('6 of 6 scorecards submitted')).toBeVisible()
  await expect(organizer.getByText('Every assigned scorecard is submitted.')).toBeVisible()

  await organizer.getByRole('button', { name: 'Close round' }).click()
  await organizer
    .getByRole('dialog', { name: 'Close this round?' })
    .getByRole('button', { name: 'Close round' })
    .click()
  await expect(organizer.getByText('Round closed.')).toBeVisible()

  await organizer.getByRole('tab', { name: 'Results' }).click()
  const alphaRow = organizer.getByRole('row').filter({ hasText: alpha })
  await expect(alphaRow.getByText('85.00')).toBeVisible()
  // How far the ranking holds: alpha's totals (86.67, 83.33) beat anything beta's (73.33, 56.67) can
  // redraw to, and leaving either judge out keeps alpha first.
  await expect(
    organizer.getByText('No entry’s side of the line hangs on a single judge (the top 1 per category advance).'),
  ).toBeVisible()
  await expect(alphaRow.getByText('Rank 1 in every resample')).toBeVisible()
  await expect(organizer.getByRole('row').filter({ hasText: beta }).getByText('Rank 2 in every resample')).toBeVisible()

  // The same check on a phone, in Chinese, fits the screen.
  const phoneZh = await newPage(browser, baseURL, true)
  await signIn(phoneZh, 'organizer@demo.laurel.dev')
  // Signed in (the helper reads English labels), the organizer switches to Chinese.
  await phoneZh.evaluate(() => localStorage.setItem('laurel.locale', 'zh-CN'))
  await phoneZh.goto(new URL(organizer.url()).pathname)
  await phoneZh.getByRole('tab', { name: '评审结果' }).click()
  await expect(phoneZh.getByText('没有作品的入选与否取决于某一位评委（每个类别前 1 名晋级）。')).toBeVisible()
  await expect(phoneZh.getByRole('row').filter({ hasText: alpha }).getByText('每次重抽都是第 1 名')).toBeVisible()
  expect(await phoneZh.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true)
  await phoneZh.screenshot({ path: shots + 'judging-stability-phone-zh-CN.png', fullPage: true })
  await phoneZh.context().close()
  await organizer.getByRole('button', { name: 'Compare methods' }).click()
  const comparison = organizer.getByRole('region', { name: 'The four methods side by side' })
  await expect(comparison.getByRole('columnheader', { name: /Trimmed mean/ })).toBeVisible()
  await expect(comparison.getByTestId('comparison-summary')).toBeVisible()
  await expect(comparison.getByRole('row').filter({ hasText: alpha })).toBeVisible()
  await organizer.screenshot({ path: shots + 'judging-comparison.png', fullPage: true })

  // Severe and lenient judges, side by side.
  await organizer.getByRole('tab', { name: 'Charts' }).click()
  await expect(organizer.getByRole('heading', { name: 'Totals given by each judge' })).toBeVisible()
  // Judge 1 against judge 2 on all three: (86.67 - 83.33 + 73.33 - 56.67 + 43.33 - 50) / 3 = +4.44,
  // the same order (tau 1); judge 2 the mirror image.
  const calibration = organizer.getByRole('region', { name: 'Judges against the panel' })
  await expect(calibration.getByRole('row').filter({ hasText: '+4.44' }).getByText('1.00')).toBeVisible()
  await expect(calibration.getByRole('row').filter({ hasText: '−4.44' })).toBeVisible()
  // Both judges scored here seconds after opening each entry: the anomaly check says so (and changes nothing).
  const anomalies = organizer.getByRole('region', { name: 'Worth a second look' })
  await expect(anomalies.getByText('Submitted within seconds', { exact: true })).toHaveCount(2)
  await expect(anomalies.getByText(/submitted 3 of 3 timed scorecards less than 30 seconds/).first()).toBeVisible()
  await organizer.waitForTimeout(1200) // let the charts' entry animation finish before the screenshot
  await organizer.screenshot({ path: shots + 'judging-charts.png', fullPage: true })
  await organizer.getByRole('tab', { name: 'Results' }).click()

  await organizer.getByRole('button', { name: 'Finalize' }).click()
  await organizer
    .getByRole('dialog', { name: 'Finalize this round?' })
    .getByRole('button', { name: 'Finalize' })
    .click()
  await expect(organizer.getByText('Round finalized.')).toBeVisible()
  const snapshot = organizer.getByRole('region', { name: 'Results snapshot' })
  await expect(snapshot.getByText('v1')).toBeVisible()
  await expect(snapshot.getByTestId('snapshot-sha256')).toHaveText(/^[0-9a-f]{64}$/)
  const advanced = snapshot.getByRole('region', { name: /Advanced/ })
  await expect(advanced.getByText(alpha)).toBeVisible()
  await expect(advanced.getByText(beta)).toHaveCount(0)
  await expect(organizer.getByText('Finalized', { exact: true }).first()).toBeVisible()
  // The bundle an outsider verifies offline: six scorecards, judges numbered, not named.
  const [download] = await Promise.all([
    organizer.waitForEvent('download'),
    snapshot.getByRole('button', { name: 'Download bundle' }).click(),
  ])
  const bundle = JSON.parse(readFileSync((await download.path())!, 'utf8')) as {
    format: string
    cards: { judge: number }[]
  }
  expect(bundle.format).toBe('laurel-round-bundle/1')
  expect(bundle.cards.map((c) => c.judge).sort()).toEqual([1, 1, 1, 2, 2, 2])
  expect(JSON.stringify(bundle)).not.toContain('jury.laurel.dev')
  await organizer.screenshot({ path: shots + 'judging-snapshot.png', fullPage: true })

  // The method statement: alpha's 85 worked out from its two cards, (2*9 + 8) / 30 and (2*8 + 9) / 30.
  await snapshot.getByRole('link', { name: 'Method statement' }).click()
  await expect(organizer.getByRole('heading', { level: 1, name: 'Method statement' })).toBeVisible()
  await expect(organizer.getByTestId('method-rule')).toHaveText('An entry’s score is the mean of its judges’ totals.')
  const worked = organizer.locator('[data-testid^="method-worked-"]').filter({ hasText: alpha })
  await expect(worked.getByTestId('method-equation')).toHaveText('(86.6667 + 83.3333) ÷ 2 = 85')
  await expect(worked.getByText('Matches the frozen snapshot')).toBeVisible()
  await expect(organizer.locator('main')).not.toContainText('jury.laurel.dev')
  await organizer.screenshot({ path: shots + 'method-statement.png', fullPage: true })

  // On a phone, in Chinese: the same figures, and nothing wider than the screen.
  const methodPhone = await newPage(browser, baseURL, true)
  await signIn(methodPhone, 'organizer@demo.laurel.dev')
  await methodPhone.evaluate(() => localStorage.setItem('laurel.locale', 'zh-CN'))
  await methodPhone.goto(new URL(organizer.url()).pathname)
  await expect(methodPhone.getByRole('heading', { level: 1, name: '评分方法说明' })).toBeVisible()
  await expect(methodPhone.getByTestId('method-rule')).toHaveText('作品得分为各评委总分的平均值。')
  await expect(
    methodPhone.locator('[data-testid^="method-worked-"]').filter({ hasText: alpha }).getByTestId('method-equation'),
  ).toHaveText('(86.6667 + 83.3333) ÷ 2 = 85')
  expect(await methodPhone.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true)
  await methodPhone.screenshot({ path: shots + 'method-statement-phone-zh-CN.png', fullPage: true })
  await methodPhone.context().close()

  // The round closed, the first judge sees how they scored against the panel: +4.44, the same order.
  const judgePhone = await newPage(browser, baseURL, true)
  await signIn(judgePhone, judges[0]!.email)
  await judgePhone.goto('/judging')
  const closedRound = judgePhone.getByRole('region', { name: roundName })
  await closedRound.getByRole('button', { name: 'How I scored against the panel' }).click()
  const mine = closedRound.getByTestId('own-calibration')
  await expect(mine).toContainText('+4.44')
  await expect(mine).toContainText('1.00')
  await expect(mine).not.toContainText('Jonas')
  await judgePhone.screenshot({ path: shots + 'judging-own-calibration-phone.png', fullPage: true })
  await judgePhone.context().close()
})
