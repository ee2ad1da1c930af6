/*
** lsmtperr.c
** The Lua binding (lsmtperr.h): the module, lookup, classify and explain,
** and the argument checks the binding's other units share.
*/

#include "lsmtperr.h"

const char *const se_lang_names[SE_NLANGS + 1] = { "en", "fr", NULL };

/*
** {======================================================================
** Arguments and failures
** =======================================================================
*/

/* Returns fail and the message on the top of the stack. */
int se_fail_with_top(lua_State *L)
{
  luaL_pushfail(L);
  lua_insert(L, -2);
  return 2;
}

/* Raises "bad argument #arg (field 'name': message)". */
int se_field_error(lua_State *L, int arg, const char *field, const char *message)
{
  return luaL_argerror(L, arg, lua_pushfstring(L, "field '%s': %s", field, message));
}

int se_memory_error(lua_State *L)
{
  lua_pushliteral(L, "not enough memory");   /* interned by the state: no allocation */
  return lua_error(L);
}

/* The language at index i: nil for 'def', else "en" or "fr" (checked here:
** LuaJIT's luaL_checkoption lets other types through). */
static se_lang check_lang(lua_State *L, int i, se_lang def)
{
  if (lua_isnoneornil(L, i)) return def;
  if (lua_type(L, i) != LUA_TSTRING) se_typeerror(L, i, "\"en\" or \"fr\"");
  return (se_lang)luaL_checkoption(L, i, NULL, se_lang_names);
}

/* The string form of the value at i, for messages (numbers as Lua prints
** them). */
static const char *value_text(lua_State *L, int i)
{
  lua_pushvalue(L, i);
  return lua_tostring(L, -1);
}

/* A reply code given as a number: an integer 1-999. Returns 0 and pushes
** a message when it is not one. */
static int number_code(lua_State *L, int i)
{
  lua_Integer v;
  if (!se_tointeger(L, i, &v) || v < 1 || v > 999) {
    lua_pushfstring(L, "invalid reply code: %s", value_text(L, i));
    return 0;
  }
  return (int)v;
}

/* }====================================================================== */

/*
** {======================================================================
** lookup
** =======================================================================
*/

static void push_entry(lua_State *L, const se_entry *e, se_lang lang)
{
  lua_createtable(L, 0, 12);
  if (e->key < 1000) lua_pushinteger(L, (lua_Integer)e->key);
  else lua_pushstring(L, e->code);
  lua_setfield(L, -2, "code");
  se_set_string(L, "class", se_classes[e->klass].name);
  se_set_string(L, "title", e->title[lang]);
  se_set_string(L, "meaning", e->meaning[lang]);
  se_set_string(L, "advice", e->advice[lang]);
  se_set_string(L, "note", e->note[lang]);
  se_set_string(L, "reason", se_reasons[e->reason].name);
  se_set_string(L, "action", se_actions[e->action].name);
  lua_pushboolean(L, e->standard);
  lua_setfield(L, -2, "standard");
  se_set_string(L, "source", e->source);
  se_set_string(L, "shadows", e->shadows);
  se_set_string(L, "lang", se_lang_names[lang]);
}

/* The entry named by the value at i, or NULL with a message pushed. */
static const se_entry *check_entry(lua_State *L, int i)
{
  const char *why = NULL, *s;
  const se_entry *e;
  size_t n;
  int t = lua_type(L, i);
  if (t == LUA_TNUMBER) {
    int code = number_code(L, i);
    if (code == 0) return NULL;
    e = se_find_basic(code);
    if (e == NULL) lua_pushfstring(L, "unknown reply code: %d", code);
    return e;
  }
  if (t != LUA_TSTRING) {
    se_typeerror(L, i, "number or string");
    return NULL;
  }
  s = lua_tolstring(L, i, &n);
  e = se_find_code(s, n, &why);
  if (e == NULL) {
    se_push_text(L, s, se_quoted_length(s, n));
    lua_pushfstring(L, "%s: %s", why, lua_tostring(L, -1));
  }
  return e;
}

/* The entry's table for this state and language, made once and kept in
** the cache (upvalue 1): look-ups do not build tables. */
static int push_cached_entry(lua_State *L, const se_entry *e, se_lang lang)
{
  int cache = lua_upvalueindex(1);
  int slot = (int)e->slot * SE_NLANGS + (int)lang + 1;
  lua_rawgeti(L, cache, slot);
  if (lua_isnil(L, -1)) {
    lua_pop(L, 1);
    push_entry(L, e, lang);
    lua_pushvalue(L, -1);
    lua_rawseti(L, cache, slot);
  }
  return 1;
}

int se_lookup_at(lua_State *L, int arg, se_lang def_lang)
{
  se_lang lang = check_lang(L, arg + 1, def_lang);
  const se_entry *e = check_entry(L, arg);
  if (e == NULL) return se_fail_with_top(L);
  return push_cached_entry(L, e, lang);
}

/*
** smtperr.lookup(code [, lang]) -> entry | fail, message
** 'code' is a reply code (550, "550") or an enhanced code ("5.1.1").
*/
static int smtperr_lookup(lua_State *L)
{
  return se_lookup_at(L, 1, SE_EN);
}

/* }====================================================================== */

/*
** {======================================================================
** classify
** =======================================================================
*/

/* classify's arguments: (reply) or (code, text). */
typedef struct reply {
  const char *s;
  size_t n;
  int code;
} reply;

/* Reads classify's arguments from 'arg' on. Returns 0, or -1 with a
** message pushed when the code is not one. */
static int check_reply(lua_State *L, int arg, reply *r)
{
  int t = lua_type(L, arg);
  r->code = 0;
  r->s = "";
  r->n = 0;
  if (t == LUA_TNUMBER) {
    r->code = number_code(L, arg);
    if (r->code == 0) return -1;
    if (!se_valid_code(r->code) && !se_sent_code(r->code)) {
      lua_pushfstring(L, "not an SMTP reply code: %d", r->code);
      return -1;
    }
    if (!lua_isnoneornil(L, arg + 1)) {
      if (lua_type(L, arg + 1) != LUA_TSTRING) se_typeerror(L, arg + 1, "string");
      r->s = lua_tolstring(L, arg + 1, &r->n);
    }
  } else if (t == LUA_TSTRING) {
    r->s = lua_tolstring(L, arg, &r->n);
    if (!lua_isnoneornil(L, arg + 1)) se_typeerror(L, arg + 1, "nil (the code comes first)");
  } else {
    se_typeerror(L, arg, "string or number");
  }
  return 0;
}

/* Scratch memory for a reply: the caller's stack buffer when it fits, else
** a userdata (pushed), which an error frees. */
char *se_scratch_for(lua_State *L, size_t n, char *stack_scratch)
{
  return n <= SE_STACK_REPLY ? stack_scratch : (char *)lua_newuserdata(L, SE_SCRATCH(n));
}

/* Classifies the reply of the arguments from 'arg' on. Returns 0 with *res
** filled (its spans valid until the stack is cut below its top), or 2 with
** fail and a message pushed. */
int se_run_classify(lua_State *L, const se_classifier *c, int arg, se_result *res,
                    char *stack_scratch)
{
  reply r;
  if (check_reply(L, arg, &r) != 0) return se_fail_with_top(L);
  if (se_classify(c, r.s, r.n, r.code, se_scratch_for(L, r.n, stack_scratch), res) != 0) {
    se_push_text(L, r.s, se_quoted_length(r.s, r.n));
    lua_pushfstring(L, "no SMTP reply code, enhanced status code or known words in: %s",
                    lua_tostring(L, -1));
    return se_fail_with_top(L);
  }
  return 0;
}

/* classify and c:classify have the look-up cache as upvalue 1, then the
** result's keys and names (se_push_result_keys): a string pushed from an
** upvalue costs less than the look-up of a C string. */
#define RESULT_KEYS 2

/* t.name = a closure of fn with the value at 'cache' and the result keys. */
void se_set_classify(lua_State *L, int t, const char *name, lua_CFunction fn, int cache)
{
  lua_pushvalue(L, cache);
  lua_pushcclosure(L, fn, 1 + se_push_result_keys(L));
  lua_setfield(L, t, name);
}

int se_classify_at(lua_State *L, const se_classifier *c, int arg)
{
  char stack_scratch[SE_SCRATCH(SE_STACK_REPLY)];
  se_result res;
  if (se_run_classify(L, c, arg, &res, stack_scratch) != 0) return 2;
  lua_createtable(L, 0, 16);
  se_set_result_as(L, &res, SE_RF_ALL, RESULT_KEYS);
  return 1;
}

/*
** smtperr.classify(reply) -> result | fail, message
** smtperr.classify(code [, text]) -> result | fail, message
*/
static int smtperr_classify(lua_State *L)
{
  return se_classify_at(L, &se_builtin, 1);
}

/* }====================================================================== */

/*
** {======================================================================
** explain
** =======================================================================
*/

/* What explain writes about: a table entry, or a result with its texts. */
typedef struct subject {
  const se_entry *entry;
  const se_result *result;
  const char *const *texts;
} subject;

static void write_explanation(se_out *o, const subject *what, se_lang lang)
{
  if (what->entry != NULL) se_explain_entry(o, what->entry, lang);
  else se_explain_result(o, what->result, lang, what->texts);
}

/* Writes the paragraph into a stack buffer, or a userdata when longer. */
static int push_explanation(lua_State *L, const subject *what, se_lang lang)
{
  char buf[SE_EXPLAIN_STACK];
  se_out o;
  se_out_init(&o, buf, sizeof buf);
  write_explanation(&o, what, lang);
  if (o.overflow) {
    size_t need = o.len;
    se_out_init(&o, (char *)lua_newuserdata(L, need), need);
    write_explanation(&o, what, lang);
  }
  se_push_text(L, o.buf, se_out_length(&o));
  return 1;
}

/* A code of the table named by the value at 'arg', or NULL. */
static const se_entry *entry_named(lua_State *L, int arg)
{
  if (lua_type(L, arg) == LUA_TSTRING) {
    const char *why;
    size_t n;
    const char *s = lua_tolstring(L, arg, &n);
    return se_find_code(s, n, &why);
  }
  if (lua_type(L, arg) == LUA_TNUMBER) {
    int code = number_code(L, arg);
    return code != 0 ? se_find_basic(code) : NULL;
  }
  return NULL;
}

/* Explains the reply of the arguments from 'arg' on, once classified. */
static int explain_reply(lua_State *L, const se_classifier *c, int arg, se_lang lang,
                         const char *const *texts)
{
  char stack_scratch[SE_SCRATCH(SE_STACK_REPLY)];
  se_result res;
  subject what;
  lua_settop(L, arg);               /* the language argument is read */
  if (se_run_classify(L, c, arg, &res, stack_scratch) != 0) return 2;
  what.entry = NULL;
  what.result = &res;
  what.texts = texts;
  return push_explanation(L, &what, lang);
}

int se_explain_at(lua_State *L, const se_classifier *c, int arg, se_lang def_lang,
                      const char *const (*texts)[SE_NREASONS])
{
  se_lang lang = check_lang(L, arg + 1, def_lang);
  int top = lua_gettop(L);
  subject what;
  what.entry = entry_named(L, arg);
  what.result = NULL;
  what.texts = NULL;
  lua_settop(L, top);
  if (what.entry != NULL) return push_explanation(L, &what, lang);
  return explain_reply(L, c, arg, lang, texts != NULL ? texts[lang] : NULL);
}

/*
** smtperr.explain(reply_or_code [, lang]) -> paragraph | fail, message
** A code of the table is explained from the table; anything else is
** classified first.
*/
static int smtperr_explain(lua_State *L)
{
  return se_explain_at(L, &se_builtin, 1, SE_EN, NULL);
}

/* }====================================================================== */

/* }====================================================================== */

/*
** {======================================================================
** Module
** =======================================================================
*/

/* smtperr.reasons / actions: name -> { en = ..., fr = ... }. */
static void push_vocabulary(lua_State *L)
{
  int i;
  lua_createtable(L, 0, SE_NREASONS);
  for (i = 0; i < SE_NREASONS; i++) {
    lua_createtable(L, 0, 2);
    se_set_string(L, "en", se_reasons[i].text[SE_EN]);
    se_set_string(L, "fr", se_reasons[i].text[SE_FR]);
    lua_setfield(L, -2, se_reasons[i].name);
  }
  lua_setfield(L, -2, "reasons");
  lua_createtable(L, 0, SE_NACTIONS);
  for (i = 0; i < SE_NACTIONS; i++) {
    lua_createtable(L, 0, 2);
    se_set_string(L, "en", se_actions[i].text[SE_EN]);
    se_set_string(L, "fr", se_actions[i].text[SE_FR]);
    lua_setfield(L, -2, se_actions[i].name);
  }
  lua_setfield(L, -2, "actions");
}

static const luaL_Reg smtperr_funcs[] = {
  {"lookup", smtperr_lookup},
  {"explain", smtperr_explain},
  {NULL, NULL}
};

#if defined(__GNUC__)
__attribute__((visibility("default")))
#endif
int luaopen_smtperr(lua_State *L);

/* require("smtperr") -> the module table; sets no global. */
int luaopen_smtperr(lua_State *L)
{
  int base = lua_gettop(L);
  lua_newtable(L);                  /* base + 1: the module */
  lua_newtable(L);                  /* base + 2: this state's look-up cache, an upvalue */
  se_open_rules(L, base + 1);
  se_open_classifiers(L, base + 1, base + 2);   /* base + 3: the classifiers' methods */
  lua_pushvalue(L, base + 1);
  lua_pushvalue(L, base + 2);
  se_setfuncs(L, smtperr_funcs, 1);
  se_set_classify(L, base + 1, "classify", smtperr_classify, base + 2);
  se_open_bounces(L, base + 1, base + 3);
  lua_settop(L, base + 1);
  push_vocabulary(L);
  se_open_logs(L);
  lua_pushliteral(L, SMTPERR_VERSION);
  lua_setfield(L, -2, "_VERSION");
  return 1;
}

/* }====================================================================== */
