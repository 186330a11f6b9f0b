// The one check that an IGVM output name (igvm.<target>.output) can be the file bin/<output>:
// refused when planning, so `build` never meets a name it cannot write.
import { relativePathProblem } from '../util/relative-path.js'

/** What is wrong with `output` as a file under bin/ (a clause: "has a \"..\" part"), or null. */
export function outputNameProblem(output: string): string | null {
  return relativePathProblem(output)
}
