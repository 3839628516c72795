import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, type VueWrapper } from '@vue/test-utils'
import ParticipationView from './ParticipationView.vue'
import { ApiError } from '@/api/http'
import * as api from '@/api/participation'
import type { ParticipationFigures } from '@/api/participation'
import { mountView } from '@/test/mountView'
import { fieldErrorText, getAllByRole, getByLabelText, type } from '@/test/dom'

// The canvas chart is not under test here (happy-dom draws nothing): a stand-in keeps its place.
vi.mock('vue-echarts', () => ({ default: { name: 'VChart', render: () => null } }))

vi.mock('@/api/programs', () => ({
  getProgram: vi.fn(async () => ({ id: 3, title: 'Dev Cup', slug: 'dev-cup', categories: [] })),
}))

vi.mock('@/api/participation', () => ({
  getParticipation: vi.fn(),
  getInstitutionAliases: vi.fn(),
  replaceInstitutionAliases: vi.fn(),
  exportParticipation: vi.fn(),
}))

/** Mounting Element Plus on a cold, busy machine can take a while. */
const WAIT = { timeout: 5000 }

const FIGURES: ParticipationFigures = {
  programId: 3,
  teams: 14,
  people: 41,
  institutions: { UNIVERSITY: 25, COMPANY: 9, RESEARCH: 4, OTHER: 1 },
  distinctInstitutions: { UNIVERSITY: 6, COMPANY: 5, RESEARCH: 2, OTHER: 1 },
  unaffiliated: 2,
  byCategory: [
    { categoryId: 5, name: 'Hardware', teams: 9, people: 27, universities: 4, companies: 3 },
    { categoryId: null, name: null, teams: 5, people: 14, universities: 2, companies: 2 },
  ],
  regions: [
    { region: 'China', teams: 10, people: 30 },
    { region: 'Singapore', teams: 3, people: 8 },
    { region: 'Kenya', teams: 1, people: 3 },
  ],
  overTime: [
    { date: '2026-03-01', teams: 4, cumulative: 4 },
    { date: '2026-03-03', teams: 10, cumulative: 14 },
  ],
  topInstitutions: [
    { name: 'Tsinghua University', kind: 'UNIVERSITY', teams: 5, people: 15 },
    { name: 'Acme Robotics', kind: 'COMPANY', teams: 2, people: 4 },
  ],
}

const EMPTY: ParticipationFigures = {
  programId: 3,
  teams: 0,
  people: 0,
  institutions: {},
  distinctInstitutions: {},
  unaffiliated: 0,
  byCategory: [],
  regions: [],
  overTime: [],
  topInstitutions: [],
}

const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim()
const button = (root: ParentNode, name: string) =>
  getAllByRole(root, 'button').find((b) => (b.getAttribute('aria-label') ?? text(b)) === name) as
    HTMLButtonElement | undefined

/** The figure a card shows under its heading (a <dt> and the <dd> after it). */
function figure(root: ParentNode, name: string): string {
  const term = Array.from(root.querySelectorAll('dt')).find((dt) => text(dt) === name)
  if (!term) throw new Error(`No figure named ${name}`)
  return text(term.nextElementSibling)
}

describe('ParticipationView', () => {
  let wrapper: VueWrapper | undefined

  beforeEach(() => {
    localStorage.clear()
    localStorage.setItem(
      'laurel.auth',
      JSON.stringify({
        accessToken: 'acc',
        refreshToken: 'ref',
        roles: ['ORGANIZER'],
        user: { id: 2, email: 'olga@example.org', displayName: 'Olga', roles: ['ORGANIZER'] },
      }),
    )
    vi.mocked(api.getInstitutionAliases).mockResolvedValue({
      aliases: [{ alias: '清华大学', canonical: 'Tsinghua University' }],
    })
  })

  afterEach(() => {
    wrapper?.unmount()
    wrapper = undefined
    vi.clearAllMocks()
    document.body.innerHTML = ''
  })

  async function open(figures: ParticipationFigures) {
    vi.mocked(api.getParticipation).mockResolvedValue(figures)
    const mounted = await mountView(ParticipationView, '/organize/programs/3/participation')
    wrapper = mounted.wrapper
    await vi.waitFor(() => expect(mounted.root.textContent).toContain('Institution aliases'), WAIT)
    await flushPromises()
    return mounted.root as HTMLElement
  }

  it('shows the figures the server counted', async () => {
    const root = await open(FIGURES)
    expect(api.getParticipation).toHaveBeenCalledWith(3)
    expect(text(root.querySelector('h1'))).toBe('Participation')
    expect(root.textContent).toContain('Dev Cup')
    expect(figure(root, 'Teams')).toBe('14')
    expect(figure(root, 'People')).toBe('41')
    expect(root.textContent).toContain('2 without an institution')
    // Distinct institutions, with the people they sent.
    expect(figure(root, 'Universities')).toBe('6')
    expect(text(root.querySelector('dl')!)).toContain('25 people')
    expect(figure(root, 'Companies')).toBe('5')
    expect(figure(root, 'Research institutes')).toBe('2')
    expect(figure(root, 'Countries and regions')).toBe('3')

    const categories = root.querySelector('section[aria-labelledby="participation-categories"]')!
    expect(text(categories)).toContain('Hardware')
    expect(text(categories)).toContain('No category')
    const institutions = root.querySelector('section[aria-labelledby="participation-institutions"]')!
    expect(text(institutions)).toContain('Tsinghua University')
    expect(text(institutions)).toContain('Company')
    const regions = root.querySelector('section[aria-labelledby="participation-regions"]')!
    expect(text(regions)).toContain('China')
    expect(text(regions)).toContain('10 teams · 30 people')
    expect(text(regions)).toContain('one team · 3 people')
    expect(text(root.querySelector('section[aria-labelledby="participation-over-time"] h2'))).toBe('Teams over time')
    expect(root.textContent).not.toContain('No team has submitted an entry yet')
  })

  it('says so while no team has submitted, and still offers the aliases', async () => {
    const root = await open(EMPTY)
    expect(root.textContent).toContain('No team has submitted an entry yet')
    expect(root.querySelector('dt')).toBeNull()
    expect(root.querySelector('section[aria-labelledby="participation-categories"]')).toBeNull()
    expect(getByLabelText(root, 'Name as written, row 1').value).toBe('清华大学')
  })

  it('saves the rows as the organizer left them, and shows the server’s error at its row', async () => {
    vi.mocked(api.replaceInstitutionAliases).mockRejectedValueOnce(
      new ApiError({
        status: 400,
        type: 'https://laurel.dev/problems/validation',
        title: 'Invalid request',
        detail: 'Some aliases cannot be saved.',
        errors: [{ field: 'aliases[1].alias', message: 'is listed twice' }],
      }),
    )
    const root = await open(FIGURES)

    button(root, 'Add alias')!.click()
    await flushPromises()
    await type(getByLabelText(root, 'Name as written, row 2'), ' 清华大学 ')
    await type(getByLabelText(root, 'Counts as, row 2'), 'THU')
    // A row left wholly blank is not sent.
    button(root, 'Add alias')!.click()
    await flushPromises()

    button(root, 'Save aliases')!.click()
    await vi.waitFor(() => expect(api.replaceInstitutionAliases).toHaveBeenCalledTimes(1), WAIT)
    expect(api.replaceInstitutionAliases).toHaveBeenCalledWith(3, [
      { alias: '清华大学', canonical: 'Tsinghua University' },
      { alias: '清华大学', canonical: 'THU' },
    ])
    await vi.waitFor(
      () => expect(fieldErrorText(root, 'Name as written, row 2')).toBe('“Name as written, row 2”: is listed twice.'),
      WAIT,
    )
    expect(fieldErrorText(root, 'Name as written, row 1')).toBe('')

    // Fixed and saved: the list comes back as stored, and the figures are counted again.
    vi.mocked(api.replaceInstitutionAliases).mockResolvedValueOnce({
      aliases: [
        { alias: '清华大学', canonical: 'Tsinghua University' },
        { alias: 'THU', canonical: 'Tsinghua University' },
      ],
    })
    await type(getByLabelText(root, 'Name as written, row 2'), 'THU')
    await type(getByLabelText(root, 'Counts as, row 2'), 'Tsinghua University')
    expect(fieldErrorText(root, 'Name as written, row 2')).toBe('')
    button(root, 'Save aliases')!.click()
    await vi.waitFor(() => expect(document.body.textContent).toContain('Aliases saved.'), WAIT)
    expect(api.replaceInstitutionAliases).toHaveBeenLastCalledWith(3, [
      { alias: '清华大学', canonical: 'Tsinghua University' },
      { alias: 'THU', canonical: 'Tsinghua University' },
    ])
    expect(vi.mocked(api.getParticipation).mock.calls.filter(([id]) => id === 3)).toHaveLength(2)
    expect(getByLabelText(root, 'Counts as, row 2').value).toBe('Tsinghua University')
    expect(() => getByLabelText(root, 'Name as written, row 3')).toThrow()
  })
})
