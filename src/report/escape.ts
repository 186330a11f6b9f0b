// Untrusted text (recipe paths, features, git versions, anything from a fork) in markdown tables:
// no HTML, no table breaks, no line breaks, no mentions or links that trigger anything.
export function escapeText(s: string): string {
  return s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\|/g, '&#124;')
    .replace(/`/g, '&#96;')
    .replace(/@/g, '&#64;')
    .replace(/[\r\n]+/g, ' ')
    .replace(/([\\*_[\]()#!~])/g, '\\$1')
}

/**
 * Inline code that cannot be broken out of: GitHub still reads markdown inside inline HTML, so
 * every character markdown gives a meaning becomes an entity (rendered as itself).
 */
export function code(s: string): string {
  const text = s.replace(/&/g, '&amp;').replace(/[\r\n]+/g, ' ')
  return `<code>${text.replace(/[<>|@`[\]()*_~\\#!]/g, c => `&#${c.charCodeAt(0)};`)}</code>`
}
