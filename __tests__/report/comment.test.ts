// The sticky comment against recorded GitHub REST response shapes (issues.listComments pages of
// 100, createComment, updateComment).
import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import {
  findSticky,
  markerFor,
  upsertComment,
  type CommentApi,
  type IssueComment
} from '../../src/report/comment.js'
import { fixture } from '../helpers/paths.js'

const load = (f: string) => JSON.parse(readFileSync(fixture('github', f), 'utf8'))
const PAGE1 = load('issue-comments-page1.json') as IssueComment[]
const PAGE2 = load('issue-comments-page2.json') as IssueComment[]
const CREATED = load('issue-comment-created.json') as IssueComment

function fakeApi(pages: IssueComment[][]) {
  const calls: string[] = []
  const api: CommentApi = {
    list: async (page, perPage) => {
      calls.push(`list ${page} ${perPage}`)
      return pages[page - 1] ?? []
    },
    create: async body => {
      calls.push('create')
      return { ...CREATED, body }
    },
    update: async (id, body) => {
      calls.push(`update ${id}`)
      const c = pages.flat().find(x => x.id === id)!
      return { ...c, body }
    }
  }
  return { api, calls }
}

const marker = markerFor('default')

describe('sticky comment', () => {
  it('updates our own marked comment found on the second page, ignoring another author using the marker', async () => {
    const { api, calls } = fakeApi([PAGE1, PAGE2])
    const r = await upsertComment(api, marker, '### new report', 'github-actions[bot]')
    expect(r).toEqual({ action: 'updated', id: 2002, url: 'https://github.com/o/r/pull/7#issuecomment-2002' })
    expect(calls).toEqual(['list 1 100', 'list 2 100', 'update 2002'])
  })

  it('creates the comment when there is none (a bot comment without the marker does not count)', async () => {
    const { api, calls } = fakeApi([[PAGE2[0]!]])
    const r = await upsertComment(api, marker, '### report', 'github-actions[bot]')
    expect(r.action).toBe('created')
    expect(calls).toEqual(['list 1 100', 'create'])
  })

  it('leaves an identical comment alone, and never creates a second one', async () => {
    const same = { ...PAGE2[1]!, body: `${marker}\n### report` }
    const { api, calls } = fakeApi([[same]])
    expect((await upsertComment(api, marker, '### report', 'github-actions[bot]')).action).toBe('unchanged')
    expect(calls).toEqual(['list 1 100'])
  })

  it('keeps reports with other ids apart', async () => {
    const { api } = fakeApi([PAGE1, PAGE2])
    expect(await findSticky(api, markerFor('release'), 'github-actions[bot]')).toBeNull()
    expect(markerFor('a b<c>')).toBe('<!-- svsm-build-report:a_b_c_ -->')
  })

  it('stops at the first short page', async () => {
    const { api, calls } = fakeApi([PAGE1.slice(0, 50), PAGE2])
    expect(await findSticky(api, marker, 'github-actions[bot]')).toBeNull()
    expect(calls).toEqual(['list 1 100'])
  })
})
