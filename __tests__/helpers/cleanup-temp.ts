// Run by jest after the setup of every test file (jest.config.js setupFilesAfterEnv).
import { afterAll } from '@jest/globals'
import { removeTempDirs } from './temp.js'

afterAll(removeTempDirs)
