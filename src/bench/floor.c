/*
** floor.c
** The bench's floors (make bench): what a C call that does nothing costs,
** and what it costs just to build a table shaped like classify's result
** for a reply, without reading it. Not part of the module.
*/
#include <string.h>

#include <lua.h>
#include <lauxlib.h>

static void set_string(lua_State *L, const char *field, const char *value)
{
  lua_pushstring(L, value);
  lua_setfield(L, -2, field);
}

/* noop(x): returns its argument. */
static int floor_noop(lua_State *L)
{
  lua_settop(L, 1);
  return 1;
}

/* Pushes a string made at run time, as classify's are (a literal would be
** found in Lua's string cache and cost less than any real result). */
static void push_made(lua_State *L, const char *prefix, const char *s, size_t n)
{
  char buf[96];
  size_t k = strlen(prefix);
  if (n > sizeof buf - k - 1) n = sizeof buf - k - 1;
  memcpy(buf, prefix, k);
  memcpy(buf + k, s, n);
  buf[k + n] = '"';
  lua_pushlstring(L, buf, k + n + (*prefix ? 1 : 0));
}

/* classify's table for a typical bounce, with the reply as its text; 'full'
** adds the evidence and hint fields. The strings classify makes (text,
** enhanced code, evidence, address) are made from the reply's bytes. */
static int build_result(lua_State *L, int full)
{
  size_t n;
  const char *s = luaL_checklstring(L, 1, &n);
  lua_createtable(L, 0, 16);
  lua_pushinteger(L, 550);
  lua_setfield(L, -2, "code");
  push_made(L, "", n >= 5 ? s : "5.1.1", 5);
  lua_setfield(L, -2, "enhanced");
  lua_pushlstring(L, s, n > 10 ? n - 10 : n);
  lua_setfield(L, -2, "text");
  set_string(L, "class", "permanent");
  lua_pushboolean(L, 0);
  lua_setfield(L, -2, "retry");
  set_string(L, "reason", "user_unknown");
  set_string(L, "bounce", "hard");
  set_string(L, "action", "remove_recipient");
  if (full) {
    push_made(L, "phrase \"", s, n > 24 ? 24 : n);
    lua_setfield(L, -2, "evidence");
    set_string(L, "command", "RCPT");
    lua_pushlstring(L, s, n > 16 ? 16 : n);
    lua_setfield(L, -2, "address");
  }
  lua_pushinteger(L, 1);
  lua_setfield(L, -2, "lines");
  return 1;
}

/* result(reply): the whole table; base(reply): without evidence and hints. */
static int floor_result(lua_State *L)
{
  return build_result(L, 1);
}

static int floor_base(lua_State *L)
{
  return build_result(L, 0);
}

static const luaL_Reg floor_funcs[] = {
  {"noop", floor_noop},
  {"result", floor_result},
  {"base", floor_base},
  {NULL, NULL}
};

#if defined(__GNUC__)
__attribute__((visibility("default")))
#endif
int luaopen_floor(lua_State *L);

int luaopen_floor(lua_State *L)
{
  lua_newtable(L);
#if LUA_VERSION_NUM >= 502
  luaL_setfuncs(L, floor_funcs, 0);
#else
  luaL_register(L, NULL, floor_funcs);
#endif
  return 1;
}
