#include "PTYSupport.h"
#include <pty.h>
#include <stdlib.h>
#include <unistd.h>

pid_t pty_spawn(char *const argv[], char *const envp[], int *master_fd) {
    struct winsize size = { .ws_row = 24, .ws_col = 80 };
    pid_t pid = forkpty(master_fd, NULL, NULL, &size);
    if (pid == 0) {
        execve(argv[0], argv, envp);
        _exit(127);
    }
    return pid;
}
