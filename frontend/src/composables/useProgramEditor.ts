import { computed, nextTick, ref, watch, type Ref } from 'vue'
import { useI18n } from 'vue-i18n'
import { useRouter } from 'vue-router'
import { ElMessage, ElMessageBox } from 'element-plus'
import { isApiError } from '@/api/http'
import { createProgram, getProgram, publishProgram, updateProgram, type ProgramView } from '@/api/programs'
import { useNestedServerErrors } from '@/composables/useNestedServerErrors'
import { useUnsavedChangesGuard } from '@/composables/useUnsavedChangesGuard'
import {
  emptyProgramForm,
  formToSaveProgram,
  programRowKeys,
  programToForm,
  type ProgramForm,
} from '@/utils/programForm'

const TOP_FIELDS = ['kind', 'title', 'slug', 'description', 'timeZone', 'submissionOpensAt', 'submissionClosesAt']

/**
 * The program editor's state and server calls: load (or start empty for a new program), save, publish,
 * the server's field errors, and the unsaved-changes guard. `programId` is null for a new program.
 */
export function useProgramEditor(programId: Ref<number | null>) {
  const { t } = useI18n()
  const router = useRouter()

  const isNew = computed(() => programId.value === null)
  const program = ref<ProgramView | null>(null)
  const form = ref<ProgramForm>(emptyProgramForm())
  const snapshot = ref('')
  const loading = ref(false)
  const loadError = ref<string | null>(null)
  const saving = ref(false)
  const publishing = ref(false)

  const server = useNestedServerErrors(
    (path) =>
      TOP_FIELDS.includes(path) ||
      /^brand\.(accentColor|signerName|signerTitle)$/.test(path) ||
      /^team\.(maxSize|exclusive)$/.test(path) ||
      /^(categories|formFields|prizeTiers)\.[^.]+(\.|$)/.test(path),
  )

  const dirty = computed(() => JSON.stringify(form.value) !== snapshot.value)

  function reset(next: ProgramForm): void {
    form.value = next
    snapshot.value = JSON.stringify(next)
  }

  async function load(): Promise<void> {
    server.clear()
    if (isNew.value) {
      program.value = null
      reset(emptyProgramForm())
      return
    }
    loading.value = true
    loadError.value = null
    try {
      const loaded = await getProgram(programId.value as number)
      program.value = loaded
      reset(programToForm(loaded))
    } catch (error) {
      loadError.value = isApiError(error) ? error.detail : String(error)
    } finally {
      loading.value = false
    }
  }

  watch(
    programId,
    (id) => {
      // After the first save of a new program the page moves to its edit address with the program in hand.
      if (id !== null && program.value?.id === id) return
      void load()
    },
    { immediate: true },
  )

  function scrollToFirstError(): void {
    void nextTick(() => {
      const target = document.querySelector('.program-editor-view .is-error, .program-editor-view .has-error')
      target?.scrollIntoView({ behavior: 'smooth', block: 'center' })
    })
  }

  /** Saves (POST for a new program, PUT otherwise). Returns the saved program, or null if it failed. */
  async function save(options: { quiet?: boolean } = {}): Promise<ProgramView | null> {
    if (saving.value) return null
    server.clear()
    saving.value = true
    const rows = programRowKeys(form.value)
    try {
      const body = formToSaveProgram(form.value)
      const saved = isNew.value ? await createProgram(body) : await updateProgram(programId.value as number, body)
      program.value = saved
      reset(programToForm(saved))
      if (!options.quiet) ElMessage.success(t('editor.saved'))
      if (isNew.value) await router.replace({ name: 'program-edit', params: { id: saved.id } })
      return saved
    } catch (error) {
      server.apply(error, { rows, typePaths: { 'slug-taken': 'slug' } })
      if (server.count.value > 0) scrollToFirstError()
      return null
    } finally {
      saving.value = false
    }
  }

  async function publish(): Promise<void> {
    try {
      await ElMessageBox.confirm(t('editor.publishText'), t('editor.publishTitle'), {
        type: 'warning',
        confirmButtonText: t('editor.publish'),
        cancelButtonText: t('common.cancel'),
      })
    } catch {
      return
    }
    const saved = dirty.value || isNew.value ? await save({ quiet: true }) : program.value
    if (!saved) return
    publishing.value = true
    try {
      const published = await publishProgram(saved.id)
      program.value = published
      reset(programToForm(published))
      ElMessage.success(t('editor.publishedMessage'))
    } catch (error) {
      server.apply(error)
    } finally {
      publishing.value = false
    }
  }

  // A new program's first save moves to its edit page: nothing is lost there.
  useUnsavedChangesGuard(
    computed(() => dirty.value && !saving.value && !publishing.value),
    (to, from) => from.name === 'program-new' && to.name === 'program-edit',
  )

  return { isNew, program, form, loading, loadError, saving, publishing, server, dirty, load, save, publish }
}
