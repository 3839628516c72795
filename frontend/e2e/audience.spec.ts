import { expect, test } from '@playwright/test'
import { api, DESKTOP, newPage, PHONE, shots, signIn, token } from './support'
import { JUDGES, ORGANIZER, stage } from './liveStage'

// The audience vote (大众评审): the organizer turns it on for a live round at a fifth of the final
// and imports expo tickets; the big screen shows a QR code while the pitch takes votes; a phone
// opens that link, signs in with a ticket and votes once; the reveal shows the judges', the
// audience's and the combined score, as the server's formula computes them.

const PROJECTOR = { locale: 'en-US', viewport: { width: 1920, height: 1080 } }

test('the hall votes from a 390 px phone opened from the QR link, and the big screen shows the combined score', async ({
  browser,
  baseURL,
  request,
}) => {
  test.setTimeout(180_000)
  const stamp = Date.now()
  const title = `Kelp farms ${stamp}`
  const setup = await stage(request, stamp, [title, `Heat pumps ${stamp}`])
  const ticket = `E2E-${stamp}-A`

  // The organizer: audience vote on, scores 1-10, 20 % of the final; tickets imported.
  const desk = await newPage(browser, baseURL, DESKTOP)
  await signIn(desk, ORGANIZER)
  await desk.goto(`/organize/rounds/${setup.roundId}?tab=live`)
  const panel = desk.getByTestId('audience-setup')
  await panel.getByText('Score 1–10').click()
  await expect(panel.getByTestId('audience-formula')).toContainText('Final = 80% judges + 20% audience')
  await panel.getByRole('button', { name: 'Save' }).click()
  await expect(desk.getByText('Audience vote saved')).toBeVisible()
  await panel.getByLabel('Expo tickets').fill(`${ticket}\nE2E-${stamp}-B`)
  await panel.getByRole('button', { name: 'Import codes' }).click()
  await expect(panel.getByRole('status')).toContainText('2 imported')
  await expect(panel.getByTestId('audience-phone-url')).toHaveValue(new RegExp(`/live/${setup.sessionId}/vote$`))
  await desk.screenshot({ path: `${shots}audience-setup.png`, fullPage: true })

  // The host starts the pitch and its questions: the big screen invites the hall to vote.
  const organizer = await token(request, ORGANIZER)
  const control = (action: string) =>
    api(request, organizer, 'POST', `/api/live/${setup.sessionId}/control`, { action, confirmPartial: true })
  await control('START_PITCH')
  await control('START_QA')
  const screen = await newPage(browser, baseURL, PROJECTOR)
  await screen.goto(`/live/${setup.sessionId}/screen`)
  const qr = screen.getByTestId('screen-audience-qr')
  await expect(qr).toBeVisible()
  await expect(screen.getByTestId('screen-audience-votes')).toContainText('0')
  const link = await qr.locator('img').getAttribute('data-url')
  expect(link).toMatch(new RegExp(`/live/${setup.sessionId}/vote\\?lang=en`))

  // A phone opens the QR code's link, signs in with the ticket and votes 9.
  const phone = await newPage(browser, baseURL, PHONE)
  await phone.goto(link!)
  await expect(phone.getByRole('heading', { name: 'Vote as the audience' })).toBeVisible()
  await phone.getByTestId('audience-method-ticket').click()
  await phone.getByLabel('Ticket code').fill(ticket.toLowerCase()) // codes are case-insensitive
  await phone.getByTestId('audience-use-ticket').click()
  await expect(phone.getByTestId('audience-open-title')).toHaveText(title)
  await phone.getByRole('radio', { name: '9' }).click()
  await phone.getByTestId('audience-send-vote').click()
  await expect(phone.getByTestId('audience-voted')).toContainText('You gave 9 out of 10.')
  expect(await phone.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0)
  await phone.screenshot({ path: `${shots}audience-phone.png`, fullPage: true })

  // The screen's count follows (the ticker sends it within about a second); voting twice is refused.
  await expect(screen.getByTestId('screen-audience-votes')).toContainText('1', { timeout: 10_000 })
  await screen.screenshot({ path: `${shots}audience-screen-qr.png` })
  await phone.reload()
  await expect(phone.getByTestId('audience-voted')).toContainText('9 out of 10')

  // The judges score 80, 70 and 90 (trimmed mean: 80); the reveal shows 80, 88.89 and the combined 81.78.
  await control('OPEN_SCORING')
  for (const [i, mail] of JUDGES.entries()) {
    const judge = await token(request, mail)
    await api(request, judge, 'PUT', `/api/rounds/${setup.roundId}/entries/${setup.entries[0]!.id}/scorecard`, {
      scores: { [setup.criterionId]: [80, 70, 90][i] },
      submit: true,
    })
  }
  await control('REVEAL')
  const result = screen.getByTestId('screen-audience-result')
  await expect(result).toBeVisible({ timeout: 20_000 })
  await expect(result.getByTestId('audience-result-judges')).toHaveText('80.00')
  // audience = 100 x (9 - 1) / 9 = 88.89; final = 0.8 x 80 + 0.2 x 88.89 = 81.78
  await expect(result.getByTestId('audience-result-audience')).toHaveText('88.89')
  await expect(result.getByTestId('audience-result-combined')).toHaveText('81.78')
  await expect(result).toContainText('Final = 80% judges + 20% audience')
  await expect(screen.getByTestId('leaderboard-row').first()).toContainText('81.78')
  await screen.screenshot({ path: `${shots}audience-screen-reveal.png` })
})
