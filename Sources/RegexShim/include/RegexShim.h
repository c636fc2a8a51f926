// RE2 behind a C interface Swift can call: regular expressions matched in time linear in the
// text, so no pattern can hang a search (no backtracking, no backreferences).
#ifndef REGEX_SHIM_H
#define REGEX_SHIM_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef struct dossier_regex dossier_regex;

/// Compiles a UTF-8 pattern. On failure returns NULL and, when `error` is not NULL, sets it to
/// a message the caller frees with free().
dossier_regex *dossier_regex_new(const char *pattern, size_t length, char **error);

void dossier_regex_free(dossier_regex *regex);

/// Finds the leftmost match in text[start..<length]; on success returns 1 and sets the byte
/// offsets of the match in `text`.
int dossier_regex_find(const dossier_regex *regex, const char *text, size_t length, size_t start,
                       size_t *match_start, size_t *match_end);

#ifdef __cplusplus
}
#endif

#endif
