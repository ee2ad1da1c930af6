/*
** lbounces.c
** The binding of the bounce reader: smtperr.bounces and c:bounces. The
** reading's memory is an arena held by a userdata, so that an error raised
** while the answer is built (out of memory) frees it through __gc.
*/
#include <string.h>

#include "lsmtperr.h"

#define SE_ARENA "smtperr.arena"
#define SE_WORDS "smtperr.bounce_words"

static int arena_gc(lua_State *L)
{
  se_arena_free((se_arena *)luaL_checkudata(L, 1, SE_ARENA));
  return 0;
}

/* A new arena over the state's allocator, pushed, with its metatable
** (made whole by se_open_bounces). */
static se_arena *push_arena(lua_State *L, size_t limit)
{
  void *ud;
  lua_Alloc alloc = lua_getallocf(L, &ud);
  se_arena *a = (se_arena *)lua_newuserdata(L, sizeof(se_arena));
  se_arena_init(a, alloc, ud, limit);
  luaL_getmetatable(L, SE_ARENA);
  lua_setmetatable(L, -2);
  return a;
}

/* Is the value on the top a full userdata with the metatable at 'mt'? */
static int has_metatable(lua_State *L, int mt)
{
  int same;
  if (lua_type(L, -1) != LUA_TUSERDATA || !lua_getmetatable(L, -1)) return 0;
  same = lua_rawequal(L, -1, mt);
  lua_pop(L, 1);
  return same;
}

/* The word lists of this state's readings, made ready on its first
** reading and kept: a userdata whose metatable, registry[SE_WORDS], holds
** it as its field "words" (so that it is known for this module's). */
static const se_bounce_words *state_words(lua_State *L)
{
  se_bounce_words *w = NULL;
  if (!luaL_newmetatable(L, SE_WORDS)) {
    int mt = lua_gettop(L);
    lua_getfield(L, mt, "words");
    if (has_metatable(L, mt)) w = (se_bounce_words *)lua_touserdata(L, -1);
    lua_pop(L, 1);
  }
  if (w == NULL) {
    w = (se_bounce_words *)lua_newuserdata(L, sizeof(se_bounce_words));
    se_bounce_words_ready(w);
    lua_pushvalue(L, -2);
    lua_setmetatable(L, -2);
    lua_setfield(L, -2, "words");
  }
  lua_pop(L, 1);
  return w;                         /* the registry keeps it */
}

/* options.headers, at index 'opt': the names asked, pointers into the
** list's strings (the options table keeps them). Returns how many. */
static size_t asked_headers(lua_State *L, int arg, int opt, const char **names)
{
  size_t n = 0;
  int i, count;
  if (lua_isnoneornil(L, opt)) return 0;
  luaL_checktype(L, opt, LUA_TTABLE);
  lua_pushnil(L);
  while (lua_next(L, opt) != 0) {
    lua_pop(L, 1);
    if (lua_type(L, -1) != LUA_TSTRING || strcmp(lua_tostring(L, -1), "headers") != 0)
      se_field_error(L, arg, lua_type(L, -1) == LUA_TSTRING ? lua_tostring(L, -1) : "?",
                     "unknown option (options: headers)");
  }
  lua_getfield(L, opt, "headers");
  if (lua_isnil(L, -1)) {
    lua_pop(L, 1);
    return 0;
  }
  if (lua_type(L, -1) != LUA_TTABLE) se_field_error(L, arg, "headers", "a list of header names expected");
  count = (int)se_rawlen(L, -1);
  if (count > SE_MAXASKED) se_field_error(L, arg, "headers", "too many header names");
  for (i = 1; i <= count; i++) {
    lua_rawgeti(L, -1, i);
    if (lua_type(L, -1) != LUA_TSTRING) se_field_error(L, arg, "headers", "a list of header names expected");
    names[n++] = lua_tostring(L, -1);
    lua_pop(L, 1);                  /* the list keeps it */
  }
  lua_pop(L, 1);
  return n;
}

static void set_value(lua_State *L, const char *field, se_span v)
{
  if (v.s != NULL && v.n > 0) se_set_text(L, field, v);
}

/* Classifies the recipient's reply into the table on the top. */
static void set_classified(lua_State *L, const se_classifier *c, se_arena *a, const se_recipient *rc)
{
  char stack_scratch[SE_SCRATCH(SE_STACK_REPLY)];
  se_result res;
  se_span reply = se_recipient_reply(a, rc);
  int top = lua_gettop(L);
  if (reply.s == NULL) {
    if (a->failed) se_memory_error(L);
    return;                           /* the reading's limit: left unclassified */
  }
  if (se_classify(c, reply.s, reply.n, 0, se_scratch_for(L, reply.n, stack_scratch), &res) == 0) {
    lua_pushvalue(L, top);
    se_set_result(L, &res);
    if (rc->remote_mta.n == 0) se_set_text(L, "remote_mta", res.host);
    lua_pop(L, 1);
  }
  lua_settop(L, top);
}

static void push_recipient(lua_State *L, const se_classifier *c, se_arena *a, const se_recipient *rc)
{
  lua_createtable(L, 0, 24);
  set_classified(L, c, a, rc);
  set_value(L, "recipient", rc->address);
  set_value(L, "original_recipient", rc->original);
  se_set_string(L, "status", se_dsn_actions[rc->action]);
  set_value(L, "diagnostic", rc->diagnostic);
  set_value(L, "remote_mta", rc->remote_mta);
  set_value(L, "last_attempt", rc->last_attempt);
  set_value(L, "feedback_type", rc->feedback_type);
}

static void push_report(lua_State *L, const se_classifier *c, se_arena *a, const se_bounce_report *b,
                        const char *const *asked, size_t nasked)
{
  size_t k;
  lua_createtable(L, 0, 12);
  se_set_string(L, "kind", se_bounce_kinds[b->kind]);
  se_set_string(L, "format", b->format);
  set_value(L, "reporting_mta", b->reporting_mta);
  set_value(L, "message_id", b->message_id);
  set_value(L, "from", b->from);
  set_value(L, "to", b->to);
  set_value(L, "subject", b->subject);
  set_value(L, "date", b->date);
  set_value(L, "verp_recipient", b->verp_recipient);
  if (nasked > 0) {
    lua_createtable(L, 0, (int)nasked);
    for (k = 0; k < nasked; k++) set_value(L, asked[k], b->asked[k]);
    lua_setfield(L, -2, "original_headers");
  }
  lua_createtable(L, (int)b->nrecipients, 0);
  for (k = 0; k < b->nrecipients; k++) {
    push_recipient(L, c, a, &b->recipients[k]);
    lua_rawseti(L, -2, (int)k + 1);
  }
  lua_setfield(L, -2, "recipients");
}

static int bounces_at(lua_State *L, const se_classifier *c, int arg)
{
  const char *asked[SE_MAXASKED];
  const char *why = NULL;
  size_t n, nasked;
  const char *s;
  se_arena *a;
  se_bounce_report b;
  const se_bounce_words *words;
  if (lua_type(L, arg) != LUA_TSTRING) se_typeerror(L, arg, "string");
  s = lua_tolstring(L, arg, &n);
  nasked = asked_headers(L, arg + 1, arg + 1, asked);
  words = state_words(L);
  a = push_arena(L, SE_MESSAGE_MEMORY(n));
  if (se_read_bounce(s, n, asked, nasked, words, a, &b, &why) != 0 || a->failed) {
    /* A reading during which the allocator failed is not answered, even
    ** when the reader made do without the memory: a memory error. */
    int nomem = a->failed;
    se_arena_free(a);
    if (nomem) return se_memory_error(L);
    lua_pushstring(L, why);
    return se_fail_with_top(L);
  }
  push_report(L, c, a, &b, asked, nasked);
  se_arena_free(a);
  return 1;
}

/*
** smtperr.bounces(message [, options]) -> report | fail, message
** options.headers: names of the returned message's headers to report.
*/
static int smtperr_bounces(lua_State *L)
{
  return bounces_at(L, &se_builtin, 1);
}

/* c:bounces(message [, options]) -> report | fail, message */
static int classifier_bounces(lua_State *L)
{
  return bounces_at(L, se_check_classifier(L), 2);
}

void se_open_bounces(lua_State *L, int module, int methods)
{
  /* Whole even when an earlier require ran out of memory half-way. */
  luaL_newmetatable(L, SE_ARENA);
  lua_pushcfunction(L, arena_gc);
  lua_setfield(L, -2, "__gc");
  lua_pop(L, 1);
  lua_pushcfunction(L, smtperr_bounces);
  lua_setfield(L, module, "bounces");
  lua_pushcfunction(L, classifier_bounces);
  lua_setfield(L, methods, "bounces");
}
