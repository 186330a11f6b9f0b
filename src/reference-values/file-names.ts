// The reference-value files a build publishes next to its measurements.json, by format. One source
// for the writer (files.ts), the artifact, the report and the engine, which reserves these names in
// bin/ so that no recipe output can take them. No imports: the engine loads this without the writers.

export type ReferenceValueFormat = 'corim' | 'rvps' | 'json'

/** Each format's file name, in the folder of the measurements.json it was made from (bin/, an artifact). */
export const REFERENCE_VALUE_FILES: Readonly<Record<ReferenceValueFormat, string>> = {
  /** Unsigned CoRIM, AMD's SEV-SNP profile: for Veraison's SEV-SNP scheme (and Trustee's CoRIM extractor). */
  corim: 'reference-values.corim',
  /** Trustee RVPS "sample" message: `rvps-tool register --path FILE`. */
  rvps: 'reference-values.rvps.json',
  /** svsm-build-reference-values/1 JSON: for scripts and `verify-report --reference-values`. */
  json: 'reference-values.json'
}

/** What each format is for, in a few words (the PR comment, the job summary). */
export const REFERENCE_VALUE_USE: Readonly<Record<ReferenceValueFormat, string>> = {
  corim: "CoRIM for Veraison's SEV-SNP scheme",
  rvps: 'Trustee RVPS message',
  json: 'plain JSON'
}
