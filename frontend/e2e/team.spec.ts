import { expect, test } from '@playwright/test'
import { api, newPage, shots, signIn, token } from './support'

// The demo's Perovskite entry is owned by applicant@ and has chen@ and rao@ as members, who joined
// through the real invitation flow when the demo was seeded (their links went to the outbox).

interface Mine {
  items: { id: number; title: string; myRole: string }[]
}

async function perovskite(request: Parameters<typeof token>[0], email: string): Promise<number> {
  const bearer = await token(request, email)
  const mine = await api<Mine>(request, bearer, 'GET', '/api/entries/mine')
  const found = mine.items.find((i) => i.title.includes('Perovskite'))
  expect(found, `the Perovskite entry among ${email}'s entries`).toBeTruthy()
  return found!.id
}

test('a team of three: members read and edit, only the owner submits and manages the team', async ({
  browser,
  baseURL,
  request,
}) => {
  const entryId = await perovskite(request, 'applicant@demo.laurel.dev')
  expect(await perovskite(request, 'rao@demo.laurel.dev')).toBe(entryId)

  // A member: the entry is among theirs, the team shows everyone, and submitting is the owner's.
  const member = await newPage(browser, baseURL)
  await signIn(member, 'chen@demo.laurel.dev')
  await member.goto('/my/entries')
  await expect(member.getByText('Team member').first()).toBeVisible()
  await member.goto(`/my/entries/${entryId}`)
  const team = member.getByTestId('entry-team')
  await expect(team.getByTestId('team-member')).toHaveCount(2)
  await expect(team.getByText('Owner')).toBeVisible()
  await expect(member.getByText(/Only the owner, .+, can submit or withdraw this entry\./)).toBeVisible()
  await expect(member.getByRole('button', { name: 'Withdraw' })).toHaveCount(0)
  await expect(team.getByRole('button', { name: 'Leave the team' })).toBeVisible()
  await member.screenshot({ path: `${shots}team-member.png`, fullPage: true })
  await member.getByRole('link', { name: 'Edit entry' }).click()
  await expect(member).toHaveURL(new RegExp(`/my/entries/${entryId}/edit`))
  await expect(member.getByLabel('Institution').first()).toBeVisible()
  await member.context().close()

  // The owner invites a fourth person, sees the pending invitation and withdraws it.
  const owner = await newPage(browser, baseURL)
  await signIn(owner, 'applicant@demo.laurel.dev')
  await owner.goto(`/my/entries/${entryId}`)
  const card = owner.getByTestId('entry-team')
  await expect(card.getByRole('button', { name: /Hand the entry over to/ })).toHaveCount(2)
  const invitee = `teammate-${Date.now()}@example.org`
  await card.getByLabel('Email address').fill(invitee)
  await card.getByLabel('Role (optional)').fill('Designer')
  await card.getByRole('button', { name: 'Send invitation' }).click()
  await expect(card.getByTestId('team-invitation').filter({ hasText: invitee })).toBeVisible()
  await owner.screenshot({ path: `${shots}team-owner.png`, fullPage: true })
  await card.getByRole('button', { name: `Withdraw the invitation to ${invitee}` }).click()
  await expect(card.getByTestId('team-invitation').filter({ hasText: invitee })).toHaveCount(0)

  // A link that is not a real invitation says so.
  await owner.goto('/invitations/not-a-real-token')
  await expect(owner.getByText('This invitation link is not valid.')).toBeVisible()
  await owner.context().close()
})

test('a member on a phone, in Chinese', async ({ browser, baseURL, request }) => {
  const entryId = await perovskite(request, 'rao@demo.laurel.dev')
  const phone = await newPage(browser, baseURL, true)
  await signIn(phone, 'rao@demo.laurel.dev')
  // Signed in (the helper reads English labels), the member switches to Chinese.
  await phone.evaluate(() => localStorage.setItem('laurel.locale', 'zh-CN'))
  await phone.goto(`/my/entries/${entryId}`)
  await expect(phone.getByTestId('entry-team').getByText('负责人')).toBeVisible()
  const overflow = await phone.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
  expect(overflow).toBeLessThanOrEqual(0)
  await phone.screenshot({ path: `${shots}team-member-phone-zh.png`, fullPage: true })
  await phone.context().close()
})

test('the organizer reads the participation figures and their chart', async ({ browser, baseURL, request }) => {
  const organizer = await token(request, 'organizer@demo.laurel.dev')
  const programs = await api<{ items: { id: number; slug: string }[] }>(request, organizer, 'GET', '/api/programs')
  const contest = programs.items.find((p) => p.slug.startsWith('developer-contest'))
  expect(contest).toBeTruthy()
  const page = await newPage(browser, baseURL)
  await signIn(page, 'organizer@demo.laurel.dev')
  await page.goto(`/organize/programs/${contest!.id}/participation`)
  await expect(page.locator('canvas').first()).toBeVisible()
  await expect(page.getByText('Zhejiang University').first()).toBeVisible()
  await page.screenshot({ path: `${shots}participation.png`, fullPage: true })
  await page.context().close()
})
