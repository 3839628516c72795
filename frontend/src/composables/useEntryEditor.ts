import { computed, nextTick, ref, watch, type Ref } from 'vue'
import { useI18n } from 'vue-i18n'
import { useRouter } from 'vue-router'
import { ElMessage, ElMessageBox } from 'element-plus'
import type { AnswerDraft } from '@/components/entries/EntryFormFields.vue'
import type { TeamRow } from '@/components/entries/EntryTeamEditor.vue'
import { isApiError } from '@/api/http'
import {
  compactAnswers,
  getEntry,
  submitEntry,
  updateEntry,
  type Attachment,
  type EntryView,
  type SaveEntry,
} from '@/api/entries'
import { getProgram, type ProgramView } from '@/api/programs'
import { useSubmissionWindow } from '@/composables/useCountdown'
import { useNestedServerErrors } from '@/composables/useNestedServerErrors'
import { newUid } from '@/utils/programForm'

export interface EntryForm {
  title: string
  categoryId: number | null
  summary: string
  organization: string
  team: TeamRow[]
  answers: AnswerDraft
}

const BASICS = ['title', 'categoryId', 'summary', 'organization', 'team']

export function blankEntryForm(): EntryForm {
  return { title: '', categoryId: null, summary: '', organization: '', team: [], answers: {} }
}

/** The editable form of an entry: text fields trimmed on the way out, team rows keyed by a client uid. */
export function toEntryForm(e: EntryView): EntryForm {
  return {
    title: e.title ?? '',
    categoryId: e.categoryId,
    summary: e.summary ?? '',
    organization: e.organization ?? '',
    team: (e.team ?? []).map((m) => ({
      uid: newUid('t'),
      name: m.name ?? '',
      email: m.email ?? '',
      role: m.role ?? '',
    })),
    answers: { ...(e.answers ?? {}) },
  }
}

/**
 * The request body for a form (blank team rows are left out, file answers travel as attachments) and the uids
 * of the team rows sent, so that server errors on "team[i]" land on the right row.
 */
export function toSaveEntry(form: EntryForm, fileKeys: Set<string>): { body: SaveEntry; teamUids: string[] } {
  const rows = form.team.filter((r) => r.name.trim() || r.email.trim() || r.role.trim())
  const answers = Object.fromEntries(Object.entries(form.answers).filter(([key]) => !fileKeys.has(key)))
  return {
    body: {
      title: form.title.trim(),
      categoryId: form.categoryId,
      summary: form.summary,
      organization: form.organization.trim() || undefined,
      team: rows.map((r) => ({
        name: r.name.trim(),
        email: r.email.trim() || undefined,
        role: r.role.trim() || undefined,
      })),
      answers: compactAnswers(answers),
    },
    teamUids: rows.map((r) => r.uid),
  }
}

/** The applicant's entry editor: loads the entry and its program, saves, submits, and places server errors. */
export function useEntryEditor(entryId: Ref<number>) {
  const { t } = useI18n()
  const router = useRouter()

  const entry = ref<EntryView | null>(null)
  const program = ref<ProgramView | null>(null)
  const form = ref<EntryForm>(blankEntryForm())
  const snapshot = ref('')
  const loading = ref(true)
  const loadError = ref<string | null>(null)
  const saving = ref(false)
  const submitting = ref(false)

  const fileKeys = computed(
    () => new Set((program.value?.formFields ?? []).filter((f) => f.type === 'FILE').map((f) => f.key)),
  )
  const answerKeys = computed(() => new Set((program.value?.formFields ?? []).map((f) => f.key)))
  const server = useNestedServerErrors(
    (path) =>
      BASICS.includes(path) ||
      /^team\.[^.]+\.(name|email|role)$/.test(path) ||
      (path.startsWith('answers.') && answerKeys.value.has(path.slice('answers.'.length))),
  )
  const answerErrors = computed(() =>
    Object.fromEntries(
      Object.entries(server.errors.value)
        .filter(([path]) => path.startsWith('answers.'))
        .map(([path, message]) => [path.slice('answers.'.length), message]),
    ),
  )
  const teamErrors = computed(() =>
    Object.fromEntries(Object.entries(server.errors.value).filter(([path]) => path.startsWith('team.'))),
  )

  const windowInfo = computed(() =>
    entry.value && program.value
      ? { submissionOpensAt: program.value.submissionOpensAt, submissionClosesAt: entry.value.submissionClosesAt }
      : null,
  )
  const { state: windowState, parts } = useSubmissionWindow(windowInfo)

  const dirty = computed(() => snapshot.value !== '' && JSON.stringify(form.value) !== snapshot.value)
  const deadlinePassed = computed(() => windowState.value === 'CLOSED')
  const editable = computed(() => !!entry.value?.editable && !deadlinePassed.value)
  const isDraft = computed(() => entry.value?.status === 'DRAFT')
  const busy = computed(() => saving.value || submitting.value)

  function reset(e: EntryView): void {
    entry.value = e
    form.value = toEntryForm(e)
    snapshot.value = JSON.stringify(form.value)
  }

  async function load(): Promise<void> {
    loading.value = true
    loadError.value = null
    server.clear()
    try {
      const e = await getEntry(entryId.value)
      program.value = await getProgram(e.programId)
      reset(e)
    } catch (error) {
      loadError.value = isApiError(error) ? error.detail : String(error)
    } finally {
      loading.value = false
    }
  }

  watch(entryId, load, { immediate: true })

  function request(): { body: SaveEntry; teamUids: string[] } {
    return toSaveEntry(form.value, fileKeys.value)
  }

  function showErrors(error: unknown, teamUids: string[]): void {
    server.apply(error, { rows: { team: teamUids } })
    if (server.count.value > 0) {
      void nextTick(() => {
        document.querySelector('.entry-edit-view .is-error')?.scrollIntoView({ behavior: 'smooth', block: 'center' })
      })
    }
  }

  async function saveNow(): Promise<EntryView | null> {
    const { body, teamUids } = request()
    try {
      const saved = await updateEntry(entryId.value, body)
      reset(saved)
      return saved
    } catch (error) {
      showErrors(error, teamUids)
      return null
    }
  }

  async function save(): Promise<void> {
    if (busy.value) return
    server.clear()
    saving.value = true
    try {
      if (await saveNow()) ElMessage.success(t('entries.edit.saved'))
    } finally {
      saving.value = false
    }
  }

  async function submit(): Promise<void> {
    if (busy.value) return
    try {
      await ElMessageBox.confirm(t('entries.edit.submitText'), t('entries.edit.submitTitle'), {
        type: 'info',
        confirmButtonText: t('entries.edit.submit'),
        cancelButtonText: t('common.cancel'),
      })
    } catch {
      return
    }
    server.clear()
    submitting.value = true
    try {
      const saved = await saveNow()
      if (!saved) return
      const submitted = await submitEntry(entryId.value)
      reset(submitted)
      ElMessage.success(t('entries.edit.submitted'))
      await router.push({ name: 'my-entries' })
    } catch (error) {
      showErrors(error, request().teamUids)
    } finally {
      submitting.value = false
    }
  }

  function onUploaded(attachment: Attachment): void {
    if (!entry.value) return
    entry.value = { ...entry.value, attachments: [...entry.value.attachments, attachment] }
    if (attachment.fieldKey) server.clear(`answers.${attachment.fieldKey}`)
  }

  function onRemoved(attachment: Attachment): void {
    if (!entry.value) return
    entry.value = { ...entry.value, attachments: entry.value.attachments.filter((a) => a.id !== attachment.id) }
  }

  return {
    entry,
    program,
    form,
    loading,
    loadError,
    saving,
    submitting,
    fileKeys,
    server,
    answerErrors,
    teamErrors,
    windowState,
    parts,
    dirty,
    deadlinePassed,
    editable,
    isDraft,
    busy,
    load,
    save,
    submit,
    onUploaded,
    onRemoved,
  }
}
