#include "LineEditor.h"
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/select.h>
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

static void on_sigint(int sig) { (void)sig; interrupt_seen = 1; }
static void on_sigwinch(int sig) { (void)sig; resize_seen = 1; }

/* Without SA_RESTART, so a signal wakes the select() below. */
static void catch_signal(int sig, void (*handler)(int), struct sigaction *previous) {
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = handler;
    sigemptyset(&action.sa_mask);
    sigaction(sig, &action, previous);
}

static void abandon_line(void) {
    rl_free_line_state();
    rl_callback_sigcleanup();
    rl_callback_handler_remove();
    fputs("^C\n", rl_outstream);
    fflush(rl_outstream);
}

char *line_editor_read(const char *prompt, enum line_editor_status *status) {
    struct sigaction previous_int, previous_winch;
    rl_catch_signals = 0;
    rl_catch_sigwinch = 0;
    interrupt_seen = resize_seen = 0;
    line_finished = 0;
    finished_line = NULL;
    catch_signal(SIGINT, on_sigint, &previous_int);
    catch_signal(SIGWINCH, on_sigwinch, &previous_winch);
    rl_callback_handler_install(prompt, on_line);
    *status = LINE_EDITOR_LINE;
    while (!line_finished) {
        int fd = fileno(rl_instream ? rl_instream : stdin);
        fd_set readable;
        FD_ZERO(&readable);
        FD_SET(fd, &readable);
        int ready = select(fd + 1, &readable, NULL, NULL, NULL);
        if (resize_seen) {
            resize_seen = 0;
            rl_resize_terminal();
        }
        if (interrupt_seen) {
            abandon_line();
            *status = LINE_EDITOR_INTERRUPTED;
            break;
        }
        if (ready < 0) {
            if (errno == EINTR) continue;
            rl_callback_handler_remove();
            break;
        }
        rl_callback_read_char();
    }
    sigaction(SIGINT, &previous_int, NULL);
    sigaction(SIGWINCH, &previous_winch, NULL);
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
