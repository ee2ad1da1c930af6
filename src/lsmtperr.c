/*
** lsmtperr.c
** The Lua binding: smtperr.lookup, classify, explain and new, over the C
** core (smtperr.h). Per-state data lives in upvalues, never in C statics.
*/
#include <stdio.h>
#include <string.h>

#include "compat.h"
#include "smtperr.h"

#define SE_CLASSIFIER "smtperr.classifier"

static const char *const lang_names[] = { "en", "fr", NULL };

/* A classifier made by smtperr.new: its automaton, rules and texts. */
typedef struct lclassifier {
  se_classifier c;
  se_automaton *ac;                 /* from the state's allocator; NULL when closed */
  int lang;
  se_phrase *rules;                 /* inside this userdata */
  const char *texts[SE_NLANGS][SE_NREASONS];   /* inside this userdata, or NULL */
} lclassifier;

/*
** {======================================================================
** Arguments
** =======================================================================
*/

static int check_lang(lua_State *L, int arg, int def)
{
  return luaL_checkoption(L, arg, lang_names[def], lang_names);
}

static int push_fail(lua_State *L, const char *fmt, const char *what)
{
  lua_pushnil(L);
  lua_pushfstring(L, fmt, what);
  return 2;
}

/* The string form of argument i, for messages (numbers as Lua prints them). */
static const char *arg_text(lua_State *L, int i)
{
  lua_pushvalue(L, i);
  return lua_tostring(L, -1);
}

/* A reply code given as a number: an integer 1-999. Returns 0 and leaves
** a message on the stack when it is not one. */
static int number_code(lua_State *L, int i)
{
  lua_Integer v;
  if (!se_tointeger(L, i, &v) || v < 1 || v > 999) {
    lua_pushfstring(L, "invalid reply code: %s", arg_text(L, i));
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

static void set_string(lua_State *L, const char *field, const char *value)
{
  if (value == NULL) return;
  lua_pushstring(L, value);
  lua_setfield(L, -2, field);
}

static void push_entry(lua_State *L, const se_entry *e, int lang)
{
  lua_createtable(L, 0, 12);
  if (e->key < 1000) lua_pushinteger(L, (lua_Integer)e->key);
  else lua_pushstring(L, e->code);
  lua_setfield(L, -2, "code");
  set_string(L, "class", se_classes[e->klass].name);
  set_string(L, "title", e->title[lang]);
  set_string(L, "meaning", e->meaning[lang]);
  set_string(L, "advice", e->advice[lang]);
  set_string(L, "note", e->note[lang]);
  set_string(L, "reason", se_reasons[e->reason].name);
  set_string(L, "action", se_actions[e->action].name);
  lua_pushboolean(L, e->standard);
  lua_setfield(L, -2, "standard");
  set_string(L, "source", e->source);
  set_string(L, "shadows", e->shadows);
  set_string(L, "lang", lang_names[lang]);
}

/* The entry named by argument i, or NULL with a message pushed. */
static const se_entry *check_entry(lua_State *L, int i)
{
  const char *why = NULL;
  const se_entry *e;
  size_t n;
  const char *s;
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
  while (n > 0 && (*s == ' ' || *s == '\t')) s++, n--;
  while (n > 0 && (s[n - 1] == ' ' || s[n - 1] == '\t')) n--;
  e = se_find_code(s, n, &why);
  if (e == NULL) lua_pushfstring(L, "%s: %s", why, arg_text(L, i));
  return e;
}

/* The entry's table for this state and language, made once and kept in
** the cache (upvalue 1): lookups do not build tables. */
static int push_cached_entry(lua_State *L, int cache, const se_entry *e, int lang)
{
  int slot = (int)(e - se_basic);
  if (e < se_basic || e >= se_basic + SE_NBASIC) slot = SE_NBASIC + (int)(e - se_enhanced);
  slot = slot * SE_NLANGS + lang + 1;
  lua_rawgeti(L, cache, slot);
  if (lua_isnil(L, -1)) {
    lua_pop(L, 1);
    push_entry(L, e, lang);
    lua_pushvalue(L, -1);
    lua_rawseti(L, cache, slot);
  }
  return 1;
}

static int lookup_with(lua_State *L, int arg, int def_lang)
{
  int lang = check_lang(L, arg + 1, def_lang);
  const se_entry *e = check_entry(L, arg);
  if (e == NULL) {
    lua_pushnil(L);
    lua_insert(L, -2);
    return 2;
  }
  return push_cached_entry(L, lua_upvalueindex(1), e, lang);
}

static int smtperr_lookup(lua_State *L)
{
  return lookup_with(L, 1, SE_EN);
}

/* }====================================================================== */

/*
** {======================================================================
** classify
** =======================================================================
*/

#define STACK_SCRATCH 1024

typedef struct reply {
  const char *s;
  size_t n;
  int code;
  char *scratch;
} reply;

/*
** Reads classify's arguments from 'arg' on: (reply) or (code, text). Returns
** 0, or 2 with nil and a message pushed. Large inputs get their scratch
** memory as a userdata, so that nothing leaks when an error is thrown.
*/
static int check_reply(lua_State *L, int arg, reply *r, char *stack_scratch)
{
  int t = lua_type(L, arg);
  r->code = 0;
  r->s = "";
  r->n = 0;
  if (t == LUA_TNUMBER) {
    r->code = number_code(L, arg);
    if (r->code != 0 && !se_valid_code(r->code)) {
      lua_pushfstring(L, "not an SMTP reply code: %d", r->code);
      r->code = 0;
    }
    if (r->code == 0) {
      lua_pushnil(L);
      lua_insert(L, -2);
      return 2;
    }
    if (!lua_isnoneornil(L, arg + 1)) {
      if (lua_type(L, arg + 1) != LUA_TSTRING) return se_typeerror(L, arg + 1, "string");
      r->s = lua_tolstring(L, arg + 1, &r->n);
    }
  } else if (t == LUA_TSTRING) {
    r->s = lua_tolstring(L, arg, &r->n);
    if (!lua_isnoneornil(L, arg + 1)) return se_typeerror(L, arg + 1, "nil (the code comes first)");
  } else {
    return se_typeerror(L, arg, "string or number");
  }
  r->scratch = (r->n <= STACK_SCRATCH) ? stack_scratch
                                       : (char *)lua_newuserdata(L, SE_SCRATCH(r->n));
  return 0;
}

static void set_span(lua_State *L, const char *field, se_span sp)
{
  if (sp.s == NULL) return;
  lua_pushlstring(L, sp.s, sp.n);
  lua_setfield(L, -2, field);
}

static void push_enhanced(lua_State *L, const se_result *r)
{
  char buf[16];
  snprintf(buf, sizeof buf, "%d.%d.%d", r->enh_class % 10, r->enh_subject % 1000,
           r->enh_detail % 1000);
  lua_pushstring(L, buf);
}

static void push_result(lua_State *L, const se_result *r)
{
  char ev[320];
  lua_createtable(L, 0, 16);
  if (r->code) {
    lua_pushinteger(L, r->code);
    lua_setfield(L, -2, "code");
  }
  if (r->enh_class) {
    push_enhanced(L, r);
    lua_setfield(L, -2, "enhanced");
  }
  set_span(L, "text", r->text);
  set_string(L, "class", se_classes[r->klass].name);
  lua_pushboolean(L, r->retry);
  lua_setfield(L, -2, "retry");
  set_string(L, "reason", se_reasons[r->reason].name);
  if (r->bounce) set_string(L, "bounce", r->bounce == 2 ? "hard" : "soft");
  set_string(L, "action", se_actions[r->action].name);
  if (r->provider >= 0) set_string(L, "provider", se_providers[r->provider].name);
  if (se_evidence(r, ev, sizeof ev) > 0) set_string(L, "evidence", ev);
  if (r->command != SE_NOCOMMAND) set_string(L, "command", se_commands[r->command]);
  set_span(L, "address", r->address);
  set_span(L, "host", r->host);
  set_span(L, "help", r->help);
  if (r->retry_after >= 0) {
    lua_pushinteger(L, (lua_Integer)r->retry_after);
    lua_setfield(L, -2, "retry_after");
  }
  lua_pushinteger(L, (lua_Integer)r->lines);
  lua_setfield(L, -2, "lines");
}

/* Runs the classifier on the arguments from 'arg'; on success leaves
** nothing on the stack and fills *res. */
static int run_classify(lua_State *L, const se_classifier *c, int arg, se_result *res,
                        char *stack_scratch)
{
  reply r;
  int top = lua_gettop(L);
  int n = check_reply(L, arg, &r, stack_scratch);
  if (n > 0) return n;
  if (se_classify(c, r.s, r.n, r.code, r.scratch, res) != 0) {
    lua_settop(L, top);
    return push_fail(L, "no SMTP reply code, enhanced status code or known words in: %s",
                     lua_pushlstring(L, r.s, r.n > 80 ? 80 : r.n) ? lua_tostring(L, -1) : "");
  }
  return 0;
}

static int classify_with(lua_State *L, const se_classifier *c, int arg)
{
  char stack_scratch[SE_SCRATCH(STACK_SCRATCH)];
  se_result res;
  int n = run_classify(L, c, arg, &res, stack_scratch);
  if (n > 0) return n;
  push_result(L, &res);
  return 1;
}

static int smtperr_classify(lua_State *L)
{
  return classify_with(L, &se_builtin, 1);
}

/* }====================================================================== */

/*
** {======================================================================
** explain
** =======================================================================
*/

#define EXPLAIN_STACK 2048

typedef void (*explain_fn)(se_out *o, const void *what, int lang, const void *extra);

static void explain_entry(se_out *o, const void *what, int lang, const void *extra)
{
  (void)extra;
  se_explain_entry(o, (const se_entry *)what, lang);
}

static void explain_result(se_out *o, const void *what, int lang, const void *extra)
{
  se_explain_result(o, (const se_result *)what, lang, (const char *const *)extra);
}

/* Writes the paragraph into a stack buffer, or a userdata when longer. */
static int push_explanation(lua_State *L, explain_fn f, const void *what, int lang,
                            const void *extra)
{
  char buf[EXPLAIN_STACK];
  se_out o;
  o.buf = buf;
  o.cap = sizeof buf;
  o.len = 0;
  o.overflow = 0;
  f(&o, what, lang, extra);
  if (o.overflow) {
    o.cap = o.len;
    o.buf = (char *)lua_newuserdata(L, o.cap);
    o.len = 0;
    o.overflow = 0;
    f(&o, what, lang, extra);
  }
  lua_pushlstring(L, o.buf, o.len);
  return 1;
}

/* explain(code_or_reply [, lang]): a code of the table is explained from
** the table; anything else is classified first. */
static int explain_with(lua_State *L, const se_classifier *c, int arg, int def_lang,
                        const char *const *texts)
{
  char stack_scratch[SE_SCRATCH(STACK_SCRATCH)];
  se_result res;
  int lang = check_lang(L, arg + 1, def_lang), n, t = lua_type(L, arg);
  if (t == LUA_TNUMBER || t == LUA_TSTRING) {
    const char *why;
    size_t len;
    const char *s = lua_tolstring(L, arg, &len);
    const se_entry *e = NULL;
    if (t == LUA_TNUMBER) {
      int code = number_code(L, arg);
      if (code == 0) {
        lua_pushnil(L);
        lua_insert(L, -2);
        return 2;
      }
      e = se_find_basic(code);
    } else {
      while (len > 0 && (*s == ' ' || *s == '\t')) s++, len--;
      while (len > 0 && (s[len - 1] == ' ' || s[len - 1] == '\t')) len--;
      e = se_find_code(s, len, &why);
    }
    if (e != NULL) return push_explanation(L, explain_entry, e, lang, NULL);
  }
  lua_settop(L, arg);           /* the language argument is read */
  n = run_classify(L, c, arg, &res, stack_scratch);
  if (n > 0) return n;
  return push_explanation(L, explain_result, &res, lang, texts);
}

static int smtperr_explain(lua_State *L)
{
  return explain_with(L, &se_builtin, 1, SE_EN, NULL);
}

/* }====================================================================== */

/*
** {======================================================================
** Module
** =======================================================================
*/

/* smtperr.reasons / actions / classes: name -> { en = ..., fr = ... }. */
static void push_vocabulary(lua_State *L)
{
  int i;
  lua_createtable(L, 0, SE_NREASONS);
  for (i = 0; i < SE_NREASONS; i++) {
    lua_createtable(L, 0, 2);
    set_string(L, "en", se_reasons[i].text[SE_EN]);
    set_string(L, "fr", se_reasons[i].text[SE_FR]);
    lua_setfield(L, -2, se_reasons[i].name);
  }
  lua_setfield(L, -2, "reasons");
  lua_createtable(L, 0, SE_NACTIONS);
  for (i = 0; i < SE_NACTIONS; i++) {
    lua_createtable(L, 0, 2);
    set_string(L, "en", se_actions[i].text[SE_EN]);
    set_string(L, "fr", se_actions[i].text[SE_FR]);
    lua_setfield(L, -2, se_actions[i].name);
  }
  lua_setfield(L, -2, "actions");
}

static const luaL_Reg smtperr_funcs[] = {
  {"lookup", smtperr_lookup},
  {"classify", smtperr_classify},
  {"explain", smtperr_explain},
  {NULL, NULL}
};

#if defined(__GNUC__)
__attribute__((visibility("default")))
#endif
int luaopen_smtperr(lua_State *L);

int luaopen_smtperr(lua_State *L)
{
  lua_newtable(L);
  lua_newtable(L);                  /* upvalue: this state's cache of lookup tables */
  se_setfuncs(L, smtperr_funcs, 1);
  push_vocabulary(L);
  lua_pushliteral(L, SMTPERR_VERSION);
  lua_setfield(L, -2, "_VERSION");
  return 1;
}

/* }====================================================================== */
