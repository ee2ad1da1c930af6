/*
** lclassifier.c
** The binding's classifier objects: smtperr.new (options checked, texts
** copied, rules compiled by the core) and their methods.
*/
#include <string.h>

#include "lsmtperr.h"

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
  return se_classify_at(L, classifier_of(check_classifier(L)), 2);
}

/* c:explain(reply_or_code [, lang]) -> paragraph | fail, message */
static int classifier_explain(lua_State *L)
{
  lclassifier *o = check_classifier(L);
  return se_explain_at(L, classifier_of(o), 2, o->lang, (const char *const (*)[SE_NREASONS])o->texts);
}

/* c:lookup(code [, lang]) -> entry | fail, message */
static int classifier_lookup(lua_State *L)
{
  return se_lookup_at(L, 2, check_classifier(L)->lang);
}

/* options.lang, at index i: nil for English, else "en" or "fr". */
static se_lang option_lang(lua_State *L, int i)
{
  int lang;
  if (lua_isnil(L, i)) return SE_EN;
  if (lua_type(L, i) != LUA_TSTRING)
    se_field_error(L, 1, "lang", lua_pushfstring(L, "\"en\" or \"fr\" expected, got %s",
                                              luaL_typename(L, i)));
  for (lang = 0; se_lang_names[lang] != NULL; lang++)
    if (strcmp(lua_tostring(L, i), se_lang_names[lang]) == 0) return (se_lang)lang;
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
      lua_getfield(L, -1, se_lang_names[lang]);
      if (lua_type(L, -1) == LUA_TSTRING) {
        bytes += se_rawlen(L, -1) + 1;
      } else if (!lua_isnil(L, -1)) {
        const char *got = lua_pushfstring(L, "string expected, got %s", luaL_typename(L, -1));
        se_field_error(L, 1, lua_pushfstring(L, "texts.%s.%s", name, se_lang_names[lang]), got);
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
      lua_getfield(L, -1, se_lang_names[lang]);
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
    if (se_load_rules(L, lua_tostring(L, 6)) == 2) se_field_error(L, 1, "rules_file", lua_tostring(L, -1));
    nrules = append_rules(L, lua_gettop(L), 4, nrules);
    lua_pop(L, 1);
  }
  o = (lclassifier *)lua_newuserdata(L, sizeof(lclassifier) + bytes);
  memset(o, 0, sizeof *o);
  luaL_getmetatable(L, SE_CLASSIFIER);
  lua_setmetatable(L, -2);
  o->lang = lang;
  copy_texts(L, 3, o);
  if (nrules > 0) o->rules = se_compile_rule_list(L, 4, nrules, ninline);
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

/* The classifiers' metatable, in the registry, and smtperr.new; pushes the
** methods table. Methods share the module's look-up cache (at 'cache'). */
void se_open_classifiers(lua_State *L, int module, int cache)
{
  luaL_newmetatable(L, SE_CLASSIFIER);
  se_setfuncs(L, classifier_meta, 0);
  lua_newtable(L);
  lua_pushvalue(L, cache);
  se_setfuncs(L, classifier_methods, 1);
  se_set_classify(L, lua_gettop(L), "classify", classifier_classify, cache);
  lua_pushvalue(L, -1);
  lua_setfield(L, -3, "__index");
  lua_remove(L, -2);
  lua_pushcfunction(L, smtperr_new);
  lua_setfield(L, module, "new");
}
