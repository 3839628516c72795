import { ref, type Ref } from 'vue'
import { useI18n } from 'vue-i18n'
import { ElMessage } from 'element-plus'
import { isApiError } from '@/api/http'
import { getProgramAudit, verifyProgramAudit, type AuditItem, type ChainVerification } from '@/api/audit'

/** A program's part of the audit trail, and the check that its hash chain holds. */
export function useProgramAuditTrail(programId: Ref<number>) {
  const { t } = useI18n()
  const items = ref<AuditItem[]>([])
  const loading = ref(false)
  const verification = ref<ChainVerification | null>(null)
  const verifying = ref(false)

  async function load(): Promise<void> {
    loading.value = true
    try {
      items.value = (await getProgramAudit(programId.value)).items
    } catch (error) {
      ElMessage.error(isApiError(error) ? error.detail : t('winners.audit.loadFailed'))
    } finally {
      loading.value = false
    }
  }

  async function verify(): Promise<void> {
    verifying.value = true
    try {
      verification.value = await verifyProgramAudit(programId.value)
    } catch (error) {
      ElMessage.error(isApiError(error) ? error.detail : t('winners.audit.verifyFailed'))
    } finally {
      verifying.value = false
    }
  }

  return { items, loading, verification, verifying, load, verify }
}
