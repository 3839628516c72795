import { afterEach, describe, expect, it } from 'vitest'
import { mount, type VueWrapper } from '@vue/test-utils'
import BaseMarkdown from './BaseMarkdown.vue'
import { safeLinkHref } from '@/utils/markdown'

describe('BaseMarkdown', () => {
  let wrapper: VueWrapper | undefined

  afterEach(() => {
    wrapper?.unmount()
    wrapper = undefined
  })

  function render(source: string, headingOffset = 0): HTMLElement {
    wrapper = mount(BaseMarkdown, { props: { source, headingOffset } })
    return wrapper.element as HTMLElement
  }

  it('renders headings, emphasis, lists, quotes and code', () => {
    const root = render(
      [
        '# Title',
        '',
        '## Who can enter',
        '',
        'Some **bold** and *italic* text with `code`.',
        '',
        '- one',
        '- two',
        '',
        '3. three',
        '4. four',
        '',
        '> quoted',
        '',
        '```',
        'let x = 1',
        '```',
      ].join('\n'),
    )
    expect(root.querySelector('h1')?.textContent).toBe('Title')
    expect(root.querySelector('h2')?.textContent).toBe('Who can enter')
    expect(root.querySelector('strong')?.textContent).toBe('bold')
    expect(root.querySelector('em')?.textContent).toBe('italic')
    expect(root.querySelector('p code')?.textContent).toBe('code')
    expect([...root.querySelectorAll('ul > li')].map((li) => li.textContent)).toEqual(['one', 'two'])
    expect(root.querySelector('ol')?.getAttribute('start')).toBe('3')
    expect(root.querySelector('blockquote')?.textContent?.trim()).toBe('quoted')
    expect(root.querySelector('pre code')?.textContent).toBe('let x = 1\n')
  })

  it('shifts heading levels under a page heading', () => {
    const root = render('# Title\n\n###### Deep', 1)
    expect(root.querySelector('h1')).toBeNull()
    expect(root.querySelector('h2')?.textContent).toBe('Title')
    expect(root.querySelector('h6')?.textContent).toBe('Deep')
  })

  it('keeps http(s) and mailto links, opening web links safely', () => {
    const root = render(
      '[rules](https://example.org/rules) and [mail](mailto:awards@example.org) and https://laurel.dev',
    )
    const links = [...root.querySelectorAll('a')]
    expect(links.map((a) => a.getAttribute('href'))).toEqual([
      'https://example.org/rules',
      'mailto:awards@example.org',
      'https://laurel.dev/',
    ])
    for (const link of links) expect(link.getAttribute('rel')).toBe('noopener noreferrer')
    expect(links[0]?.getAttribute('target')).toBe('_blank')
    expect(links[1]?.hasAttribute('target')).toBe(false)
  })

  it('drops script tags and raw HTML', () => {
    const root = render(
      [
        'Hello <b onclick="alert(1)">there</b>',
        '',
        '<script>alert("x")</script>',
        '',
        '<img src=x onerror="alert(1)">',
        '',
        '<div style="position:fixed">overlay</div>',
      ].join('\n'),
    )
    expect(root.querySelector('script')).toBeNull()
    expect(root.querySelector('b')).toBeNull()
    expect(root.querySelector('img')).toBeNull()
    expect(root.querySelector('div div')).toBeNull()
    expect(root.innerHTML).not.toContain('onerror')
    expect(root.innerHTML).not.toContain('onclick')
    expect(root.textContent).not.toContain('<script')
    expect(root.textContent).toContain('Hello')
  })

  it('never turns javascript:, data: or relative targets into links', () => {
    const root = render(
      '[a](javascript:alert(1)) [b](JaVaScRiPt:alert(1)) [c](data:text/html,boom) [d](/relative) [e](vbscript:x)',
    )
    expect(root.querySelectorAll('a')).toHaveLength(0)
    expect(root.innerHTML.toLowerCase()).not.toContain('href')
  })

  it('only shows https images', () => {
    const root = render(
      '![logo](https://example.org/logo.png) ![bad](http://example.org/x.png) ![js](javascript:alert(1))',
    )
    const images = [...root.querySelectorAll('img')]
    expect(images).toHaveLength(1)
    expect(images[0]?.getAttribute('src')).toBe('https://example.org/logo.png')
    expect(images[0]?.getAttribute('alt')).toBe('logo')
    expect(root.textContent).toContain('bad')
  })

  it('renders nothing for an empty source', () => {
    const root = render('   ')
    expect(root.textContent).toBe('')
  })
})

describe('safeLinkHref', () => {
  it('accepts absolute http, https and mailto only', () => {
    expect(safeLinkHref('https://a.example/x')).toBe('https://a.example/x')
    expect(safeLinkHref('http://a.example')).toBe('http://a.example/')
    expect(safeLinkHref('mailto:a@b.example')).toBe('mailto:a@b.example')
    expect(safeLinkHref(' javascript:alert(1)')).toBeNull()
    expect(safeLinkHref('ftp://a.example')).toBeNull()
    expect(safeLinkHref('/local')).toBeNull()
    expect(safeLinkHref('')).toBeNull()
  })
})
