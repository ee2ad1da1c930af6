/*
** logline.c
** The mail-log reader (logline.h): the syslog prefix, which format a line
** is of, the helpers the formats' readers share (logparse.h), the
** reader's remembered ids, and the reader itself.
*/
#include "logparse.h"

const char *const se_log_formats[SE_LOG_NFORMATS] = {
  NULL, "postfix", "exim", "sendmail", "opensmtpd", "qmail", "exchange", "powermta", "kumomta"
};

const char *const se_log_statuses[SE_LOG_NSTATUS] = {
  NULL, "sent", "bounced", "deferred", "expired"
};

/*
** {======================================================================
** Bytes
** =======================================================================
*/

size_t se_log_find(const char *s, size_t from, size_t to, const char *w)
{
  size_t k = strlen(w);
  while (from < to && to - from >= k) {
    const char *p = memchr(s + from, w[0], to - from - k + 1);
    if (p == NULL) break;
    from = (size_t)(p - s);
    if (memcmp(p, w, k) == 0) return from;
    from++;
  }
  return to;
}

size_t se_log_rfind(const char *s, size_t from, size_t to, const char *w)
{
  size_t k = strlen(w), i;
  if (to < from || to - from < k) return to;
  for (i = to - k + 1; i-- > from;)
    if (s[i] == w[0] && memcmp(s + i, w, k) == 0) return i;
  return to;
}

int se_log_code_at(const char *s, size_t n, size_t i)
{
  if (i + 3 > n || s[i] < '2' || s[i] > '5' || !se_isdigit(s[i + 1]) || !se_isdigit(s[i + 2]))
    return 0;
  if (i > 0 && se_isdigit(s[i - 1])) return 0;
  if (i + 3 < n && !se_isblank((unsigned char)s[i + 3]) && s[i + 3] != '-') return 0;
  return (s[i] - '0') * 100 + (s[i + 1] - '0') * 10 + (s[i + 2] - '0');
}

/* The length of a run of 1 to 3 digits at i, or 0. */
static size_t digits_at(const char *s, size_t n, size_t i)
{
  size_t k = 0;
  while (i + k < n && k < 4 && se_isdigit(s[i + k])) k++;
  return k <= 3 ? k : 0;
}

size_t se_log_enhanced_at(const char *s, size_t n, size_t i)
{
  size_t a, b;
  if (i + 5 > n || (s[i] != '2' && s[i] != '4' && s[i] != '5') || s[i + 1] != '.') return 0;
  if (i > 0 && (se_isalnum((unsigned char)s[i - 1]) || s[i - 1] == '.')) return 0;
  a = digits_at(s, n, i + 2);
  if (a == 0 || i + 2 + a >= n || s[i + 2 + a] != '.') return 0;
  b = digits_at(s, n, i + 3 + a);
  if (b == 0) return 0;
  i += 3 + a + b;
  if (i < n && (se_isalnum((unsigned char)s[i]) || (s[i] == '.' && i + 1 < n && se_isdigit(s[i + 1]))))
    return 0;
  return 3 + a + b;
}

se_span se_log_reply_dsn(se_span reply)
{
  se_span none = { NULL, 0 };
  size_t i = 0, k;
  if (reply.s == NULL) return none;
  if (se_log_code_at(reply.s, reply.n, 0)) i = 4;
  k = se_log_enhanced_at(reply.s, reply.n, i);
  return k ? se_log_span(reply.s, i, i + k) : none;
}

se_log_status se_log_status_of(se_span reply)
{
  char first;
  if (reply.s == NULL || reply.n == 0) return SE_LOG_NOSTATUS;
  first = reply.s[0];
  if (!se_log_code_at(reply.s, reply.n, 0) && !se_log_enhanced_at(reply.s, reply.n, 0))
    return SE_LOG_NOSTATUS;
  return first == '5' ? SE_LOG_BOUNCED : first == '4' ? SE_LOG_DEFERRED : SE_LOG_NOSTATUS;
}

/* Unclosed '(' and '"' of s[a..b): a wrapper opened before a reply. */
static void openers(const char *s, size_t a, size_t b, int *parens, int *quotes)
{
  *parens = *quotes = 0;
  for (; a < b; a++) {
    if (s[a] == '(') (*parens)++;
    else if (s[a] == ')' && *parens > 0) (*parens)--;
    else if (s[a] == '"') *quotes ^= 1;
  }
}

se_span se_log_inner_reply(const char *s, size_t a, size_t b)
{
  se_span none = { NULL, 0 };
  size_t i = a;
  for (;;) {
    int parens, quotes;
    i = se_log_find(s, i, b, ": ");
    if (i == b) return none;
    i += 2;
    if (!se_log_code_at(s, b, i)) continue;
    openers(s, a, i, &parens, &quotes);
    while (b > i && ((s[b - 1] == ')' && parens > 0) || (s[b - 1] == '"' && quotes > 0))) {
      if (s[b - 1] == ')') parens--;
      else quotes--;
      b--;
    }
    return se_log_span(s, i, b);
  }
}

/* }====================================================================== */

/*
** {======================================================================
** Scratch, addresses
** =======================================================================
*/

void se_log_add(se_logctx *c, const char *s, size_t n)
{
  if (n > c->outcap - c->outn) n = c->outcap - c->outn;
  memcpy(c->out + c->outn, s, n);
  c->outn += n;
}

se_span se_log_since(se_logctx *c, size_t mark)
{
  return se_log_span(c->out, mark, c->outn);
}

se_span se_log_put(se_logctx *c, const char *s, size_t n)
{
  size_t mark = se_log_mark(c);
  se_log_add(c, s, n);
  return se_log_since(c, mark);
}

se_span se_log_address(se_span v)
{
  size_t a = 0, b = v.n;
  const char *open;
  if (v.s == NULL) return v;
  while (a < b && se_isblank((unsigned char)v.s[a])) a++;
  while (b > a && se_isblank((unsigned char)v.s[b - 1])) b--;
  if (b > a && v.s[b - 1] == '>' && (open = memchr(v.s + a, '<', b - a)) != NULL) {
    a = (size_t)(open - v.s) + 1;
    b--;
  }
  return se_log_span(v.s, a, b);
}

void se_log_set_sender(se_logctx *c, se_span v)
{
  static const char null_sender[] = "<>";
  se_span a = se_log_address(v);
  if (a.s == NULL) return;
  if (a.n == 0) {
    a.s = null_sender;
    a.n = 2;
  }
  c->rec->sender = a;
}

/* The end of the list item at i: the next 'sep' outside <> and quotes. */
static size_t item_end(const char *s, size_t n, size_t i, char sep)
{
  int angle = 0, quote = 0;
  for (; i < n; i++) {
    if (s[i] == '"') quote ^= 1;
    else if (!quote && s[i] == '<') angle = 1;
    else if (!quote && s[i] == '>') angle = 0;
    else if (!quote && !angle && s[i] == sep) break;
  }
  return i;
}

se_span se_log_recipients(se_logctx *c, se_span v, char sep)
{
  size_t i = 0, mark;
  if (v.s == NULL) return v;
  if (item_end(v.s, v.n, 0, sep) == v.n) return se_log_address(v);
  mark = se_log_mark(c);
  while (i <= v.n) {
    size_t end = item_end(v.s, v.n, i, sep);
    se_span a = se_log_address(se_log_span(v.s, i, end));
    if (a.n > 0) {
      if (c->outn > mark) se_log_add(c, ",", 1);
      se_log_add(c, a.s, a.n);
    }
    i = end + 1;
  }
  return se_log_since(c, mark);
}

/* }====================================================================== */

/*
** {======================================================================
** Sessions: a table of SE_LOG_SESSIONS slots in sets of SE_LOG_WAYS
** =======================================================================
*/

static uint32_t session_hash(int format, int kind, se_span key)
{
  uint32_t h = 2166136261u ^ (uint32_t)(format * 31 + kind);
  size_t i;
  for (i = 0; i < key.n; i++) h = (h ^ (unsigned char)key.s[i]) * 16777619u;
  return h;
}

static int session_is(const se_session *ss, int format, int kind, se_span key)
{
  return ss->used != 0 && ss->format == format && ss->kind == kind && ss->keyn == key.n
         && memcmp(ss->key, key.s, key.n) == 0;
}

se_session *se_log_session(se_logctx *c, se_session_kind kind, se_span key, int make)
{
  se_logreader *r = c->rd;
  se_session *set, *pick;
  int format = (int)c->rec->format, w;
  if (r == NULL || key.s == NULL || key.n == 0 || key.n > SE_LOG_KEYMAX) return NULL;
  set = &r->sessions[(session_hash(format, (int)kind, key) % (SE_LOG_SESSIONS / SE_LOG_WAYS))
                     * SE_LOG_WAYS];
  pick = &set[0];
  for (w = 0; w < SE_LOG_WAYS; w++) {
    if (session_is(&set[w], format, (int)kind, key)) {
      set[w].used = ++r->clock;
      return &set[w];
    }
    if (set[w].used < pick->used) pick = &set[w];
  }
  if (!make) return NULL;
  pick->used = ++r->clock;
  pick->format = (unsigned char)format;
  pick->kind = (unsigned char)kind;
  pick->keyn = (unsigned char)key.n;
  memcpy(pick->key, key.s, key.n);
  pick->refn = 0;
  pick->sendern = pick->listn = 0;
  return pick;
}

void se_log_forget(se_logctx *c, se_session_kind kind, se_span key)
{
  se_session *ss = se_log_session(c, kind, key, 0);
  if (ss != NULL) ss->used = 0;
}

void se_log_keep_sender(se_session *ss, se_span v)
{
  size_t n = v.n < SE_LOG_ADDRMAX ? v.n : SE_LOG_ADDRMAX;
  memcpy(ss->sender, v.s, n);
  ss->sendern = (uint16_t)n;
}

void se_log_keep_list(se_session *ss, se_span v)
{
  size_t n = v.n < SE_LOG_LISTMAX ? v.n : SE_LOG_LISTMAX;
  memcpy(ss->list, v.s, n);
  ss->listn = (uint16_t)n;
}

/* Where rcpt is in the session's list (an item between commas), or listn. */
static size_t queue_find(const se_session *ss, se_span rcpt)
{
  size_t i = 0;
  while (i < ss->listn) {
    const char *item = ss->list + i, *comma = memchr(item, ',', ss->listn - i);
    size_t len = comma != NULL ? (size_t)(comma - item) : ss->listn - i;
    if (len == rcpt.n && memcmp(item, rcpt.s, rcpt.n) == 0) return i;
    i += len + 1;
  }
  return ss->listn;
}

void se_log_queue_add(se_session *ss, se_span rcpt)
{
  size_t need = rcpt.n + (ss->listn > 0);
  if (rcpt.n == 0 || queue_find(ss, rcpt) < ss->listn || need > (size_t)(SE_LOG_LISTMAX - ss->listn))
    return;
  if (ss->listn > 0) ss->list[ss->listn++] = ',';
  memcpy(ss->list + ss->listn, rcpt.s, rcpt.n);
  ss->listn = (uint16_t)(ss->listn + rcpt.n);
}

void se_log_queue_remove(se_session *ss, se_span rcpt)
{
  size_t i = queue_find(ss, rcpt), end;
  if (rcpt.n == 0 || i >= ss->listn) return;
  end = i + rcpt.n;
  if (end < ss->listn) end++;                       /* its comma */
  else if (i > 0) i--;                              /* the last: the comma before it */
  memmove(ss->list + i, ss->list + end, ss->listn - end);
  ss->listn = (uint16_t)(ss->listn - (end - i));
}

/* }====================================================================== */

/*
** {======================================================================
** The syslog prefix: [time] [host or level] program[pid]: message
** =======================================================================
*/

typedef struct prefix {
  se_span time, host, program;
  size_t body;                      /* where the message starts */
} prefix;

/* "Jul 10 10:09:04 " (day padded: "Dec  7"; localised months: "Okt",
** "Mär"). Returns the length of the time, or 0. */
static size_t syslog_time(const char *s, size_t n)
{
  size_t i = 0, d;
  while (i < n && i < 5 && (se_isalpha((unsigned char)s[i]) || (unsigned char)s[i] >= 0x80)) i++;
  if (i < 3 || i >= n || s[i] != ' ') return 0;
  i++;
  if (i < n && s[i] == ' ') i++;
  d = digits_at(s, n, i);
  if (d == 0 || d > 2 || i + d + 9 > n || s[i + d] != ' ') return 0;
  i += d + 1;
  if (!se_isdigit(s[i]) || !se_isdigit(s[i + 1]) || s[i + 2] != ':' || !se_isdigit(s[i + 3])
      || !se_isdigit(s[i + 4]) || s[i + 5] != ':' || !se_isdigit(s[i + 6]) || !se_isdigit(s[i + 7]))
    return 0;
  return i + 8;
}

/* "2024-03-22T08:00:03.000+00:00": returns its length, or 0. */
static size_t rfc3339_time(const char *s, size_t n)
{
  size_t i = 19;
  if (n < 20 || !se_isdigit(s[0]) || s[4] != '-' || s[7] != '-' || s[10] != 'T' || s[13] != ':'
      || s[16] != ':')
    return 0;
  if (s[i] == '.')
    for (i++; i < n && se_isdigit(s[i]); i++) {}
  if (i < n && s[i] == 'Z') return i + 1;
  if (i + 6 <= n && (s[i] == '+' || s[i] == '-') && s[i + 3] == ':') return i + 6;
  return i;
}

static int program_char(int c)
{
  return se_isalnum(c) || c == '/' || c == '-' || c == '_' || c == '.';
}

/* A program token "name[pid]:" or "name:" at s[i..end): returns 1 and its
** name. */
static int program_token(const char *s, size_t i, size_t end, se_span *name)
{
  size_t k = i;
  if (end - i < 2 || s[end - 1] != ':' || !se_isalpha((unsigned char)s[i])) return 0;
  while (k < end - 1 && program_char((unsigned char)s[k])) k++;
  *name = se_log_span(s, i, k);
  if (k == end - 1) return 1;
  if (s[k] != '[' || s[end - 2] != ']' || end - 2 <= k + 1) return 0;
  for (k++; k < end - 2; k++)
    if (!se_isdigit(s[k])) return 0;
  return 1;
}

/* Words a logging system writes where syslog writes the host. */
static int is_level(se_span w)
{
  static const char *const levels[] = { "INFO", "WARNING", "WARN", "ERROR", "ERR", "NOTICE",
                                        "DEBUG", "CRIT", "ALERT", "EMERG", NULL };
  int k;
  for (k = 0; levels[k] != NULL; k++)
    if (se_log_span_is(w, levels[k])) return 1;
  return 0;
}

/* Reads the prefix; returns 1 when a program token was found among the
** first three words after the time. */
static int read_prefix(const char *s, size_t n, size_t i, prefix *p)
{
  size_t t = syslog_time(s + i, n - i);
  se_span none = { NULL, 0 };
  int words;
  p->time = p->host = p->program = none;
  if (t == 0) t = rfc3339_time(s + i, n - i);
  if (t > 0) {
    p->time = se_log_span(s, i, i + t);
    i += t;
    if (i < n && s[i] == ' ') i++;
  }
  for (words = 0; words < 3 && i < n; words++) {
    size_t end = se_log_word_end(s, n, i);
    if (program_token(s, i, end, &p->program)) {
      p->body = end < n ? end + 1 : end;
      return 1;
    }
    if (p->host.s == NULL && !is_level(se_log_span(s, i, end))) p->host = se_log_span(s, i, end);
    i = se_skipblanks(s, end, n);
  }
  return 0;
}

/* }====================================================================== */

/*
** {======================================================================
** Which format a line is of
** =======================================================================
*/

static int program_is(se_span p, const char *name)
{
  return se_log_span_is(p, name);
}

/* The reader of a syslog program's lines, or NULL. */
typedef int (*format_reader)(se_logctx *c, size_t body);

static format_reader reader_of(se_span p)
{
  if (p.n > 8 && memcmp(p.s, "postfix", 7) == 0 && memchr(p.s + 7, '/', p.n - 7) != NULL)
    return se_log_postfix;
  if (program_is(p, "sendmail") || (p.n > 3 && memcmp(p.s, "sm-", 3) == 0)) return se_log_sendmail;
  if (program_is(p, "smtpd")) return se_log_opensmtpd;
  if (program_is(p, "qmail") || program_is(p, "qmail-send")) return se_log_qmail;
  if (program_is(p, "exim") || program_is(p, "exim4") || program_is(p, "splogger"))
    return se_log_exim;
  return NULL;
}

static void clear_record(se_logrec *r)
{
  se_span none = { NULL, 0 };
  r->format = SE_LOG_NONE;
  r->status = SE_LOG_NOSTATUS;
  r->reject = 0;
  r->line = 0;
  r->time = r->host = r->program = r->queue_id = r->recipient = r->sender = none;
  r->relay = r->dsn = r->delay = r->reply = r->detail = r->fragment = none;
}

static int read_line(se_logctx *c)
{
  const char *s = c->s;
  size_t n = c->n, i = 0;
  prefix p;
  int got;
  clear_record(c->rec);
  if (n >= 3 && memcmp(s, "\xEF\xBB\xBF", 3) == 0) i = 3;
  if (i < n && (s[i] == '{' || s[i] == '"' || s[i] == '#' || (c->rd && c->rd->head.format)
                || se_log_at(s, n, i, "type,"))) {
    got = s[i] == '{' ? se_log_json(c, i) : se_log_csv(c, i);
    if (got >= 0) return got;
    clear_record(c->rec);
  }
  if (read_prefix(s, n, i, &p)) {
    format_reader f = reader_of(p.program);
    if (f != NULL) {
      c->rec->time = p.time;
      c->rec->host = p.host;
      c->rec->program = p.program;
      return f(c, p.body);
    }
  }
  got = se_log_bare(c, i);
  if (got >= 0) return got;
  clear_record(c->rec);
  got = se_log_csv(c, i);
  if (got >= 0) return got;
  clear_record(c->rec);
  return 0;
}

/* The line without its trailing line break. */
static size_t without_break(const char *s, size_t n)
{
  while (n > 0 && (s[n - 1] == '\n' || s[n - 1] == '\r')) n--;
  return n;
}

static void start(se_logctx *c, const char *s, size_t n, char *scratch, size_t cap,
                  se_logrec *rec, se_logreader *rd)
{
  c->s = s;
  c->n = without_break(s, n);
  c->rec = rec;
  c->out = scratch;
  c->outn = 0;
  c->outcap = cap;
  c->rd = rd;
  c->hold = c->replaying = 0;
  c->reply_for_held.s = c->replay.s = NULL;
  c->reply_for_held.n = c->replay.n = 0;
}

int se_logline(const char *s, size_t n, char *scratch, se_logrec *rec)
{
  se_logctx c;
  start(&c, s, n, scratch, SE_LOG_SCRATCH(n), rec, NULL);
  if (read_line(&c) && rec->status != SE_LOG_NOSTATUS) return 1;
  rec->status = SE_LOG_NOSTATUS;
  return 0;
}

/* }====================================================================== */

/*
** {======================================================================
** The reader
** =======================================================================
*/

se_logreader *se_logreader_new(se_alloc alloc, void *ud)
{
  se_logreader *r = (se_logreader *)alloc(ud, NULL, 0, sizeof(se_logreader));
  if (r != NULL) se_logreader_reset(r);
  return r;
}

void se_logreader_reset(se_logreader *r)
{
  memset(r, 0, sizeof *r);
  r->head.format = SE_LOG_NONE;
}

void se_logreader_free(se_logreader *r, se_alloc alloc, void *ud)
{
  if (r != NULL) alloc(ud, r, sizeof(se_logreader), 0);
}

/* Reads a line into record slot k; returns 1 for a delivery. */
static int read_into(se_logreader *r, int k, const char *s, size_t n, se_logctx *c)
{
  se_logrec *rec = &r->rec[k];
  start(c, s, n, r->scratch[k], sizeof r->scratch[k], rec, r);
  return read_line(c) && rec->status != SE_LOG_NOSTATUS;
}

/* Reads the held Sendmail line again, with the reply that came (or
** none), into slot 0. */
static int release_held(se_logreader *r, se_span reply)
{
  se_logctx c;
  int got;
  start(&c, r->held.s[r->held.at], r->held.n, r->scratch[0], sizeof r->scratch[0], &r->rec[0], r);
  c.replaying = 1;
  c.replay = reply;
  got = read_line(&c) && r->rec[0].status != SE_LOG_NOSTATUS;
  r->rec[0].line = r->held.line;
  r->held.n = 0;
  return got;
}

static void hold(se_logreader *r, const char *s, size_t n)
{
  const se_logrec *rec = &r->rec[1];
  r->held.at ^= 1;
  memcpy(r->held.s[r->held.at], s, n);
  r->held.n = n;
  r->held.line = r->lineno;
  r->held.qidn = rec->queue_id.n <= SE_LOG_KEYMAX ? rec->queue_id.n : 0;
  memcpy(r->held.qid, rec->queue_id.s, r->held.qidn);
}

int se_logreader_line(se_logreader *r, const char *s, size_t n)
{
  se_logctx c;
  int own;
  if (n > SE_LOG_MAXLINE) n = SE_LOG_MAXLINE;
  n = without_break(s, n);
  r->lines++;
  r->lineno++;
  r->nrec = 0;
  own = read_into(r, 1, s, n, &c);
  r->formats[r->rec[1].format]++;
  r->rec[1].line = r->lineno;
  if (r->held.n > 0) {
    r->nrec = release_held(r, c.reply_for_held);
    if (c.reply_for_held.s != NULL) return r->nrec;
  }
  if (c.hold) hold(r, s, n);
  else if (own) r->rec[r->nrec++] = r->rec[1];
  return r->nrec;
}

/* Adds s[0..n) to the kept line, up to SE_LOG_MAXLINE bytes. */
static void keep(se_logreader *r, const char *s, size_t n)
{
  size_t room = SE_LOG_MAXLINE - r->tailn;
  if (n > room) {
    n = room;
    r->skipping = 1;
  }
  memcpy(r->tail + r->tailn, s, n);
  r->tailn += n;
}

int se_logreader_feed(se_logreader *r, const char *s, size_t n, size_t *pos)
{
  const char *nl;
  size_t i = *pos;
  if (i >= n) return -1;
  nl = memchr(s + i, '\n', n - i);
  if (nl == NULL) {
    if (!r->skipping) keep(r, s + i, n - i);
    *pos = n;
    return -1;
  }
  *pos = (size_t)(nl - s) + 1;
  if (r->tailn == 0 && !r->skipping) return se_logreader_line(r, s + i, (size_t)(nl - s) - i);
  if (!r->skipping) keep(r, s + i, (size_t)(nl - s) - i);
  r->skipping = 0;
  n = r->tailn;
  r->tailn = 0;
  return se_logreader_line(r, r->tail, n);
}

int se_logreader_finish(se_logreader *r)
{
  size_t n = r->tailn;
  r->nrec = 0;
  if (n == 0 && !r->skipping) return 0;
  r->tailn = 0;
  r->skipping = 0;
  return se_logreader_line(r, r->tail, n);
}

int se_logreader_flush(se_logreader *r)
{
  se_span none = { NULL, 0 };
  r->nrec = r->held.n > 0 ? release_held(r, none) : 0;
  r->lineno = 0;
  r->tailn = 0;
  r->skipping = 0;
  r->head.format = SE_LOG_NONE;
  return r->nrec;
}

const se_logrec *se_logreader_record(const se_logreader *r, int i)
{
  return i >= 0 && i < r->nrec ? &r->rec[i] : NULL;
}

void se_logreader_stats(const se_logreader *r, se_logstats *st)
{
  size_t i;
  memcpy(st->formats, r->formats, sizeof st->formats);
  st->lines = r->lines;
  st->sessions = 0;
  for (i = 0; i < SE_LOG_SESSIONS; i++) st->sessions += r->sessions[i].used != 0;
  st->max_sessions = SE_LOG_SESSIONS;
  st->bytes = sizeof(se_logreader);
}

/* }====================================================================== */
