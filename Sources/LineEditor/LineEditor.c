#include "LineEditor.h"
#include <errno.h>
#include <fcntl.h>
#include <locale.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/select.h>
#include <unistd.h>
#include <readline/readline.h>
#include <readline/history.h>

static char *finished_line;
static int line_finished;
static volatile sig_atomic_t interrupt_seen, resize_seen;

static void on_line(char *line) {
    finished_line = line;
    line_finished = 1;
    rl_callback_handler_remove();
}

/* A signal that comes while readline is drawing, not waiting in select(), would only set its
   flag, and select() would then sleep until the next key; one caught by another thread would
   not interrupt select() at all. So the handlers also write a byte to this pipe, which
   select() watches with the terminal. */
static int wake_pipe[2] = {-1, -1};

static void wake_reader(void) {
    if (wake_pipe[1] < 0) return;
    ssize_t written = write(wake_pipe[1], "!", 1); /* async-signal-safe; a full pipe wakes too */
    (void)written;
}

static void on_sigint(int sig) { (void)sig; interrupt_seen = 1; wake_reader(); }
static void on_sigwinch(int sig) { (void)sig; resize_seen = 1; wake_reader(); }

static void open_wake_pipe(void) {
    if (wake_pipe[0] >= 0 || pipe(wake_pipe) != 0) return;
    for (int end = 0; end < 2; end++) {
        fcntl(wake_pipe[end], F_SETFL, O_NONBLOCK);
        fcntl(wake_pipe[end], F_SETFD, FD_CLOEXEC);
    }
}

static void drain_wake_pipe(void) {
    char bytes[64];
    while (wake_pipe[0] >= 0 && read(wake_pipe[0], bytes, sizeof bytes) > 0) {}
}

/* Installed at the first read and kept for the session, not only while a read runs: a
   Ctrl-C that comes between two reads (while results print or the prompt is drawn) would
   otherwise meet the default action and end the session. It then abandons the next line.
   SA_RESTART, so that reads in the user's code (io.read) are not cut short by a resized
   window; select() below is woken by the pipe, and is never restarted anyway. */
static void catch_terminal_signals(void) {
    static int installed;
    if (installed) return;
    installed = 1;
    struct sigaction action;
    memset(&action, 0, sizeof action);
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    action.sa_handler = on_sigint;
    sigaction(SIGINT, &action, NULL);
    action.sa_handler = on_sigwinch;
    sigaction(SIGWINCH, &action, NULL);
}

/* Waits for a byte from the terminal or a signal: 1 when the terminal is readable, 0 after a
   signal, -1 on an error. */
static int wait_for_key(int fd) {
    fd_set readable;
    FD_ZERO(&readable);
    FD_SET(fd, &readable);
    int highest = fd;
    if (wake_pipe[0] >= 0) {
        FD_SET(wake_pipe[0], &readable);
        if (wake_pipe[0] > highest) highest = wake_pipe[0];
    }
    int ready = select(highest + 1, &readable, NULL, NULL, NULL);
    drain_wake_pipe();
    if (ready < 0) return errno == EINTR ? 0 : -1;
    return FD_ISSET(fd, &readable) ? 1 : 0;
}

/* The terminal again, opened non-blocking: the keys are read here. A key select() saw can be
   gone by the read (Ctrl-C empties the terminal's input), and a blocking read would then
   sleep through the Ctrl-C. -1 when it cannot be opened; the blocking descriptor is used. */
static int key_fd = -1;

static void open_key_fd(int fd) {
    if (key_fd >= 0) return;
    const char *name = ttyname(fd);
    if (name != NULL) key_fd = open(name, O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC);
}

/* readline reads every key through this, not its own rl_getc. While it handles one key it
   may read the next ones itself (typed-ahead text is inserted at once); rl_getc would then
   retry a read that Ctrl-C interrupted and sleep until the next key. After Ctrl-C this gives
   NUL, which stops that reading and sets the mark (no output); line_editor_read then
   abandons the line. EOF only when the terminal fails. */
static int read_key(FILE *stream) {
    int fd = fileno(stream);
    while (!interrupt_seen) {
        int waited = wait_for_key(fd);
        if (waited < 0) return EOF;
        if (waited == 0) continue;
        unsigned char key;
        ssize_t count = read(key_fd >= 0 ? key_fd : fd, &key, 1);
        if (count == 1) return key;
        if (count == 0 || (errno != EINTR && errno != EAGAIN)) return EOF;
    }
    return 0;
}

static void abandon_line(void) {
    free(finished_line);
    finished_line = NULL;
    rl_free_line_state();
    rl_callback_sigcleanup();
    rl_callback_handler_remove();
    fputs("^C\n", rl_outstream);
    fflush(rl_outstream);
}

/* readline reads LC_CTYPE to decide whether a byte above 127 is text or a Meta key. In the C
   locale (LANG unset, as in many containers and ssh sessions) a Chinese character typed on its
   own became three Meta commands, one of which cleared the screen; only characters that came
   in one burst with others were inserted. dossier's input is UTF-8 text: the locale becomes
   C.UTF-8 when it is not multibyte, and readline is told to keep eight-bit bytes as they are
   (for a locale set in the environment, which readline applies itself). */
static void prepare_for_utf8(void) {
    if (MB_CUR_MAX == 1) setlocale(LC_CTYPE, "C.UTF-8");
}

static void keep_eight_bit_bytes(void) {
    rl_variable_bind("input-meta", "on");
    rl_variable_bind("output-meta", "on");
    rl_variable_bind("convert-meta", "off");
}

char *line_editor_read(const char *prompt, enum line_editor_status *status) {
    rl_catch_signals = 0;
    rl_catch_sigwinch = 0;
    rl_getc_function = read_key;
    line_finished = 0;
    finished_line = NULL;
    open_wake_pipe();
    catch_terminal_signals();
    int fd = fileno(rl_instream ? rl_instream : stdin);
    open_key_fd(fd);
    prepare_for_utf8();
    rl_callback_handler_install(prompt, on_line);  /* reads the init file the first time */
    keep_eight_bit_bytes();
    *status = LINE_EDITOR_LINE;
    /* a Ctrl-C since the last read (while results printed) abandons this line at once */
    while (!line_finished && !interrupt_seen) {
        if (resize_seen) {
            resize_seen = 0;
            rl_resize_terminal();
        }
        int waited = wait_for_key(fd);
        if (waited < 0) {
            rl_callback_handler_remove();
            break;
        }
        if (waited > 0 && !interrupt_seen) rl_callback_read_char();
    }
    if (interrupt_seen) {
        interrupt_seen = 0;
        abandon_line();
        *status = LINE_EDITOR_INTERRUPTED;
    }
    if (*status == LINE_EDITOR_LINE && finished_line == NULL) *status = LINE_EDITOR_EOF;
    return finished_line;
}

static line_editor_completer completer;
static void *completer_context;
static char **pending_candidates;
static int pending_index;

/* rl_completion_matches calls this generator until it returns NULL. */
static char *next_candidate(const char *text, int state) {
    (void)text;
    if (state == 0) pending_index = 0;
    if (pending_candidates == NULL || pending_candidates[pending_index] == NULL) return NULL;
    return pending_candidates[pending_index++];
}

static char **complete(const char *text, int start, int end) {
    (void)start;
    rl_attempted_completion_over = 1; /* never fall back to file names */
    rl_completion_append_character = '\0';
    pending_candidates = completer(rl_line_buffer, end, completer_context);
    char **matches = rl_completion_matches(text, next_candidate);
    free(pending_candidates); /* the strings now belong to readline */
    pending_candidates = NULL;
    return matches;
}

void line_editor_set_completer(line_editor_completer function, void *context) {
    completer = function;
    completer_context = context;
    rl_readline_name = "dossier";
    /* '.' and ':' are not word breaks, so "string.fo" is completed as one word; ')' is, so
       completing c:people():fi replaces only ":fi" (support.lua's WORD is the same set). */
    rl_basic_word_break_characters = " \t\n\"\\'`@$><=;|&{(,+-*/%^~#[]})";
    rl_attempted_completion_function = complete;
}

void line_editor_add_history(const char *entry) { add_history(entry); }

char *line_editor_read_plain(const char *prompt) {
    fputs(prompt, stdout);
    fflush(stdout);
    char *line = NULL;
    size_t capacity = 0;
    ssize_t length = getline(&line, &capacity, stdin);
    if (length < 0) {
        free(line);
        return NULL;
    }
    if (length > 0 && line[length - 1] == '\n') line[length - 1] = '\0';
    /* as readline does when input is not a terminal (and so lua5.4 -i < file): the line is
       echoed after its prompt, so a transcript shows what was run */
    fputs(line, stdout);
    fputc('\n', stdout);
    return line;
}
