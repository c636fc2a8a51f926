#ifndef DOSSIER_PREFETCH_H
#define DOSSIER_PREFETCH_H

/// Asks the processor to bring the cache line at `address` in, without waiting for it: the
/// tagger looks up a character's features a few characters ahead, so that its hash slots are
/// in cache when it scores them.
static inline void dossier_prefetch(const void *address) { __builtin_prefetch(address, 0, 3); }

#endif
