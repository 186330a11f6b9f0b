export function spec(): { paths: Record<string, Record<string, unknown>> }
export function example(name: string): unknown
export function responseSchema(method: string, template: string, status: number): unknown
export function validate(schema: unknown, value: unknown, path?: string): string[]
