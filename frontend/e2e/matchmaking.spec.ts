import { expect, test } from '@playwright/test'
import { api, newPage, PHONE, shots, signIn, token } from './support'

// The demo's Expo Startup Roadshow has two invited investors and six teams sharing their project
// with them. Pearl River Capital's investor browses the finalists, marks MedRoute and asks its team
// for a meeting; the team accepts one of the proposed times with a place; the investor sees the
// meeting set, and the organizer's board counts it and exports it.

const APPLICANTS = ['applicant@demo.laurel.dev', 'chen@demo.laurel.dev', 'rao@demo.laurel.dev']
const PROJECT = 'MedRoute 医路通'

test('an investor requests a meeting and the team accepts', async ({ browser, baseURL, request }) => {
  const year = new Date().getFullYear() + 1
  const investor = await newPage(browser, baseURL)
  await signIn(investor, 'investor2@demo.laurel.dev')
  await investor.getByRole('link', { name: 'Matchmaking' }).first().click()
  await expect(investor).toHaveURL(/\/investor$/)
  await expect(investor.getByRole('heading', { level: 1 })).toHaveText('Investor matchmaking')
  await expect(investor.getByText('As Pearl River Capital')).toBeVisible()
  await investor.getByTestId('investor-browse').first().click()
  await expect(investor).toHaveURL(/\/investor\/programs\/\d+$/)
  // Six of the seven finalists: the seventh team keeps its project to itself.
  await expect(investor.getByTestId('investor-projects-count')).toContainText('6 projects')
  await investor.screenshot({ path: `${shots}matchmaking-finalists.png`, fullPage: true })

  await investor.getByRole('link', { name: `Open ${PROJECT}` }).click()
  await expect(investor.getByRole('heading', { level: 1 })).toHaveText(PROJECT)
  await expect(investor.getByTestId('project-summary')).toBeVisible()
  await investor.getByTestId('project-interest').click()
  await expect(investor.getByTestId('project-interest')).toHaveText('Interested')

  // Two proposed times, typed as the event's clocks read them, and a message.
  const first = investor.getByPlaceholder('Time 1')
  await first.fill(`${year}-01-15 10:00`)
  await first.press('Enter')
  await investor.keyboard.press('Escape')
  await investor.getByTestId('meeting-add-time').click()
  const second = investor.getByPlaceholder('Time 2')
  await second.fill(`${year}-01-15 14:30`)
  await second.press('Enter')
  await investor.keyboard.press('Escape')
  await investor.getByTestId('meeting-message').fill('We back hospital software in the Greater Bay Area. Coffee?')
  const sent = investor.waitForResponse((r) => r.url().includes('/meetings') && r.request().method() === 'POST')
  await investor.getByTestId('meeting-send').click()
  const response = await sent
  expect(response.status()).toBe(201)
  // Typed as the event's clocks read them: the demo's Asia/Shanghai, eight hours ahead of UTC.
  expect((response.request().postDataJSON() as { proposedTimes: string[] }).proposedTimes).toEqual([
    `${year}-01-15T02:00:00.000Z`,
    `${year}-01-15T06:30:00.000Z`,
  ])
  await expect(investor.getByText('Waiting for the team')).toBeVisible()
  await expect(investor.getByText('Jan 15, ' + year + ', 14:30')).toBeVisible()
  await investor.screenshot({ path: `${shots}matchmaking-project.png`, fullPage: true })

  // The team finds the request on the entry page and accepts the afternoon slot with a place.
  let owner = ''
  let entryId = 0
  for (const email of APPLICANTS) {
    const mine = await api<{ items: { id: number; title: string }[] }>(
      request,
      await token(request, email),
      'GET',
      '/api/entries/mine',
    )
    const found = mine.items.find((e) => e.title === PROJECT)
    if (found) {
      owner = email
      entryId = found.id
    }
  }
  expect(owner, `the demo owner of ${PROJECT}`).not.toBe('')
  const team = await newPage(browser, baseURL, PHONE)
  await signIn(team, owner)
  await team.goto(`/my/entries/${entryId}`)
  const card = team.getByTestId('entry-meetings')
  await expect(card).toContainText('Pearl River Capital')
  await card.getByTestId('meeting-accept').click()
  await team.getByTestId('accept-time').filter({ hasText: '14:30' }).click()
  await team.getByTestId('accept-location').fill('Hall B, meeting room 2')
  const accepted = team.waitForResponse((r) => r.url().endsWith('/accept') && r.request().method() === 'POST')
  await team.getByTestId('accept-confirm').click()
  expect((await accepted).status()).toBe(200)
  await expect(card).toContainText('Meeting set')
  await expect(card).toContainText('Hall B, meeting room 2')
  expect(await team.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0)
  await team.screenshot({ path: `${shots}matchmaking-team-phone.png`, fullPage: true })

  // The investor sees it set, at the chosen time and place.
  await investor.goto('/investor')
  const mine = investor.locator('article', { hasText: PROJECT })
  await expect(mine).toContainText('Meeting set')
  await expect(mine).toContainText(`Meeting on Jan 15, ${year}, 14:30`)
  await expect(mine).toContainText('Hall B, meeting room 2')

  // The organizer's board counts it and exports it.
  const organizer = await newPage(browser, baseURL)
  await signIn(organizer, 'organizer@demo.laurel.dev')
  const programs = await api<{ items: { programId: number }[] }>(
    request,
    await token(request, 'investor2@demo.laurel.dev'),
    'GET',
    '/api/investor/programs',
  )
  await organizer.goto(`/organize/programs/${programs.items[0].programId}/matchmaking`)
  const row = organizer.locator('tr', { hasText: PROJECT }).first()
  await expect(row).toContainText('Meeting set')
  await expect(row).toContainText('Pearl River Capital')
  await organizer.screenshot({ path: `${shots}matchmaking-board.png`, fullPage: true })
  const download = organizer.waitForEvent('download')
  await organizer.getByRole('button', { name: 'Export CSV' }).click()
  const csv = await (await download).path()
  const text = (await import('node:fs')).readFileSync(csv, 'utf8')
  expect(text).toContain(PROJECT)
  expect(text).toContain('Hall B, meeting room 2')
})
