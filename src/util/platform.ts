/** RUNNER_OS / RUNNER_ARCH on GitHub, node's names elsewhere (part of every cache key). */
export const runnerPlatform = (env: NodeJS.ProcessEnv = process.env) => ({
  os: env.RUNNER_OS || process.platform,
  arch: env.RUNNER_ARCH || process.arch
})
