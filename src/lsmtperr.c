/*
** lsmtperr.c
** The Lua binding (lsmtperr.h): the module, lookup, classify, explain, new
** and load_rules, and the conversions the binding's other units share.
*/
#include <errno.h>
#include <stdio.h>
#include <stdint.h>
#include <string.h>

#include "lsmtperr.h"

static const char *const lang_names[] = { "en", "fr", NULL };

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
  return (se_lang)luaL_checkoption(L, i, NULL, lang_names);
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

/* How much of s a message quotes: at most SE_QUOTE_MAX bytes, not ending
** inside a UTF-8 sequence. */
size_t se_quoted_length(const char *s, size_t n)
{
  size_t max = SE_QUOTE_MAX;
  if (n <= max) return n;
  while (max > 0 && ((unsigned char)s[max] & 0xC0) == 0x80) max--;
  return max;
}

void se_set_string(lua_State *L, const char *field, const char *value)
{
  if (value == NULL) return;
  lua_pushstring(L, value);
  lua_setfield(L, -2, field);
}

void se_set_span(lua_State *L, const char *field, se_span sp)
{
  if (sp.s == NULL) return;
  lua_pushlstring(L, sp.s, sp.n);
  lua_setfield(L, -2, field);
}

/* The length of the valid UTF-8 sequence at s[i] (RFC 3629: no overlong
** form, no surrogate, nothing past U+10FFFF), or 0. */
static size_t utf8_at(const unsigned char *s, size_t n, size_t i)
{
  unsigned char c = s[i], lo = 0x80, hi = 0xBF;
  size_t len, k;
  if (c < 0x80) return 1;
  if (c >= 0xC2 && c <= 0xDF) len = 2;
  else if (c >= 0xE0 && c <= 0xEF) {
    len = 3;
    if (c == 0xE0) lo = 0xA0;         /* overlong */
    if (c == 0xED) hi = 0x9F;         /* surrogates */
  } else if (c >= 0xF0 && c <= 0xF4) {
    len = 4;
    if (c == 0xF0) lo = 0x90;         /* overlong */
    if (c == 0xF4) hi = 0x8F;         /* past U+10FFFF */
  } else return 0;
  if (n - i < len || s[i + 1] < lo || s[i + 1] > hi) return 0;
  for (k = 2; k < len; k++)
    if ((s[i + k] & 0xC0) != 0x80) return 0;
  return len;
}

/* Writes s[0..n) to out with U+FFFD for each byte that starts no valid
** sequence; returns the length written (out NULL: only counts). */
static size_t utf8_repaired(const char *s, size_t n, char *out)
{
  const unsigned char *u = (const unsigned char *)s;
  size_t i = 0, len = 0;
  while (i < n) {
    size_t k = utf8_at(u, n, i);
    if (k > 0) {
      if (out != NULL) memcpy(out + len, s + i, k);
      len += k;
      i += k;
    } else {
      if (out != NULL) memcpy(out + len, "\xEF\xBF\xBD", 3);   /* U+FFFD REPLACEMENT CHARACTER */
      len += 3;
      i++;
    }
  }
  return len;
}

/* No luaL_Buffer here: Lua 5.4.4's buffer box loses its __close when
** memory runs out while its metatable is made, and every growing buffer of
** that state fails after (check-oom found it). */
void se_push_text(lua_State *L, const char *s, size_t n)
{
  const unsigned char *u = (const unsigned char *)s;
  char stack[512], *buf;
  size_t i = 0, k, len;
  while (i < n) {
    uint64_t eight;
    if (i + 8 <= n) {                   /* ASCII, the most of any reply, eight bytes at a time */
      memcpy(&eight, u + i, 8);
      if ((eight & UINT64_C(0x8080808080808080)) == 0) {
        i += 8;
        continue;
      }
    }
    if (u[i] < 0x80) i++;
    else if ((k = utf8_at(u, n, i)) > 0) i += k;
    else break;
  }
  if (i == n) {
    lua_pushlstring(L, s, n);
    return;
  }
  len = utf8_repaired(s, n, NULL);
  buf = len <= sizeof stack ? stack : (char *)lua_newuserdata(L, len);
  utf8_repaired(s, n, buf);
  lua_pushlstring(L, buf, len);
  if (buf != stack) lua_remove(L, -2);
}

void se_set_text(lua_State *L, const char *field, se_span sp)
{
  if (sp.s == NULL) return;
  se_push_text(L, sp.s, sp.n);
  lua_setfield(L, -2, field);
}

void se_set_integer(lua_State *L, const char *field, lua_Integer v)
{
  lua_pushinteger(L, v);
  lua_setfield(L, -2, field);
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
  se_set_string(L, "lang", lang_names[lang]);
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

static int lookup_at(lua_State *L, int arg, se_lang def_lang)
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
  return lookup_at(L, 1, SE_EN);
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

static void push_evidence(lua_State *L, const se_result *r)
{
  char buf[SE_EVIDENCE_MAX];
  se_out o;
  se_out_init(&o, buf, sizeof buf);
  se_put_evidence(&o, r, SE_EN);
  se_push_text(L, buf, se_out_length(&o));
}

static void push_enhanced(lua_State *L, const se_result *r)
{
  char buf[16];
  se_out o;
  se_out_init(&o, buf, sizeof buf);
  se_put_enhanced(&o, r);
  lua_pushlstring(L, buf, se_out_length(&o));
}

/* names[i] = name, when there is one (the table on the top). */
static void set_nameat(lua_State *L, int i, const char *name)
{
  if (name == NULL) return;
  lua_pushstring(L, name);
  lua_rawseti(L, -2, i);
}

const char *const se_result_fields[SE_NRESULTFIELDS + 1] = {
  "code", "enhanced", "text", "class", "retry", "reason", "bounce", "action", "provider",
  "evidence", "command", "address", "host", "help", "retry_after", "lines", NULL
};

void se_set_result(lua_State *L, const se_result *r)
{
  se_set_result_as(L, r, SE_RF_ALL, 0);
}

#define WANTS(fields, f) (((fields) >> (f)) & 1u)

/* A field is set between these two: its key (an upvalue), then its value
** pushed, then the pair set in the table. */
static void begin_field(lua_State *L, int keys, se_result_field f)
{
  if (keys > 0) lua_pushvalue(L, lua_upvalueindex(keys + (int)f));
}

static void end_field(lua_State *L, int keys, se_result_field f)
{
  if (keys > 0) lua_rawset(L, -3);
  else lua_setfield(L, -2, se_result_fields[f]);
}

static void result_string(lua_State *L, int keys, se_result_field f, const char *value)
{
  begin_field(L, keys, f);
  lua_pushstring(L, value);
  end_field(L, keys, f);
}

static void result_span(lua_State *L, int keys, se_result_field f, se_span v)
{
  if (v.s == NULL) return;
  begin_field(L, keys, f);
  se_push_text(L, v.s, v.n);
  end_field(L, keys, f);
}

/* Where each set of names starts in se_push_result_names's table. */
enum {
  NAME_CLASS = 1,
  NAME_REASON = NAME_CLASS + SE_NCLASSES,
  NAME_ACTION = NAME_REASON + SE_NREASONS,
  NAME_COMMAND = NAME_ACTION + SE_NACTIONS,
  NAME_BOUNCE = NAME_COMMAND + SE_NCOMMANDS,        /* "hard", "soft" */
  NAME_COUNT = NAME_BOUNCE + 2
};

void se_push_result_names(lua_State *L)
{
  int i;
  lua_createtable(L, NAME_COUNT - 1, 0);
  for (i = 0; i < SE_NCLASSES; i++) set_nameat(L, NAME_CLASS + i, se_classes[i].name);
  for (i = 0; i < SE_NREASONS; i++) set_nameat(L, NAME_REASON + i, se_reasons[i].name);
  for (i = 0; i < SE_NACTIONS; i++) set_nameat(L, NAME_ACTION + i, se_actions[i].name);
  for (i = 0; i < SE_NCOMMANDS; i++) set_nameat(L, NAME_COMMAND + i, se_commands[i]);
  set_nameat(L, NAME_BOUNCE, "hard");
  set_nameat(L, NAME_BOUNCE + 1, "soft");
}

/* Field f set to the name at 'index' of the names table, or to 'name'
** when the caller has no upvalues. */
static void result_name(lua_State *L, int keys, se_result_field f, int index, const char *name)
{
  if (keys == 0) {
    result_string(L, keys, f, name);
    return;
  }
  begin_field(L, keys, f);
  lua_rawgeti(L, lua_upvalueindex(keys + SE_NRESULTFIELDS), index);
  end_field(L, keys, f);
}

static void result_integer(lua_State *L, int keys, se_result_field f, lua_Integer v)
{
  begin_field(L, keys, f);
  lua_pushinteger(L, v);
  end_field(L, keys, f);
}

void se_set_result_as(lua_State *L, const se_result *r, unsigned fields, int keys)
{
  if (WANTS(fields, SE_RF_CODE) && r->code) result_integer(L, keys, SE_RF_CODE, r->code);
  if (WANTS(fields, SE_RF_ENHANCED) && r->enh_class) {
    begin_field(L, keys, SE_RF_ENHANCED);
    push_enhanced(L, r);
    end_field(L, keys, SE_RF_ENHANCED);
  }
  if (WANTS(fields, SE_RF_TEXT)) result_span(L, keys, SE_RF_TEXT, r->text);
  if (WANTS(fields, SE_RF_CLASS))
    result_name(L, keys, SE_RF_CLASS, NAME_CLASS + (int)r->klass, se_classes[r->klass].name);
  if (WANTS(fields, SE_RF_RETRY)) {
    begin_field(L, keys, SE_RF_RETRY);
    lua_pushboolean(L, r->retry);
    end_field(L, keys, SE_RF_RETRY);
  }
  if (WANTS(fields, SE_RF_REASON))
    result_name(L, keys, SE_RF_REASON, NAME_REASON + (int)r->reason, se_reasons[r->reason].name);
  if (WANTS(fields, SE_RF_BOUNCE) && r->bounce != SE_BOUNCE_NONE) {
    int hard = r->bounce == SE_BOUNCE_HARD;
    result_name(L, keys, SE_RF_BOUNCE, NAME_BOUNCE + !hard, hard ? "hard" : "soft");
  }
  if (WANTS(fields, SE_RF_ACTION))
    result_name(L, keys, SE_RF_ACTION, NAME_ACTION + (int)r->action, se_actions[r->action].name);
  if (WANTS(fields, SE_RF_PROVIDER) && r->provider >= 0)
    result_string(L, keys, SE_RF_PROVIDER, se_providers[r->provider].name);
  if (WANTS(fields, SE_RF_EVIDENCE) && r->ev_kind != SE_EV_NONE) {
    begin_field(L, keys, SE_RF_EVIDENCE);
    push_evidence(L, r);
    end_field(L, keys, SE_RF_EVIDENCE);
  }
  if (WANTS(fields, SE_RF_COMMAND) && r->command != SE_NOCOMMAND)
    result_name(L, keys, SE_RF_COMMAND, NAME_COMMAND + (int)r->command, se_commands[r->command]);
  if (WANTS(fields, SE_RF_ADDRESS)) result_span(L, keys, SE_RF_ADDRESS, r->address);
  if (WANTS(fields, SE_RF_HOST)) result_span(L, keys, SE_RF_HOST, r->host);
  if (WANTS(fields, SE_RF_HELP)) result_span(L, keys, SE_RF_HELP, r->help);
  if (WANTS(fields, SE_RF_RETRY_AFTER) && r->retry_after >= 0)
    result_integer(L, keys, SE_RF_RETRY_AFTER, (lua_Integer)r->retry_after);
  if (WANTS(fields, SE_RF_LINES)) result_integer(L, keys, SE_RF_LINES, (lua_Integer)r->lines);
}

/* classify and c:classify have the look-up cache as upvalue 1, then the
** result's keys and names (push_result_keys): a string pushed from an
** upvalue costs less than the look-up of a C string. */
#define RESULT_KEYS 2

static int push_result_keys(lua_State *L)
{
  int f;
  luaL_checkstack(L, SE_NRESULTFIELDS + 1, "smtperr: the result keys");
  for (f = 0; f < SE_NRESULTFIELDS; f++) lua_pushstring(L, se_result_fields[f]);
  se_push_result_names(L);
  return SE_NRESULTFIELDS + 1;
}

/* t.name = a closure of fn with the value at 'cache' and the result keys. */
static void set_classify(lua_State *L, int t, const char *name, lua_CFunction fn, int cache)
{
  lua_pushvalue(L, cache);
  lua_pushcclosure(L, fn, 1 + push_result_keys(L));
  lua_setfield(L, t, name);
}

static int classify_at(lua_State *L, const se_classifier *c, int arg)
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
  return classify_at(L, &se_builtin, 1);
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

static int explain_at(lua_State *L, const se_classifier *c, int arg, se_lang def_lang,
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
  return explain_at(L, &se_builtin, 1, SE_EN, NULL);
}

/* }====================================================================== */

/*
** {======================================================================
** Rules
** =======================================================================
*/

static const char *const rule_fields[] = { "match", "reason", "action", "class", "code",
                                           "enhanced", NULL };

/* The optional name field 'name' of the table at t: absent, the string,
** or (another type) an empty name the core refuses. */
static se_span name_field(lua_State *L, int t, const char *name)
{
  se_span v = { NULL, 0 };
  lua_getfield(L, t, name);
  if (lua_type(L, -1) == LUA_TSTRING) v.s = lua_tolstring(L, -1, &v.n);
  else if (!lua_isnil(L, -1)) v.s = "";
  lua_pop(L, 1);                    /* the table keeps the string alive */
  return v;
}

/* The rule table at index t as a spec; its strings stay the table's.
** Returns 1, or 0 with a message pushed. */
static int rule_spec(lua_State *L, int t, se_rule_spec *r)
{
  lua_Integer v;
  t = se_absindex(L, t);
  if (lua_type(L, t) != LUA_TTABLE) {
    lua_pushfstring(L, "a rule must be a table, got %s", luaL_typename(L, t));
    return 0;
  }
  lua_pushnil(L);
  while (lua_next(L, t) != 0) {
    int k, known = 0;
    lua_pop(L, 1);
    for (k = 0; rule_fields[k] != NULL && !known; k++)
      known = lua_type(L, -1) == LUA_TSTRING && strcmp(lua_tostring(L, -1), rule_fields[k]) == 0;
    if (!known) {
      lua_pushfstring(L, "unknown field '%s'", lua_type(L, -1) == LUA_TSTRING
                      ? lua_tostring(L, -1) : luaL_typename(L, -1));
      return 0;
    }
  }
  lua_getfield(L, t, "match");
  if (lua_type(L, -1) != LUA_TSTRING) {
    lua_pushfstring(L, "'match' must be a string, got %s", luaL_typename(L, -1));
    return 0;
  }
  lua_pop(L, 1);
  r->match = name_field(L, t, "match");
  r->reason = name_field(L, t, "reason");
  r->action = name_field(L, t, "action");
  r->klass = name_field(L, t, "class");
  r->enhanced = name_field(L, t, "enhanced");
  lua_getfield(L, t, "code");
  if (lua_isnil(L, -1)) r->code = 0;
  else if (lua_type(L, -1) == LUA_TNUMBER && se_tointeger(L, -1, &v) && v >= 1 && v <= 999)
    r->code = (long)v;
  else r->code = -1;
  lua_pop(L, 1);
  return 1;
}

/* Checks a spec with the core; returns 1, or 0 with its message pushed. */
static int check_spec(lua_State *L, const se_rule_spec *r)
{
  char buf[SE_QUOTE_MAX + 64];
  se_out err;
  se_out_init(&err, buf, sizeof buf);
  if (se_check_rule(r, NULL, &err) == 0) return 1;
  lua_pushlstring(L, buf, se_out_length(&err));
  return 0;
}

static void set_name(lua_State *L, const char *field, se_span v)
{
  if (v.s != NULL) se_set_span(L, field, v);
}

/* The rule of a spec as a table. */
static void push_rule(lua_State *L, const se_rule_spec *r)
{
  lua_createtable(L, 0, 6);
  set_name(L, "match", r->match);
  set_name(L, "reason", r->reason);
  set_name(L, "action", r->action);
  set_name(L, "class", r->klass);
  if (r->code != 0) se_set_integer(L, "code", r->code);
  set_name(L, "enhanced", r->enhanced);
}

#define SE_FILE "smtperr.file"

/* A file being read, held by a userdata whose __gc closes it: the reading
** can raise (out of memory) while it is open. */
typedef struct file_box {
  FILE *f;
} file_box;

static int file_gc(lua_State *L)
{
  file_box *box = (file_box *)luaL_checkudata(L, 1, SE_FILE);
  if (box->f != NULL) fclose(box->f);
  box->f = NULL;
  return 0;
}

/* Reads the rest of a stream whose size cannot be told (a pipe) into
** userdata that doubles as it fills; pushes the text. */
static void push_stream(lua_State *L, FILE *f)
{
  size_t cap = 4096, n = 0, got;
  char *buf = (char *)lua_newuserdata(L, cap);
  while ((got = fread(buf + n, 1, cap - n, f)) > 0) {
    n += got;
    if (n == cap) {
      char *bigger = (char *)lua_newuserdata(L, cap * 2);
      memcpy(bigger, buf, n);
      lua_remove(L, -2);            /* the smaller buffer */
      buf = bigger;
      cap *= 2;
    }
  }
  lua_pushlstring(L, buf, n);
  lua_remove(L, -2);                /* the buffer */
}

/* Pushes the whole file, or fail and a message. Read into a userdata of
** the file's size (no luaL_Buffer: see se_push_text). */
static int read_file(lua_State *L, const char *path)
{
  long size;
  file_box *box = (file_box *)lua_newuserdata(L, sizeof(file_box));
  box->f = NULL;
  luaL_getmetatable(L, SE_FILE);
  lua_setmetatable(L, -2);
  if ((box->f = fopen(path, "rb")) == NULL) {
    lua_pushfstring(L, "cannot open %s: %s", path, strerror(errno));
    return se_fail_with_top(L);
  }
  if (fseek(box->f, 0, SEEK_END) == 0 && (size = ftell(box->f)) >= 0 && fseek(box->f, 0, SEEK_SET) == 0) {
    char *buf = (char *)lua_newuserdata(L, (size_t)size + 1);
    size_t n = fread(buf, 1, (size_t)size, box->f);
    lua_pushlstring(L, buf, n);
    lua_remove(L, -2);              /* the buffer */
  } else {
    clearerr(box->f);
    push_stream(L, box->f);
  }
  fclose(box->f);
  box->f = NULL;
  lua_remove(L, -2);                /* the box */
  return 1;
}

/* The rules of a file in the line format: pushes the list, or fail and
** "path:line: message". */
static int read_rules_lines(lua_State *L, const char *path)
{
  size_t len, i, next;
  const char *s;
  int lineno = 0, n = 0;
  if (read_file(L, path) == 2) return 2;
  s = lua_tolstring(L, -1, &len);
  lua_newtable(L);
  for (i = 0; i < len; i = next) {
    const char *nl = memchr(s + i, '\n', len - i), *err = NULL;
    size_t end = nl ? (size_t)(nl - s) : len;
    se_rule_spec r;
    int got = se_parse_rule_line(s + i, end - i, &r, &err);
    next = nl ? end + 1 : len;
    lineno++;
    if (got == 0) continue;
    if (got < 0) lua_pushstring(L, err);
    if (got < 0 || !check_spec(L, &r)) {
      lua_pushfstring(L, "%s:%d: %s", path, lineno, lua_tostring(L, -1));
      return se_fail_with_top(L);
    }
    push_rule(L, &r);
    lua_rawseti(L, -2, ++n);
  }
  return 1;
}

/* The rules of a file written in Lua ("return { { match = ..., reason = ...
** } }"), run as text with no access to globals: pushes the list, or fail and
** a message. */
static int read_rules_lua(lua_State *L, const char *path)
{
  size_t len;
  const char *s;
  int i, n;
  int status;
  if (read_file(L, path) == 2) return 2;
  s = lua_tolstring(L, -1, &len);
  lua_pushfstring(L, "@%s", path);
  if ((status = se_loadtext(L, s, len, lua_tostring(L, -1))) != 0) {
    if (status == LUA_ERRMEM) lua_error(L);     /* memory, not the file, failed */
    return se_fail_with_top(L);
  }
  lua_newtable(L);                  /* an empty environment */
#if !defined(LUA_VERSION_NUM) || LUA_VERSION_NUM < 502
  lua_setfenv(L, -2);
#else
  lua_setupvalue(L, -2, 1);
#endif
  if ((status = lua_pcall(L, 0, 1, 0)) != 0) {
    if (status == LUA_ERRMEM) lua_error(L);
    return se_fail_with_top(L);
  }
  if (lua_type(L, -1) != LUA_TTABLE) {
    lua_pushfstring(L, "%s: a rules file written in Lua must return a table", path);
    return se_fail_with_top(L);
  }
  n = (int)se_rawlen(L, -1);
  for (i = 1; i <= n; i++) {
    se_rule_spec r;
    lua_rawgeti(L, -1, i);
    if (!rule_spec(L, -1, &r) || !check_spec(L, &r)) {
      lua_pushfstring(L, "%s: rule %d: %s", path, i, lua_tostring(L, -1));
      return se_fail_with_top(L);
    }
    lua_pop(L, 1);
  }
  return 1;
}

static int load_rules(lua_State *L, const char *path)
{
  size_t n = strlen(path);
  if (n > 4 && strcmp(path + n - 4, ".lua") == 0) return read_rules_lua(L, path);
  return read_rules_lines(L, path);
}

/*
** smtperr.load_rules(path) -> rules | fail, message
** Reads a rules file: the line format, or Lua source when 'path' ends in
** ".lua".
*/
static int smtperr_load_rules(lua_State *L)
{
  return load_rules(L, luaL_checkstring(L, 1));
}

/* }====================================================================== */

/*
** {======================================================================
** Classifier objects
** =======================================================================
*/

/* A classifier made by smtperr.new: its compiled rules (from the state's
** allocator, freed by __gc), default language and texts. The texts'
** copies follow the structure in the same userdata. */
typedef struct lclassifier {
  se_ruleset *rules;                /* NULL: none */
  se_lang lang;
  const char *texts[SE_NLANGS][SE_NREASONS];
} lclassifier;

static lclassifier *check_classifier(lua_State *L)
{
  return (lclassifier *)luaL_checkudata(L, 1, SE_CLASSIFIER);
}

static const se_classifier *classifier_of(const lclassifier *o)
{
  return o->rules != NULL ? &o->rules->classifier : &se_builtin;
}

const se_classifier *se_check_classifier(lua_State *L)
{
  return classifier_of(check_classifier(L));
}

const se_classifier *se_to_classifier(lua_State *L, int i)
{
  const lclassifier *o = (const lclassifier *)lua_touserdata(L, i);
  int same;
  if (o == NULL || !lua_getmetatable(L, i)) return NULL;
  luaL_getmetatable(L, SE_CLASSIFIER);
  same = lua_rawequal(L, -1, -2);
  lua_pop(L, 2);
  return same ? classifier_of(o) : NULL;
}

static int classifier_gc(lua_State *L)
{
  lclassifier *o = check_classifier(L);
  void *ud;
  lua_Alloc alloc = lua_getallocf(L, &ud);
  se_free_rules(o->rules, alloc, ud);
  o->rules = NULL;
  return 0;
}

static int classifier_tostring(lua_State *L)
{
  lclassifier *o = check_classifier(L);
  lua_pushfstring(L, "smtperr.classifier (%d rules)",
                  o->rules != NULL ? (int)o->rules->classifier.user.nphrases : 0);
  return 1;
}

/* c:classify(reply) / c:classify(code [, text]) -> result | fail, message */
static int classifier_classify(lua_State *L)
{
  return classify_at(L, classifier_of(check_classifier(L)), 2);
}

/* c:explain(reply_or_code [, lang]) -> paragraph | fail, message */
static int classifier_explain(lua_State *L)
{
  lclassifier *o = check_classifier(L);
  return explain_at(L, classifier_of(o), 2, o->lang, (const char *const (*)[SE_NREASONS])o->texts);
}

/* c:lookup(code [, lang]) -> entry | fail, message */
static int classifier_lookup(lua_State *L)
{
  return lookup_at(L, 2, check_classifier(L)->lang);
}

/* options.lang, at index i: nil for English, else "en" or "fr". */
static se_lang option_lang(lua_State *L, int i)
{
  int lang;
  if (lua_isnil(L, i)) return SE_EN;
  if (lua_type(L, i) != LUA_TSTRING)
    se_field_error(L, 1, "lang", lua_pushfstring(L, "\"en\" or \"fr\" expected, got %s",
                                              luaL_typename(L, i)));
  for (lang = 0; lang_names[lang] != NULL; lang++)
    if (strcmp(lua_tostring(L, i), lang_names[lang]) == 0) return (se_lang)lang;
  return (se_lang)se_field_error(L, 1, "lang", lua_pushfstring(L, "invalid option '%s'",
                                                            lua_tostring(L, i)));
}

/* Checks options.texts (at index t): { reason = { en = "...", fr = "..." } }.
** Returns the bytes its strings need. */
static size_t check_texts(lua_State *L, int t)
{
  size_t bytes = 0;
  int lang;
  if (lua_isnil(L, t)) return 0;
  if (lua_type(L, t) != LUA_TTABLE) se_field_error(L, 1, "texts", "a table expected");
  lua_pushnil(L);
  while (lua_next(L, t) != 0) {
    const char *name = lua_type(L, -2) == LUA_TSTRING ? lua_tostring(L, -2) : NULL;
    if (name == NULL || se_reason_by_name(name, strlen(name)) < 0)
      se_field_error(L, 1, "texts", lua_pushfstring(L, "unknown reason '%s'",
                  name ? name : luaL_typename(L, -2)));
    if (lua_type(L, -1) != LUA_TTABLE)
      se_field_error(L, 1, lua_pushfstring(L, "texts.%s", name), "a table { en = ..., fr = ... } expected");
    for (lang = 0; lang < SE_NLANGS; lang++) {
      lua_getfield(L, -1, lang_names[lang]);
      if (lua_type(L, -1) == LUA_TSTRING) {
        bytes += se_rawlen(L, -1) + 1;
      } else if (!lua_isnil(L, -1)) {
        const char *got = lua_pushfstring(L, "string expected, got %s", luaL_typename(L, -1));
        se_field_error(L, 1, lua_pushfstring(L, "texts.%s.%s", name, lang_names[lang]), got);
      }
      lua_pop(L, 1);
    }
    lua_pop(L, 1);
  }
  return bytes;
}

/* Copies the texts of options.texts (at index t) after the object. */
static void copy_texts(lua_State *L, int t, lclassifier *o)
{
  char *at = (char *)(o + 1);
  if (lua_isnil(L, t)) return;
  lua_pushnil(L);
  while (lua_next(L, t) != 0) {
    const char *name = lua_tostring(L, -2);
    int reason = se_reason_by_name(name, strlen(name)), lang;
    for (lang = 0; lang < SE_NLANGS; lang++) {
      lua_getfield(L, -1, lang_names[lang]);
      if (lua_type(L, -1) == LUA_TSTRING) {
        size_t n;
        const char *s = lua_tolstring(L, -1, &n);
        memcpy(at, s, n + 1);
        o->texts[lang][reason] = at;
        at += n + 1;
      }
      lua_pop(L, 1);
    }
    lua_pop(L, 1);
  }
}

/* Appends the rules of the list at 'from' to the list at 'to'; returns the
** new count. */
static int append_rules(lua_State *L, int from, int to, int count)
{
  int i, n = (int)se_rawlen(L, from);
  for (i = 1; i <= n; i++) {
    lua_rawgeti(L, from, i);
    lua_rawseti(L, to, ++count);
  }
  return count;
}

/* Compiles the n rules of the list at 'list' into o; raises on a fault. */
static void compile_rules(lua_State *L, int list, int n, int inline_rules, lclassifier *o)
{
  char buf[SE_QUOTE_MAX + 64];
  se_rule_spec *specs = (se_rule_spec *)lua_newuserdata(L, (size_t)n * sizeof(se_rule_spec));
  void *ud;
  lua_Alloc alloc = lua_getallocf(L, &ud);
  se_out err;
  size_t bad;
  int i;
  for (i = 0; i < n; i++) {
    lua_rawgeti(L, list, i + 1);
    if (!rule_spec(L, -1, &specs[i]))
      se_field_error(L, 1, "rules", lua_pushfstring(L, "rule %d: %s", i + 1, lua_tostring(L, -1)));
    lua_pop(L, 1);                  /* the list keeps the rule alive */
  }
  se_out_init(&err, buf, sizeof buf);
  o->rules = se_compile_rules(specs, (size_t)n, alloc, ud, &err, &bad);
  if (o->rules == NULL) {
    if (bad == SE_RULES_NOMEM) se_memory_error(L);
    lua_pushlstring(L, buf, se_out_length(&err));
    if (bad == (size_t)n) luaL_error(L, "smtperr.new: %s", lua_tostring(L, -1));
    se_field_error(L, 1, (int)bad < inline_rules ? "rules" : "rules_file",
                lua_pushfstring(L, "rule %d: %s", (int)bad + 1, lua_tostring(L, -1)));
  }
  lua_pop(L, 1);
}

/*
** smtperr.new([options]) -> classifier
** options.rules: a list of { match, reason [, action, class, code, enhanced] };
** options.rules_file: a rules file, whose rules follow options.rules;
** options.lang: "en" or "fr", the default language of explain and lookup;
** options.texts: { reason = { en = ..., fr = ... } }, explanation texts.
*/
static int smtperr_new(lua_State *L)
{
  int nrules = 0, ninline;
  size_t bytes;
  se_lang lang;
  lclassifier *o;
  if (lua_isnoneornil(L, 1)) {
    lua_settop(L, 0);
    lua_newtable(L);
  }
  luaL_checktype(L, 1, LUA_TTABLE);
  lua_settop(L, 1);
  lua_getfield(L, 1, "lang");                     /* 2 */
  lang = option_lang(L, 2);
  lua_getfield(L, 1, "texts");                    /* 3 */
  bytes = check_texts(L, 3);
  lua_newtable(L);                                /* 4: every rule */
  lua_getfield(L, 1, "rules");                    /* 5 */
  if (!lua_isnil(L, 5) && lua_type(L, 5) != LUA_TTABLE)
    se_field_error(L, 1, "rules", lua_pushfstring(L, "a list of rules expected, got %s",
                                               luaL_typename(L, 5)));
  if (!lua_isnil(L, 5)) nrules = append_rules(L, 5, 4, nrules);
  ninline = nrules;
  lua_getfield(L, 1, "rules_file");               /* 6 */
  if (!lua_isnil(L, 6)) {
    if (lua_type(L, 6) != LUA_TSTRING) se_field_error(L, 1, "rules_file", "a path expected");
    if (load_rules(L, lua_tostring(L, 6)) == 2) se_field_error(L, 1, "rules_file", lua_tostring(L, -1));
    nrules = append_rules(L, lua_gettop(L), 4, nrules);
    lua_pop(L, 1);
  }
  o = (lclassifier *)lua_newuserdata(L, sizeof(lclassifier) + bytes);
  memset(o, 0, sizeof *o);
  luaL_getmetatable(L, SE_CLASSIFIER);
  lua_setmetatable(L, -2);
  o->lang = lang;
  copy_texts(L, 3, o);
  if (nrules > 0) compile_rules(L, 4, nrules, ninline, o);
  return 1;
}

static const luaL_Reg classifier_methods[] = {
  {"explain", classifier_explain},
  {"lookup", classifier_lookup},
  {NULL, NULL}
};

static const luaL_Reg classifier_meta[] = {
  {"__gc", classifier_gc},
  {"__tostring", classifier_tostring},
  {NULL, NULL}
};

static const luaL_Reg file_meta[] = {
  {"__gc", file_gc},
  {NULL, NULL}
};

/* The classifiers' metatable, in the registry; pushes its methods table.
** Methods share the module's look-up cache (on the stack top). */
static void make_metatable(lua_State *L)
{
  luaL_newmetatable(L, SE_FILE);    /* set whole, even when an earlier require failed */
  se_setfuncs(L, file_meta, 0);
  lua_pop(L, 1);
  luaL_newmetatable(L, SE_CLASSIFIER);
  se_setfuncs(L, classifier_meta, 0);
  lua_newtable(L);
  lua_pushvalue(L, -3);
  se_setfuncs(L, classifier_methods, 1);
  set_classify(L, lua_gettop(L), "classify", classifier_classify, lua_gettop(L) - 2);
  lua_pushvalue(L, -1);
  lua_setfield(L, -3, "__index");
  lua_remove(L, -2);
}

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
  {"new", smtperr_new},
  {"load_rules", smtperr_load_rules},
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
  make_metatable(L);                /* base + 3: the classifiers' methods */
  lua_pushvalue(L, base + 1);
  lua_pushvalue(L, base + 2);
  se_setfuncs(L, smtperr_funcs, 1);
  set_classify(L, base + 1, "classify", smtperr_classify, base + 2);
  se_open_bounces(L, base + 1, base + 3);
  lua_settop(L, base + 1);
  push_vocabulary(L);
  se_open_logs(L);
  lua_pushliteral(L, SMTPERR_VERSION);
  lua_setfield(L, -2, "_VERSION");
  return 1;
}

/* }====================================================================== */
