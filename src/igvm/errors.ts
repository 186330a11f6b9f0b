/** A file the igvm crate (0.4.0) would refuse: where, which rule, and the crate's error name. */
export class IgvmError extends Error {
  constructor(
    readonly offset: number,
    readonly rule: string,
    /** How the crate's Debug output names it (what igvmmeasure prints after "Error: "). */
    readonly debug: string,
    readonly file = 'IGVM file'
  ) {
    super(`${file}: offset 0x${offset.toString(16)}: ${rule}`)
    this.name = 'IgvmError'
  }
}
