/*
** logdata.c
** The mail-log formats written as data (logparse.h): CSV with a header
** row (Exchange message tracking logs and message traces, PowerMTA
** accounting files) and JSON records (KumoMTA, Exchange message traces).
** Both are read in one pass with no recursion.
*/
#include "logparse.h"

/*
** {======================================================================
** CSV rows (RFC 4180)
** =======================================================================
*/

typedef struct csvrow {
  size_t n;                         /* fields kept: at most SE_LOG_MAXCOLS */
  size_t total;                     /* fields in the row */
  se_span f[SE_LOG_MAXCOLS];
} csvrow;

/* The quoted field at s[i] ('"'): its text, with "" written " in the
** scratch when it has any. Sets *end past the closing quote; returns 0
** when it does not close. */
static int quoted_field(se_logctx *c, size_t i, se_span *out, size_t *end)
{
  const char *s = c->s;
  size_t n = c->n, k = i + 1, from = i + 1, mark = se_log_mark(c);
  for (;;) {
    const char *q = memchr(s + k, '"', n - k);
    if (q == NULL) return 0;
    k = (size_t)(q - s);
    if (k + 1 >= n || s[k + 1] != '"') break;
    se_log_add(c, s + from, k + 1 - from);        /* the text and one quote */
    k += 2;
    from = k;
  }
  if (from == i + 1) {
    *out = se_log_span(s, i + 1, k);
  } else {
    se_log_add(c, s + from, k - from);
    *out = se_log_since(c, mark);
  }
  *end = k + 1;
  return 1;
}

/* Splits the row at i into fields. Returns 0 when a quote does not close. */
static int csv_split(se_logctx *c, size_t i, csvrow *row)
{
  const char *s = c->s;
  size_t n = c->n;
  row->n = row->total = 0;
  for (;;) {
    se_span f;
    size_t end;
    if (i < n && s[i] == '"') {
      if (!quoted_field(c, i, &f, &end)) return 0;
      if (end < n && s[end] != ',') return 0;
    } else {
      const char *comma = memchr(s + i, ',', n - i);
      end = comma ? (size_t)(comma - s) : n;
      f = se_log_span(s, i, end);
    }
    if (row->n < SE_LOG_MAXCOLS) row->f[row->n++] = f;
    row->total++;
    if (end >= n) return 1;
    i = end + 1;
  }
}

/* }====================================================================== */

/*
** {======================================================================
** Headers
** =======================================================================
*/

typedef struct column_name {
  const char *name;
  se_csv_role role;
} column_name;

/* Exchange message tracking (#Fields:), by Microsoft's field names. */
static const column_name tracking_columns[] = {
  { "date-time", SE_COL_TIME }, { "event-id", SE_COL_KIND },
  { "internal-message-id", SE_COL_ID }, { "recipient-address", SE_COL_RCPT },
  { "recipient-status", SE_COL_DIAG }, { "sender-address", SE_COL_SENDER },
  { "server-hostname", SE_COL_RELAY }, { NULL, SE_COL_KIND }
};

/* Get-MessageTrace | Export-Csv. */
static const column_name trace_columns[] = {
  { "Received", SE_COL_TIME }, { "Status", SE_COL_KIND }, { "MessageTraceId", SE_COL_ID },
  { "RecipientAddress", SE_COL_RCPT }, { "SenderAddress", SE_COL_SENDER },
  { "ToIP", SE_COL_RELAY }, { NULL, SE_COL_KIND }
};

/* PowerMTA accounting record fields. */
static const column_name powermta_columns[] = {
  { "type", SE_COL_KIND }, { "timeLogged", SE_COL_TIME }, { "orig", SE_COL_SENDER },
  { "rcpt", SE_COL_RCPT }, { "dsnAction", SE_COL_ACTION }, { "dsnStatus", SE_COL_DSN },
  { "dsnDiag", SE_COL_DIAG }, { "dsnMta", SE_COL_RELAY }, { NULL, SE_COL_KIND }
};

static void head_clear(se_csvhead *h, se_log_format format)
{
  int k;
  h->format = format;
  for (k = 0; k < SE_NCOLROLES; k++) h->col[k] = -1;
}

/* The columns a header row names. */
static void head_read(se_csvhead *h, se_log_format format, const csvrow *row,
                      const column_name *names)
{
  size_t i;
  int k;
  head_clear(h, format);
  for (i = 0; i < row->n; i++) {
    se_span f = row->f[i];
    while (f.n > 0 && se_isblank((unsigned char)f.s[0])) f.s++, f.n--;
    for (k = 0; names[k].name != NULL; k++)
      if (se_log_span_is(f, names[k].name) && h->col[names[k].role] < 0) h->col[names[k].role] = (int)i;
  }
}

/* Keeps a header in the reader (a line read alone has none to keep). */
static int keep_head(se_logctx *c, se_log_format format, const csvrow *row, const column_name *names)
{
  c->rec->format = format;
  if (c->rd != NULL) head_read(&c->rd->head, format, row, names);
  return 0;
}

static int row_has(const csvrow *row, const char *name)
{
  size_t i;
  for (i = 0; i < row->n; i++)
    if (se_log_span_is(row->f[i], name)) return 1;
  return 0;
}

/* }====================================================================== */

/*
** {======================================================================
** Rows
** =======================================================================
*/

static se_span column(const csvrow *row, const se_csvhead *h, se_csv_role role)
{
  se_span none = { NULL, 0 };
  int k = h->col[role];
  return k >= 0 && (size_t)k < row->n ? row->f[k] : none;
}

static int word_is_any(se_span w, const char *const *words)
{
  int k;
  for (k = 0; words[k] != NULL; k++)
    if (se_log_span_is(w, words[k])) return 1;
  return 0;
}

static const char *const pmta_sent[] = { "d", NULL };
static const char *const pmta_bounced[] = { "b", "rb", NULL };
static const char *const pmta_deferred[] = { "t", "tq", NULL };
static const char *const pmta_types[] = { "d", "b", "t", "tq", "r", "f", "rb", "rs", NULL };
static const char *const dsn_actions[] = { "relayed", "delivered", "failed", "delayed", "expanded",
                                           NULL };

static se_log_status powermta_status(se_span type, se_span action)
{
  if (word_is_any(type, pmta_sent)) return SE_LOG_SENT;
  if (word_is_any(type, pmta_bounced)) return SE_LOG_BOUNCED;
  if (word_is_any(type, pmta_deferred)) return SE_LOG_DEFERRED;
  if (type.s != NULL) return SE_LOG_NOSTATUS;
  if (se_log_span_is(action, "failed")) return SE_LOG_BOUNCED;
  if (se_log_span_is(action, "delayed")) return SE_LOG_DEFERRED;
  if (se_log_span_is(action, "delivered") || se_log_span_is(action, "relayed")) return SE_LOG_SENT;
  return SE_LOG_NOSTATUS;
}

static se_log_status exchange_status(se_span kind)
{
  if (se_log_span_is(kind, "DELIVER") || se_log_span_is(kind, "SEND")
      || se_log_span_is(kind, "Delivered"))
    return SE_LOG_SENT;
  if (se_log_span_is(kind, "FAIL") || se_log_span_is(kind, "Failed")) return SE_LOG_BOUNCED;
  if (se_log_span_is(kind, "DEFER") || se_log_span_is(kind, "Pending")) return SE_LOG_DEFERRED;
  return SE_LOG_NOSTATUS;
}

/* A non-empty column, or none. */
static se_span filled(se_span v)
{
  if (v.s != NULL && v.n == 0) v.s = NULL;
  return v;
}

/* PowerMTA's dsnDiag "smtp;550 5.1.1 ..." without its type. */
static se_span without_type(se_span v)
{
  size_t k = 0;
  if (v.s == NULL) return v;
  while (k < v.n && k < 16 && (se_isalnum((unsigned char)v.s[k]) || v.s[k] == '-')) k++;
  if (k > 0 && k < v.n && v.s[k] == ';') {
    k++;
    while (k < v.n && se_isblank((unsigned char)v.s[k])) k++;
    return se_log_span(v.s, k, v.n);
  }
  return v;
}

/* The record of a row read with the columns of h. */
static int row_record(se_logctx *c, const csvrow *row, const se_csvhead *h)
{
  se_logrec *r = c->rec;
  se_span kind = filled(column(row, h, SE_COL_KIND)), sender, diag, dsn, reply;
  r->format = h->format;
  r->status = h->format == SE_LOG_POWERMTA
            ? powermta_status(kind, filled(column(row, h, SE_COL_ACTION))) : exchange_status(kind);
  if (r->status == SE_LOG_NOSTATUS) return 0;
  r->time = filled(column(row, h, SE_COL_TIME));
  r->queue_id = filled(column(row, h, SE_COL_ID));
  r->relay = filled(column(row, h, SE_COL_RELAY));
  r->recipient = se_log_recipients(c, filled(column(row, h, SE_COL_RCPT)),
                                   h->format == SE_LOG_EXCHANGE ? ';' : ',');
  sender = filled(column(row, h, SE_COL_SENDER));
  if (sender.s != NULL) se_log_set_sender(c, sender);
  diag = filled(column(row, h, SE_COL_DIAG));
  dsn = filled(column(row, h, SE_COL_DSN));
  reply = h->format == SE_LOG_POWERMTA ? without_type(diag) : diag;
  if (reply.s != NULL && se_log_code_at(reply.s, reply.n, 0)) r->reply = reply;
  r->dsn = dsn.s != NULL && se_log_enhanced_at(dsn.s, dsn.n, 0)
         ? se_log_span(dsn.s, 0, se_log_enhanced_at(dsn.s, dsn.n, 0)) : se_log_reply_dsn(r->reply);
  r->detail = diag.s != NULL ? diag : dsn;
  if (dsn.s != NULL && diag.s != NULL) {            /* "5.1.1 (...) smtp;550 ...": both codes */
    size_t mark = se_log_mark(c);
    se_log_add(c, dsn.s, dsn.n);
    se_log_add(c, " ", 1);
    se_log_add(c, diag.s, diag.n);
    r->fragment = se_log_since(c, mark);
  } else {
    r->fragment = r->detail;
  }
  return 1;
}

/* A row without a header: PowerMTA's default d and b record columns
** ("type,timeLogged,timeQueued,orig,rcpt,orcpt,dsnAction,dsnStatus,
** dsnDiag,dsnMta,..."), placed by the dsnAction value, which files seen
** in use shift; or an Exchange tracking row by its number of fields
** (2010: 26, 2013: 27, 2016 and later: 30). */
static int headerless_row(se_logctx *c, const csvrow *row)
{
  se_csvhead h;
  if (row->n >= 8 && word_is_any(row->f[0], pmta_types) && row->f[1].n >= 10
      && se_isdigit(row->f[1].s[0]) && row->f[1].s[4] == '-') {
    size_t k;
    for (k = 3; k < row->n && k < 12; k++) {
      if (!word_is_any(row->f[k], dsn_actions)) continue;
      head_clear(&h, SE_LOG_POWERMTA);
      h.col[SE_COL_KIND] = 0;
      h.col[SE_COL_TIME] = 1;
      h.col[SE_COL_SENDER] = (int)k - 3;
      h.col[SE_COL_RCPT] = (int)k - 2;
      h.col[SE_COL_ACTION] = (int)k;
      h.col[SE_COL_DSN] = (int)k + 1;
      h.col[SE_COL_DIAG] = (int)k + 2;
      h.col[SE_COL_RELAY] = (int)k + 3;
      return row_record(c, row, &h);
    }
    return -1;
  }
  if ((row->total == 26 || row->total == 27 || row->total == 30) && row->f[0].n >= 20
      && se_isdigit(row->f[0].s[0]) && row->f[0].s[10] == 'T' && row->f[0].s[row->f[0].n - 1] == 'Z') {
    int shift = row->total == 26 ? 0 : 1;
    head_clear(&h, SE_LOG_EXCHANGE);
    h.col[SE_COL_TIME] = 0;
    h.col[SE_COL_RELAY] = 4;
    h.col[SE_COL_KIND] = 8;
    h.col[SE_COL_ID] = 9;
    h.col[SE_COL_RCPT] = 11 + shift;
    h.col[SE_COL_DIAG] = 12 + shift;
    h.col[SE_COL_SENDER] = 18 + shift;
    return row_record(c, row, &h);
  }
  return -1;
}

/* Could the line be a row of the reader's header? */
static int looks_like_row(const se_logctx *c, size_t i)
{
  const se_csvhead *h = &c->rd->head;
  size_t k = i;
  if (h->format == SE_LOG_POWERMTA) {
    while (k < c->n && k - i < 3 && c->s[k] >= 'a' && c->s[k] <= 'z') k++;
    return k > i && k < c->n && c->s[k] == ',';
  }
  return i < c->n && (se_isdigit(c->s[i]) || c->s[i] == '"');
}

/* Directives of an Exchange tracking log. */
static int is_directive(const se_logctx *c, size_t i)
{
  static const char *const directives[] = { "#Software: ", "#Version: ", "#Log-type: ", "#Date: ",
                                            "#TYPE ", NULL };
  int k;
  for (k = 0; directives[k] != NULL; k++)
    if (se_log_at(c->s, c->n, i, directives[k])) return 1;
  return 0;
}

int se_log_csv(se_logctx *c, size_t i)
{
  csvrow row;
  if (is_directive(c, i)) {
    c->rec->format = SE_LOG_EXCHANGE;
    return 0;
  }
  if (se_log_at(c->s, c->n, i, "#Fields: ")) {
    if (!csv_split(c, i + 9, &row)) return -1;
    return keep_head(c, SE_LOG_EXCHANGE, &row, tracking_columns);
  }
  if (i < c->n && c->s[i] == '#') return -1;
  if (c->rd != NULL && c->rd->head.format != SE_LOG_NONE && !looks_like_row(c, i)
      && c->s[i] != '"' && !se_log_at(c->s, c->n, i, "type,"))
    return -1;
  if (memchr(c->s + i, ',', c->n - i) == NULL || !csv_split(c, i, &row)) return -1;
  if (se_log_at(c->s, c->n, i, "type,") && row_has(&row, "rcpt"))
    return keep_head(c, SE_LOG_POWERMTA, &row, powermta_columns);
  if (row_has(&row, "RecipientAddress") && row_has(&row, "Status"))
    return keep_head(c, SE_LOG_EXCHANGE, &row, trace_columns);
  if (c->rd != NULL && c->rd->head.format != SE_LOG_NONE) return row_record(c, &row, &c->rd->head);
  return headerless_row(c, &row);
}

/* }====================================================================== */

/*
** {======================================================================
** JSON records
** =======================================================================
*/

typedef struct json {
  se_logctx *c;
  size_t i;
} json;

static void json_ws(json *j)
{
  while (j->i < j->c->n && se_isspace((unsigned char)j->c->s[j->i])) j->i++;
}

static int json_next(json *j, char want)
{
  json_ws(j);
  if (j->i >= j->c->n || j->c->s[j->i] != want) return 0;
  j->i++;
  return 1;
}

static int hex_value(int h)
{
  if (se_isdigit(h)) return h - '0';
  h |= 0x20;
  return h >= 'a' && h <= 'f' ? h - 'a' + 10 : -1;
}

/* Four hex digits at s[k], or -1. */
static long hex4(const char *s, size_t n, size_t k)
{
  long v = 0;
  size_t e;
  if (k + 4 > n) return -1;
  for (e = k; e < k + 4; e++) {
    int d = hex_value((unsigned char)s[e]);
    if (d < 0) return -1;
    v = v * 16 + d;
  }
  return v;
}

/* Writes code point u as UTF-8 in the scratch. */
static void put_utf8(se_logctx *c, unsigned long u)
{
  char b[4];
  size_t k;
  if (u < 0x80) {
    b[0] = (char)u;
    k = 1;
  } else if (u < 0x800) {
    b[0] = (char)(0xC0 | (u >> 6));
    b[1] = (char)(0x80 | (u & 0x3F));
    k = 2;
  } else if (u < 0x10000) {
    b[0] = (char)(0xE0 | (u >> 12));
    b[1] = (char)(0x80 | ((u >> 6) & 0x3F));
    b[2] = (char)(0x80 | (u & 0x3F));
    k = 3;
  } else {
    b[0] = (char)(0xF0 | (u >> 18));
    b[1] = (char)(0x80 | ((u >> 12) & 0x3F));
    b[2] = (char)(0x80 | ((u >> 6) & 0x3F));
    b[3] = (char)(0x80 | (u & 0x3F));
    k = 4;
  }
  se_log_add(c, b, k);
}

/* Writes the escape at s[*k] ('\\'); returns 0 when it is no valid one. */
static int unescape_one(se_logctx *c, size_t *k)
{
  static const char from[] = "\"\\/bfnrt", to[] = "\"\\/\b\f\n\r\t";
  const char *s = c->s, *p;
  size_t n = c->n;
  long u;
  if (*k + 1 >= n) return 0;
  p = strchr(from, s[*k + 1]);
  if (p != NULL && s[*k + 1] != '\0') {
    se_log_add(c, to + (p - from), 1);
    *k += 2;
    return 1;
  }
  if (s[*k + 1] != 'u' || (u = hex4(s, n, *k + 2)) < 0) return 0;
  *k += 6;
  if (u >= 0xD800 && u <= 0xDBFF) {
    long low;
    if (*k + 1 >= n || s[*k] != '\\' || s[*k + 1] != 'u' || (low = hex4(s, n, *k + 2)) < 0xDC00
        || low > 0xDFFF)
      return 0;
    u = 0x10000 + ((u - 0xD800) << 10) + (low - 0xDC00);
    *k += 6;
  } else if (u >= 0xDC00 && u <= 0xDFFF) {
    return 0;
  }
  put_utf8(c, (unsigned long)u);
  return 1;
}

/* A string at j->i: its text (unescaped into the scratch when it has
** escapes). Returns 0 when it is no valid string. */
static int json_string(json *j, se_span *out)
{
  se_logctx *c = j->c;
  size_t k, start, mark = 0;
  int escaped = 0;
  json_ws(j);
  if (j->i >= c->n || c->s[j->i] != '"') return 0;
  start = k = j->i + 1;
  while (k < c->n && c->s[k] != '"') {
    if ((unsigned char)c->s[k] < 0x20) return 0;
    if (c->s[k] != '\\') {
      if (escaped) se_log_add(c, c->s + k, 1);
      k++;
      continue;
    }
    if (!escaped) {
      mark = se_log_mark(c);
      se_log_add(c, c->s + start, k - start);
      escaped = 1;
    }
    if (!unescape_one(c, &k)) return 0;
  }
  if (k >= c->n) return 0;
  *out = escaped ? se_log_since(c, mark) : se_log_span(c->s, start, k);
  j->i = k + 1;
  return 1;
}

/* A number or a literal (true, false, null) at j->i, as written. */
static int json_scalar(json *j, se_span *out)
{
  const char *s = j->c->s;
  size_t k;
  json_ws(j);
  for (k = j->i; k < j->c->n && (se_isalnum((unsigned char)s[k]) || s[k] == '-' || s[k] == '+'
                                 || s[k] == '.'); k++) {}
  if (k == j->i) return 0;
  *out = se_log_span(s, j->i, k);
  j->i = k;
  return 1;
}

/* Skips any value; containers are matched with a stack of
** SE_LOG_JSONDEPTH brackets. */
static int json_skip(json *j)
{
  char stack[SE_LOG_JSONDEPTH];
  int depth = 0;
  se_span v;
  do {
    char ch;
    json_ws(j);
    if (j->i >= j->c->n) return 0;
    ch = j->c->s[j->i];
    if (ch == '"') {
      size_t mark = se_log_mark(j->c);
      if (!json_string(j, &v)) return 0;
      j->c->outn = mark;
    } else if (ch == '{' || ch == '[') {
      if (depth == SE_LOG_JSONDEPTH) return 0;
      stack[depth++] = ch == '{' ? '}' : ']';
      j->i++;
    } else if (ch == '}' || ch == ']') {
      if (depth == 0 || stack[depth - 1] != ch) return 0;
      depth--;
      j->i++;
    } else if (ch == ',' || ch == ':') {
      if (depth == 0) return 0;
      j->i++;
    } else if (!json_scalar(j, &v)) {
      return 0;
    }
  } while (depth > 0);
  return 1;
}

/* What a record holds, by key. */
typedef enum jkey {
  J_TYPE, J_ID, J_SENDER, J_RECIPIENT, J_TIMESTAMP, J_RESPONSE, J_PEER, J_CODE, J_ENHANCED,
  J_CONTENT, J_NAME, J_ADDR, J_CLASS, J_SUBJECT, J_DETAIL, J_STATUS, J_RCPT_ADDRESS,
  J_SENDER_ADDRESS, J_TRACE_ID, J_TO_IP, J_RECEIVED, J_NKEYS
} jkey;

/* The keys read at each level: the record, response and peer_address,
** enhanced_code. */
static const char *const jkey_names[J_NKEYS] = {
  "type", "id", "sender", "recipient", "timestamp", "response", "peer_address", "code",
  "enhanced_code", "content", "name", "addr", "class", "subject", "detail", "Status",
  "RecipientAddress", "SenderAddress", "MessageTraceId", "ToIP", "Received"
};

typedef struct jrecord {
  se_span v[J_NKEYS];
} jrecord;

static int jkey_of(se_span key)
{
  int k;
  for (k = 0; k < J_NKEYS; k++)
    if (se_log_span_is(key, jkey_names[k])) return k;
  return -1;
}

/* Reads the object at j->i, keeping the values of known keys; the objects
** of response, peer_address and enhanced_code are read the same way (at
** most three levels). */
static int json_object(json *j, jrecord *rec, int level)
{
  if (!json_next(j, '{')) return 0;
  json_ws(j);
  if (j->i < j->c->n && j->c->s[j->i] == '}') {
    j->i++;
    return 1;
  }
  for (;;) {
    se_span key, v;
    size_t mark = se_log_mark(j->c);
    int k;
    if (!json_string(j, &key) || !json_next(j, ':')) return 0;
    j->c->outn = mark;                /* keys are not kept */
    k = jkey_of(key);
    json_ws(j);
    if (j->i >= j->c->n) return 0;
    if (k >= 0 && j->c->s[j->i] == '{' && level < 2) {
      rec->v[k].s = j->c->s + j->i;   /* present */
      if (!json_object(j, rec, level + 1)) return 0;
    } else if (k >= 0 && j->c->s[j->i] == '"') {
      if (!json_string(j, &v)) return 0;
      rec->v[k] = v;
    } else if (k >= 0 && j->c->s[j->i] != '{' && j->c->s[j->i] != '[') {
      if (!json_scalar(j, &v)) return 0;
      if (!se_log_span_is(v, "null")) rec->v[k] = v;
    } else if (!json_skip(j)) {
      return 0;
    }
    json_ws(j);
    if (j->i < j->c->n && j->c->s[j->i] == ',') {
      j->i++;
      continue;
    }
    return json_next(j, '}');
  }
}

/* A small number as written, or -1. */
static int small_number(se_span v)
{
  int x = 0;
  size_t k;
  if (v.s == NULL || v.n == 0 || v.n > 3) return -1;
  for (k = 0; k < v.n; k++) {
    if (!se_isdigit(v.s[k])) return -1;
    x = x * 10 + (v.s[k] - '0');
  }
  return x;
}

static const char *const kumo_types[] = {
  "Reception", "Delivery", "Bounce", "TransientFailure", "Expiration", "AdminBounce", "OOB",
  "Feedback", "Rejection", "Delay", NULL
};

static se_log_status kumo_status(se_span type)
{
  if (se_log_span_is(type, "Delivery")) return SE_LOG_SENT;
  if (se_log_span_is(type, "Bounce") || se_log_span_is(type, "AdminBounce")
      || se_log_span_is(type, "OOB"))
    return SE_LOG_BOUNCED;
  if (se_log_span_is(type, "TransientFailure")) return SE_LOG_DEFERRED;
  if (se_log_span_is(type, "Expiration")) return SE_LOG_EXPIRED;
  return SE_LOG_NOSTATUS;
}

/* The enhanced code of response.enhanced_code, written "5.1.1". */
static se_span kumo_dsn(se_logctx *c, const jrecord *j)
{
  se_span none = { NULL, 0 };
  size_t mark = se_log_mark(c);
  if (small_number(j->v[J_CLASS]) < 0 || small_number(j->v[J_SUBJECT]) < 0
      || small_number(j->v[J_DETAIL]) < 0)
    return none;
  se_log_add(c, j->v[J_CLASS].s, j->v[J_CLASS].n);
  se_log_add(c, ".", 1);
  se_log_add(c, j->v[J_SUBJECT].s, j->v[J_SUBJECT].n);
  se_log_add(c, ".", 1);
  se_log_add(c, j->v[J_DETAIL].s, j->v[J_DETAIL].n);
  return se_log_since(c, mark);
}

/* The reply: the code, the enhanced code and the content (which holds
** only the text after the codes), or the content when it has the code. */
static void kumo_reply(se_logctx *c, const jrecord *j)
{
  se_logrec *r = c->rec;
  se_span code = j->v[J_CODE], content = j->v[J_CONTENT];
  size_t mark;
  if (small_number(code) < 100) return;
  if (content.s != NULL && content.n >= 3 && memcmp(content.s, code.s, 3) == 0) {
    r->reply = content;
    return;
  }
  mark = se_log_mark(c);
  se_log_add(c, code.s, code.n);
  if (r->dsn.s != NULL) {
    se_log_add(c, " ", 1);
    se_log_add(c, r->dsn.s, r->dsn.n);
  }
  if (content.s != NULL && content.n > 0) {
    se_log_add(c, " ", 1);
    se_log_add(c, content.s, content.n);
  }
  r->reply = se_log_since(c, mark);
}

/* "name[addr]" of peer_address. */
static se_span kumo_relay(se_logctx *c, const jrecord *j)
{
  se_span name = j->v[J_NAME], addr = j->v[J_ADDR];
  size_t mark = se_log_mark(c);
  if (addr.s == NULL || addr.n == 0) return name.s != NULL && name.n > 0 ? name : addr;
  if (name.s != NULL) se_log_add(c, name.s, name.n);
  se_log_add(c, "[", 1);
  se_log_add(c, addr.s, addr.n);
  se_log_add(c, "]", 1);
  return se_log_since(c, mark);
}

static int kumo_record(se_logctx *c, const jrecord *j)
{
  se_logrec *r = c->rec;
  r->format = SE_LOG_KUMOMTA;
  r->status = kumo_status(j->v[J_TYPE]);
  if (se_log_span_is(j->v[J_TYPE], "Rejection")) {
    r->reject = 1;
    r->status = small_number(j->v[J_CODE]) >= 500 ? SE_LOG_BOUNCED
              : small_number(j->v[J_CODE]) >= 400 ? SE_LOG_DEFERRED : SE_LOG_NOSTATUS;
  }
  if (r->status == SE_LOG_NOSTATUS) return 0;
  r->queue_id = filled(j->v[J_ID]);
  r->recipient = filled(j->v[J_RECIPIENT]);
  if (j->v[J_SENDER].s != NULL) se_log_set_sender(c, j->v[J_SENDER]);
  r->time = j->v[J_TIMESTAMP];
  r->dsn = kumo_dsn(c, j);
  kumo_reply(c, j);
  r->relay = filled(kumo_relay(c, j));
  r->detail = filled(j->v[J_CONTENT]);
  r->fragment = r->reply.s != NULL ? r->reply : r->detail;
  return 1;
}

/* A Get-MessageTrace row written as JSON. */
static int trace_record(se_logctx *c, const jrecord *j)
{
  se_logrec *r = c->rec;
  r->format = SE_LOG_EXCHANGE;
  r->status = exchange_status(j->v[J_STATUS]);
  if (r->status == SE_LOG_NOSTATUS) return 0;
  r->recipient = se_log_recipients(c, filled(j->v[J_RCPT_ADDRESS]), ';');
  if (filled(j->v[J_SENDER_ADDRESS]).s != NULL) se_log_set_sender(c, j->v[J_SENDER_ADDRESS]);
  r->queue_id = filled(j->v[J_TRACE_ID]);
  r->relay = filled(j->v[J_TO_IP]);
  r->time = filled(j->v[J_RECEIVED]);
  return 1;
}

int se_log_json(se_logctx *c, size_t i)
{
  json j;
  jrecord rec;
  memset(&rec, 0, sizeof rec);
  j.c = c;
  j.i = i;
  if (!json_object(&j, &rec, 0)) return -1;
  json_ws(&j);
  if (j.i != c->n) return -1;
  if (rec.v[J_TYPE].s != NULL && word_is_any(rec.v[J_TYPE], kumo_types)) return kumo_record(c, &rec);
  if (rec.v[J_STATUS].s != NULL && rec.v[J_RCPT_ADDRESS].s != NULL) return trace_record(c, &rec);
  return 0;
}

/* }====================================================================== */
