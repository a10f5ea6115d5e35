/**
 * The shell a prompt names before its `$`, saying which shell the command is
 * for: joined to it as bash prints it (`bash$ ls`, `bash-5.2$ ls`), or set
 * apart by a space, as posts comparing shells write it (`sh $ ls`,
 * `bash $ ls`). A source for the prompt patterns of shell transcripts; the
 * name is part of the prompt, never of the command.
 */
export const shellNamedBeforePrompt = String.raw`(?:ba|z|da)?sh(?:-[\d.]+)? ?`
