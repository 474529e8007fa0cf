// Locale files: the same keys in zh-CN and en-US; every message compiles and renders; every
// key the code uses exists; the enum tables cover every domain code.
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createI18n } from 'vue-i18n'
import zhCN from '@/locales/zh-CN'
import enUS from '@/locales/en-US'
import { ENUMS } from '@/constants/enums'

type Tree = { [k: string]: string | Tree }

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>()
  for (const [k, v] of Object.entries(tree)) {
    const key = prefix ? `${prefix}.${k}` : k
    if (typeof v === 'string') out.set(key, v)
    else for (const [kk, vv] of flatten(v, key)) out.set(kk, vv)
  }
  return out
}

const zh = flatten(zhCN as Tree)
const en = flatten(enUS as Tree)
const SRC = join(__dirname, '..', 'src')

function files(dir: string, exts: string[]): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name)
    if (statSync(p).isDirectory()) return files(p, exts)
    return exts.some((e) => name.endsWith(e)) ? [p] : []
  })
}

describe('locale files', () => {
  it('have the same keys', () => {
    const onlyZh = [...zh.keys()].filter((k) => !en.has(k))
    const onlyEn = [...en.keys()].filter((k) => !zh.has(k))
    expect(onlyZh, 'keys only in zh-CN').toEqual([])
    expect(onlyEn, 'keys only in en-US').toEqual([])
  })

  it('have no empty message and the same parameters in both languages', () => {
    const params = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort()
    for (const [k, v] of zh) {
      expect(v.trim(), k).not.toBe('')
      expect(params(en.get(k) ?? ''), k).toEqual(params(v))
    }
  })

  it('compile and render in vue-i18n without errors', () => {
    const errors: string[] = []
    const i18n = createI18n({
      legacy: false,
      locale: 'zh-CN',
      messages: { 'zh-CN': zhCN, 'en-US': enUS },
      missingWarn: false,
      fallbackWarn: false,
      warnHtmlMessage: false,
    })
    for (const locale of ['zh-CN', 'en-US'] as const) {
      for (const [k, v] of locale === 'zh-CN' ? zh : en) {
        const dummy = Object.fromEntries([...v.matchAll(/\{(\w+)\}/g)].map((m) => [m[1], `<${m[1]}>`]))
        try {
          const out = i18n.global.t(k, dummy, { locale })
          if (out === k) errors.push(`${locale} ${k}: not rendered`)
          for (const p of Object.keys(dummy)) if (!out.includes(`<${p}>`)) errors.push(`${locale} ${k}: {${p}} lost`)
        } catch (e) {
          errors.push(`${locale} ${k}: ${String(e)}`)
        }
      }
    }
    expect(errors).toEqual([])
  })

  it('contain every key the code uses', () => {
    const used = new Set<string>()
    const prefixes = new Set<string>()
    for (const f of files(SRC, ['.ts', '.vue'])) {
      if (f.includes(`${join('src', 'locales')}`)) continue
      const text = readFileSync(f, 'utf8')
      for (const m of text.matchAll(/\$?\bt\(\s*['"`]([\w.]+)['"`]/g)) used.add(m[1]!)
      for (const m of text.matchAll(/\btitleKey\s*:\s*['"]([\w.]+)['"]/g)) used.add(m[1]!)
      for (const m of text.matchAll(/['"]((?:validation|petition\.field|mediation\.[a-z]+)\.[\w.]+)['"]/g)) used.add(m[1]!)
      // dynamic keys: t('petition.stateValue.' + x) → check the prefix exists
      for (const m of text.matchAll(/t\(\s*['"]([\w.]+\.)['"]\s*\+/g)) prefixes.add(m[1]!)
    }
    const missing = [...used].filter((k) => !zh.has(k) && !k.endsWith('.'))
    expect(missing, 'keys used in src but missing from the locales').toEqual([])
    for (const p of prefixes) expect([...zh.keys()].some((k) => k.startsWith(p)), p).toBe(true)
    expect(used.size).toBeGreaterThan(200)
  })

  it('label every enum code of the domain', () => {
    for (const [name, codes] of Object.entries(ENUMS)) {
      for (const code of codes) {
        expect(zh.has(`enum.${name}.${code}`), `enum.${name}.${code}`).toBe(true)
      }
    }
  })

  it('label every HTTP status the API documents', () => {
    for (const s of [400, 401, 403, 404, 409, 412, 413, 415, 423, 429, 500, 503]) expect(zh.has(`errors.status.${s}`)).toBe(true)
  })

  it('scan only real files', () => {
    expect(relative(SRC, join(SRC, 'locales', 'zh-CN.ts'))).toBe(join('locales', 'zh-CN.ts'))
  })
})
