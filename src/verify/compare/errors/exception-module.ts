/**
 * An error shown by its class alone (`DoesNotCompute`) where Python names it with
 * its module (`logic.DoesNotCompute`, as every Python 3 REPL prints an exception
 * of an imported module): the same exception, as doctest's IGNORE_EXCEPTION_DETAIL
 * reads it, ignoring the module path; what follows the name is still compared.
 * Python, for the doctest driver.
 */
export const exceptionModulePython = String.raw`
QUALIFIED_EXCEPTION = re.compile(r"^(?:[^\W\d]\w*\.)+([^\W\d]\w*(?::.*)?)$")

def same_but_module(got_last, wanted_last):
    # "logic.DoesNotCompute" raised where the post shows "DoesNotCompute".
    match = QUALIFIED_EXCEPTION.match(got_last)
    return bool(match) and "." not in wanted_last.split(":", 1)[0] and match.group(1) == wanted_last
`

/** `__main__.FooError: message`: an exception class of the script itself, named with its module. */
const mainModuleError = /^(\s*)__main__\.([^\W\d]\w*(?::.*)?)$/u

/**
 * A traceback's exception line as Python 3.11 prints an exception class the
 * script itself defines (`FooError: invalid value: 0`), where a post run on
 * an older Python shows it with the module it lives in
 * (`__main__.FooError: invalid value: 0`): the same exception, the module
 * path aside, as doctest's IGNORE_EXCEPTION_DETAIL reads it. The message is
 * still compared. Other lines as they are.
 */
export function withoutMainModule(line: string): string {
  return line.replace(mainModuleError, '$1$2')
}
