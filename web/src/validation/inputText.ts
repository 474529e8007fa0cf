// Port of src/domain/validation/input_text.cc: how identifier checks read what a user typed.
// Folds full-width ASCII forms (U+FF01–U+FF5E) to ASCII, splits into code points and trims
// surrounding white space (ASCII and U+3000).

const SPACES = new Set([' ', '\t', '\n', '\r', '\f', '\v', '\u3000'])

export function splitInputChars(input: string): string[] {
  const chars: string[] = []
  for (const ch of input) {
    const cp = ch.codePointAt(0) ?? 0
    if (cp >= 0xff01 && cp <= 0xff5e) chars.push(String.fromCharCode(cp - 0xff01 + 0x21))
    else chars.push(ch)
  }
  let begin = 0
  let end = chars.length
  while (begin < end && SPACES.has(chars[begin]!)) ++begin
  while (end > begin && SPACES.has(chars[end - 1]!)) --end
  return chars.slice(begin, end)
}

export function isDigitChar(c: string): boolean {
  return c.length === 1 && c >= '0' && c <= '9'
}
