// A small C face over libedit for Swift: libedit's el_set/el_wset/history calls are variadic,
// which Swift cannot call, and Swift 6 does not let code touch the C stdio globals.
#ifndef REHEARSE_EDITLINE_H
#define REHEARSE_EDITLINE_H

#include <stdio.h>

typedef struct rehearse_editor rehearse_editor;

/// Called on Tab with the line up to the cursor (UTF-8). Returns text to insert at the cursor
/// (allocated with malloc; the shim frees it) or NULL. Sets *listed to 1 when it printed a
/// list of candidates, so the line is redrawn below them.
typedef char *(*rehearse_completer)(void *context, const char *line_before_cursor, int *listed);

enum {
  REHEARSE_READ_LINE = 0,
  REHEARSE_READ_END = 1,
  REHEARSE_READ_INTERRUPTED = 2,
};

/// Sets a UTF-8 character type locale (the user's, else C.UTF-8), so that libedit reads
/// multibyte input; without it Chinese input is silently dropped. Returns 1 on success.
int rehearse_use_utf8_locale(void);

/// Opens an editor on the terminal, loading history from history_path (may be NULL).
rehearse_editor *rehearse_editor_open(const char *program, const char *history_path, int history_size,
                                      rehearse_completer completer, void *context);
void rehearse_editor_close(rehearse_editor *editor);
void rehearse_editor_set_prompt(rehearse_editor *editor, const char *utf8_prompt);

/// Reads one line. Returns it as malloc'ed UTF-8 without the newline, or NULL with *status
/// telling end of input or an interrupt (Ctrl-C abandons the line being typed).
char *rehearse_editor_read(rehearse_editor *editor, int *status);

/// Adds a line to the history and saves the history file at once, so a killed session keeps it.
void rehearse_editor_remember(rehearse_editor *editor, const char *utf8_line);

/// The signal (SIGTERM or SIGHUP) that ended reading as end of input, or 0. The editor blocks
/// both and reads them itself, because libedit would re-send them to the whole process group.
int rehearse_editor_termination_signal(rehearse_editor *editor);
/// Blocks (or with 0 unblocks) SIGTERM and SIGHUP in this thread and the threads it starts
/// later; call it before any thread starts, so that no thread is left for libedit's handler.
void rehearse_block_termination_signals(int blocked);
/// Ends the process by `signal_number` with its default action, reaching only this process.
__attribute__((noreturn)) void rehearse_die_of_signal(int signal_number);

int rehearse_isatty(int fd);
/// Columns of the terminal on fd, or 0 when it is not a terminal.
int rehearse_terminal_columns(int fd);
FILE *rehearse_stdout(void);
FILE *rehearse_stderr(void);
/// Writes bytes to standard output without Swift's print machinery (for streaming output).
void rehearse_write_stdout(const char *bytes, unsigned long count);
void rehearse_flush_stdout(void);

#endif
