// Small accessible-query helpers for component specs: find things the way a person (or a
// screen reader) would, by label text and role, never by CSS class.
import { flushPromises } from '@vue/test-utils'

function text(el: Element): string {
  return (el.textContent ?? '').replace(/\s+/g, ' ').trim()
}

/** The form control whose <label> reads exactly `label` (label[for] -> id, or a wrapped control). */
export function getByLabelText(root: ParentNode, label: string): HTMLInputElement {
  const labels = Array.from(root.querySelectorAll('label')).filter((l) => text(l) === label)
  for (const l of labels) {
    const control = l.htmlFor ? document.getElementById(l.htmlFor) : l.querySelector('input, textarea, select')
    if (control) return control as HTMLInputElement
  }
  throw new Error(
    `No control labelled "${label}". Labels: ${Array.from(root.querySelectorAll('label')).map(text).join(' | ')}`,
  )
}

/** The label element for a control. */
export function labelOf(control: HTMLElement): HTMLLabelElement {
  const label = document.querySelector(`label[for="${control.id}"]`)
  if (!label) throw new Error(`No label for #${control.id}`)
  return label as HTMLLabelElement
}

/** The smallest element holding both a control and its label: the field, with its messages. */
export function fieldOf(control: HTMLElement): HTMLElement {
  const label = labelOf(control)
  let node: HTMLElement | null = label.parentElement
  while (node && !node.contains(control)) node = node.parentElement
  if (!node) throw new Error('Label and control share no ancestor')
  return node
}

/** The text of the role="alert" messages inside the field of the control labelled `label`. */
export function fieldErrorText(root: ParentNode, label: string): string {
  const field = fieldOf(getByLabelText(root, label))
  return Array.from(field.querySelectorAll('[role="alert"]')).map(text).join(' ')
}

export function getAllByRole(root: ParentNode, role: string): HTMLElement[] {
  const implicit: Record<string, string> = { button: 'button, input[type="submit"]', dialog: 'dialog' }
  const selector = implicit[role] ? `[role="${role}"], ${implicit[role]}` : `[role="${role}"]`
  return Array.from(root.querySelectorAll<HTMLElement>(selector))
}

export function getByRole(root: ParentNode, role: string, name?: string | RegExp): HTMLElement {
  const matches = getAllByRole(root, role).filter((el) => {
    if (name === undefined) return true
    const accessible = el.getAttribute('aria-label') ?? text(el)
    return typeof name === 'string' ? accessible === name : name.test(accessible)
  })
  if (!matches[0]) throw new Error(`No ${role} named ${String(name)}`)
  return matches[0]
}

/** All visible text of role="alert" elements (form-level alerts and field messages). */
export function alertTexts(root: ParentNode): string[] {
  return getAllByRole(root, 'alert').map(text)
}

/** Types into an input the way v-model listens for it. */
export async function type(input: HTMLInputElement, value: string): Promise<void> {
  input.value = value
  input.dispatchEvent(new Event('input', { bubbles: true }))
  input.dispatchEvent(new Event('change', { bubbles: true }))
  await flushPromises()
}

/** A problem+json (or any) response for a stubbed fetch. */
export function jsonResponse(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  const contentType = status >= 400 ? 'application/problem+json' : 'application/json'
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': contentType, ...headers } })
}
