// `--min-tcb bl=3,tee=0,snp=8,ucode=115[,fmc=1]`: the lowest security patch level accepted for
// each part of the report's REPORTED_TCB (the TCB its V[CL]EK vouches for).
import { TCB_PARTS, type Tcb, type TcbPart } from './product.js'

export type TcbFloor = Partial<Record<TcbPart, number>>

/** The floor a spec names, or a message saying what is wrong with it. */
export function parseTcbFloor(spec: string): TcbFloor | { error: string } {
  const floor: TcbFloor = {}
  for (const item of spec.split(',')) {
    const m = /^\s*([a-z]+)\s*=\s*(\d{1,3})\s*$/.exec(item)
    const part = m?.[1] as TcbPart | undefined
    if (!m || !TCB_PARTS.includes(part!))
      return {
        error: `${JSON.stringify(item)} is not <part>=<0-255> with a part among ${TCB_PARTS.join(', ')}`
      }
    if (floor[part!] !== undefined) return { error: `${part} is given twice` }
    const n = Number(m[2])
    if (n > 255) return { error: `${part}=${n}: a security patch level is 0-255` }
    floor[part!] = n
  }
  return floor
}

export const formatFloor = (f: TcbFloor) =>
  TCB_PARTS.filter(p => f[p] !== undefined)
    .map(p => `${p}=${f[p]}`)
    .join(',')

/** The parts below the floor, and the floor's parts this TCB does not have (fmc before Turin). */
export function belowFloor(tcb: Tcb, floor: TcbFloor): { below: string[]; absent: TcbPart[] } {
  const below: string[] = []
  const absent: TcbPart[] = []
  for (const p of TCB_PARTS) {
    const min = floor[p]
    if (min === undefined) continue
    const v = tcb[p]
    if (v === undefined) absent.push(p)
    else if (v < min) below.push(`${p} ${v} < ${min}`)
  }
  return { below, absent }
}
