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

/* The strings of a record's keys and of its format and status names are
** the upvalues of the functions that make records, in this order: a record
** is built with no look-up of a C string. */
typedef enum key {
  K_FORMAT = 1, K_STATUS, K_REJECT, K_LINE, K_TIME, K_HOST, K_PROGRAM, K_QUEUE_ID, K_RECIPIENT,
  K_SENDER, K_RELAY, K_DSN, K_DELAY, K_REPLY, K_DETAIL,
  K_FORMATS,                        /* then the names of se_log_formats from 1 */
  K_STATUSES = K_FORMATS + SE_LOG_NFORMATS - 1,   /* then those of se_log_statuses from 1 */
  K_RESULT = K_STATUSES + SE_LOG_NSTATUS - 1,     /* then classify's field names */
  K_NAMES = K_RESULT + SE_NRESULTFIELDS,          /* se_push_result_names's table */
  K_COUNT
} key;

static const char *const key_names[] = {
  "format", "status", "reject", "line", "time", "host", "program", "queue_id", "recipient",
  "sender", "relay", "dsn", "delay", "reply", "detail", NULL
};

/* Which records a reader classifies. */
typedef enum classify_mode { CLASSIFY_NONE, CLASSIFY_ALL, CLASSIFY_FAILURES } classify_mode;

static const char *const classify_modes[] = { "none", "all", "failures", NULL };

/* What a record's table holds: the log's fields (bits by key, from
** K_FORMAT) and classify's (bits by se_result_field), classified by c
** (NULL: not classified). */
typedef struct shape {
  const se_classifier *c;
  unsigned log, result;
} shape;

#define ALL_LOG_FIELDS ((1u << (K_DETAIL - K_FORMAT + 1)) - 1u)
#define HAS(fields, k) (((fields) >> ((int)(k) - K_FORMAT)) & 1u)

/* A reader object: the core's reader (from the state's allocator, freed
** by __gc) and the classifier of its records, whose object is kept alive
** through a registry reference; which records it classifies, and which
** fields its records hold. */
typedef struct lreader {
  se_logreader *r;
  const se_classifier *classifier;
  int ref;                          /* LUA_NOREF: the built-in classifier */
  classify_mode classify;
  unsigned log_fields, result_fields;
} lreader;

/*
** {======================================================================
** Records
** =======================================================================
*/

/* Pushes the upvalues of the functions that make records. */
static int push_keys(lua_State *L)
{
  int k;
  luaL_checkstack(L, K_COUNT + 2, "smtperr: the record keys");
  for (k = 0; key_names[k] != NULL; k++) lua_pushstring(L, key_names[k]);
  for (k = SE_LOG_NONE + 1; k < SE_LOG_NFORMATS; k++) lua_pushstring(L, se_log_formats[k]);
  for (k = SE_LOG_NOSTATUS + 1; k < SE_LOG_NSTATUS; k++) lua_pushstring(L, se_log_statuses[k]);
  for (k = 0; k < SE_NRESULTFIELDS; k++)     /* the remote host: "host" is the log's */
    lua_pushstring(L, k == SE_RF_HOST ? "remote_host" : se_result_fields[k]);
  se_push_result_names(L);
  return K_COUNT - 1;
}

/* t[key] = the upvalue 'value' for the table t on the top. */
static void set_name(lua_State *L, key k, int value)
{
  lua_pushvalue(L, lua_upvalueindex((int)k));
  lua_pushvalue(L, lua_upvalueindex(value));
  lua_rawset(L, -3);
}

static void set_key_span(lua_State *L, key k, se_span v)
{
  if (v.s == NULL) return;
  lua_pushvalue(L, lua_upvalueindex((int)k));
  lua_pushlstring(L, v.s, v.n);            /* the log's own bytes: see doc/api.md */
  lua_rawset(L, -3);
}

static int count_bits(unsigned x)
{
  int n = 0;
  for (; x != 0; x &= x - 1) n++;
  return n;
}

/* How many fields a record's table gets (at most). */
static int record_size(const se_logrec *rec, const shape *sh)
{
  const se_span *spans[] = { &rec->time, &rec->host, &rec->program, &rec->queue_id, &rec->recipient,
                             &rec->sender, &rec->relay, &rec->dsn, &rec->delay, &rec->reply,
                             &rec->detail };
  int n = (int)HAS(sh->log, K_FORMAT) + (int)HAS(sh->log, K_STATUS)
        + (rec->reject && HAS(sh->log, K_REJECT)) + (rec->line > 0 && HAS(sh->log, K_LINE))
        + (sh->c != NULL ? count_bits(sh->result) : 0);
  size_t k;
  for (k = 0; k < sizeof spans / sizeof spans[0]; k++)
    n += spans[k]->s != NULL && HAS(sh->log, K_TIME + (int)k);
  return n;
}

/* The classification of the record's fragment, in the table on the top:
** classify's fields, the remote host named "remote_host" ("host" is the
** log's). Nothing when the fragment has nothing classify knows. */
static void set_classification(lua_State *L, const se_logrec *rec, const shape *sh)
{
  char stack_scratch[SE_SCRATCH(SE_STACK_REPLY)];
  se_result res;
  char *scratch;
  if (rec->fragment.s == NULL || rec->fragment.n == 0 || sh->result == 0) return;
  scratch = se_scratch_for(L, rec->fragment.n, stack_scratch);
  if (scratch != stack_scratch) lua_insert(L, -2);   /* the table back on the top */
  if (se_classify(sh->c, rec->fragment.s, rec->fragment.n, 0, scratch, &res) == 0)
    se_set_result_as(L, &res, sh->result, K_RESULT);
  if (scratch != stack_scratch) lua_remove(L, -2);
}

/* Pushes the table of a record, of the given shape. */
static void push_record(lua_State *L, const se_logrec *rec, const shape *sh)
{
  const se_span spans[] = { rec->time, rec->host, rec->program, rec->queue_id, rec->recipient,
                            rec->sender, rec->relay, rec->dsn, rec->delay, rec->reply, rec->detail };
  size_t k;
  lua_createtable(L, 0, record_size(rec, sh));
  if (HAS(sh->log, K_FORMAT)) set_name(L, K_FORMAT, K_FORMATS + (int)rec->format - 1);
  if (HAS(sh->log, K_STATUS)) set_name(L, K_STATUS, K_STATUSES + (int)rec->status - 1);
  if (rec->reject && HAS(sh->log, K_REJECT)) {
    lua_pushvalue(L, lua_upvalueindex(K_REJECT));
    lua_pushboolean(L, 1);
    lua_rawset(L, -3);
  }
  if (rec->line > 0 && HAS(sh->log, K_LINE)) {
    lua_pushvalue(L, lua_upvalueindex(K_LINE));
    lua_pushinteger(L, (lua_Integer)rec->line);
    lua_rawset(L, -3);
  }
  for (k = 0; k < sizeof spans / sizeof spans[0]; k++)
    if (HAS(sh->log, K_TIME + (int)k)) set_key_span(L, (key)(K_TIME + (int)k), spans[k]);
  if (sh->c != NULL) set_classification(L, rec, sh);
}

/* The record of one line read alone, or fail. */
static int logline_at(lua_State *L, const se_classifier *c, int arg)
{
  char stack_scratch[SE_LOG_SCRATCH(STACK_LINE)];
  size_t n;
  const char *s = luaL_checklstring(L, arg, &n);
  char *scratch = n <= STACK_LINE ? stack_scratch : (char *)lua_newuserdata(L, SE_LOG_SCRATCH(n));
  se_logrec rec;
  shape sh;
  if (!se_logline(s, n, scratch, &rec)) {
    luaL_pushfail(L);
    return 1;
  }
  sh.c = c;
  sh.log = ALL_LOG_FIELDS;
  sh.result = SE_RF_ALL;
  push_record(L, &rec, &sh);
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

/* options.classify at index i, the options being argument 'arg': true or
** nil (all), false (none), or one of classify_modes. */
static classify_mode option_classify(lua_State *L, int i, int arg)
{
  if (lua_isnil(L, i)) return CLASSIFY_ALL;
  if (lua_type(L, i) == LUA_TBOOLEAN) return lua_toboolean(L, i) ? CLASSIFY_ALL : CLASSIFY_NONE;
  if (lua_type(L, i) == LUA_TSTRING) {
    int k;
    for (k = 0; classify_modes[k] != NULL; k++)
      if (strcmp(lua_tostring(L, i), classify_modes[k]) == 0) return (classify_mode)k;
  }
  return (classify_mode)se_field_error(L, arg, "classify",
                                       "true, false, \"all\", \"none\" or \"failures\" expected");
}

/* Adds the field called 'name' to the reader's sets; 0 when there is none. */
static int add_field(lreader *o, const char *name)
{
  int k;
  for (k = 0; key_names[k] != NULL; k++)
    if (strcmp(name, key_names[k]) == 0) {
      o->log_fields |= 1u << k;
      return 1;
    }
  if (strcmp(name, "remote_host") == 0) name = "host";   /* classify's host */
  for (k = 0; se_result_fields[k] != NULL; k++)
    if (strcmp(name, se_result_fields[k]) == 0) {
      o->result_fields |= 1u << k;
      return 1;
    }
  return 0;
}

/* options.fields at index i, the options being argument 'arg': the names
** of the fields records hold (nil: every field). */
static void option_fields(lua_State *L, int i, int arg, lreader *o)
{
  int k, n;
  if (lua_isnil(L, i)) return;
  if (lua_type(L, i) != LUA_TTABLE) se_field_error(L, arg, "fields", "a list of field names expected");
  o->log_fields = o->result_fields = 0;
  n = (int)se_rawlen(L, i);
  for (k = 1; k <= n; k++) {
    lua_rawgeti(L, i, k);
    if (lua_type(L, -1) != LUA_TSTRING)
      se_field_error(L, arg, "fields", lua_pushfstring(L, "a field name expected, got %s",
                                                      luaL_typename(L, -1)));
    if (!add_field(o, lua_tostring(L, -1)))
      se_field_error(L, arg, "fields", lua_pushfstring(L, "no field '%s'", lua_tostring(L, -1)));
    lua_pop(L, 1);
  }
}

/* A new reader object. Its options table is argument 'arg' (0: none);
** the classifier object that classifies its records is at 'object' (0:
** the built-in classifier). */
static int new_reader(lua_State *L, int arg, int object)
{
  void *ud;
  lua_Alloc alloc = lua_getallocf(L, &ud);
  lreader *o;
  int top;
  if (arg != 0 && !lua_isnoneornil(L, arg)) luaL_checktype(L, arg, LUA_TTABLE);
  else arg = 0;
  o = (lreader *)lua_newuserdata(L, sizeof(lreader));
  o->r = NULL;
  o->classifier = object != 0 ? se_to_classifier(L, object) : &se_builtin;
  o->ref = LUA_NOREF;
  o->classify = CLASSIFY_ALL;
  o->log_fields = ALL_LOG_FIELDS;
  o->result_fields = SE_RF_ALL;
  luaL_getmetatable(L, SE_LOGREADER);
  lua_setmetatable(L, -2);
  top = lua_gettop(L);
  if (arg != 0) {
    lua_getfield(L, arg, "classify");
    o->classify = option_classify(L, top + 1, arg);
    lua_getfield(L, arg, "fields");
    option_fields(L, top + 2, arg, o);
    lua_settop(L, top);
  }
  if (object != 0) {
    lua_pushvalue(L, object);
    o->ref = luaL_ref(L, LUA_REGISTRYINDEX);
  }
  o->r = se_logreader_new(alloc, ud);
  if (o->r == NULL) return se_memory_error(L);
  return 1;
}

/*
** smtperr.logreader([options]) -> reader
** options.classifier: a classifier made by smtperr.new, whose rules
** classify the replies (default: the built-in classifier);
** options.classify: true or "all" (default), false or "none", or
** "failures": every delivery but the sent ones;
** options.fields: the names of the fields its records hold (default: all).
*/
static int smtperr_logreader(lua_State *L)
{
  int object = 0;
  lua_settop(L, 1);
  if (lua_type(L, 1) == LUA_TTABLE) {
    lua_getfield(L, 1, "classifier");
    if (!lua_isnil(L, 2)) {
      if (se_to_classifier(L, 2) == NULL)
        se_field_error(L, 1, "classifier", "a classifier made by smtperr.new expected");
      object = 2;
    }
  }
  return new_reader(L, 1, object);
}

/* c:logreader([options]) -> reader, classifying with c; options.classify
** and options.fields as for smtperr.logreader */
static int classifier_logreader(lua_State *L)
{
  se_check_classifier(L);
  lua_settop(L, 2);
  return new_reader(L, 2, 1);
}

/* The shape of a record the reader gives. */
static void shape_of(const lreader *o, const se_logrec *rec, shape *sh)
{
  sh->c = o->classifier;
  if (o->classify == CLASSIFY_NONE || (o->classify == CLASSIFY_FAILURES && rec->status == SE_LOG_SENT))
    sh->c = NULL;
  sh->log = o->log_fields;
  sh->result = o->result_fields;
}

/* Pushes the k records the reader holds; with 'list', appends them to the
** list under them (count: its length) and returns the new length. */
static int push_records(lua_State *L, const lreader *o, int k, int list, int count)
{
  int i;
  for (i = 0; i < k; i++) {
    const se_logrec *rec = se_logreader_record(o->r, i);
    shape sh;
    shape_of(o, rec, &sh);
    push_record(L, rec, &sh);
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

/* Registers the functions of l, with the record keys as upvalues, in the
** table on the top. */
static void set_record_makers(lua_State *L, const luaL_Reg *l)
{
  se_setfuncs(L, l, push_keys(L));
}

void se_open_logs(lua_State *L)
{
  luaL_newmetatable(L, SE_LOGREADER);
  se_setfuncs(L, reader_meta, 0);
  lua_newtable(L);
  set_record_makers(L, reader_methods);
  lua_setfield(L, -2, "__index");
  lua_pop(L, 1);
  luaL_getmetatable(L, SE_CLASSIFIER);
  lua_getfield(L, -1, "__index");
  set_record_makers(L, classifier_log_methods);
  lua_pop(L, 2);
  set_record_makers(L, log_funcs);
}

/* }====================================================================== */
