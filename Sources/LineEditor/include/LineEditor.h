/// LineEditor: GNU readline through its callback interface, so that Ctrl-C at the
/// prompt abandons the line being typed instead of killing the process.
#ifndef DOSSIER_LINE_EDITOR_H
#define DOSSIER_LINE_EDITOR_H

enum line_editor_status { LINE_EDITOR_LINE, LINE_EDITOR_EOF, LINE_EDITOR_INTERRUPTED };

/// Reads one line with editing; returns a malloc'ed string (free it) or NULL with a status.
char *line_editor_read(const char *prompt, enum line_editor_status *status);

/// Reads one line from stdin without editing, the prompt written to stdout (a pipe or a file)
/// and the line echoed after it, as readline does for input that is not a terminal.
/// Returns a malloc'ed string without its newline (free it), or NULL at end of input.
char *line_editor_read_plain(const char *prompt);

/// Completion: called with the whole line and the cursor position; returns a NULL-terminated,
/// malloc'ed array of malloc'ed candidates, each replacing the word before the cursor.
typedef char **(*line_editor_completer)(const char *line, int cursor, void *context);
void line_editor_set_completer(line_editor_completer completer, void *context);

/// Adds an entry to the in-memory history (arrow-key recall).
void line_editor_add_history(const char *entry);

#endif
