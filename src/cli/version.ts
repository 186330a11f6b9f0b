// Kept equal to package.json's version by __tests__/cli/version.test.ts.
export const VERSION = '0.1.0'
