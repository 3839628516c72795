import { computed, nextTick, ref, watch, type Ref } from 'vue'
import { useI18n } from 'vue-i18n'
import { useRouter } from 'vue-router'
import { ElMessage, ElMessageBox } from 'element-plus'
import type { AnswerDraft } from '@/components/entries/EntryFormFields.vue'
import type { TeamRow } from '@/components/entries/EntryTeamEditor.vue'
import { ApiError, isApiError, type FieldError } from '@/api/http'
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
import { toFormPath as toNestedFormPath, useNestedServerErrors } from '@/composables/useNestedServerErrors'
import { fieldSentence } from '@/utils/fieldErrors'
import { formatDateTime } from '@/utils/format'
import { newUid } from '@/utils/programForm'
import { whyNot, type UnavailableAction } from '@/utils/unavailable'

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
      institution: m.institution ?? '',
      institutionKind: m.institutionKind ?? null,
      region: m.region ?? '',
    })),
    answers: { ...(e.answers ?? {}) },
  }
}

/**
 * The request body for a form (blank team rows are left out, file answers travel as attachments) and the uids
 * of the team rows sent, so that server errors on "team[i]" land on the right row.
 */
export function toSaveEntry(form: EntryForm, fileKeys: Set<string>): { body: SaveEntry; teamUids: string[] } {
  const rows = form.team.filter(
    (r) => r.name.trim() || r.email.trim() || r.role.trim() || r.institution.trim() || r.region.trim(),
  )
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
        institution: r.institution.trim() || undefined,
        institutionKind: r.institutionKind ?? undefined,
        region: r.region.trim() || undefined,
      })),
      answers: compactAnswers(answers),
    },
    teamUids: rows.map((r) => r.uid),
  }
}

/** The applicant's entry editor: loads the entry and its program, saves, submits, and places server errors. */
export function useEntryEditor(entryId: Ref<number>) {
  const { t, locale } = useI18n()
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
  /** The label the applicant sees for a form path, and whether its answer is picked from a list. */
  function fieldOf(path: string): { label: string; choose: boolean } {
    const basics: Record<string, string> = {
      title: 'entries.form.title',
      categoryId: 'entries.form.category',
      summary: 'entries.form.summary',
      organization: 'entries.form.organization',
      team: 'entries.form.team',
    }
    if (basics[path]) return { label: t(basics[path]), choose: path === 'categoryId' }
    const member = /^team\.([^.]+)\.(name|email|role)$/.exec(path)
    if (member) {
      const row = form.value.team.findIndex((r) => r.uid === member[1])
      const part = { name: 'memberName', email: 'memberEmail', role: 'memberRole' }[
        member[2] as 'name' | 'email' | 'role'
      ]
      return { label: t('entries.form.memberField', { n: row + 1, field: t(`entries.form.${part}`) }), choose: false }
    }
    const key = path.startsWith('answers.') ? path.slice('answers.'.length) : path
    const field = program.value?.formFields.find((f) => f.key === key)
    if (field) {
      return {
        label: field.label || t('entries.form.untitled'),
        choose: field.type === 'SELECT' || field.type === 'MULTI_SELECT',
      }
    }
    return { label: path, choose: false }
  }

  /** A field problem as a whole sentence in the reader's language, naming the field. */
  function word(error: Pick<FieldError, 'message' | 'code'>, path: string): string {
    const { label, choose } = fieldOf(path)
    return fieldSentence(t, error, label, choose)
  }

  /** The labels of the given form paths, as one list in the reader's language. */
  function labelList(paths: readonly string[]): string {
    return [...new Set(paths.map((p) => fieldOf(p).label))].join(t('entries.edit.listSeparator'))
  }

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

  /** Why the server would refuse submitting the saved entry now (null: it would accept it). */
  const submitBlock = computed<UnavailableAction | null>(() => (isDraft.value ? whyNot(entry.value, 'SUBMIT') : null))
  /** Only an incomplete entry can be fixed here; outside the window submitting is simply not possible. */
  const submitDisabled = computed(() => !!submitBlock.value && submitBlock.value.reason !== 'INCOMPLETE')
  /** What the submit button says about why it is not possible yet ('' when it is). */
  const submitWhy = computed(() => {
    const block = submitBlock.value
    if (!block) return ''
    const date = block.at ? formatDateTime(block.at, locale.value) : ''
    switch (block.reason) {
      case 'WINDOW_CLOSED':
        return t('entries.edit.windowClosed', { date })
      case 'WINDOW_NOT_OPEN':
        return t('entries.edit.windowNotOpen', { date })
      case 'INCOMPLETE':
        return dirty.value
          ? t('entries.edit.notReadyUnsaved')
          : t('entries.edit.notReady', { fields: labelList(block.fields.map((f) => toFormPath(f.field))) })
      default:
        return block.detail
    }
  })
  /** The fields the last answer from the server found wanting, by label, for the banner. */
  const stillMissing = computed(() => labelList(Object.keys(server.errors.value)))

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

  /** "team[0].email" -> "team.<uid>.email", as the form keys its rows. */
  function toFormPath(path: string): string {
    return toNestedFormPath(path, { team: form.value.team.map((r) => r.uid) })
  }

  function showErrors(error: unknown, teamUids: string[]): void {
    server.apply(error, { rows: { team: teamUids }, word })
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

  /**
   * Saves unsaved changes first, then asks the server's answer for the saved entry: what is still
   * missing is shown on the form before any confirmation; only a complete entry is confirmed and submitted.
   */
  async function submit(): Promise<void> {
    if (busy.value || submitDisabled.value) return
    server.clear()
    if (dirty.value) {
      submitting.value = true
      try {
        if (!(await saveNow())) return
      } finally {
        submitting.value = false
      }
    }
    const block = submitBlock.value
    if (block) {
      const teamUids = form.value.team.map((r) => r.uid)
      showErrors(new ApiError({ status: 400, detail: block.detail, errors: block.fields }), teamUids)
      return
    }
    try {
      await ElMessageBox.confirm(t('entries.edit.submitText'), t('entries.edit.submitTitle'), {
        type: 'info',
        confirmButtonText: t('entries.edit.submit'),
        cancelButtonText: t('common.cancel'),
      })
    } catch {
      return
    }
    submitting.value = true
    try {
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
    submitBlock,
    submitDisabled,
    submitWhy,
    stillMissing,
    load,
    save,
    submit,
    onUploaded,
    onRemoved,
  }
}
