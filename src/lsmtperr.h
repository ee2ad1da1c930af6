/*
** lsmtperr.h
** The Lua binding's shared parts. The binding converts Lua values to the
** core's (smtperr.h) and the core's answers to Lua values, and nothing
** more. Per-state data lives in upvalues and the registry, never in C
** statics. A wrong argument type raises; a value that cannot be understood
** returns fail and a message.
*/
#ifndef LSMTPERR_H
#define LSMTPERR_H

#include "compat.h"
#include "smtperr.h"

SE_HIDDEN_BEGIN

#define SE_CLASSIFIER "smtperr.classifier"

/* Returns fail and the message on the top of the stack (2 results). */
int se_fail_with_top(lua_State *L);
/* Raises "bad argument #arg (field 'name': message)". */
int se_field_error(lua_State *L, int arg, const char *field, const char *message);
/* Raises Lua's own memory error message, "not enough memory": what a
** call answers when the core's allocations (through the state's
** allocator) fail. */
int se_memory_error(lua_State *L);

/* t[field] = value for the table on the top; nothing when value is NULL. */
void se_set_string(lua_State *L, const char *field, const char *value);
void se_set_span(lua_State *L, const char *field, se_span sp);
/* The same for text read from the input: bytes that are not valid UTF-8
** become U+FFFD, so that no result holds invalid UTF-8. */
void se_set_text(lua_State *L, const char *field, se_span sp);
void se_push_text(lua_State *L, const char *s, size_t n);
void se_set_integer(lua_State *L, const char *field, lua_Integer v);
/* classify's fields, as bits of a set (se_result_fields). */
typedef enum se_result_field {
  SE_RF_CODE, SE_RF_ENHANCED, SE_RF_TEXT, SE_RF_CLASS, SE_RF_RETRY, SE_RF_REASON, SE_RF_BOUNCE,
  SE_RF_ACTION, SE_RF_PROVIDER, SE_RF_EVIDENCE, SE_RF_COMMAND, SE_RF_ADDRESS, SE_RF_HOST,
  SE_RF_HELP, SE_RF_RETRY_AFTER, SE_RF_LINES, SE_NRESULTFIELDS
} se_result_field;

#define SE_RF_ALL ((1u << SE_NRESULTFIELDS) - 1u)

/* The names of classify's fields, by se_result_field. */
extern const char *const se_result_fields[SE_NRESULTFIELDS + 1];

/* Sets classify's fields of r in the table on the top. se_set_result_as
** sets only the fields of the set 'fields'; with 'keys' > 0, the key of
** field f is the calling function's upvalue keys + f (so a caller can name
** them as it wants), and upvalue keys + SE_NRESULTFIELDS is the table
** se_push_result_names made: no C string is looked up for a result. */
void se_set_result(lua_State *L, const se_result *r);
void se_set_result_as(lua_State *L, const se_result *r, unsigned fields, int keys);

/* Pushes the table of the names a result's values take (classes,
** reasons, actions, commands, bounce kinds), for se_set_result_as. */
void se_push_result_names(lua_State *L);

/* How much of s a message quotes: at most SE_QUOTE_MAX bytes, whole UTF-8
** sequences. */
size_t se_quoted_length(const char *s, size_t n);
/* Scratch memory for n bytes of input: 'stack_scratch' (SE_SCRATCH of
** SE_STACK_REPLY bytes) when it fits, else a pushed userdata. */
char *se_scratch_for(lua_State *L, size_t n, char *stack_scratch);
/* Classifies the reply of the arguments from 'arg' on: 0 with *res, or 2
** with fail and a message pushed. */
int se_run_classify(lua_State *L, const se_classifier *c, int arg, se_result *res,
                    char *stack_scratch);
/* The classifier of a classifier object at index 1 (raises when it is
** not one). */
const se_classifier *se_check_classifier(lua_State *L);
/* The classifier of the value at i, or NULL when it is no classifier
** object. */
const se_classifier *se_to_classifier(lua_State *L, int i);

/* "en", "fr": the languages' names, by se_lang. */
extern const char *const se_lang_names[SE_NLANGS + 1];

/* lookup, classify and explain (lsmtperr.c) with their arguments from
** 'arg' on: the module's functions and the classifiers' methods. */
int se_lookup_at(lua_State *L, int arg, se_lang def_lang);
int se_classify_at(lua_State *L, const se_classifier *c, int arg);
int se_explain_at(lua_State *L, const se_classifier *c, int arg, se_lang def_lang,
                  const char *const (*texts)[SE_NREASONS]);
/* t.name = a closure of fn (a classify) with the value at 'cache' and the
** result keys as upvalues. */
void se_set_classify(lua_State *L, int t, const char *name, lua_CFunction fn, int cache);
/* Pushes classify's field names, then se_push_result_names's table;
** returns how many values it pushed (lresult.c). */
int se_push_result_keys(lua_State *L);

/* Pushes the rules of a rules file (the line format, or Lua when the path
** ends in ".lua"), or fail and a message (lrules.c). */
int se_load_rules(lua_State *L, const char *path);
/* The n rules of the list at 'list', compiled; raises on a fault, naming
** options.rules or options.rules_file (from rule 'inline_rules' on). */
se_ruleset *se_compile_rule_list(lua_State *L, int list, int n, int inline_rules);
/* Adds load_rules to the module at 'module'. */
void se_open_rules(lua_State *L, int module);
/* Makes the classifiers' metatable and adds new to the module; pushes
** the methods table, whose methods share the look-up cache at 'cache'
** (lclassifier.c). */
void se_open_classifiers(lua_State *L, int module, int cache);

/* Adds the mail-log reader to the module table on the top (llog.c). */
void se_open_logs(lua_State *L);

/* The binding's other units add their functions to the module table and
** the classifiers' methods (both at absolute indices). */
void se_open_bounces(lua_State *L, int module, int methods);      /* lbounces.c */

SE_HIDDEN_END

#endif
