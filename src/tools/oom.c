/*
** oom.c
** Out-of-memory at every allocation (make check-oom), as SQLite and Lua's
** own tests do it. For each case below, a lua_State whose allocator fails
** the Nth allocation is made for every N from 1 until the call makes fewer
** than N allocations, in two modes: only the Nth fails ("once", the other
** allocations succeed: a C caller that ignores a NULL is caught), or the
** Nth and every later one fails ("from N on", what Lua 5.4's emergency
** collection cannot paper over). Each call must end in a memory error or
** in the answer of a run without failure, never a crash or another error;
** then, in the same state, the call is made again failing at N (a state
** left half-built by the first failure shows there), then again with no
** failure, and must give the right answer; then the state is closed and
** every byte it took from the allocator must be back, and no file left
** open. Built with ASan,
** UBSan and LeakSanitizer, which stop the run at the first fault.
**
** The bounce reader takes its memory from an arena that hands out 16 KB
** blocks, so few of its requests reach the allocator through Lua. Every
** message of spec/fixtures/bounces is also read in C, with an arena of one
** block a request, failing the Nth request for every N: each reading must
** end with the arena marked failed (the binding then raises a memory
** error), never a crash, and the arena must give back all it took.
**
** A case is a row of 'cases': a name and a Lua chunk that returns
** prepare, probe: prepare() returns the function to call and its
** arguments (made before the failures are armed, so that they count the
** call's allocations only); probe(...), when given, turns the call's
** results into the string compared (the default serializes them).
*/
#define _POSIX_C_SOURCE 200809L     /* opendir */

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <lua.h>
#include <lauxlib.h>
#include <lualib.h>

#include "../smtperr.h"

int luaopen_smtperr(lua_State *L);

/*
** {======================================================================
** The failing allocator
** =======================================================================
*/

typedef struct budget {
  unsigned long count;            /* allocations made since armed */
  unsigned long fail_at;          /* 0: none fails */
  int persistent;                 /* fail every allocation from fail_at on */
  unsigned long failed;           /* allocations refused */
  size_t bytes;                   /* held by the state */
} budget;

/* An allocation is a call that asks for more memory: a new block, or a
** block made larger. Freeing and shrinking never fail. */
static void *failing_alloc(void *ud, void *ptr, size_t osize, size_t nsize)
{
  budget *b = (budget *)ud;
  void *p;
  if (nsize == 0) {
    if (ptr != NULL) {
      b->bytes -= osize;
      free(ptr);
    }
    return NULL;
  }
  if (ptr == NULL || nsize > osize) {
    b->count++;
    if (b->fail_at != 0 && (b->count == b->fail_at || (b->persistent && b->count > b->fail_at))) {
      b->failed++;
      return NULL;
    }
  }
  p = realloc(ptr, nsize);
  if (p == NULL) return NULL;
  b->bytes = b->bytes - (ptr != NULL ? osize : 0) + nsize;
  return p;
}

static void arm(budget *b, unsigned long n, int persistent)
{
  b->count = 0;
  b->failed = 0;
  b->fail_at = n;
  b->persistent = persistent;
}

static void disarm(budget *b)
{
  b->fail_at = 0;
}

/* }====================================================================== */

/*
** {======================================================================
** The cases
** =======================================================================
*/

#define FIX "spec/fixtures/"

/* What a classifier made by new answers, for the probe of new. */
#define PROBE_CLASSIFIER \
  "local function probe(c) return serialize(tostring(c), " \
  "c:classify('550 5.1.1 User <bob@example.org> unknown'), " \
  "c:classify('554 relay quota exceeded for this hour'), " \
  "c:classify('550 Mailbox of bob is disabled'), c:explain('550 rejected by corporate firewall'), " \
  "c:explain('550 5.1.1 User <bob@example.org> unknown', 'en'), c:lookup(550)) end "

#define RULES_OPTIONS \
  "{ rules = { { match = 'user {address} unknown', reason = 'user_unknown' }, " \
  "{ match = 'relay quota exceeded', reason = 'rate_limited', action = 'slow_down', class = 'transient' }, " \
  "{ match = 'mailbox ... disabled', reason = 'mailbox_disabled', code = 550 }, " \
  "{ match = 'listed in {host}', reason = 'blocked' }, " \
  "{ match = 'boîte  désactivée', reason = 'mailbox_disabled', enhanced = '5.2.1' } }, " \
  "rules_file = '" FIX "rules/good.txt', lang = 'fr', " \
  "texts = { user_unknown = { en = 'no such person here', fr = 'personne de ce nom' } } }"

#define READ(path) "(function() local f = assert(io.open('" path "', 'rb')) " \
  "local s = f:read('*a') f:close() return s end)()"

#define BOUNCE(name, file) \
  { "bounces " name, "local m = " READ(FIX "bounces/" file) " return function() " \
    "local s = require('smtperr') return s.bounces, m, { headers = { 'Subject', 'X-Campaign-Id' } } end" }, \
  { "c:bounces " name, "local m = " READ(FIX "bounces/" file) " return function() " \
    "local c = require('smtperr').new(" RULES_OPTIONS ") return c.bounces, c, m end" }

typedef struct oom_case {
  const char *name, *chunk;
} oom_case;

static const oom_case cases[] = {
  /* Lua 5.1's require leaves a failed module marked as loading: a retry
  ** starts from package.loaded cleared, as it must there. */
  { "require", "return function() package.loaded.smtperr = nil return require, 'smtperr' end, "
               "function(m) return serialize(m, m.classify('550 5.1.1 user unknown')) end" },
  { "lookup 550", "return function() return require('smtperr').lookup, 550 end" },
  { "lookup 5.7.26 fr", "return function() return require('smtperr').lookup, '5.7.26', 'fr' end" },
  { "lookup 4.1.1 (unknown)", "return function() return require('smtperr').lookup, '4.1.1' end" },
  { "classify", "return function() return require('smtperr').classify, "
                "'host mx.example.org[192.0.2.1] said: 550 5.1.1 <bob@example.org>: Recipient "
                "address rejected: User unknown (in reply to RCPT TO command)' end" },
  { "classify multi-line", "return function() return require('smtperr').classify, "
                "'550-5.1.1 The email account that you tried to reach does not exist. Please try\\r\\n"
                "550-5.1.1 double-checking the recipient\\'s email address for typos or\\r\\n"
                "550 5.1.1 https://support.google.com/mail/?p=NoSuchUser' end" },
  { "classify(code, text)", "return function() return require('smtperr').classify, 451, "
                "'4.7.1 Greylisting in action, please come back in 00:05:00' end" },
  { "classify invalid UTF-8", "return function() return require('smtperr').classify, "
                "'550 5.1.1 caf\\195 \\255 user unknown <b\\255ob@example.org>' end" },
  { "classify 10 KB of invalid UTF-8", "return function() return require('smtperr').classify, "
                "'550 5.1.1 ' .. ('\\255\\195'):rep(5000) .. ' user unknown' end" },
  { "classify (no reply)", "return function() return require('smtperr').classify, 'hello world' end" },
  { "classify 100 KB", "return function() return require('smtperr').classify, "
                "('550-5.2.2 mailbox full\\n'):rep(4000) .. '550 5.2.2 end' end" },
  { "explain en", "return function() return require('smtperr').explain, "
                "'452 4.2.2 The email account that you tried to reach is over quota.' end" },
  { "explain fr", "return function() return require('smtperr').explain, "
                "'550 5.7.26 Unauthenticated email from example.com is not accepted due to domain\\'s "
                "DMARC policy.', 'fr' end" },
  { "explain code fr", "return function() return require('smtperr').explain, 511, 'fr' end" },
  { "explain long", "return function() return require('smtperr').explain, "
                "'550 5.1.1 ' .. ('x'):rep(3000) .. ' user unknown https://example.org/' .. ('y'):rep(3000) end" },
  { "explain long, invalid UTF-8", "return function() return require('smtperr').explain, "
                "'550 5.1.1 user unknown https://example.org/' .. ('\\255'):rep(3000), 'fr' end" },
  { "new with rules", PROBE_CLASSIFIER "return function() return require('smtperr').new, "
                RULES_OPTIONS " end, probe" },
  { "new without rules", PROBE_CLASSIFIER "return function() return require('smtperr').new end, probe" },
  { "load_rules line format", "return function() return require('smtperr').load_rules, '"
                FIX "rules/good.txt' end" },
  { "load_rules .lua", "return function() return require('smtperr').load_rules, '"
                FIX "rules/good.lua' end" },
  { "load_rules bad line", "return function() return require('smtperr').load_rules, '"
                FIX "rules/bad-reason.txt' end" },
  /* Longer than any Lua's buffer: the file is read while memory fails. */
  { "load_rules of a 66 KB file", "return function() return require('smtperr').load_rules, '"
                FIX "bounces/rhost-aol-04.eml' end" },
  { "c:classify", "return function() local c = require('smtperr').new(" RULES_OPTIONS ") "
                "return c.classify, c, '550 5.1.1 User <bob@example.org> unknown' end" },
  { "c:explain", "return function() local c = require('smtperr').new(" RULES_OPTIONS ") "
                "return c.explain, c, '550 5.1.1 User <bob@example.org> unknown' end" },
  { "logline", "return function() return require('smtperr').logline, "
                "'Nov 30 10:00:01 mx1 postfix/smtp[4242]: 4B1C21234: to=<bob@example.org>, "
                "relay=mx.example.org[192.0.2.7]:25, delay=1.2, dsn=5.1.1, status=bounced (host "
                "mx.example.org[192.0.2.7] said: 550 5.1.1 <bob@example.org>: user unknown (in reply to "
                "RCPT TO command))' end" },
  { "logline (not a log line)", "return function() return require('smtperr').logline, 'hello' end" },
  { "c:logline", "return function() local c = require('smtperr').new(" RULES_OPTIONS ") "
                "return c.logline, c, 'Nov 30 10:00:01 mx1 postfix/smtp[1]: AB12: to=<bob@example.org>, "
                "status=deferred (host mx.example.org[192.0.2.7] said: 454 relay quota exceeded)' end" },
  /* A reader made, fed a log in chunks (a line cut between two), finished;
  ** the module required before the allocator is armed, as for the others
  ** (Lua 5.1's require stays marked as loading after a failure). */
  { "logreader", "local log = " READ(FIX "sample-mail.log") " return function() "
                "local s = require('smtperr') return function() local r = s.logreader({ classify = 'failures' }) "
                "local out = { r:feed(log:sub(1, 700)), r:feed(log:sub(701, 4000)), r:finish(), r:stats() } "
                "return out end end" },
  { "logreader fields", "local log = " READ(FIX "cli/latin1.log") " return function() "
                "local s = require('smtperr') return function() local r = s.logreader({ fields = { 'recipient', "
                "'reason' } }) return { r:feed(log), r:finish() } end end" },
  BOUNCE("DSN (rfc3464-03)", "rfc3464-03.eml"),
  BOUNCE("Exim text (lhost-exim-05)", "lhost-exim-05.eml"),
  BOUNCE("ARF (arf-01)", "arf-01.eml"),
  BOUNCE("SES JSON (lhost-amazonses-09)", "lhost-amazonses-09.eml"),
  BOUNCE("base64 ISO-2022-JP (rhost-outlook-07)", "rhost-outlook-07.eml"),
  BOUNCE("quoted-printable ISO-2022-JP (lhost-exim-60)", "lhost-exim-60.eml"),
};

/* The default probe and the module, in each state before anything is armed. */
static const char *const prelude =
  "package.preload.smtperr = ...\n"
  "local function put(v, out, seen)\n"
  "  local t = type(v)\n"
  "  if t == 'table' then\n"
  "    if seen[v] then out[#out + 1] = '<cycle>' return end\n"
  "    seen[v] = true\n"
  "    local keys = {}\n"
  "    for k in pairs(v) do keys[#keys + 1] = k end\n"
  "    table.sort(keys, function(a, b) return type(a) .. tostring(a) < type(b) .. tostring(b) end)\n"
  "    out[#out + 1] = '{'\n"
  "    for _, k in ipairs(keys) do put(k, out, seen) out[#out + 1] = '=' put(v[k], out, seen) out[#out + 1] = ',' end\n"
  "    out[#out + 1] = '}'\n"
  "    seen[v] = nil\n"
  "  elseif t == 'string' then out[#out + 1] = string.format('%q', v)\n"
  "  elseif t == 'number' then out[#out + 1] = (math.type and math.type(v) or 'n') .. string.format('%.17g', v)\n"
  "  elseif t == 'function' or t == 'userdata' or t == 'thread' then out[#out + 1] = t\n"
  "  else out[#out + 1] = tostring(v) end\n"
  "end\n"
  "function serialize(...)\n"
  "  local out = {}\n"
  "  for i = 1, select('#', ...) do put((select(i, ...)), out, {}) out[#out + 1] = ';' end\n"
  "  return table.concat(out)\n"
  "end\n";

/* }====================================================================== */

/*
** {======================================================================
** Running a case
** =======================================================================
*/

/* The case's prepare and probe are kept as globals, not in the registry:
** Lua 5.2.4 loses integer keys of a table whose hash part grows when that
** allocation fails (this harness found it: luaL_ref's references vanished
** after a failed luaL_newmetatable), and smtperr never touches globals. */
typedef struct run {
  lua_State *L;
  budget b;
} run;

static void die(const char *what, const char *name, unsigned long n, const char *detail)
{
  fprintf(stderr, "oom: %s: N=%lu: %s%s%s\n", name, n, what, detail ? ": " : "", detail ? detail : "");
  exit(1);
}

static void open_run(run *r, const oom_case *c)
{
  memset(&r->b, 0, sizeof r->b);
  r->L = lua_newstate(failing_alloc, &r->b);
  if (r->L == NULL) die("lua_newstate failed", c->name, 0, NULL);
  luaL_openlibs(r->L);
  if (luaL_loadstring(r->L, prelude) != 0) die("prelude", c->name, 0, lua_tostring(r->L, -1));
  lua_pushcfunction(r->L, luaopen_smtperr);
  if (lua_pcall(r->L, 1, 0, 0) != 0) die("prelude", c->name, 0, lua_tostring(r->L, -1));
  if (luaL_loadstring(r->L, c->chunk) != 0 || lua_pcall(r->L, 0, 2, 0) != 0)
    die("the case's chunk", c->name, 0, lua_tostring(r->L, -1));
  if (lua_isnil(r->L, -1)) {
    lua_pop(r->L, 1);
    lua_getglobal(r->L, "serialize");
  }
  lua_setglobal(r->L, "oom_probe");
  lua_setglobal(r->L, "oom_prepare");
}

/* The lowest free file descriptor: a file left open by a call takes it. */
static int lowest_free_fd(void)
{
  int fd = dup(0);
  if (fd >= 0) close(fd);
  return fd;
}

static int first_free_fd;

static void close_run(run *r, const char *name, unsigned long n)
{
  lua_close(r->L);
  if (r->b.bytes != 0) {
    char held[64];
    snprintf(held, sizeof held, "%lu bytes", (unsigned long)r->b.bytes);
    die("the closed state still holds memory", name, n, held);
  }
  if (lowest_free_fd() != first_free_fd) die("a file was left open", name, n, NULL);
}

/* The outcome of one call. */
enum { ANSWERED, MEMORY_ERROR, OTHER_ERROR };

/* Calls the case with the allocator armed for N (0: not armed). Leaves the
** probe's string (or the error message) on the top. */
static int call(run *r, unsigned long n, int persistent)
{
  lua_State *L = r->L;
  int base, status;
  lua_settop(L, 0);
  lua_getglobal(L, "oom_prepare");
  if (lua_pcall(L, 0, LUA_MULTRET, 0) != 0) {
    lua_pushfstring(L, "preparing the call: %s", lua_tostring(L, -1));
    return OTHER_ERROR;
  }
  base = 1;
  arm(&r->b, n, persistent);
  status = lua_pcall(L, lua_gettop(L) - base, LUA_MULTRET, 0);
  disarm(&r->b);
  if (status == LUA_ERRMEM) return MEMORY_ERROR;
  if (status != 0) {
    /* The module's own report that memory ran out: Lua's message. */
    const char *msg = lua_tostring(L, -1);
    return msg != NULL && strcmp(msg, "not enough memory") == 0 ? MEMORY_ERROR : OTHER_ERROR;
  }
  lua_getglobal(L, "oom_probe");
  lua_insert(L, 1);
  if (lua_pcall(L, lua_gettop(L) - 1, 1, 0) != 0) {
    lua_pushfstring(L, "reading the answer: %s", lua_tostring(L, -1));
    return OTHER_ERROR;
  }
  return ANSWERED;
}

typedef struct tally {
  unsigned long calls, memory_errors, answers;
} tally;

/* Every N for one mode; returns the N at which the call no longer failed. */
static unsigned long every_n(const oom_case *c, const char *want, int persistent, tally *t)
{
  unsigned long n;
  for (n = 1;; n++) {
    run r;
    int outcome;
    unsigned long failed;
    open_run(&r, c);
    outcome = call(&r, n, persistent);
    failed = r.b.failed;
    t->calls++;
    if (outcome == OTHER_ERROR) die("an error that is not a memory error", c->name, n, lua_tostring(r.L, -1));
    if (outcome == ANSWERED && strcmp(lua_tostring(r.L, -1), want) != 0)
      die(failed ? "a wrong answer after a failed allocation" : "a wrong answer", c->name, n, lua_tostring(r.L, -1));
    if (failed == 0) {                /* the call made fewer than n allocations */
      close_run(&r, c->name, n);
      return n;
    }
    if (outcome == MEMORY_ERROR) t->memory_errors++;
    else t->answers++;
    /* The same state: the same failure again, then none. */
    outcome = call(&r, n, persistent);
    if (outcome == OTHER_ERROR) die("the second failing call: not a memory error", c->name, n, lua_tostring(r.L, -1));
    if (outcome == ANSWERED && strcmp(lua_tostring(r.L, -1), want) != 0)
      die("the second failing call: a wrong answer", c->name, n, lua_tostring(r.L, -1));
    outcome = call(&r, 0, 0);
    if (outcome != ANSWERED) die("the call after the failures failed", c->name, n, lua_tostring(r.L, -1));
    if (strcmp(lua_tostring(r.L, -1), want) != 0)
      die("the call after the failures gave another answer", c->name, n, lua_tostring(r.L, -1));
    close_run(&r, c->name, n);
  }
}

/* }====================================================================== */

/*
** {======================================================================
** The bounce reader in C, every arena request failing
** =======================================================================
*/

static char *slurp(const char *path, size_t *n)
{
  FILE *f = fopen(path, "rb");
  char *s;
  long size;
  if (f == NULL || fseek(f, 0, SEEK_END) != 0 || (size = ftell(f)) < 0 || fseek(f, 0, SEEK_SET) != 0) {
    fprintf(stderr, "oom: cannot read %s\n", path);
    exit(1);
  }
  s = malloc((size_t)size + 1);
  if (s == NULL || fread(s, 1, (size_t)size, f) != (size_t)size) exit(1);
  fclose(f);
  *n = (size_t)size;
  return s;
}

/* Reads the message as the binding does, the recipients' replies
** classified; returns 0, or -1 when the reading failed; *nomem when the
** arena's allocator failed. Writes a summary of the answer to 'out'. */
static int read_message(const char *s, size_t n, budget *b, char *out, size_t cap, int *nomem)
{
  static const char *const asked[] = { "Subject", "X-Campaign-Id" };
  static se_bounce_words words;
  static int ready;
  se_arena a;
  se_bounce_report r;
  const char *why = NULL;
  int status;
  if (!ready) se_bounce_words_ready(&words), ready = 1;
  se_arena_init(&a, failing_alloc, b, SE_MESSAGE_MEMORY(n));
  a.block_min = 0;
  status = se_read_bounce(s, n, asked, 2, &words, &a, &r, &why);
  if (status != 0 && why == NULL) die("se_read_bounce failed without a reason", "C reader", b->fail_at, NULL);
  if (status == 0) {
    size_t k, len = (size_t)snprintf(out, cap, "%d %s %lu:", (int)r.kind, r.format,
                                     (unsigned long)r.nrecipients);
    for (k = 0; k < r.nrecipients && len < cap; k++) {
      se_span reply = se_recipient_reply(&a, &r.recipients[k]);
      se_result res;
      char *scratch;
      if (reply.s == NULL) {
        if (!a.failed) die("a recipient's reply failed, memory aside", "C reader", b->fail_at, NULL);
        break;
      }
      scratch = malloc(SE_SCRATCH(reply.n));
      if (scratch == NULL) exit(1);
      if (se_classify(&se_builtin, reply.s, reply.n, 0, scratch, &res) == 0)
        len += (size_t)snprintf(out + len, cap - len, " %.*s=%s", (int)r.recipients[k].address.n,
                                r.recipients[k].address.s, se_reasons[res.reason].name);
      free(scratch);
    }
  } else {
    snprintf(out, cap, "fail: %s", why);
  }
  *nomem = a.failed;
  se_arena_free(&a);
  if (b->bytes != 0) die("the arena did not give back all it took", "C reader", b->fail_at, NULL);
  return status;
}

/* Readings that answered otherwise after a failed request: the binding
** raises a memory error for them (the arena says it failed), but the
** reader did not say so itself. */
static unsigned long otherwise;

static unsigned long every_arena_n(const char *name, const char *s, size_t n, const char *want,
                                   int persistent)
{
  char got[4096];
  unsigned long k;
  for (k = 1;; k++) {
    budget b;
    int nomem, status;
    memset(&b, 0, sizeof b);
    arm(&b, k, persistent);
    status = read_message(s, n, &b, got, sizeof got, &nomem);
    if (b.failed == 0) {
      if (strcmp(got, want) != 0) die("a wrong answer", name, k, got);
      return k;
    }
    if (!nomem) die("an allocation failed and the arena does not say so", name, k, NULL);
    if (status == 0 && strcmp(got, want) != 0 && strncmp(got, want, strlen(got)) != 0) {
      /* The binding raises a memory error here (the arena failed): an
      ** answer cut short is fine, one that differs is a reader's fault
      ** to know about. */
      if (otherwise++ < 3)
        printf("  note: %s: N=%lu: the reader answered otherwise after a failed request: %s\n",
               name, k, got);
    }
  }
}

static int by_name(const void *x, const void *y)
{
  return strcmp(*(const char *const *)x, *(const char *const *)y);
}

static unsigned long check_reader(void)
{
  static char *names[1024];
  size_t k, count = 0;
  unsigned long total = 0, most = 0;
  const char *heaviest = "";
  DIR *d = opendir(FIX "bounces");
  struct dirent *e;
  if (d == NULL) die("cannot list " FIX "bounces", "C reader", 0, NULL);
  while ((e = readdir(d)) != NULL && count < sizeof names / sizeof names[0]) {
    size_t len = strlen(e->d_name);
    if (len > 4 && strcmp(e->d_name + len - 4, ".eml") == 0) {
      names[count] = malloc(len + 1);
      if (names[count] == NULL) exit(1);
      strcpy(names[count++], e->d_name);
    }
  }
  closedir(d);
  qsort(names, count, sizeof names[0], by_name);
  for (k = 0; k < count; k++) {
    char path[512], want[4096];
    size_t n;
    budget b;
    int nomem;
    char *s;
    unsigned long once, from;
    snprintf(path, sizeof path, FIX "bounces/%s", names[k]);
    s = slurp(path, &n);
    memset(&b, 0, sizeof b);
    read_message(s, n, &b, want, sizeof want, &nomem);
    if (nomem) die("the message is not read without failures", names[k], 0, want);
    once = every_arena_n(names[k], s, n, want, 0) - 1;
    from = every_arena_n(names[k], s, n, want, 1) - 1;
    total += once + from;
    if (once > most) most = once, heaviest = names[k];
    free(s);
  }
  printf("oom: the C bounce reader, %lu messages of " FIX "bounces, each arena request a block, the "
         "Nth failing once and from N on: %lu readings (most requests: %lu, %s)\n",
         (unsigned long)count, total, most, heaviest);
  if (otherwise > 0)
    printf("  note: %lu readings answered otherwise after a failed request without saying so "
           "(se_read_bounce returned 0): the binding answers them with a memory error, since the "
           "arena records the failure\n", otherwise);
  for (k = 0; k < count; k++) free(names[k]);
  return total;
}

/* }====================================================================== */

/* oom [--no-reader] [CASE]: every case (or those whose name holds CASE),
** then the C bounce reader (unless --no-reader: it does not depend on Lua,
** one run of it is enough). */
int main(int argc, char **argv)
{
  size_t k, ncases = sizeof cases / sizeof cases[0];
  unsigned long total_n = 0, total_calls = 0;
  int reader = !(argc > 1 && strcmp(argv[1], "--no-reader") == 0);
  const char *only = argc > 2 - reader ? argv[2 - reader] : NULL;
  first_free_fd = lowest_free_fd();
  printf("oom: %s, %lu cases; N = the allocations each call makes, failed one at a time "
         "(once) and from N on\n", LUA_RELEASE, (unsigned long)ncases);
  for (k = 0; k < ncases; k++) {
    const oom_case *c = &cases[k];
    run r;
    char *want;
    unsigned long once, from;
    tally t;
    if (only != NULL && strstr(c->name, only) == NULL) continue;
    memset(&t, 0, sizeof t);
    open_run(&r, c);
    if (call(&r, 0, 0) != ANSWERED) die("the call fails without any failure", c->name, 0, lua_tostring(r.L, -1));
    want = malloc(strlen(lua_tostring(r.L, -1)) + 1);
    if (want == NULL) die("out of memory", c->name, 0, NULL);
    strcpy(want, lua_tostring(r.L, -1));
    close_run(&r, c->name, 0);
    once = every_n(c, want, 0, &t) - 1;
    printf("%-50s once: N=1..%-4lu %4lu memory errors, %4lu right answers;", c->name, once,
           t.memory_errors, t.answers);
    total_calls += t.calls;
    memset(&t, 0, sizeof t);
    from = every_n(c, want, 1, &t) - 1;
    printf(" from N on: N=1..%-4lu %4lu, %4lu\n", from, t.memory_errors, t.answers);
    total_n += once + from;
    total_calls += t.calls;
    free(want);
  }
  printf("oom: %lu failing allocations tried in %lu states: each call ended in a memory error or "
         "the right answer, the same state then answered right, and closed with nothing held\n",
         total_n, total_calls);
  if (only == NULL && reader) {
    unsigned long arena_n = check_reader();
    printf("oom: %lu failing arena requests tried: no crash, nothing held, every failure seen by "
           "the binding\n", arena_n);
  }
  return 0;
}
