// The one way a measurements.json is written: pretty JSON with a final newline, whole or not at all.
import { writeFileAtomic } from '../util/write-atomic.js'
import type { Measurement } from './schema.js'

export const recordsText = (records: Measurement[]): string => `${JSON.stringify(records, null, 2)}\n`

export const writeRecords = (file: string, records: Measurement[]): void =>
  writeFileAtomic(file, recordsText(records))
