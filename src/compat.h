/*
** compat.h
** What differs between Lua 5.1 (and LuaJIT), 5.2, 5.3 and 5.4 for this
** module. Every backport is static (and inline: a unit may leave some
** unused) and prefixed, so that nothing clashes with what LuaJIT 2.1
** exports, and nothing sets a global.
*/
#ifndef SMTPERR_COMPAT_H
#define SMTPERR_COMPAT_H

#include <lua.h>
#include <lauxlib.h>

#if !defined(LUA_VERSION_NUM) || LUA_VERSION_NUM < 502

static inline void se_setfuncs(lua_State *L, const luaL_Reg *l, int nup)
{
  luaL_checkstack(L, nup + 1, "too many upvalues");
  for (; l->name != NULL; l++) {
    int i;
    for (i = 0; i < nup; i++) lua_pushvalue(L, -nup);
    lua_pushcclosure(L, l->func, nup);
    lua_setfield(L, -(nup + 2), l->name);
  }
  lua_pop(L, nup);
}

#define se_rawlen(L, i) lua_objlen(L, i)
#define se_absindex(L, i) ((i) > 0 || (i) <= LUA_REGISTRYINDEX ? (i) : lua_gettop(L) + (i) + 1)

#else

#define se_setfuncs luaL_setfuncs
#define se_rawlen(L, i) lua_rawlen(L, i)
#define se_absindex(L, i) lua_absindex(L, i)

#endif

/* Failure as each Lua version returns it: nil before 5.4, luaL_pushfail
** after (which a build may turn into false). */
#if !defined(LUA_VERSION_NUM) || LUA_VERSION_NUM < 504
#define luaL_pushfail(L) lua_pushnil(L)
#endif

/* Loads a chunk of Lua source; precompiled chunks are refused on every
** version (5.1 has no mode argument, so the first byte is checked here). */
static inline int se_loadtext(lua_State *L, const char *s, size_t n, const char *name)
{
  if (n > 0 && s[0] == LUA_SIGNATURE[0]) {
    lua_pushfstring(L, "%s: precompiled Lua is not accepted, only source text", name + 1);
    return LUA_ERRSYNTAX;
  }
#if !defined(LUA_VERSION_NUM) || LUA_VERSION_NUM < 502
  return luaL_loadbuffer(L, s, n, name);
#else
  return luaL_loadbufferx(L, s, n, name, "t");
#endif
}

/* An integer argument without rounding: 5.3+ knows integers; before, a
** number is integral when it equals its floor. */
static inline int se_tointeger(lua_State *L, int i, lua_Integer *out)
{
#if defined(LUA_VERSION_NUM) && LUA_VERSION_NUM >= 503
  int ok;
  *out = lua_tointegerx(L, i, &ok);
  return ok;
#else
  lua_Number x = lua_tonumber(L, i);
  if (!(x >= -9007199254740992.0 && x <= 9007199254740992.0) || x != (lua_Number)(lua_Integer)x)
    return 0;
  *out = (lua_Integer)x;
  return 1;
#endif
}

/* "bad argument #i to 'f' (string expected, got table)" on every version. */
static inline int se_typeerror(lua_State *L, int i, const char *expected)
{
  const char *msg = lua_pushfstring(L, "%s expected, got %s", expected, luaL_typename(L, i));
  return luaL_argerror(L, i, msg);
}

#endif
