/// LuaShim: the only code that raises Lua errors (and so may longjmp).
/// Swift functions called from Lua run inside `dossier_trampoline`'s call and
/// return a status; this C code raises the error after the Swift frame is gone.
/// It also holds what C alone can reach of malloc: the heaps' cap and the trim after
/// a full collection, so that `collectgarbage()` gives memory back.
#ifndef DOSSIER_LUASHIM_H
#define DOSSIER_LUASHIM_H

#include <lua.h>
#include <stddef.h>
#include <lauxlib.h>

/// What a Swift function returns instead of raising: results count, or one of these.
enum {
    DOSSIER_RAISE = -1,          /* raise the value on top of the stack as it is */
    DOSSIER_ARGUMENT_ERROR = -2  /* luaL_argerror(*argument, string on top of the stack) */
};

/// Runs the Swift closure held by a box; must not raise. Returns results or a status above.
typedef int (*dossier_dispatch_fn)(lua_State *L, void *closure, int *argument);
/// Drops the Swift reference a box holds; called from __gc.
typedef void (*dossier_release_fn)(void *retained);

void dossier_set_callbacks(dossier_dispatch_fn dispatch, dossier_release_fn release);

/// Pushes a Lua function that calls the retained Swift closure; the closure is released by __gc.
void dossier_push_closure(lua_State *L, void *retained);
/// Pushes a full userdata holding a retained Swift object; metatable at `mt_index` gets __gc.
void dossier_push_object(lua_State *L, void *retained, int mt_index);
/// The retained pointer held by a userdata pushed by dossier_push_object, or NULL.
void *dossier_to_object(lua_State *L, int index);
/// Makes the table at `index` a metatable for dossier objects (sets __gc and a marker).
void dossier_prepare_metatable(lua_State *L, int index);

/// Replaces the global collectgarbage with one that, after a full collection, gives the free
/// pages of malloc's heaps back to the system (malloc_trim).
void dossier_trim_after_collect(lua_State *L);

/// Sets malloc up so that collectgarbage can give more back (one heap per core, large blocks
/// mapped on their own); called at start-up, before any thread is made.
void dossier_tune_malloc(void);

/// lua.c's message handler: adds a traceback to the error message.
int dossier_message_handler(lua_State *L);

/// Ctrl-C handling as in lua.c: while armed, SIGINT makes the running Lua code raise "interrupted!".
void dossier_interrupt_arm(lua_State *L);
void dossier_interrupt_disarm(void);
/// Whether Ctrl-C was pressed since the last arm: long Swift work polls it to stop early.
int dossier_interrupt_requested(void);

/// Runaway code: from now on, raise "<message>" once `seconds` of wall time have passed,
/// checked by a count hook every few thousand VM instructions. 0 seconds removes the limit.
void dossier_set_time_limit(lua_State *L, double seconds, const char *message);

/// A memory budget for the state and for dossier's own work: Lua's allocations past it fail
/// ("not enough memory"), and long Swift work stops with `message` once the process's resident
/// memory exceeds it. The state must be the only one in the process that allocates.
void dossier_set_memory_budget(lua_State *L, size_t bytes, const char *message);

/// Why long Swift work should stop now ("interrupted!" after Ctrl-C, the time limit's message
/// once it has passed, the memory budget's once resident memory exceeds it), or NULL to go on. Safe
/// to call from any thread.
const char *dossier_stop_reason(void);

/// lua_gc is variadic, so Swift cannot call it: switch the collector to generational mode as lua.c does.
void dossier_gc_generational(lua_State *L);

/// Lua's copyright line, as `lua -v` prints it (a macro Swift cannot import).
const char *dossier_lua_copyright(void);

/// Calls its first argument with the rest and returns all results: a C frame under a script,
/// as lua.c's pmain is, so tracebacks end with "[C]: in ?" as lua.c's do.
int dossier_call_through_c(lua_State *L);

#endif
