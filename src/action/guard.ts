// The toolkit's libraries can raise errors after their call has returned: @actions/cache deletes
// its archive while the blob SDK's block retries still reopen it, and those ENOENTs arrive as
// uncaught exceptions that would end the process mid-step. A step that is past them (or still
// saving other caches) turns them into one warning each and goes on to its own exit code.
import * as core from '@actions/core'

export function guardStrayErrors(step: string): () => void {
  const onError = (e: unknown) => {
    const err = e as { message?: string; code?: string }
    core.warning(
      `svsm-build ${step}: ignored an error raised by a library after its call had returned: ${err?.message ?? String(e)}`
    )
  }
  process.on('uncaughtException', onError)
  process.on('unhandledRejection', onError)
  return () => {
    process.off('uncaughtException', onError)
    process.off('unhandledRejection', onError)
  }
}
