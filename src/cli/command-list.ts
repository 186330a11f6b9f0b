// Every subcommand of svsm-build with one line on what it does: `svsm-build --help` lists them
// from here, and index.ts loads each by the same name.

export const COMMAND_LIST = {
  build: 'Build IGVM files from recipes and measure them (the default: `svsm-build RECIPE` builds)',
  plan: 'Print the steps a build would run (--json, --matrix for a workflow)',
  measure: "An IGVM file's launch digest, as upstream's igvmmeasure prints it",
  inspect: 'What an IGVM file holds: platforms, pages, digests, ID block',
  diff: 'What differs between two IGVM files, attributed to the build inputs',
  'reference-values': "A build's reference values as a CoRIM, a Trustee RVPS message or JSON",
  'verify-report': "Check an SEV-SNP attestation report against a build's published values",
  reproduce: 'Rebuild a recorded build from its commit and compare',
  predicate: "Write the measurement attestation predicates of a build's records",
  firmware: 'Build EDK2/OVMF firmware reproducibly, with a manifest',
  smoke: "Boot an IGVM file's native platform in QEMU",
  qemu: 'Build QEMU with IGVM support (companion build of the reusable workflows)',
  kernel: 'Build a host or guest Linux kernel (companion build of the reusable workflows)'
} as const

export type CommandName = keyof typeof COMMAND_LIST

/** The "Commands:" section of `svsm-build --help`. */
export function commandListText(): string {
  const width = Math.max(...Object.keys(COMMAND_LIST).map(n => n.length))
  return [
    'Commands (svsm-build <COMMAND> --help for each):',
    ...Object.entries(COMMAND_LIST).map(([name, what]) => `  ${name.padEnd(width)}  ${what}`)
  ].join('\n')
}
