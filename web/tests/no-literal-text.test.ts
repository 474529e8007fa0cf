// No literal Chinese in components: every label, button, message and column title comes from
// the locale files through t(). Fails on any CJK character (ideographs, CJK punctuation,
// full-width forms) in a .vue file, in the template, the script or a style — except inside
// comments, where the domain's Chinese terms help the next maintainer.
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'

const SRC = join(__dirname, '..', 'src')
const CJK = /[\u2E80-\u2FFF\u3000-\u303F\u3040-\u30FF\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF]/u

function vueFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name)
    if (statSync(p).isDirectory()) return vueFiles(p)
    return name.endsWith('.vue') ? [p] : []
  })
}

/** Text of the template between t(...) calls is what a user reads; report each CJK hit. */
export function stripComments(source: string): string {
  // Keep the line count: replace comment text by nothing but its newlines.
  const blank = (s: string) => s.replace(/[^\n]/g, '')
  return source
    .replace(/<!--[\s\S]*?-->/g, blank)
    .replace(/\/\*[\s\S]*?\*\//g, blank)
    .replace(/(^|[\s;{}(),])\/\/[^\n]*/g, '$1')
}

export function findLiteralCjk(source: string): { line: number; text: string }[] {
  const hits: { line: number; text: string }[] = []
  stripComments(source).split('\n').forEach((line, i) => {
    if (CJK.test(line)) hits.push({ line: i + 1, text: line.trim() })
  })
  return hits
}

/** Literal text between tags in a template, e.g. <span>Save</span> (letters outside {{ }}). */
export function findLiteralTemplateText(source: string): { line: number; text: string }[] {
  const m = /<template>([\s\S]*)<\/template>\s*(?:<style|$)/.exec(source)
  if (!m) return []
  // Interpolations may hold < and > (comparisons): blank them out first, keeping newlines.
  const template = m[1]!.replace(/\{\{[\s\S]*?\}\}/g, (x) => x.replace(/[^\n]/g, ' '))
  const offset = source.slice(0, m.index).split('\n').length
  const hits: { line: number; text: string }[] = []
  const re = />([^<>]+)</g
  let r: RegExpExecArray | null
  while ((r = re.exec(template))) {
    const text = r[1]!.trim()
    if (/[A-Za-z\u4E00-\u9FFF]{2,}/.test(text)) {
      hits.push({ line: offset + template.slice(0, r.index).split('\n').length - 1, text })
    }
  }
  return hits
}

describe('no literal UI text', () => {
  const files = vueFiles(SRC)

  it('finds the components', () => {
    expect(files.length).toBeGreaterThan(20)
  })

  it('has no CJK characters in any .vue file', () => {
    const problems = files.flatMap((f) => findLiteralCjk(readFileSync(f, 'utf8')).map((h) => `${relative(SRC, f)}:${h.line}: ${h.text}`))
    expect(problems).toEqual([])
  })

  it('has no literal words between template tags', () => {
    const problems = files.flatMap((f) => findLiteralTemplateText(readFileSync(f, 'utf8')).map((h) => `${relative(SRC, f)}:${h.line}: ${h.text}`))
    expect(problems).toEqual([])
  })

  it('the scanners catch what they should', () => {
    expect(findLiteralCjk('<template><el-button>保存</el-button></template>')).toHaveLength(1)
    expect(findLiteralCjk("<template><el-button>{{ $t('common.save') }}</el-button></template>")).toHaveLength(0)
    expect(findLiteralCjk('<template><el-input placeholder="请输入" /></template>')).toHaveLength(1)
    expect(findLiteralTemplateText('<template><div>Save now</div></template>')).toHaveLength(1)
    expect(findLiteralTemplateText("<template><div>{{ $t('a.b') }} / {{ x }}</div></template>")).toHaveLength(0)
    expect(findLiteralTemplateText('<template><div>{{ a < 0 ? x : y }}</div></template>')).toHaveLength(0)
    expect(findLiteralCjk('<script setup>\n// 调解 cases\nconst a = 1\n</script>')).toHaveLength(0)
    expect(findLiteralCjk("<script setup>\nconst a = '调解'\n</script>")).toHaveLength(1)
  })
})
