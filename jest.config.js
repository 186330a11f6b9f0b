/** Jest in native ESM mode: ts-jest compiles each file, Node loads it as a module. */
export default {
  // jest's node environment, removing the folders each test file made with tempDir() when it ends.
  testEnvironment: '<rootDir>/__tests__/helpers/environment.mjs',
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: {
    '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: 'tsconfig.json' }]
  },
  testMatch: ['<rootDir>/__tests__/**/*.test.ts'],
  testTimeout: 120000,
  maxWorkers: 2
}
