/// PTYSupport (tests only): runs a program on a new pseudo-terminal, as a user's shell would.
#ifndef DOSSIER_PTY_SUPPORT_H
#define DOSSIER_PTY_SUPPORT_H
#include <sys/types.h>

/// Forks `argv[0]` (a path) with `envp` on a new 80x24 terminal; returns the pid, the master in *master_fd.
pid_t pty_spawn(char *const argv[], char *const envp[], int *master_fd);

#endif
