/*
** lresult.c
** The binding's conversions of the core's answers to Lua values: text read
** from the input (made valid UTF-8), and classify's result table, whose
** fields every reader's records share.
*/
#include <stdint.h>
#include <string.h>

#include "lsmtperr.h"

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
int se_push_result_keys(lua_State *L)
{
  int f;
  luaL_checkstack(L, SE_NRESULTFIELDS + 1, "smtperr: the result keys");
  for (f = 0; f < SE_NRESULTFIELDS; f++) lua_pushstring(L, se_result_fields[f]);
  se_push_result_names(L);
  return SE_NRESULTFIELDS + 1;
}
