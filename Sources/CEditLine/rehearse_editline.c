#include "rehearse_editline.h"

#include <errno.h>
#include <histedit.h>
#include <langinfo.h>
#include <locale.h>
#include <poll.h>
#include <pthread.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/ioctl.h>
#include <sys/signalfd.h>
#include <unistd.h>
#include <wchar.h>

struct rehearse_editor {
  EditLine *editline;
  HistoryW *history;
  char *history_path;
  wchar_t *prompt;
  rehearse_completer completer;
  void *context;
  int line_abandoned;
  // SIGTERM and SIGHUP, blocked and read from here instead of being handled (see below).
  int termination_fd;
  // The termination signal that ended reading, or 0.
  int termination_signal;
};

// Why SIGTERM and SIGHUP are read from a signalfd: with EL_SIGNAL, libedit's own handler
// restores the terminal and then re-sends the signal with kill(0, ...), to the whole process
// group, which kills a wrapper script and its other children along with the shell. Blocked,
// the signals never reach a handler; the editor's read function sees them on the signalfd and
// ends the line as end of input, so the shell leaves the usual way (history is already saved
// line by line) and then dies of the signal itself alone (rehearse_die_of_signal).
static rehearse_editor *editor_of(EditLine *editline);

static void termination_signals(sigset_t *set) {
  sigemptyset(set);
  sigaddset(set, SIGTERM);
  sigaddset(set, SIGHUP);
}

void rehearse_block_termination_signals(int blocked) {
  sigset_t set;
  termination_signals(&set);
  pthread_sigmask(blocked ? SIG_BLOCK : SIG_UNBLOCK, &set, NULL);
}

void rehearse_die_of_signal(int signal_number) {
  signal(signal_number, SIG_DFL);
  sigset_t set;
  sigemptyset(&set);
  sigaddset(&set, signal_number);
  pthread_sigmask(SIG_UNBLOCK, &set, NULL);
  raise(signal_number);
  _exit(128 + signal_number);
}

static wchar_t decoded_or_replacement(unsigned int scalar, size_t length) {
  static const unsigned int smallest[] = {0, 0, 0x80, 0x800, 0x10000};
  if (scalar < smallest[length] || scalar > 0x10FFFF || (scalar >= 0xD800 && scalar <= 0xDFFF))
    return (wchar_t)0xFFFD;
  return (wchar_t)scalar;
}

// libedit's read-a-character function, replaced so that it also wakes for SIGTERM and SIGHUP.
// Decodes UTF-8 itself (invalid bytes become U+FFFD); returns 1 with a character, 0 at the end
// of input or on a termination signal, -1 on a read error.
static int read_character(EditLine *editline, wchar_t *character) {
  rehearse_editor *editor = editor_of(editline);
  int input = fileno(stdin);
  unsigned int scalar = 0;
  size_t length = 0, have = 0;
  for (;;) {
    struct pollfd watched[2] = {
        {.fd = input, .events = POLLIN},
        {.fd = editor ? editor->termination_fd : -1, .events = POLLIN},
    };
    if (poll(watched, 2, -1) < 0) {
      if (errno == EINTR) continue;  // SIGWINCH or SIGCONT: libedit's handler has redrawn
      return -1;
    }
    if (watched[1].revents & POLLIN) {
      struct signalfd_siginfo info;
      if (read(editor->termination_fd, &info, sizeof info) == (ssize_t)sizeof info) {
        editor->termination_signal = (int)info.ssi_signo;
        *character = 0;
        return 0;
      }
    }
    if (!(watched[0].revents & (POLLIN | POLLHUP | POLLERR))) continue;
    unsigned char byte;
    ssize_t count = read(input, &byte, 1);
    if (count < 0 && errno == EINTR) continue;
    if (count < 0) return -1;
    if (count == 0) {
      *character = 0;
      return 0;
    }
    if (have == 0) {
      if (byte < 0x80) { *character = byte; return 1; }
      if ((byte & 0xE0) == 0xC0) { scalar = byte & 0x1F; length = 2; }
      else if ((byte & 0xF0) == 0xE0) { scalar = byte & 0x0F; length = 3; }
      else if ((byte & 0xF8) == 0xF0) { scalar = byte & 0x07; length = 4; }
      else { *character = (wchar_t)0xFFFD; return 1; }
      have = 1;
      continue;
    }
    if ((byte & 0xC0) != 0x80) { *character = (wchar_t)0xFFFD; return 1; }
    scalar = (scalar << 6) | (byte & 0x3F);
    if (++have == length) {
      *character = decoded_or_replacement(scalar, length);
      return 1;
    }
  }
}

static volatile sig_atomic_t interrupted = 0;

static void note_interrupt(int signal_number) {
  (void)signal_number;
  interrupted = 1;
}

static int is_utf8_codeset(void) {
  const char *codeset = nl_langinfo(CODESET);
  return codeset && (strcasecmp(codeset, "UTF-8") == 0 || strcasecmp(codeset, "utf8") == 0);
}

int rehearse_use_utf8_locale(void) {
  if (setlocale(LC_CTYPE, "") && is_utf8_codeset()) return 1;
  static const char *fallbacks[] = {"C.UTF-8", "C.utf8", "en_US.UTF-8", NULL};
  for (int i = 0; fallbacks[i]; i++) {
    if (setlocale(LC_CTYPE, fallbacks[i]) && is_utf8_codeset()) return 1;
  }
  return 0;
}

// UTF-8 <-> wchar_t (UCS-4 on the platforms we build for), done by hand so that the
// conversion does not depend on which locale happened to be available.
static wchar_t *wide_from_utf8(const char *text) {
  size_t length = strlen(text);
  wchar_t *wide = malloc((length + 1) * sizeof(wchar_t));
  if (!wide) return NULL;
  size_t out = 0;
  const unsigned char *bytes = (const unsigned char *)text;
  for (size_t i = 0; i < length;) {
    unsigned char lead = bytes[i];
    unsigned int scalar;
    size_t extra;
    if (lead < 0x80) { scalar = lead; extra = 0; }
    else if ((lead & 0xE0) == 0xC0) { scalar = lead & 0x1F; extra = 1; }
    else if ((lead & 0xF0) == 0xE0) { scalar = lead & 0x0F; extra = 2; }
    else if ((lead & 0xF8) == 0xF0) { scalar = lead & 0x07; extra = 3; }
    else { wide[out++] = 0xFFFD; i++; continue; }
    if (i + extra >= length + (extra == 0)) { wide[out++] = 0xFFFD; break; }
    size_t j = 1;
    for (; j <= extra; j++) {
      if ((bytes[i + j] & 0xC0) != 0x80) break;
      scalar = (scalar << 6) | (bytes[i + j] & 0x3F);
    }
    if (j <= extra) { wide[out++] = 0xFFFD; i += j; continue; }
    wide[out++] = (wchar_t)scalar;
    i += extra + 1;
  }
  wide[out] = 0;
  return wide;
}

static char *utf8_from_wide(const wchar_t *wide, size_t count) {
  char *text = malloc(count * 4 + 1);
  if (!text) return NULL;
  size_t out = 0;
  for (size_t i = 0; i < count; i++) {
    unsigned int scalar = (unsigned int)wide[i];
    if (scalar > 0x10FFFF || (scalar >= 0xD800 && scalar <= 0xDFFF)) scalar = 0xFFFD;
    if (scalar < 0x80) {
      text[out++] = (char)scalar;
    } else if (scalar < 0x800) {
      text[out++] = (char)(0xC0 | (scalar >> 6));
      text[out++] = (char)(0x80 | (scalar & 0x3F));
    } else if (scalar < 0x10000) {
      text[out++] = (char)(0xE0 | (scalar >> 12));
      text[out++] = (char)(0x80 | ((scalar >> 6) & 0x3F));
      text[out++] = (char)(0x80 | (scalar & 0x3F));
    } else {
      text[out++] = (char)(0xF0 | (scalar >> 18));
      text[out++] = (char)(0x80 | ((scalar >> 12) & 0x3F));
      text[out++] = (char)(0x80 | ((scalar >> 6) & 0x3F));
      text[out++] = (char)(0x80 | (scalar & 0x3F));
    }
  }
  text[out] = 0;
  return text;
}

static rehearse_editor *editor_of(EditLine *editline) {
  void *data = NULL;
  el_wget(editline, EL_CLIENTDATA, &data);
  return (rehearse_editor *)data;
}

static wchar_t *prompt_of(EditLine *editline) {
  rehearse_editor *editor = editor_of(editline);
  static wchar_t empty[] = L"";
  return editor && editor->prompt ? editor->prompt : empty;
}

static unsigned char complete(EditLine *editline, int key) {
  (void)key;
  rehearse_editor *editor = editor_of(editline);
  if (!editor || !editor->completer) return CC_ERROR;
  const LineInfoW *line = el_wline(editline);
  char *before = utf8_from_wide(line->buffer, (size_t)(line->cursor - line->buffer));
  if (!before) return CC_ERROR;
  int listed = 0;
  char *insertion = editor->completer(editor->context, before, &listed);
  free(before);
  if (insertion) {
    wchar_t *wide = wide_from_utf8(insertion);
    free(insertion);
    if (wide && wide[0]) el_winsertstr(editline, wide);
    free(wide);
    return listed ? CC_REDISPLAY : CC_REFRESH;
  }
  return listed ? CC_REDISPLAY : CC_REFRESH_BEEP;
}

// Ctrl-C while editing ends the line and marks it abandoned. Handling it as a key rather than
// as SIGINT keeps it in order with the keys around it: text typed right after Ctrl-C starts the
// next line instead of being appended to the abandoned one.
static unsigned char abandon_line(EditLine *editline, int key) {
  (void)key;
  rehearse_editor *editor = editor_of(editline);
  if (editor) editor->line_abandoned = 1;
  return CC_NEWLINE;
}

rehearse_editor *rehearse_editor_open(const char *program, const char *history_path, int history_size,
                                      rehearse_completer completer, void *context) {
  rehearse_use_utf8_locale();
  rehearse_editor *editor = calloc(1, sizeof *editor);
  if (!editor) return NULL;
  editor->editline = el_init(program, stdin, stdout, stderr);
  if (!editor->editline) {
    free(editor);
    return NULL;
  }
  editor->completer = completer;
  editor->context = context;
  sigset_t termination;
  termination_signals(&termination);
  pthread_sigmask(SIG_BLOCK, &termination, NULL);
  editor->termination_fd = signalfd(-1, &termination, SFD_CLOEXEC);
  editor->history = history_winit();
  HistEventW event;
  history_w(editor->history, &event, H_SETSIZE, history_size > 0 ? history_size : 1000);
  history_w(editor->history, &event, H_SETUNIQUE, 1);
  if (history_path) {
    editor->history_path = strdup(history_path);
    history_w(editor->history, &event, H_LOAD, history_path);
  }

  EditLine *el = editor->editline;
  el_wset(el, EL_CLIENTDATA, (void *)editor);
  el_wset(el, EL_EDITOR, L"emacs");
  el_wset(el, EL_HIST, history_w, editor->history);
  el_wset(el, EL_PROMPT_ESC, prompt_of, L'\1');
  el_wset(el, EL_ADDFN, L"rehearse-complete", L"Complete a command or an id", complete);
  el_wset(el, EL_BIND, L"^I", L"rehearse-complete", NULL);
  el_wset(el, EL_ADDFN, L"rehearse-abandon", L"Abandon the line", abandon_line);
  el_wset(el, EL_SETTY, L"-d", L"-isig", NULL);
  el_wset(el, EL_BIND, L"^C", L"rehearse-abandon", NULL);
  if (editor->termination_fd >= 0) el_wset(el, EL_GETCFN, read_character);
  // Let libedit restore the terminal around signals such as SIGTSTP and SIGWINCH.
  el_wset(el, EL_SIGNAL, 1);
  el_source(el, NULL);  // the user's ~/.editrc, for vi mode and key bindings

  // Ctrl-C while a command runs (outside line editing) must not end the shell either.
  struct sigaction action;
  memset(&action, 0, sizeof action);
  action.sa_handler = note_interrupt;
  sigemptyset(&action.sa_mask);
  action.sa_flags = 0;
  sigaction(SIGINT, &action, NULL);
  return editor;
}

void rehearse_editor_close(rehearse_editor *editor) {
  if (!editor) return;
  el_end(editor->editline);
  history_wend(editor->history);
  if (editor->termination_fd >= 0) close(editor->termination_fd);
  free(editor->history_path);
  free(editor->prompt);
  free(editor);
}

void rehearse_editor_set_prompt(rehearse_editor *editor, const char *utf8_prompt) {
  free(editor->prompt);
  editor->prompt = wide_from_utf8(utf8_prompt);
}

char *rehearse_editor_read(rehearse_editor *editor, int *status) {
  interrupted = 0;
  editor->line_abandoned = 0;
  int count = 0;
  const wchar_t *line = el_wgets(editor->editline, &count);
  if (editor->line_abandoned) {
    *status = REHEARSE_READ_INTERRUPTED;
    return NULL;
  }
  if (!line || count <= 0) {
    if (editor->termination_signal) {
      *status = REHEARSE_READ_END;
    } else if (interrupted || (count < 0 && errno == EINTR)) {
      interrupted = 0;
      *status = REHEARSE_READ_INTERRUPTED;
    } else {
      *status = REHEARSE_READ_END;
    }
    return NULL;
  }
  size_t length = (size_t)count;
  while (length > 0 && (line[length - 1] == L'\n' || line[length - 1] == L'\r')) length--;
  *status = REHEARSE_READ_LINE;
  return utf8_from_wide(line, length);
}

void rehearse_editor_remember(rehearse_editor *editor, const char *utf8_line) {
  wchar_t *wide = wide_from_utf8(utf8_line);
  if (!wide) return;
  HistEventW event;
  history_w(editor->history, &event, H_ENTER, wide);
  free(wide);
  if (editor->history_path) history_w(editor->history, &event, H_SAVE, editor->history_path);
}

int rehearse_isatty(int fd) { return isatty(fd); }

int rehearse_terminal_columns(int fd) {
  struct winsize size;
  if (ioctl(fd, TIOCGWINSZ, &size) == 0 && size.ws_col > 0) return size.ws_col;
  return 0;
}

FILE *rehearse_stdout(void) { return stdout; }
FILE *rehearse_stderr(void) { return stderr; }

void rehearse_write_stdout(const char *bytes, unsigned long count) { fwrite(bytes, 1, count, stdout); }
void rehearse_flush_stdout(void) { fflush(stdout); }

int rehearse_editor_termination_signal(rehearse_editor *editor) {
  return editor ? editor->termination_signal : 0;
}
