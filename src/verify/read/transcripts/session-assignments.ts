/**
 * The Python helper that reads a value shown under an assignment in a `>>>`
 * session as the value the assignment binds, as tutorials write it:
 *
 *     >>> one_element = tuple([16])
 *     (16,)
 *
 * The REPL prints nothing for an assignment; the author shows what the name
 * now holds. When the example printed nothing, is one assignment to one
 * name (`x = ...`, `x: T = ...`), and what it shows is that name's value as
 * the REPL would display it (its `repr`, or a string's text bare), the
 * example holds; any other value still differs. A call that changes a value
 * in place (`names.append("x")`) binds nothing and is not read this way.
 */
export const sessionAssignmentsPython = String.raw`
def assigned_value_shown(checker, example, globs, optionflags):
    import ast
    if not example.want.strip():
        return False
    try:
        tree = ast.parse(example.source)
    except SyntaxError:
        return False
    if len(tree.body) != 1:
        return False
    node = tree.body[0]
    if isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name):
        name = node.targets[0].id
    elif isinstance(node, ast.AnnAssign) and node.value is not None and isinstance(node.target, ast.Name):
        name = node.target.id
    else:
        return False
    if name not in globs:
        return False
    value = globs[name]
    shown = [repr(value) + "\n"]
    if isinstance(value, str):
        shown.append(value + "\n")
    return any(checker.check_output(example.want, text, optionflags) for text in shown)
`
