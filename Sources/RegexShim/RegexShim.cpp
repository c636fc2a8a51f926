// RE2 behind a C interface (see RegexShim.h). C++ exceptions never cross into Swift: RE2 reports
// errors through its status, and allocation failure inside it aborts as it would anyway.
#include "RegexShim.h"

#include <re2/re2.h>
#include <cstdlib>
#include <cstring>
#include <new>

struct dossier_regex {
    re2::RE2 compiled;
    dossier_regex(re2::StringPiece pattern, const re2::RE2::Options &options) : compiled(pattern, options) {}
};

static char *copy_message(const std::string &message) {
    char *copy = static_cast<char *>(std::malloc(message.size() + 1));
    if (copy) std::memcpy(copy, message.c_str(), message.size() + 1);
    return copy;
}

extern "C" dossier_regex *dossier_regex_new(const char *pattern, size_t length, char **error) {
    re2::RE2::Options options;
    options.set_log_errors(false);  // errors go to the user through the returned message, not stderr
    // big enough for long alternations of names; beyond it RE2 refuses the pattern, it never swaps
    options.set_max_mem(64 << 20);
    auto *regex = new (std::nothrow) dossier_regex(re2::StringPiece(pattern, length), options);
    if (!regex) {
        if (error) *error = copy_message("out of memory");
        return nullptr;
    }
    if (!regex->compiled.ok()) {
        if (error) *error = copy_message(regex->compiled.error());
        delete regex;
        return nullptr;
    }
    return regex;
}

extern "C" void dossier_regex_free(dossier_regex *regex) { delete regex; }

extern "C" int dossier_regex_find(const dossier_regex *regex, const char *text, size_t length, size_t start,
                                  size_t *match_start, size_t *match_end) {
    re2::StringPiece match;
    if (start > length || !regex->compiled.Match(re2::StringPiece(text, length), start, length,
                                                 re2::RE2::UNANCHORED, &match, 1)) {
        return 0;
    }
    *match_start = static_cast<size_t>(match.data() - text);
    *match_end = *match_start + match.size();
    return 1;
}
