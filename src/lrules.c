/*
** lrules.c
** The binding's rules: rule tables and rules files read into the core's
** specs (checked by the core, rules.c), smtperr.load_rules, and a list of
** rules compiled for smtperr.new.
*/
#include <errno.h>
#include <stdio.h>
#include <string.h>

#include "lsmtperr.h"

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

/* The rule of a spec as a table. */
static void push_rule(lua_State *L, const se_rule_spec *r)
{
  lua_createtable(L, 0, 6);
  se_set_span(L, "match", r->match);
  se_set_span(L, "reason", r->reason);
  se_set_span(L, "action", r->action);
  se_set_span(L, "class", r->klass);
  if (r->code != 0) se_set_integer(L, "code", r->code);
  se_set_span(L, "enhanced", r->enhanced);
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

int se_load_rules(lua_State *L, const char *path)
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
  return se_load_rules(L, luaL_checkstring(L, 1));
}


/* The rules of the list at 'list', compiled with the state's allocator
** (the first 'inline_rules' came from options.rules, the rest from
** options.rules_file); raises on a fault, naming the field. */
se_ruleset *se_compile_rule_list(lua_State *L, int list, int n, int inline_rules)
{
  char buf[SE_QUOTE_MAX + 64];
  se_rule_spec *specs = (se_rule_spec *)lua_newuserdata(L, (size_t)n * sizeof(se_rule_spec));
  void *ud;
  lua_Alloc alloc = lua_getallocf(L, &ud);
  se_ruleset *rules;
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
  rules = se_compile_rules(specs, (size_t)n, alloc, ud, &err, &bad);
  if (rules == NULL) {
    if (bad == SE_RULES_NOMEM) se_memory_error(L);
    lua_pushlstring(L, buf, se_out_length(&err));
    if (bad == (size_t)n) luaL_error(L, "smtperr.new: %s", lua_tostring(L, -1));
    se_field_error(L, 1, (int)bad < inline_rules ? "rules" : "rules_file",
                lua_pushfstring(L, "rule %d: %s", (int)bad + 1, lua_tostring(L, -1)));
  }
  lua_pop(L, 1);
  return rules;
}

static const luaL_Reg file_meta[] = {
  {"__gc", file_gc},
  {NULL, NULL}
};

void se_open_rules(lua_State *L, int module)
{
  luaL_newmetatable(L, SE_FILE);    /* set whole, even when an earlier require failed */
  se_setfuncs(L, file_meta, 0);
  lua_pop(L, 1);
  lua_pushcfunction(L, smtperr_load_rules);
  lua_setfield(L, module, "load_rules");
}
