// Every step of every action in this repository, in one bundle (dist/action); the thin files in
// dist/<step>/index.js that action.yml names import one of these and run it. Each step is loaded
// on demand (a chunk of its own), so a step pays at start-up only for what it runs.
import { firstDecision } from './main/first-decision.js'

export async function main(): Promise<void> {
  if (!firstDecision()) return
  await (await import('./main/run.js')).run()
}
export const post = async () => (await import('./main/post.js')).run()
export const report = async () => (await import('./report/run.js')).run()
export const firmware = async () => (await import('./firmware/run.js')).run()
export const smoke = async () => (await import('./smoke/run.js')).run()
export const sign = async () => (await import('./sign/run.js')).run()
