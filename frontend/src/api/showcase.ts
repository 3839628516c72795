import type { Schema } from './contract'
import { http } from './http'

/** A showcased project: only what its team opted in to; `award` once announced, `slot` where it pitches. */
export type ShowcaseProject = Schema<'Showcase.Project'>

export type ShowcaseGallery = Schema<'Showcase.Gallery'>

export interface ShowcaseFilters {
  q?: string
  categoryId?: number | null
  topicId?: number | null
}

const id = (value: number | string) => encodeURIComponent(String(value))

/** A published program's showcase; 404 for a draft or an unknown program. No sign-in. */
export function getShowcase(slug: string, filters: ShowcaseFilters = {}): Promise<ShowcaseGallery> {
  const query = new URLSearchParams()
  if (filters.q?.trim()) query.set('q', filters.q.trim())
  if (filters.categoryId) query.set('categoryId', String(filters.categoryId))
  if (filters.topicId) query.set('topicId', String(filters.topicId))
  const suffix = query.toString() ? `?${query.toString()}` : ''
  return http<ShowcaseGallery>(`/public/programs/${id(slug)}/showcase${suffix}`, { auth: false })
}

/** One project's page; 404 (project-not-found) when it is not in the showcase. */
export function getShowcaseProject(slug: string, entryId: number): Promise<ShowcaseProject> {
  return http<ShowcaseProject>(`/public/programs/${id(slug)}/showcase/${id(entryId)}`, { auth: false })
}
