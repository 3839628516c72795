import { computed, ref, watch, type Ref } from 'vue'
import { useI18n } from 'vue-i18n'
import type { RouteLocationRaw } from 'vue-router'
import { isApiError } from '@/api/http'
import { getProgramBySlug, type ProgramView, type SubmissionState } from '@/api/programs'
import { getPublicWinners } from '@/api/awards'
import { useLocale } from '@/composables/useLocale'
import { useAuthStore } from '@/stores/auth'
import { formatDateTime } from '@/utils/format'

/**
 * A program's public page data, loaded by slug (again whenever the slug or the UI language changes): 403 and 404 both
 * read as "not found", and once it is published, whether its winners are announced yet.
 */
export function usePublicProgram(slug: Ref<string>) {
  const program = ref<ProgramView | null>(null)
  const loading = ref(true)
  const loadError = ref<string | null>(null)
  const notFound = ref(false)
  /** Set once winners are announced: the public winners page is linked from the hero. */
  const winnersAnnounced = ref(false)

  async function checkWinners(programSlug: string): Promise<void> {
    winnersAnnounced.value = false
    try {
      await getPublicWinners(programSlug)
      if (programSlug === slug.value) winnersAnnounced.value = true
    } catch {
      // 404: nothing announced yet.
    }
  }

  async function load(): Promise<void> {
    if (!slug.value) return
    loading.value = true
    loadError.value = null
    notFound.value = false
    try {
      program.value = await getProgramBySlug(slug.value)
      if (program.value.status === 'PUBLISHED') void checkWinners(slug.value)
    } catch (error) {
      program.value = null
      if (isApiError(error) && (error.status === 404 || error.status === 403)) notFound.value = true
      else loadError.value = isApiError(error) ? error.detail : String(error)
    } finally {
      loading.value = false
    }
  }

  // The page shows what the organizers wrote in the reader's language: a switch asks for the other.
  const { locale } = useLocale()
  watch([slug, locale], load, { immediate: true })

  return { program, loading, loadError, notFound, winnersAnnounced, load }
}

export interface ApplyAction {
  enabled: boolean
  to: RouteLocationRaw | null
  note: string
}

/** Whether the Apply button works, where it leads, and what to say when it does not. */
export function useApplyAction(
  program: Ref<ProgramView | null>,
  state: Ref<SubmissionState | null>,
  slug: Ref<string>,
): Ref<ApplyAction> {
  const { t } = useI18n()
  const { locale } = useLocale()
  const auth = useAuthStore()
  const applyPath = computed(() => `/programs/${encodeURIComponent(slug.value)}/apply`)

  return computed<ApplyAction>(() => {
    const p = program.value
    if (!p) return { enabled: false, to: null, note: '' }
    if (p.status === 'DRAFT') return { enabled: false, to: null, note: t('programs.public.unpublished') }
    if (state.value === 'UPCOMING') return { enabled: false, to: null, note: t('programs.public.notOpenYet') }
    if (state.value === 'CLOSED') {
      return {
        enabled: false,
        to: null,
        note: t('programs.public.closedExplain', { date: formatDateTime(p.submissionClosesAt, locale.value) }),
      }
    }
    if (!auth.isAuthenticated) {
      return {
        enabled: true,
        to: { name: 'login', query: { redirect: applyPath.value } },
        note: t('programs.public.signInHint'),
      }
    }
    if (!auth.hasRole('APPLICANT')) return { enabled: false, to: null, note: t('programs.public.applicantsOnly') }
    return { enabled: true, to: { name: 'program-apply', params: { slug: slug.value } }, note: '' }
  })
}
