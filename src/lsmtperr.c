/*
** lsmtperr.c
** The Lua binding: smtperr.lookup, classify, explain and new, over the C
** core (smtperr.h). Per-state data lives in upvalues, never in C statics.
*/
#include <errno.h>
#include <stdio.h>
#include <string.h>

#include "compat.h"
#include "smtperr.h"

#define SE_CLASSIFIER "smtperr.classifier"

static const char *const lang_names[] = { "en", "fr", NULL };

/*
** {======================================================================
** Arguments
** =======================================================================
*/

/* The language argument: nil for the default, else "en" or "fr" (checked
** here: LuaJIT's luaL_checkoption lets other types through). */
static int check_lang(lua_State *L, int arg, int def)
{
  if (lua_isnoneornil(L, arg)) return def;
  if (lua_type(L, arg) != LUA_TSTRING) return se_typeerror(L, arg, "\"en\" or \"fr\"");
  return luaL_checkoption(L, arg, NULL, lang_names);
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

static void english_evidence(se_out *o, const se_result *r)
{
  se_evidence(o, r, SE_EN);
}

/* Pushes what se_put_enhanced or se_evidence writes. */
static void push_written(lua_State *L, void (*write)(se_out *, const se_result *),
                         const se_result *r)
{
  char buf[320];                    /* the longest: a 255-byte phrase and its frame */
  se_out o;
  o.buf = buf;
  o.cap = sizeof buf;
  o.len = 0;
  o.overflow = 0;
  write(&o, r);
  lua_pushlstring(L, buf, o.len < o.cap ? o.len : o.cap);
}

static void push_result(lua_State *L, const se_result *r)
{
  lua_createtable(L, 0, 16);
  if (r->code) {
    lua_pushinteger(L, r->code);
    lua_setfield(L, -2, "code");
  }
  if (r->enh_class) {
    push_written(L, se_put_enhanced, r);
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
  if (r->ev_kind != SE_EV_NONE) {
    push_written(L, english_evidence, r);
    lua_setfield(L, -2, "evidence");
  }
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

/* How much of s an error message quotes: at most 'max' bytes, not ending
** inside a UTF-8 sequence. */
static size_t quoted_length(const char *s, size_t n, size_t max)
{
  if (n <= max) return n;
  while (max > 0 && ((unsigned char)s[max] & 0xC0) == 0x80) max--;
  return max;
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
    lua_pushlstring(L, r.s, quoted_length(r.s, r.n, 80));
    return push_fail(L, "no SMTP reply code, enhanced status code or known words in: %s",
                     lua_tostring(L, -1));
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
                        const char *(*texts)[SE_NREASONS])
{
  char stack_scratch[SE_SCRATCH(STACK_SCRATCH)];
  se_result res;
  int lang = check_lang(L, arg + 1, def_lang), n, t = lua_type(L, arg);
  if (t == LUA_TNUMBER || t == LUA_TSTRING) {
    const se_entry *e;
    if (t == LUA_TNUMBER) {
      int code = number_code(L, arg);
      if (code == 0) {
        lua_pushnil(L);
        lua_insert(L, -2);
        return 2;
      }
      e = se_find_basic(code);
    } else {
      const char *why;
      size_t len;
      const char *s = lua_tolstring(L, arg, &len);
      e = se_find_code(s, len, &why);
    }
    if (e != NULL) return push_explanation(L, explain_entry, e, lang, NULL);
  }
  lua_settop(L, arg);           /* the language argument is read */
  n = run_classify(L, c, arg, &res, stack_scratch);
  if (n > 0) return n;
  return push_explanation(L, explain_result, &res, lang, texts ? texts[lang] : NULL);
}

static int smtperr_explain(lua_State *L)
{
  return explain_with(L, &se_builtin, 1, SE_EN, NULL);
}

/* }====================================================================== */

/*
** {======================================================================
** Classifier objects and rules
** =======================================================================
*/

/* A classifier made by smtperr.new. Its rules and texts live in the same
** userdata; the automaton comes from the state's allocator and goes with
** __gc. */
typedef struct lclassifier {
  se_classifier c;
  se_automaton *ac;
  int lang;
  const char *texts[SE_NLANGS][SE_NREASONS];
} lclassifier;

/* A rule read from Lua, checked. */
typedef struct rule {
  const char *match;
  size_t len;
  int reason, action, klass, code;
  uint32_t enhanced;
} rule;

static const char *const rule_fields[] = { "match", "reason", "action", "class", "code",
                                           "enhanced", NULL };

/* Checks the rule table at index t. Returns 1, or 0 with a message pushed. */
static int check_rule(lua_State *L, int t, rule *r)
{
  char folded[8];
  const char *name;
  t = se_absindex(L, t);
  if (lua_type(L, t) != LUA_TTABLE) {
    lua_pushfstring(L, "a rule must be a table, got %s", luaL_typename(L, t));
    return 0;
  }
  lua_pushnil(L);
  while (lua_next(L, t) != 0) {
    int k, known = 0;
    lua_pop(L, 1);
    for (k = 0; rule_fields[k] != NULL; k++)
      if (lua_type(L, -1) == LUA_TSTRING && strcmp(lua_tostring(L, -1), rule_fields[k]) == 0)
        known = 1;
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
  r->match = lua_tolstring(L, -1, &r->len);
  lua_pop(L, 1);                    /* the table keeps the string alive */
  if (memchr(r->match, '\0', r->len) != NULL) {
    lua_pushliteral(L, "'match' holds a NUL byte");
    return 0;
  }
  if (se_fold_phrase(r->match, r->len, folded, sizeof folded) == 0) {
    lua_pushliteral(L, "empty phrase in 'match'");
    return 0;
  }
  if (se_fold_phrase(r->match, r->len, folded, 0) > 255) {
    lua_pushliteral(L, "'match' is longer than 255 bytes");
    return 0;
  }
  lua_getfield(L, t, "reason");
  name = lua_type(L, -1) == LUA_TSTRING ? lua_tostring(L, -1) : NULL;
  r->reason = name ? se_reason_by_name(name) : -1;
  lua_pop(L, 1);
  if (r->reason < 0) {
    if (name) lua_pushfstring(L, "unknown reason '%s'", name);
    else lua_pushliteral(L, "'reason' must be one of smtperr.reasons");
    return 0;
  }
  lua_getfield(L, t, "action");
  name = lua_isnil(L, -1) ? NULL : lua_tostring(L, -1);
  r->action = lua_isnil(L, -1) ? SE_NACTIONS : (name && lua_type(L, -1) == LUA_TSTRING
                                                 ? se_action_by_name(name) : -1);
  lua_pop(L, 1);
  if (r->action < 0) {
    lua_pushliteral(L, "'action' must be one of smtperr.actions");
    return 0;
  }
  lua_getfield(L, t, "class");
  name = lua_type(L, -1) == LUA_TSTRING ? lua_tostring(L, -1) : NULL;
  r->klass = lua_isnil(L, -1) ? 0 : (name ? se_class_by_name(name) : -1);
  lua_pop(L, 1);
  if (r->klass < 0) {
    lua_pushliteral(L, "'class' must be success, intermediate, transient or permanent");
    return 0;
  }
  lua_getfield(L, t, "code");
  r->code = 0;
  if (!lua_isnil(L, -1)) {
    lua_Integer v;
    if (lua_type(L, -1) != LUA_TNUMBER || !se_tointeger(L, -1, &v) || !se_valid_code((long)v)) {
      lua_pushliteral(L, "'code' must be a reply code such as 550");
      return 0;
    }
    r->code = (int)v;
  }
  lua_pop(L, 1);
  lua_getfield(L, t, "enhanced");
  r->enhanced = 0;
  if (!lua_isnil(L, -1)) {
    size_t n;
    const char *e = lua_type(L, -1) == LUA_TSTRING ? lua_tolstring(L, -1, &n) : NULL;
    r->enhanced = e ? se_enhanced_key(e, n) : 0;
    if (r->enhanced == 0) {
      lua_pushliteral(L, "'enhanced' must be an enhanced status code such as \"5.7.1\"");
      return 0;
    }
  }
  lua_pop(L, 1);
  return 1;
}

/* Pushes the whole file, or nil and a message. The file is closed before
** anything can raise an error. */
static int read_file(lua_State *L, const char *path)
{
  luaL_Buffer b;
  char chunk[4096];
  size_t n;
  FILE *f = fopen(path, "rb");
  if (f == NULL) {
    lua_pushnil(L);
    lua_pushfstring(L, "cannot open %s: %s", path, strerror(errno));
    return 2;
  }
  luaL_buffinit(L, &b);
  while ((n = fread(chunk, 1, sizeof chunk, f)) > 0) luaL_addlstring(&b, chunk, n);
  fclose(f);
  luaL_pushresult(&b);
  return 1;
}

/* The rule of one line as a table, or NULL with *err set. */
static int push_rule_line(lua_State *L, const se_rule_line *rl, const char **err)
{
  static const char *const keys[] = { "action", "class", "code", "enhanced", NULL };
  int k, which;
  lua_createtable(L, 0, 6);
  lua_pushlstring(L, rl->match.s, rl->match.n);
  lua_setfield(L, -2, "match");
  lua_pushlstring(L, rl->reason.s, rl->reason.n);
  lua_setfield(L, -2, "reason");
  for (k = 0; k < rl->nkeys; k++) {
    for (which = 0; keys[which] != NULL; which++)
      if (strlen(keys[which]) == rl->key[k].n
          && memcmp(keys[which], rl->key[k].s, rl->key[k].n) == 0) break;
    if (keys[which] == NULL) {
      *err = "unknown option (action=, class=, code=, enhanced=)";
      return 0;
    }
    lua_pushlstring(L, rl->value[k].s, rl->value[k].n);
    if (which == 2) {               /* code= is a number */
      lua_Number v = lua_tonumber(L, -1);
      lua_pop(L, 1);
      if (v >= 1 && v <= 999 && v == (lua_Number)(lua_Integer)v) lua_pushinteger(L, (lua_Integer)v);
      else lua_pushnumber(L, v);
    }
    lua_setfield(L, -2, keys[which]);
  }
  return 1;
}

/* Reads a rules file in the line format; pushes the list of rules, or nil
** and "path:line: message". Every rule is checked as it is read. */
static int read_rules_lines(lua_State *L, const char *path)
{
  size_t len, i = 0, next;
  const char *s;
  int lineno = 0, n = 0;
  if (read_file(L, path) == 2) return 2;
  s = lua_tolstring(L, -1, &len);
  lua_newtable(L);
  for (i = 0; i < len; i = next) {
    const char *nl = memchr(s + i, '\n', len - i), *err = NULL;
    size_t end = nl ? (size_t)(nl - s) : len;
    se_rule_line rl;
    int got;
    rule r;
    next = nl ? end + 1 : len;
    lineno++;
    got = se_parse_rule_line(s + i, end - i, &rl, &err);
    if (got == 0) continue;
    if (got > 0 && push_rule_line(L, &rl, &err) && !check_rule(L, -1, &r)) err = lua_tostring(L, -1);
    if (err != NULL) {
      lua_pushfstring(L, "%s:%d: %s", path, lineno, err);
      lua_pushnil(L);
      lua_insert(L, -2);
      return 2;
    }
    lua_rawseti(L, -2, ++n);
  }
  return 1;
}

/* Loads a rules file written as Lua ("return { { match = ..., reason = ... } }")
** with no access to globals; pushes the list or nil and a message. */
static int read_rules_lua(lua_State *L, const char *path)
{
  int i, n;
  if (luaL_loadfile(L, path) != 0) return push_fail(L, "%s", lua_tostring(L, -1));
  lua_newtable(L);                  /* an empty environment */
#if !defined(LUA_VERSION_NUM) || LUA_VERSION_NUM < 502
  lua_setfenv(L, -2);
#else
  lua_setupvalue(L, -2, 1);
#endif
  if (lua_pcall(L, 0, 1, 0) != 0) return push_fail(L, "%s", lua_tostring(L, -1));
  if (lua_type(L, -1) != LUA_TTABLE)
    return push_fail(L, "%s: a rules file written in Lua must return a table", path);
  n = (int)se_rawlen(L, -1);
  for (i = 1; i <= n; i++) {
    rule r;
    lua_rawgeti(L, -1, i);
    if (!check_rule(L, -1, &r)) {
      const char *msg = lua_tostring(L, -1);
      return push_fail(L, lua_pushfstring(L, "%s: rule %d: %%s", path, i), msg);
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

/* smtperr.load_rules(path): the rules of a file, or nil and a message. */
static int smtperr_load_rules(lua_State *L)
{
  return load_rules(L, luaL_checkstring(L, 1));
}

static lclassifier *check_classifier(lua_State *L)
{
  return (lclassifier *)luaL_checkudata(L, 1, SE_CLASSIFIER);
}

static int classifier_gc(lua_State *L)
{
  lclassifier *o = check_classifier(L);
  void *ud;
  lua_Alloc alloc = lua_getallocf(L, &ud);
  se_ac_free(o->ac, alloc, ud);
  o->ac = NULL;
  o->c.ac = NULL;
  return 0;
}

static int classifier_tostring(lua_State *L)
{
  lclassifier *o = check_classifier(L);
  lua_pushfstring(L, "smtperr.classifier (%d rules)", (int)o->c.nuser);
  return 1;
}

static int classifier_classify(lua_State *L)
{
  return classify_with(L, &check_classifier(L)->c, 2);
}

static int classifier_explain(lua_State *L)
{
  lclassifier *o = check_classifier(L);
  return explain_with(L, &o->c, 2, o->lang, o->texts);
}

static int classifier_lookup(lua_State *L)
{
  return lookup_with(L, 2, check_classifier(L)->lang);
}

/* Reads options.texts: { reason = { en = "...", fr = "..." } }. Returns the
** bytes its strings need; checks every name. */
static size_t check_texts(lua_State *L, int t)
{
  size_t bytes = 0;
  if (lua_isnil(L, t)) return 0;
  if (lua_type(L, t) != LUA_TTABLE) luaL_error(L, "smtperr.new: 'texts' must be a table");
  lua_pushnil(L);
  while (lua_next(L, t) != 0) {
    int lang;
    if (lua_type(L, -2) != LUA_TSTRING || se_reason_by_name(lua_tostring(L, -2)) < 0)
      luaL_error(L, "smtperr.new: texts: unknown reason '%s'", lua_type(L, -2) == LUA_TSTRING
                 ? lua_tostring(L, -2) : luaL_typename(L, -2));
    if (lua_type(L, -1) != LUA_TTABLE)
      luaL_error(L, "smtperr.new: texts.%s must be a table { en = ..., fr = ... }",
                 lua_tostring(L, -2));
    for (lang = 0; lang < SE_NLANGS; lang++) {
      lua_getfield(L, -1, lang_names[lang]);
      if (lua_type(L, -1) == LUA_TSTRING) bytes += se_rawlen(L, -1) + 1;
      else if (!lua_isnil(L, -1))
        luaL_error(L, "smtperr.new: texts.%s.%s must be a string", lua_tostring(L, -3),
                   lang_names[lang]);
      lua_pop(L, 1);
    }
    lua_pop(L, 1);
  }
  return bytes;
}

static char *copy_string(char **at, const char *s, size_t n)
{
  char *start = *at;
  memcpy(start, s, n);
  start[n] = '\0';
  *at += n + 1;
  return start;
}

/*
** smtperr.new([options]): a classifier with its own rules and texts.
** options.rules: a list of { match, reason [, action, class, code, enhanced] };
** options.rules_file: a rules file (its rules follow options.rules);
** options.lang: "en" or "fr", the default language of explain and lookup;
** options.texts: { reason = { en = ..., fr = ... } }, explanation texts.
*/
static int smtperr_new(lua_State *L)
{
  int nrules = 0, i, lang;
  size_t bytes, size;
  lclassifier *o;
  se_phrase *ph;
  const char **texts;
  char *at;
  const char *err = NULL;
  void *ud;
  lua_Alloc alloc = lua_getallocf(L, &ud);

  if (lua_isnoneornil(L, 1)) {
    lua_settop(L, 0);
    lua_newtable(L);
  }
  luaL_checktype(L, 1, LUA_TTABLE);
  lua_settop(L, 1);
  lua_getfield(L, 1, "lang");                     /* 2 */
  lang = check_lang(L, 2, SE_EN);
  lua_getfield(L, 1, "texts");                    /* 3 */
  bytes = check_texts(L, 3);

  /* All the rules, checked, in one list at 4. */
  lua_newtable(L);                                /* 4 */
  lua_getfield(L, 1, "rules");                    /* 5 */
  if (!lua_isnil(L, 5) && lua_type(L, 5) != LUA_TTABLE)
    return luaL_error(L, "smtperr.new: 'rules' must be a list of rules");
  if (!lua_isnil(L, 5)) {
    int n = (int)se_rawlen(L, 5);
    for (i = 1; i <= n; i++) {
      rule r;
      lua_rawgeti(L, 5, i);
      if (!check_rule(L, -1, &r))
        return luaL_error(L, "smtperr.new: rule %d: %s", i, lua_tostring(L, -1));
      lua_rawseti(L, 4, ++nrules);
    }
  }
  lua_getfield(L, 1, "rules_file");               /* 6 */
  if (!lua_isnil(L, 6)) {
    int n;
    if (lua_type(L, 6) != LUA_TSTRING)
      return luaL_error(L, "smtperr.new: 'rules_file' must be a path");
    if (load_rules(L, lua_tostring(L, 6)) == 2)
      return luaL_error(L, "smtperr.new: %s", lua_tostring(L, -1));
    n = (int)se_rawlen(L, -1);
    for (i = 1; i <= n; i++) {
      lua_rawgeti(L, -1, i);
      lua_rawseti(L, 4, ++nrules);
    }
    lua_pop(L, 1);
  }
  for (i = 1; i <= nrules; i++) {
    rule r;
    lua_rawgeti(L, 4, i);
    check_rule(L, -1, &r);
    bytes += r.len + 1;
    lua_pop(L, 1);
  }

  size = sizeof(lclassifier) + (size_t)nrules * (sizeof(se_phrase) + sizeof(char *)) + bytes;
  o = (lclassifier *)lua_newuserdata(L, size);
  memset(o, 0, sizeof *o);
  luaL_getmetatable(L, SE_CLASSIFIER);
  lua_setmetatable(L, -2);
  ph = (se_phrase *)(void *)(o + 1);
  texts = (const char **)(void *)(ph + nrules);
  at = (char *)(texts + nrules);
  o->lang = lang;
  for (i = 0; i < nrules; i++) {
    rule r;
    lua_rawgeti(L, 4, i + 1);
    check_rule(L, -1, &r);
    memset(&ph[i], 0, sizeof ph[i]);
    ph[i].text = texts[i] = copy_string(&at, r.match, r.len);
    ph[i].kind = SE_K_REASON;
    ph[i].value = ph[i].permanent = (unsigned char)r.reason;
    ph[i].klass = (unsigned char)r.klass;
    ph[i].action = (unsigned char)r.action;
    ph[i].flags = SE_F_USER;
    ph[i].code = (uint16_t)r.code;
    ph[i].enhanced = r.enhanced;
    lua_pop(L, 1);
  }
  if (!lua_isnil(L, 3)) {
    lua_pushnil(L);
    while (lua_next(L, 3) != 0) {
      int reason = se_reason_by_name(lua_tostring(L, -2)), k;
      for (k = 0; k < SE_NLANGS; k++) {
        lua_getfield(L, -1, lang_names[k]);
        if (lua_type(L, -1) == LUA_TSTRING) {
          size_t n;
          const char *t = lua_tolstring(L, -1, &n);
          o->texts[k][reason] = copy_string(&at, t, n);
        }
        lua_pop(L, 1);
      }
      lua_pop(L, 1);
    }
  }
  if (nrules > 0) {
    o->ac = se_ac_build(texts, (size_t)nrules, alloc, ud, &err);
    if (o->ac == NULL) return luaL_error(L, "smtperr.new: %s", err);
  }
  o->c.ac = o->ac;
  o->c.user = ph;
  o->c.nuser = (size_t)nrules;
  return 1;
}

static const luaL_Reg classifier_methods[] = {
  {"classify", classifier_classify},
  {"explain", classifier_explain},
  {"lookup", classifier_lookup},
  {NULL, NULL}
};

static const luaL_Reg classifier_meta[] = {
  {"__gc", classifier_gc},
  {"__tostring", classifier_tostring},
  {NULL, NULL}
};

/* The classifiers' metatable, in the registry; leaves nothing on the stack.
** Methods share the module's lookup cache (on the stack top). */
static void make_metatable(lua_State *L)
{
  luaL_newmetatable(L, SE_CLASSIFIER);
  se_setfuncs(L, classifier_meta, 0);
  lua_newtable(L);
  lua_pushvalue(L, -3);
  se_setfuncs(L, classifier_methods, 1);
  lua_setfield(L, -2, "__index");
  lua_pop(L, 1);
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
  {"new", smtperr_new},
  {"load_rules", smtperr_load_rules},
  {NULL, NULL}
};

#if defined(__GNUC__)
__attribute__((visibility("default")))
#endif
int luaopen_smtperr(lua_State *L);

int luaopen_smtperr(lua_State *L)
{
  lua_newtable(L);                  /* upvalue: this state's cache of lookup tables */
  make_metatable(L);
  lua_newtable(L);
  lua_insert(L, -2);
  se_setfuncs(L, smtperr_funcs, 1);
  push_vocabulary(L);
  lua_pushliteral(L, SMTPERR_VERSION);
  lua_setfield(L, -2, "_VERSION");
  return 1;
}

/* }====================================================================== */
