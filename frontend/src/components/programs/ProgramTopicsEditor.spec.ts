import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, type VueWrapper } from '@vue/test-utils'
import ProgramTopicsEditor from './ProgramTopicsEditor.vue'
import * as programs from '@/api/programs'
import { ApiError } from '@/api/http'
import { mountComponent } from '@/test/mountComponent'
import { getByRole, type } from '@/test/dom'

/** Mounting Element Plus on a cold, busy machine can take a while. */
const WAIT = { timeout: 5000 }

const TOPICS = [
  { id: 1, name: 'Energy' },
  { id: 2, name: 'Health' },
  { id: 3, name: 'Robotics' },
]

const page = <T>(items: T[]) => ({ items, total: items.length })

describe('ProgramTopicsEditor', () => {
  let wrapper: VueWrapper | undefined

  beforeEach(() => {
    vi.restoreAllMocks()
  })

  afterEach(() => {
    wrapper?.unmount()
    wrapper = undefined
    document.body.innerHTML = ''
  })

  async function render(programId: number | null = 5) {
    const mounted = mountComponent(ProgramTopicsEditor, { programId })
    wrapper = mounted.wrapper
    await flushPromises()
    return mounted
  }

  const input = (root: Element, n: number) => {
    const found = root.querySelector<HTMLInputElement>(`input[aria-label="Topic ${n}"]`)
    if (!found) throw new Error(`No input named Topic ${n}`)
    return found
  }
  const save = (root: Element) => getByRole(root, 'button', 'Save topics')

  it('renames, reorders, removes and adds topics, sending the ids of those it keeps', async () => {
    vi.spyOn(programs, 'getProgramTopics').mockResolvedValue(page(TOPICS))
    const put = vi
      .spyOn(programs, 'saveProgramTopics')
      .mockImplementation(async (_id, topics) =>
        page(topics.map((topic, i) => ({ id: topic.id ?? 10 + i, name: topic.name }))),
      )
    const { root } = await render()
    await vi.waitFor(() => expect(input(root, 3).value).toBe('Robotics'), WAIT)
    expect(save(root).hasAttribute('disabled')).toBe(true)

    await type(input(root, 1), 'Clean energy')
    getByRole(root, 'button', 'Move topic 3 up').click()
    await flushPromises()
    getByRole(root, 'button', 'Remove topic 3').click() // Health, now third
    await flushPromises()
    getByRole(root, 'button', 'Add topic').click()
    await flushPromises()
    await type(input(root, 3), '  Water  ')
    getByRole(root, 'button', 'Add topic').click() // left blank: not sent
    await flushPromises()

    expect(root.textContent).toContain('Unsaved changes')
    save(root).click()
    await flushPromises()

    expect(put).toHaveBeenCalledWith(5, [
      { id: 1, name: 'Clean energy' },
      { id: 3, name: 'Robotics' },
      { name: 'Water' },
    ])
    await vi.waitFor(() => expect(save(root).hasAttribute('disabled')).toBe(true), WAIT)
    expect(input(root, 3).value).toBe('Water')
  })

  it('puts the server’s message on the row it names', async () => {
    vi.spyOn(programs, 'getProgramTopics').mockResolvedValue(page(TOPICS.slice(0, 1)))
    vi.spyOn(programs, 'saveProgramTopics').mockRejectedValue(
      new ApiError({
        status: 400,
        detail: 'topics[1].name: too long',
        errors: [{ field: 'topics[1].name', message: 'must be at most 100 characters' }],
      }),
    )
    const { root } = await render()
    await vi.waitFor(() => expect(input(root, 1).value).toBe('Energy'), WAIT)
    getByRole(root, 'button', 'Add topic').click()
    await flushPromises()
    await type(input(root, 2), 'Something long')
    save(root).click()
    await flushPromises()

    await vi.waitFor(() => expect(root.textContent).toContain('The topics could not be saved.'), WAIT)
    expect(input(root, 2).getAttribute('aria-invalid')).toBe('true')
    expect(root.querySelector('[role="alert"]')).toBeTruthy()
  })

  it('asks for the program to be saved before its topics', async () => {
    const get = vi.spyOn(programs, 'getProgramTopics')
    const { root } = await render(null)
    expect(root.textContent).toContain('Save the program first, then add its topics.')
    expect(get).not.toHaveBeenCalled()
  })
})
