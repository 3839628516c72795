import MarkdownIt, { type Token } from 'markdown-it'
import { h, type VNode, type VNodeArrayChildren } from 'vue'

// Markdown is parsed into tokens by markdown-it and turned into Vue VNodes here, tag by tag from
// an allow-list, so no HTML string is ever handed to the browser: raw HTML in the
// source is dropped, links keep only http(s) and mailto targets, images only https sources.

const parser = new MarkdownIt({
  // Raw HTML is recognised as such so it can be dropped (with html: false it would show as text).
  html: true,
  linkify: true,
  typographer: false,
  breaks: false,
})

const LINK_PROTOCOLS = new Set(['http:', 'https:', 'mailto:'])

/** The URL if it is an absolute http, https or mailto link, else null. */
export function safeLinkHref(href: string | null | undefined): string | null {
  if (!href) return null
  try {
    const url = new URL(href.trim())
    return LINK_PROTOCOLS.has(url.protocol) ? url.href : null
  } catch {
    return null
  }
}

/** The URL if it is an absolute https image source, else null. */
export function safeImageSrc(src: string | null | undefined): string | null {
  if (!src) return null
  try {
    const url = new URL(src.trim())
    return url.protocol === 'https:' ? url.href : null
  } catch {
    return null
  }
}

export interface MarkdownOptions {
  /** Added to heading levels, e.g. 1 turns "# Title" into <h2> under a page's own <h1>. */
  headingOffset?: number
}

type Props = Record<string, unknown> | null

interface Frame {
  /** null: render the children without a wrapper (e.g. a link whose target was refused). */
  tag: string | null
  props: Props
  children: VNodeArrayChildren
}

const BLOCK_TAGS: Record<string, string> = {
  paragraph_open: 'p',
  bullet_list_open: 'ul',
  ordered_list_open: 'ol',
  list_item_open: 'li',
  blockquote_open: 'blockquote',
  table_open: 'table',
  thead_open: 'thead',
  tbody_open: 'tbody',
  tr_open: 'tr',
  th_open: 'th',
  td_open: 'td',
  strong_open: 'strong',
  em_open: 'em',
  s_open: 's',
}

function alignOf(token: Token): Props {
  const style = token.attrGet('style') ?? ''
  const match = /text-align:\s*(left|right|center)/.exec(style)
  return match ? { style: { textAlign: match[1] } } : null
}

function openFrame(token: Token, options: MarkdownOptions): Frame {
  if (token.type === 'heading_open') {
    const level = Math.min(6, Math.max(1, Number(token.tag.slice(1)) + (options.headingOffset ?? 0)))
    return { tag: `h${level}`, props: null, children: [] }
  }
  if (token.type === 'link_open') {
    const href = safeLinkHref(token.attrGet('href'))
    if (!href) return { tag: null, props: null, children: [] }
    const external = !href.startsWith('mailto:')
    return {
      tag: 'a',
      props: { href, rel: 'noopener noreferrer', ...(external ? { target: '_blank' } : {}) },
      children: [],
    }
  }
  if (token.type === 'paragraph_open' && token.hidden) {
    // Tight list items: markdown-it keeps the paragraph but does not render it.
    return { tag: null, props: null, children: [] }
  }
  if (token.type === 'ordered_list_open') {
    const start = Number(token.attrGet('start') ?? 1)
    return { tag: 'ol', props: start !== 1 && Number.isFinite(start) ? { start } : null, children: [] }
  }
  if (token.type === 'th_open' || token.type === 'td_open') {
    return { tag: BLOCK_TAGS[token.type] ?? null, props: alignOf(token), children: [] }
  }
  // Anything not on the allow-list keeps its content but loses its element.
  return { tag: BLOCK_TAGS[token.type] ?? null, props: null, children: [] }
}

function leaf(token: Token): VNodeArrayChildren[number] | null {
  switch (token.type) {
    case 'text':
      return token.content
    case 'softbreak':
      return '\n'
    case 'hardbreak':
      return h('br')
    case 'hr':
      return h('hr')
    case 'code_inline':
      return h('code', token.content)
    case 'code_block':
    case 'fence':
      return h('pre', [h('code', token.content)])
    case 'image': {
      const alt = token.children?.map((child) => child.content).join('') ?? token.content
      const src = safeImageSrc(token.attrGet('src'))
      if (!src) return alt
      return h('img', { src, alt, loading: 'lazy', referrerpolicy: 'no-referrer' })
    }
    case 'html_block':
    case 'html_inline':
      // Raw HTML is never rendered.
      return null
    default:
      return token.content || null
  }
}

function build(tokens: Token[], options: MarkdownOptions): VNodeArrayChildren {
  const root: Frame = { tag: null, props: null, children: [] }
  const stack: Frame[] = [root]
  const top = () => stack[stack.length - 1] ?? root

  for (const token of tokens) {
    if (token.nesting === 1) {
      stack.push(openFrame(token, options))
    } else if (token.nesting === -1) {
      const frame = stack.length > 1 ? (stack.pop() as Frame) : root
      if (frame === root) continue
      if (frame.tag) top().children.push(h(frame.tag, frame.props, frame.children))
      else top().children.push(...frame.children)
    } else if (token.type === 'inline') {
      top().children.push(...build(token.children ?? [], options))
    } else {
      const node = leaf(token)
      if (node !== null) top().children.push(node)
    }
  }
  // Unclosed frames (should not happen with markdown-it) still give up their content.
  while (stack.length > 1) {
    const frame = stack.pop() as Frame
    top().children.push(...(frame.tag ? [h(frame.tag, frame.props, frame.children)] : frame.children))
  }
  return root.children
}

/** Markdown source as VNodes, safe to render. */
export function renderMarkdown(source: string | null | undefined, options: MarkdownOptions = {}): VNodeArrayChildren {
  if (!source || !source.trim()) return []
  return build(parser.parse(source, {}), options)
}

export type { VNode }
