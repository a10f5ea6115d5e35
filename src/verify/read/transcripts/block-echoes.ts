/**
 * A `>>>` example that is one compound statement (`if`, `for`, `while`,
 * `with`, `try`) with expression statements inside it, for which the post
 * shows no output:
 *
 *     >>> if __name__ == "__main__":
 *     ...     add(3, 5)
 *
 * The REPL compiles an example in its "single" mode, which echoes the value
 * of every expression statement, nested ones too (`8` here); a script prints
 * nothing for them. A post that shows nothing under such a block writes it
 * as the script it stands for, so the example is run as a script would run
 * it: what its block prints (a `print` call) and the errors it raises are
 * still compared, the echoes of its nested expressions are not. An example
 * that shows output is run as the REPL runs it.
 *
 * In Python, for the doctest driver's parser: `echoes_in_block(source)` and
 * `__postdeck_script__(source)`, the call the example's source is replaced with.
 */
export const blockEchoesPython = `def echoes_in_block(source):
    import ast
    try:
        tree = ast.parse(source)
    except SyntaxError:
        return False
    blocks = tuple(getattr(ast, name) for name in ("If", "For", "While", "With", "Try", "TryStar", "AsyncFor", "AsyncWith", "Match") if hasattr(ast, name))
    if len(tree.body) != 1 or not isinstance(tree.body[0], blocks):
        return False
    return any(isinstance(node, ast.Expr) for node in ast.walk(tree.body[0]))

def __postdeck_script__(source):
    # Runs in the session's namespace, as a script would run the block: no echoes.
    exec(compile(source, "<stdin>", "exec"), sys._getframe(1).f_globals)

import builtins
builtins.__postdeck_script__ = __postdeck_script__`
