#include "LuaShim.h"
#include <signal.h>
#include <malloc.h>
#include <stdlib.h>
#include <stdio.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

static dossier_dispatch_fn swift_dispatch;
static dossier_release_fn swift_release;
static const char *const OBJECT_MARK = "__dossier_object";

void dossier_set_callbacks(dossier_dispatch_fn dispatch, dossier_release_fn release) {
    swift_dispatch = dispatch;
    swift_release = release;
}

/* __gc of every box: release once, even if the object is resurrected and collected again. */
static int release_box(lua_State *L) {
    void **box = (void **)lua_touserdata(L, 1);
    if (box != NULL && *box != NULL) {
        void *retained = *box;
        *box = NULL;
        swift_release(retained);
    }
    return 0;
}

/* The lua_CFunction behind every Swift function. The Swift frame has returned
   before lua_error or luaL_argerror longjmps. */
static int trampoline(lua_State *L) {
    void **box = (void **)lua_touserdata(L, lua_upvalueindex(1));
    int argument = 0;
    int n = swift_dispatch(L, *box, &argument);
    if (n >= 0) return n;
    if (n == DOSSIER_ARGUMENT_ERROR) return luaL_argerror(L, argument, lua_tostring(L, -1));
    return lua_error(L);
}

void dossier_push_closure(lua_State *L, void *retained) {
    void **box = (void **)lua_newuserdatauv(L, sizeof(void *), 0);
    *box = retained;
    if (luaL_newmetatable(L, "dossier.closure")) {
        lua_pushcfunction(L, release_box);
        lua_setfield(L, -2, "__gc");
    }
    lua_setmetatable(L, -2);
    lua_pushcclosure(L, trampoline, 1);
}

void dossier_prepare_metatable(lua_State *L, int index) {
    index = lua_absindex(L, index);
    lua_pushcfunction(L, release_box);
    lua_setfield(L, index, "__gc");
    lua_pushboolean(L, 1);
    lua_setfield(L, index, OBJECT_MARK);
}

void dossier_push_object(lua_State *L, void *retained, int mt_index) {
    mt_index = lua_absindex(L, mt_index);
    void **box = (void **)lua_newuserdatauv(L, sizeof(void *), 0);
    *box = retained;
    lua_pushvalue(L, mt_index);
    lua_setmetatable(L, -2);
}

void *dossier_to_object(lua_State *L, int index) {
    void **box = (void **)lua_touserdata(L, index);
    if (box == NULL || lua_islightuserdata(L, index) || !lua_getmetatable(L, index)) return NULL;
    lua_pushstring(L, OBJECT_MARK);
    int marked = lua_rawget(L, -2) == LUA_TBOOLEAN;
    lua_pop(L, 2);
    return marked ? *box : NULL;
}

/* From lua.c: turn any error object into a message and append a traceback. */
int dossier_message_handler(lua_State *L) {
    const char *msg = lua_tostring(L, 1);
    if (msg == NULL) {
        if (luaL_callmeta(L, 1, "__tostring") && lua_type(L, -1) == LUA_TSTRING)
            return 1;
        msg = lua_pushfstring(L, "(error object is a %s value)", luaL_typename(L, 1));
    }
    luaL_traceback(L, L, msg, 1);
    return 1;
}

/* Interrupts, as lua.c does them: the signal handler only sets a hook, the hook raises. The
   flag lets long Swift work (loading, counting, extraction) see the request and stop early,
   so the hook raises as soon as that work returns. Unlike lua.c, the second Ctrl-C does not
   kill the process (the first may still be on its way out of Swift work); the third does,
   for code stuck in a blocking C call. */
static lua_State *volatile interrupt_target;
static volatile sig_atomic_t interrupt_requested;

static void raise_interrupted(lua_State *L, lua_Debug *ar) {
    (void)ar;
    lua_sethook(L, NULL, 0, 0);
    luaL_error(L, "interrupted!");
}

static void on_sigint(int sig) {
    static const char warning[] = "\ndossier: stopping; press Ctrl-C once more to quit\n";
    if (interrupt_requested) {
        signal(sig, SIG_DFL);
        ssize_t written = write(2, warning, sizeof warning - 1); /* async-signal-safe */
        (void)written;
        return;
    }
    interrupt_requested = 1;
    if (interrupt_target != NULL)
        lua_sethook(interrupt_target, raise_interrupted,
                    LUA_MASKCALL | LUA_MASKRET | LUA_MASKLINE | LUA_MASKCOUNT, 1);
}

/* What SIGINT did before arming (the line editor's handler, at the REPL), restored after.
   Kept from the outermost arm only, so a nested arm cannot make the armed handler stay. */
static struct sigaction unarmed;
static int armed;

void dossier_interrupt_arm(lua_State *L) {
    interrupt_requested = 0;
    interrupt_target = L;
    struct sigaction action;
    memset(&action, 0, sizeof action);
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;  /* as signal() installs it, which this replaced */
    action.sa_handler = on_sigint;
    sigaction(SIGINT, &action, armed ? NULL : &unarmed);
    armed = 1;
}

int dossier_interrupt_requested(void) { return interrupt_requested != 0; }

void dossier_interrupt_disarm(void) {
    if (armed) sigaction(SIGINT, &unarmed, NULL);
    armed = 0;
    interrupt_target = NULL;
    interrupt_requested = 0; /* work run outside a call (printing results) is not stopped */
}

void dossier_gc_generational(lua_State *L) { lua_gc(L, LUA_GCGEN, 0, 0); }

/* Time limit: the hook compares the monotonic clock with a deadline. */
static double deadline;
static int deadline_set;
static char limit_message[200];
enum { LIMIT_CHECK_EVERY = 10000 };

static double now_seconds(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

static void check_deadline(lua_State *L, lua_Debug *ar) {
    (void)ar;
    if (now_seconds() >= deadline) luaL_error(L, "%s", limit_message);
}

void dossier_set_time_limit(lua_State *L, double seconds, const char *message) {
    deadline_set = seconds > 0;
    if (!deadline_set) {
        lua_sethook(L, NULL, 0, 0);
        return;
    }
    deadline = now_seconds() + seconds;
    snprintf(limit_message, sizeof limit_message, "%s", message);
    lua_sethook(L, check_deadline, LUA_MASKCOUNT, LIMIT_CHECK_EVERY);
}

/* Memory budget. Lua's allocations are counted by the allocator and refused past the budget
   (Lua then raises "not enough memory", as it does when malloc fails). dossier's own work is
   checked through dossier_stop_reason: the process's resident memory, read at most every
   50 ms, over the budget stops the work with a Lua error instead of an abort later. */
static size_t memory_budget;
static size_t lua_bytes;
static char memory_message[200];
static double memory_checked_at;
static int memory_over;

static void *budgeted_alloc(void *ud, void *block, size_t old_size, size_t new_size) {
    (void)ud;
    if (block == NULL) old_size = 0; /* then old_size is the kind of object, not a size */
    if (new_size == 0) {
        free(block);
        lua_bytes = lua_bytes > old_size ? lua_bytes - old_size : 0;
        return NULL;
    }
    if (new_size > old_size && lua_bytes + (new_size - old_size) > memory_budget) return NULL;
    void *grown = realloc(block, new_size);
    if (grown != NULL) lua_bytes = lua_bytes - (lua_bytes < old_size ? lua_bytes : old_size) + new_size;
    return grown;
}

void dossier_set_memory_budget(lua_State *L, size_t bytes, const char *message) {
    memory_budget = bytes;
    snprintf(memory_message, sizeof memory_message, "%s", message);
    lua_bytes = (size_t)lua_gc(L, LUA_GCCOUNT, 0) * 1024 + (size_t)lua_gc(L, LUA_GCCOUNTB, 0);
    lua_setallocf(L, budgeted_alloc, NULL);
}

/* Resident memory, from /proc/self/statm: a few microseconds, where mallinfo2 walks the whole
   heap (seconds on a large corpus). */
static size_t resident_bytes(void) {
    FILE *statm = fopen("/proc/self/statm", "r");
    if (statm == NULL) return 0;
    unsigned long size = 0, resident = 0;
    int read = fscanf(statm, "%lu %lu", &size, &resident);
    fclose(statm);
    return read == 2 ? (size_t)resident * (size_t)sysconf(_SC_PAGESIZE) : 0;
}

static int over_memory_budget(void) {
    if (memory_budget == 0) return 0;
    double now = now_seconds();
    if (now - memory_checked_at >= 0.05) {
        memory_checked_at = now; /* first, so other threads do not read it too */
        memory_over = resident_bytes() > memory_budget;
    }
    return memory_over;
}

const char *dossier_stop_reason(void) {
    if (interrupt_requested) return "interrupted!";
    if (deadline_set && now_seconds() >= deadline) return limit_message;
    if (over_memory_budget()) return memory_message;
    return NULL;
}

const char *dossier_lua_copyright(void) { return LUA_COPYRIGHT; }

int dossier_call_through_c(lua_State *L) {
    lua_call(L, lua_gettop(L) - 1, LUA_MULTRET);
    return lua_gettop(L);
}

/* collectgarbage as Lua's; after a full collection, the free pages of malloc's heaps also go
   back to the system. Lua frees what it collects, and dossier's engine frees its large
   results, but glibc keeps freed memory in its arenas: without malloc_trim a session's
   resident memory stays near its peak after the user asked for a collection.
   The arguments are checked here, as lbaselib checks them, so that a mistake names
   'collectgarbage' (the original, called from C, would be named '?'). */
static int collect_and_trim(lua_State *L) {
  static const char *const options[] = {"stop", "restart", "collect", "count", "step", "setpause", "setstepmul",
                                          "isrunning", "generational", "incremental", NULL};
  /* how many integer arguments each option reads after itself */
  static const int integers[] = {0, 0, 0, 0, 1, 1, 1, 0, 2, 3};
  int option = luaL_checkoption(L, 1, "collect", options);
  for (int i = 0; i < integers[option]; i++) luaL_optinteger(L, i + 2, 0);
  int n = lua_gettop(L);
  lua_pushvalue(L, lua_upvalueindex(1));
  lua_insert(L, 1);
  lua_call(L, n, LUA_MULTRET);
  if (strcmp(options[option], "collect") == 0) malloc_trim(0);
  return lua_gettop(L);
}

/* How glibc's malloc is set up for dossier's sessions, so that collectgarbage can give back
   what a query freed:
   - glibc gives each new thread a heap of its own, up to eight per core. dossier's parallel
     work leaves freed memory scattered over all of them, where malloc_trim cannot return it
     (17 MB of a session on 100 MB); one heap per core keeps that down, and threads still do
     not queue for one heap.
   - glibc maps blocks above a threshold on their own, but raises the threshold to the size
     of each mapped block freed (up to 32 MB). After the first large table is freed, the
     next ones come from the heaps, where their pages stay pinned between live blocks (12 MB
     of that session). A fixed threshold keeps every block of 4 MB or more mapped, given back
     to the system when freed. */
void dossier_tune_malloc(void) {
  long cores = sysconf(_SC_NPROCESSORS_ONLN);
  mallopt(M_ARENA_MAX, cores > 0 && cores < 1024 ? (int)cores : 1);
  mallopt(M_MMAP_THRESHOLD, 4 << 20);
}

void dossier_trim_after_collect(lua_State *L) {
  lua_getglobal(L, "collectgarbage");
  lua_pushcclosure(L, collect_and_trim, 1);
  lua_setglobal(L, "collectgarbage");
}
