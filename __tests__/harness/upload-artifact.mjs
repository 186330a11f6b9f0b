// Uploads files as one artifact through the real @actions/artifact client, with the job's
// environment (services.envFor(...)): `node upload-artifact.mjs <name> <root> <file>...`.
// Tests use it to put another run's artifacts (a fork's, hostile ones) in place.
import { DefaultArtifactClient } from '@actions/artifact'

const [name, root, ...files] = process.argv.slice(2)
const r = await new DefaultArtifactClient().uploadArtifact(name, files, root)
process.stdout.write(`${JSON.stringify(r)}\n`)
