/*
** dsn.c
** Delivery-status fields (dsn.h).
*/
#include <string.h>

#include "dsn.h"
#include "sectype.h"

typedef enum dsn_name {
  F_OTHER, F_FINAL, F_ORIGINAL, F_ACTION, F_STATUS, F_DIAGNOSTIC, F_REMOTE, F_LAST_ATTEMPT,
  F_REPORTING
} dsn_name;

/* The DSN's field names, and what each is (by index). */
#define DSN_NAMES(X) \
  X("final-recipient") X("original-recipient") X("action") X("status") X("diagnostic-code") \
  X("remote-mta") X("last-attempt-date") X("reporting-mta") X("x-actual-recipient") \
  X("will-retry-until") X("arrival-date") X("received-from-mta") X("final-log-id")

static const se_names dsn_names = SE_NAMES(DSN_NAMES);

static const dsn_name dsn_fields[] = {
  F_FINAL, F_ORIGINAL, F_ACTION, F_STATUS, F_DIAGNOSTIC, F_REMOTE, F_LAST_ATTEMPT, F_REPORTING,
  F_OTHER, F_OTHER, F_OTHER, F_OTHER, F_OTHER
};

SE_STATIC_ASSERT((0 DSN_NAMES(SE_COUNT_ITEM)) == sizeof dsn_fields / sizeof dsn_fields[0],
                 a_field_for_each_name);

/* The field line at s[i..end): its name's length when it is "Name: ...". */
static size_t field_name_length(const char *s, size_t i, size_t end)
{
  /* The bytes of a name: letters, digits, '-' and '_', as bits by value. */
  static const uint64_t name_bytes[2] = { UINT64_C(0x03ff200000000000), UINT64_C(0x07fffffe87fffffe) };
  size_t k = i;
  while (k < end && (unsigned char)s[k] < 0x80 && (name_bytes[(unsigned char)s[k] >> 6] >> (s[k] & 63) & 1)) k++;
  return (k > i && k < end && s[k] == ':') ? k - i : 0;
}

static dsn_name which_field(const char *s, size_t i, size_t len, int *known)
{
  int k = se_name_index(se_span_of(s + i, len), &dsn_names);
  *known = k >= 0;
  return k >= 0 ? dsn_fields[k] : F_OTHER;
}

/* A new empty record's index, or SE_NO_RECORD (*nomem set when memory ran out). */
static size_t new_record(se_dsn_records *rs)
{
  int room = se_arena_grow(rs->a, (void **)&rs->r, &rs->cap, rs->n, sizeof(se_dsn_record), SE_MAXRECIPIENTS);
  if (room != 0) {
    rs->nomem |= room < 0;
    return SE_NO_RECORD;
  }
  memset(&rs->r[rs->n], 0, sizeof(se_dsn_record));
  return rs->n++;
}

static se_span *slot_of(se_dsn_record *r, dsn_name which)
{
  switch (which) {
    case F_FINAL: return &r->final;
    case F_ORIGINAL: return &r->original;
    case F_ACTION: return &r->action;
    case F_STATUS: return &r->status;
    case F_DIAGNOSTIC: return &r->diagnostic;
    case F_REMOTE: return &r->remote;
    case F_LAST_ATTEMPT: return &r->last_attempt;
    default: return NULL;
  }
}

/* The record a field goes to: a new one at a block's start once the last
** named its recipient, and when a recipient field repeats; fields written
** before the recipient's (Facebook writes Diagnostic-Code first) stay in
** its record. */
static size_t record_for(se_dsn_records *rs, size_t cur, dsn_name which, int block_start)
{
  const se_dsn_record *r = cur != SE_NO_RECORD ? &rs->r[cur] : NULL;
  if (r != NULL && ((block_start && (r->final.s != NULL || r->original.s != NULL))
                    || (which == F_FINAL && r->final.s != NULL)
                    || (which == F_ORIGINAL && r->original.s != NULL)))
    r = NULL;
  return r != NULL ? cur : new_record(rs);
}

/*
** Reads the DSN fields of a text. In a delivery-status part ('strict') a
** line that is no field continues the one before (MessageLabs writes
** continuations without indenting them); in a human part only the DSN's
** own field names count.
*/
void se_read_dsn(se_dsn_records *rs, se_span t, int strict)
{
  const char *s = t.s;
  size_t i = 0, next, n = t.n;
  size_t cur = SE_NO_RECORD;
  se_span *open = NULL;             /* the field continuation lines extend */
  int block_start = 1;
  for (; i < n; i = next) {
    size_t len;
    int known;
    dsn_name which;
    size_t end = se_line_end(s, n, i, &next);
    if (se_blank_line(s, i, end)) {
      block_start = 1;
      open = NULL;
      continue;
    }
    len = se_isblank((unsigned char)s[i]) ? 0 : field_name_length(s, i, end);
    if (len == 0) {
      if (open != NULL && (strict || se_isblank((unsigned char)s[i]))) open->n = (size_t)(s + end - open->s);
      else open = NULL;
      continue;
    }
    which = which_field(s, i, len, &known);
    if (!known && !strict) {
      open = NULL;
      continue;
    }
    if (which == F_REPORTING) {
      rs->reporting = se_span_of(s + i + len + 1, end - i - len - 1);
      open = &rs->reporting;
      continue;
    }
    if (which == F_OTHER) {
      open = NULL;
      continue;
    }
    if ((cur = record_for(rs, cur, which, block_start)) == SE_NO_RECORD) return;
    block_start = 0;
    open = slot_of(&rs->r[cur], which);
    *open = se_span_of(s + i + len + 1, end - i - len - 1);
    rs->r[cur].has_fields = 1;
  }
}

/* Is a trimmed value unfolded already: no white space but single spaces? */
static int unfolded(se_span v)
{
  size_t k;
  for (k = 0; k < v.n; k++) {
    unsigned char c = (unsigned char)v.s[k];
    if (c == ' ' ? v.s[k - 1] == ' ' : se_isspace(c)) return 0;   /* k > 0: v is trimmed */
  }
  return 1;
}

/* A field value with its folding joined by single spaces (into the arena,
** unless it has none). */
se_span se_unfold(se_arena *a, se_span v)
{
  char *buf;
  size_t k, len = 0;
  int space = 0;
  v = se_trim(v);
  if (v.s == NULL || v.n == 0 || unfolded(v)) return v;
  if ((buf = se_arena_alloc(a, v.n)) == NULL) return se_no_span;
  for (k = 0; k < v.n;) {
    size_t run = k;
    if (se_isspace((unsigned char)v.s[k])) {
      space = 1;
      k++;
      continue;
    }
    while (run < v.n && !se_isspace((unsigned char)v.s[run])) run++;   /* a word, copied whole */
    if (space && len > 0) buf[len++] = ' ';
    space = 0;
    memcpy(buf + len, v.s + k, run - k);
    len += run - k;
    k = run;
  }
  return se_span_of(buf, len);
}

/* "type; value" without its type (rfc822;, smtp;, dns;); sets *type. */
se_span se_without_type(se_span v, se_span *type)
{
  size_t k = 0;
  *type = se_no_span;
  while (k < v.n && (se_isalnum((unsigned char)v.s[k]) || v.s[k] == '-' || v.s[k] == '_')) k++;
  if (k > 0 && k < v.n && v.s[k] == ';') {
    *type = se_span_of(v.s, k);
    return se_trim(se_span_of(v.s + k + 1, v.n - k - 1));
  }
  return v;
}

se_dsn_action se_dsn_action_of(se_span v)
{
  static const char *const names[] = { "failed", "delayed", "delivered", "relayed", "expanded",
                                       "deliverable", "expired", NULL };
  static const se_dsn_action actions[] = { SE_DA_FAILED, SE_DA_DELAYED, SE_DA_DELIVERED,
                                           SE_DA_RELAYED, SE_DA_EXPANDED, SE_DA_DELIVERED,
                                           SE_DA_FAILED };
  int k;
  v = se_trim(v);
  for (k = 0; names[k] != NULL; k++)
    if (v.n >= strlen(names[k]) && se_startswith(v.s, v.n, 0, names[k])) return actions[k];
  return SE_DA_NONE;
}

/* "5.1.1 (Remote SMTP server has rejected address)" -> "5.1.1". */
se_span se_dsn_status_of(se_span v)
{
  size_t k = 0;
  v = se_trim(v);
  while (k < v.n && (se_isdigit((unsigned char)v.s[k]) || v.s[k] == '.')) k++;
  return se_span_of(v.s, k);
}

/* Is a status generic: empty or X.0.0? */
int se_generic_status(se_span st)
{
  return st.n < 5 || (st.n == 5 && memcmp(st.s + 1, ".0.0", 4) == 0);
}

/* A DSN recipient as written when it is no plain address but has the
** shape of one, such as an encoded word before the '@'. */
se_span se_token_address(se_span v)
{
  const char *at;
  size_t k;
  v = se_trim(v);
  if (v.n > 1 && v.s[0] == '<' && v.s[v.n - 1] == '>') v.s++, v.n -= 2;
  for (k = 0; k < v.n; k++)
    if (se_isspace((unsigned char)v.s[k]) || v.s[k] == '<' || v.s[k] == '>') return se_no_span;
  at = v.n > 0 ? memchr(v.s + 1, '@', v.n - 1) : NULL;
  return (at != NULL && memchr(at, '.', (size_t)(v.s + v.n - at)) != NULL) ? v : se_no_span;
}
