/*
** threads.c
** Many lua_States in many threads over one copy of the module at once
** (make check-threads, built with ThreadSanitizer): each thread makes its
** own state, requires smtperr, classifies, explains, looks up and reads
** log lines (alone and with a log reader), and checks every answer against
** the one the main thread got alone.
*/
#include <pthread.h>
#include <stdio.h>
#include <string.h>

#include <lua.h>
#include <lauxlib.h>
#include <lualib.h>

int luaopen_smtperr(lua_State *L);

#define NTHREADS 8
#define ROUNDS 300

static const char *const replies[] = {
  "550 5.1.1 <bob@example.org>: Recipient address rejected: User unknown",
  "451 4.7.1 Greylisting in action, please come back in 00:05:00",
  "554 5.7.1 Service unavailable; Client host [192.0.2.1] blocked using zen.spamhaus.org",
  "421 4.7.0 mx.example.org Error: too many connections from 192.0.2.1",
  "552 5.2.2 Over quota",
  "host mx.example.org[192.0.2.1] said: 550 5.7.26 Unauthenticated email - gsmtp (in reply to end of DATA command)",
  "Connection timed out",
  "250 2.0.0 Ok: queued as 4B1C21234",
};
#define NREPLIES (sizeof replies / sizeof replies[0])

/* Per reply: "reason class evidence retry_after" as one string. */
static const char *const script =
  "local smtperr, replies = require('smtperr'), ...\n"
  "local rules = smtperr.new({ rules = { { match = 'over quota', reason = 'rate_limited' } } })\n"
  "local out = {}\n"
  "for i, reply in ipairs(replies) do\n"
  "  local r = smtperr.classify(reply)\n"
  "  local u = rules:classify(reply)\n"
  "  out[i] = table.concat({ r.reason, r.class, r.evidence, tostring(r.retry_after),\n"
  "                          u.reason, #smtperr.explain(reply, 'fr'), smtperr.lookup(550).class }, ' ')\n"
  "end\n"
  "local reader = smtperr.logreader()\n"
  "for i, reply in ipairs(replies) do\n"
  "  local id = string.format('A%04X', i)\n"
  "  reader:line('Nov 30 10:00:00 mx postfix/qmgr[1]: ' .. id .. ': from=<s' .. i .. '@x.org>, size=1, nrcpt=1')\n"
  "  local line = 'Nov 30 10:00:01 mx postfix/smtp[2]: ' .. id .. ': to=<r@y.org>, relay=none, dsn=5.0.0, '\n"
  "    .. 'status=bounced (' .. reply:gsub('\\n', ' ') .. ')'\n"
  "  local rec, alone = reader:line(line), smtperr.logline(line)\n"
  "  out[#out + 1] = table.concat({ rec.sender, rec.reason, alone.reason, tostring(alone.sender) }, ' ')\n"
  "end\n"
  "return table.concat(out, '\\n')\n";

static char expected[8192];

/* Runs the script in a new state; writes its answer to buf. */
static int answer(char *buf, size_t cap)
{
  size_t i, n;
  const char *s;
  int ok;
  lua_State *L = luaL_newstate();
  if (L == NULL) return -1;
  luaL_openlibs(L);
  luaL_requiref(L, "smtperr", luaopen_smtperr, 0);
  lua_pop(L, 1);
  if (luaL_loadstring(L, script) != 0) return -1;
  lua_createtable(L, (int)NREPLIES, 0);
  for (i = 0; i < NREPLIES; i++) {
    lua_pushstring(L, replies[i]);
    lua_rawseti(L, -2, (int)i + 1);
  }
  ok = lua_pcall(L, 1, 1, 0) == 0;
  s = lua_tolstring(L, -1, &n);
  if (!ok || s == NULL || n >= cap) {
    fprintf(stderr, "threads: %s\n", s ? s : "no answer");
    lua_close(L);
    return -1;
  }
  memcpy(buf, s, n + 1);
  lua_close(L);
  return 0;
}

static void *worker(void *arg)
{
  char got[8192];
  int k, *mismatches = arg;
  for (k = 0; k < ROUNDS; k++) {
    if (answer(got, sizeof got) != 0 || strcmp(got, expected) != 0) (*mismatches)++;
  }
  return NULL;
}

int main(void)
{
  pthread_t t[NTHREADS];
  int mismatches[NTHREADS] = { 0 }, i, total = 0;
  if (answer(expected, sizeof expected) != 0) return 1;
  for (i = 0; i < NTHREADS; i++) pthread_create(&t[i], NULL, worker, &mismatches[i]);
  for (i = 0; i < NTHREADS; i++) {
    pthread_join(t[i], NULL);
    total += mismatches[i];
  }
  printf("threads: %d threads x %d states, %d mismatched answers\n", NTHREADS, ROUNDS, total);
  return total != 0;
}
