/*
** llog.c
** The Lua binding of the mail-log reader (logline.h): smtperr.logline,
** smtperr.logreader and its objects, and c:logline / c:logreader for
** classifier objects. It turns the core's records into tables, with the
** classification of each record's reply.
*/
#include <string.h>

#include "lsmtperr.h"

#define SE_LOGREADER "smtperr.logreader"

/* Lines up to this long are read with scratch memory on the C stack. */
#define STACK_LINE 1024

/* A reader object: the core's reader (from the state's allocator, freed
** by __gc) and the classifier of its records, whose object is kept alive
** through a registry reference. */
typedef struct lreader {
  se_logreader *r;
  const se_classifier *classifier;
  int ref;                          /* LUA_NOREF: the built-in classifier */
} lreader;

/*
** {======================================================================
** Records
** =======================================================================
*/

static void set_flag(lua_State *L, const char *field)
{
  lua_pushboolean(L, 1);
  lua_setfield(L, -2, field);
}

/* The classification of the record's fragment, in the table on the top:
** classify's fields, the remote host named "remote_host" ("host" is the
** log's). Nothing when the fragment has nothing classify knows. */
static void set_classification(lua_State *L, const se_logrec *rec, const se_classifier *c)
{
  char stack_scratch[SE_SCRATCH(SE_STACK_REPLY)];
  se_result res;
  char *scratch;
  if (rec->fragment.s == NULL || rec->fragment.n == 0) return;
  scratch = se_scratch_for(L, rec->fragment.n, stack_scratch);
  if (scratch != stack_scratch) lua_insert(L, -2);   /* the table back on the top */
  if (se_classify(c, rec->fragment.s, rec->fragment.n, 0, scratch, &res) == 0)
    se_set_result_as(L, &res, "remote_host");
  if (scratch != stack_scratch) lua_remove(L, -2);
}

/* Pushes the table of a record. */
static void push_record(lua_State *L, const se_logrec *rec, const se_classifier *c)
{
  lua_createtable(L, 0, 32);
  se_set_string(L, "format", se_log_formats[rec->format]);
  se_set_string(L, "status", se_log_statuses[rec->status]);
  if (rec->reject) set_flag(L, "reject");
  if (rec->line > 0) se_set_integer(L, "line", (lua_Integer)rec->line);
  se_set_span(L, "time", rec->time);
  se_set_span(L, "host", rec->host);
  se_set_span(L, "program", rec->program);
  se_set_span(L, "queue_id", rec->queue_id);
  se_set_span(L, "recipient", rec->recipient);
  se_set_span(L, "sender", rec->sender);
  se_set_span(L, "relay", rec->relay);
  se_set_span(L, "dsn", rec->dsn);
  se_set_span(L, "delay", rec->delay);
  se_set_span(L, "reply", rec->reply);
  se_set_span(L, "detail", rec->detail);
  set_classification(L, rec, c);
}

/* The record of one line read alone, or fail. */
static int logline_at(lua_State *L, const se_classifier *c, int arg)
{
  char stack_scratch[SE_LOG_SCRATCH(STACK_LINE)];
  size_t n;
  const char *s = luaL_checklstring(L, arg, &n);
  char *scratch = n <= STACK_LINE ? stack_scratch : (char *)lua_newuserdata(L, SE_LOG_SCRATCH(n));
  se_logrec rec;
  if (!se_logline(s, n, scratch, &rec)) {
    luaL_pushfail(L);
    return 1;
  }
  push_record(L, &rec, c);
  return 1;
}

/*
** smtperr.logline(line) -> record | fail
** What one line of a mail log reports about a delivery, read alone.
*/
static int smtperr_logline(lua_State *L)
{
  return logline_at(L, &se_builtin, 1);
}

/* c:logline(line) -> record | fail */
static int classifier_logline(lua_State *L)
{
  return logline_at(L, se_check_classifier(L), 2);
}

/* }====================================================================== */

/*
** {======================================================================
** Readers
** =======================================================================
*/

static lreader *check_reader(lua_State *L)
{
  lreader *o = (lreader *)luaL_checkudata(L, 1, SE_LOGREADER);
  if (o->r == NULL) luaL_error(L, "smtperr.logreader: the reader was freed");
  return o;
}

/* A new reader object whose records the classifier of the value at
** 'object' classifies (0: the built-in one). */
static int new_reader(lua_State *L, int object)
{
  void *ud;
  lua_Alloc alloc = lua_getallocf(L, &ud);
  lreader *o = (lreader *)lua_newuserdata(L, sizeof(lreader));
  o->r = NULL;
  o->classifier = &se_builtin;
  o->ref = LUA_NOREF;
  luaL_getmetatable(L, SE_LOGREADER);
  lua_setmetatable(L, -2);
  if (object != 0) {
    o->classifier = se_to_classifier(L, object);
    lua_pushvalue(L, object);
    o->ref = luaL_ref(L, LUA_REGISTRYINDEX);
  }
  o->r = se_logreader_new(alloc, ud);
  if (o->r == NULL) return luaL_error(L, "smtperr.logreader: not enough memory");
  return 1;
}

/*
** smtperr.logreader([options]) -> reader
** options.classifier: a classifier made by smtperr.new, whose rules
** classify the replies (default: the built-in classifier).
*/
static int smtperr_logreader(lua_State *L)
{
  int object = 0;
  if (!lua_isnoneornil(L, 1)) {
    luaL_checktype(L, 1, LUA_TTABLE);
    lua_settop(L, 1);
    lua_getfield(L, 1, "classifier");
    if (!lua_isnil(L, 2)) {
      if (se_to_classifier(L, 2) == NULL)
        se_field_error(L, 1, "classifier", "a classifier made by smtperr.new expected");
      object = 2;
    }
  }
  return new_reader(L, object);
}

/* c:logreader() -> reader, classifying with c */
static int classifier_logreader(lua_State *L)
{
  se_check_classifier(L);
  return new_reader(L, 1);
}

/* Pushes the k records the reader holds; with 'list', appends them to the
** list under them (count: its length) and returns the new length. */
static int push_records(lua_State *L, const lreader *o, int k, int list, int count)
{
  int i;
  for (i = 0; i < k; i++) {
    push_record(L, se_logreader_record(o->r, i), o->classifier);
    if (list) lua_rawseti(L, -2, ++count);
  }
  return list ? count : k;
}

/*
** r:line(s) -> record [, record] | fail
** The deliveries the line completes: one, or two when it follows a
** Sendmail failure the reader held for its reply= line.
*/
static int reader_line(lua_State *L)
{
  lreader *o = check_reader(L);
  size_t n;
  const char *s = luaL_checklstring(L, 2, &n);
  int k = se_logreader_line(o->r, s, n);
  if (k == 0) {
    luaL_pushfail(L);
    return 1;
  }
  return push_records(L, o, k, 0, 0);
}

/*
** r:feed(chunk) -> list
** The deliveries of the lines the chunk completes, in order; an unfinished
** last line is kept for the next chunk (or finish).
*/
static int reader_feed(lua_State *L)
{
  lreader *o = check_reader(L);
  size_t n, pos = 0;
  const char *s = luaL_checklstring(L, 2, &n);
  int k, count = 0;
  lua_createtable(L, 8, 0);
  while ((k = se_logreader_feed(o->r, s, n, &pos)) >= 0) count = push_records(L, o, k, 1, count);
  return 1;
}

/*
** r:finish() -> list
** The end of an input: the deliveries of its unfinished last line and of
** a failure still held. The next line is line 1 of the next input.
*/
static int reader_finish(lua_State *L)
{
  lreader *o = check_reader(L);
  int count;
  lua_createtable(L, 2, 0);
  count = push_records(L, o, se_logreader_finish(o->r), 1, 0);
  push_records(L, o, se_logreader_flush(o->r), 1, count);
  return 1;
}

/*
** r:stats() -> { lines, sessions, max_sessions, bytes, formats = { postfix = n, ... } }
** Lines read, ids remembered and the reader's fixed memory.
*/
static int reader_stats(lua_State *L)
{
  lreader *o = check_reader(L);
  se_logstats st;
  int f;
  se_logreader_stats(o->r, &st);
  lua_createtable(L, 0, 5);
  se_set_integer(L, "lines", (lua_Integer)st.lines);
  se_set_integer(L, "sessions", (lua_Integer)st.sessions);
  se_set_integer(L, "max_sessions", (lua_Integer)st.max_sessions);
  se_set_integer(L, "bytes", (lua_Integer)st.bytes);
  lua_createtable(L, 0, SE_LOG_NFORMATS);
  for (f = SE_LOG_NONE + 1; f < SE_LOG_NFORMATS; f++)
    se_set_integer(L, se_log_formats[f], (lua_Integer)st.formats[f]);
  lua_setfield(L, -2, "formats");
  return 1;
}

static int reader_gc(lua_State *L)
{
  lreader *o = (lreader *)luaL_checkudata(L, 1, SE_LOGREADER);
  void *ud;
  lua_Alloc alloc = lua_getallocf(L, &ud);
  se_logreader_free(o->r, alloc, ud);
  o->r = NULL;
  luaL_unref(L, LUA_REGISTRYINDEX, o->ref);
  o->ref = LUA_NOREF;
  return 0;
}

static int reader_tostring(lua_State *L)
{
  lreader *o = (lreader *)luaL_checkudata(L, 1, SE_LOGREADER);
  se_logstats st;
  if (o->r == NULL) {
    lua_pushliteral(L, "smtperr.logreader (freed)");
    return 1;
  }
  se_logreader_stats(o->r, &st);
  lua_pushfstring(L, "smtperr.logreader (%d lines, %d of %d ids kept)", (int)st.lines,
                  (int)st.sessions, (int)st.max_sessions);
  return 1;
}

/* }====================================================================== */

/*
** {======================================================================
** Registration
** =======================================================================
*/

static const luaL_Reg reader_methods[] = {
  {"line", reader_line},
  {"feed", reader_feed},
  {"finish", reader_finish},
  {"stats", reader_stats},
  {NULL, NULL}
};

static const luaL_Reg reader_meta[] = {
  {"__gc", reader_gc},
  {"__tostring", reader_tostring},
  {NULL, NULL}
};

static const luaL_Reg log_funcs[] = {
  {"logline", smtperr_logline},
  {"logreader", smtperr_logreader},
  {NULL, NULL}
};

static const luaL_Reg classifier_log_methods[] = {
  {"logline", classifier_logline},
  {"logreader", classifier_logreader},
  {NULL, NULL}
};

void se_open_logs(lua_State *L)
{
  luaL_newmetatable(L, SE_LOGREADER);
  se_setfuncs(L, reader_meta, 0);
  lua_newtable(L);
  se_setfuncs(L, reader_methods, 0);
  lua_setfield(L, -2, "__index");
  lua_pop(L, 1);
  luaL_getmetatable(L, SE_CLASSIFIER);
  lua_getfield(L, -1, "__index");
  se_setfuncs(L, classifier_log_methods, 0);
  lua_pop(L, 2);
  se_setfuncs(L, log_funcs, 0);
}

/* }====================================================================== */
