// Prefetch is header-only (include/Prefetch.h); SwiftPM builds a C target from at least one source.
#include "Prefetch.h"
