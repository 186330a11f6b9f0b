// Per-call fault injection. A rule names one call ('CacheService/CreateCacheEntry', 'blob:PUT',
// 'GET /repos/{owner}/{repo}/pulls/{pull_number}', ...) and what goes wrong on it: an HTTP status
// (with headers such as retry-after), a delay, a reset connection, the blob store stopped before
// or in the middle of the transfer, a garbage or truncated zip. `skip` lets that many calls
// through first; `times` (default: every call) bounds how often it fires.
export function faultList() {
  const rules = []
  return {
    rules,
    add(rule) {
      rules.push({ times: Infinity, skip: 0, fired: 0, ...rule })
      return this
    },
    clear() {
      rules.length = 0
    },
    /** The rule that fires for this call, or undefined; counts it. */
    take(call, url = '') {
      for (const r of rules) {
        if (r.call !== call || (r.match && !url.includes(r.match))) continue
        if (r.skip > 0) {
          r.skip--
          continue
        }
        if (r.fired >= r.times) continue
        r.fired++
        return r
      }
      return undefined
    }
  }
}

/** Applies the generic part of a fault to an HTTP answer; true when the answer was taken over. */
export async function applyFault(fault, req, res) {
  if (!fault) return false
  if (fault.delayMs) await new Promise(r => setTimeout(r, fault.delayMs))
  if (fault.reset) {
    req.socket.destroy()
    return true
  }
  if (fault.status) {
    const body =
      fault.body ?? JSON.stringify({ code: 'internal', msg: `injected fault: HTTP ${fault.status}` })
    res.writeHead(fault.status, { 'content-type': 'application/json', ...(fault.headers ?? {}) })
    res.end(typeof body === 'string' ? body : JSON.stringify(body))
    return true
  }
  return false
}
