/**
 * Fence labels of programming languages postdeck shows but does not run:
 * C and its kin, the JVM's, Go, Rust, and other compiled or scripting
 * languages. No label of data or of output (`json`, `text`, `console`) is here.
 */
const codeLanguages: ReadonlySet<string> = new Set([
  'c',
  'h',
  'cpp',
  'c++',
  'cc',
  'cxx',
  'hpp',
  'objc',
  'objective-c',
  'cs',
  'csharp',
  'c#',
  'java',
  'kotlin',
  'kt',
  'scala',
  'groovy',
  'go',
  'golang',
  'rust',
  'rs',
  'swift',
  'ruby',
  'rb',
  'php',
  'perl',
  'pl',
  'lua',
  'haskell',
  'hs',
  'elixir',
  'erlang',
  'clojure',
  'dart',
  'zig',
  'nim',
  'julia',
  'r',
  'fortran',
  'pascal',
  'asm',
  'nasm',
])

/**
 * Whether a fence is code of another programming language (```` ```c ````
 * under a Python sample, the C source the post goes on to read): the next
 * thing the post shows, not what the sample printed, unless the lead-in
 * names it output (`Output:`): "as follows" (`定义如下：`) introduces code too.
 */
export function isOtherLanguageCode(lang: string | null | undefined): boolean {
  return codeLanguages.has(lang?.toLowerCase() ?? '')
}
