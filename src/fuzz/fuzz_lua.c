/*
** fuzz_lua.c
** libFuzzer harness over the Lua binding (make fuzz): one lua_State with
** the module, driven by src/fuzz/fuzz_lua.lua, which decodes each input
** into a call of the API (classify, explain, lookup, bounces, new with
** rules and options, the classifier's methods, load_rules of a line-format
** file, logline and a logreader fed in two chunks) with fuzzed strings,
** numbers and options, and checks each answer: a result, fail and a
** message, or an argument error; every string smtperr writes valid UTF-8;
** explain answers wherever classify did. A broken
** check calls fuzz_violation, which aborts: the finding.
*/
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#include <lua.h>
#include <lauxlib.h>
#include <lualib.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerInitialize(int *argc, char ***argv);
int luaopen_smtperr(lua_State *L);

#ifndef FUZZ_LUA_DRIVER
#define FUZZ_LUA_DRIVER "src/fuzz/fuzz_lua.lua"
#endif

static lua_State *L;
static int driver = LUA_NOREF;
static unsigned long runs;

static int violation(lua_State *S)
{
  fprintf(stderr, "fuzz_lua: %s\n", luaL_checkstring(S, 1));
  abort();
  return 0;
}

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
  char path[64];
  (void)argc;
  (void)argv;
  L = luaL_newstate();
  if (L == NULL) abort();
  luaL_openlibs(L);
  lua_pushcfunction(L, violation);
  lua_setglobal(L, "fuzz_violation");
  snprintf(path, sizeof path, "/tmp/smtperr-fuzz-lua-%ld.rules", (long)getpid());
  lua_pushstring(L, path);
  lua_setglobal(L, "fuzz_rules_path");
  /* require("smtperr") finds this build of the module. */
  lua_getglobal(L, "package");
  lua_getfield(L, -1, "preload");
  lua_pushcfunction(L, luaopen_smtperr);
  lua_setfield(L, -2, "smtperr");
  lua_pop(L, 2);
  if (luaL_loadfile(L, FUZZ_LUA_DRIVER) != 0 || lua_pcall(L, 0, 1, 0) != 0) {
    fprintf(stderr, "fuzz_lua: %s\n", lua_tostring(L, -1));
    abort();
  }
  driver = luaL_ref(L, LUA_REGISTRYINDEX);
  return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
  lua_rawgeti(L, LUA_REGISTRYINDEX, driver);
  lua_pushlstring(L, (const char *)data, size);
  if (lua_pcall(L, 1, 0, 0) != 0) {
    fprintf(stderr, "fuzz_lua: the driver raised: %s\n", lua_tostring(L, -1));
    abort();
  }
  lua_settop(L, 0);
  if (++runs % 256 == 0) lua_gc(L, LUA_GCCOLLECT, 0);
  return 0;
}
