/*
** logtext.c
** The mail-log formats written as text lines (logparse.h): Postfix, Exim,
** Sendmail, OpenSMTPD and qmail, through syslog or in their own files.
** The grammars, as found in real logs, are those of
** spec/fixtures/logs/README.md. Each reader walks its line once.
*/
#include "logparse.h"

static int at(const se_logctx *c, size_t i, const char *w)
{
  return se_log_at(c->s, c->n, i, w);
}

static se_span part(const se_logctx *c, size_t a, size_t b)
{
  return se_log_span(c->s, a, b);
}

/* The end of the run of letters, digits and '_' at i. */
static size_t name_end(const char *s, size_t n, size_t i)
{
  while (i < n && (se_isalnum((unsigned char)s[i]) || s[i] == '_')) i++;
  return i;
}

/* The span s[a..b) without blanks at its ends. */
static se_span trimmed(const char *s, size_t a, size_t b)
{
  while (a < b && se_isblank((unsigned char)s[a])) a++;
  while (b > a && se_isblank((unsigned char)s[b - 1])) b--;
  return se_log_span(s, a, b);
}

/* A session's sender as the record's sender. */
static void sender_from(se_logctx *c, const se_session *ss)
{
  if (ss != NULL && ss->sendern > 0 && c->rec->sender.s == NULL)
    c->rec->sender = se_log_span(ss->sender, 0, ss->sendern);
}

/* Remembers the sender of a message id. */
static void keep_sender(se_logctx *c, se_span id, se_span sender)
{
  se_session *ss = se_log_session(c, SE_SESSION_MESSAGE, id, 1);
  if (ss == NULL) return;
  se_log_set_sender(c, sender);
  se_log_keep_sender(ss, c->rec->sender);
  c->rec->sender.s = NULL;
}

/* Sets the reply, and the dsn found in it when the line gave none. */
static void set_reply(se_logctx *c, se_span reply)
{
  c->rec->reply = reply;
  if (c->rec->dsn.s == NULL) c->rec->dsn = se_log_reply_dsn(reply);
}

/*
** {======================================================================
** Fields "key=value, key=value" (Sendmail, OpenSMTPD before 6.4)
** =======================================================================
*/

/* Does a field "key=" start at i (after ", " or ",")? */
static int field_starts(const char *s, size_t n, size_t i)
{
  size_t e = i;
  while (e < n && ((s[e] >= 'a' && s[e] <= 'z') || se_isdigit(s[e]) || s[e] == '_')) e++;
  return e > i && e < n && s[e] == '=';
}

/* Reads the field at *k: its key and value. A value runs to the next
** ", key=" (or ",key="), except those that end a line (stat=, reject=,
** reply=), which run to its end. Returns 0 when no field starts at *k. */
static int next_field(const se_logctx *c, size_t *k, se_span *key, se_span *value)
{
  const char *s = c->s;
  size_t n = c->n, a = *k, e = name_end(s, n, a), i;
  if (e == a || e >= n || s[e] != '=') return 0;
  *key = part(c, a, e);
  if (se_log_span_is(*key, "stat") || se_log_span_is(*key, "reject") || se_log_span_is(*key, "reply")) {
    *value = part(c, e + 1, n);
    *k = n;
    return 1;
  }
  for (i = e + 1; i < n; i++) {
    size_t j;
    if (s[i] != ',') continue;
    j = i + 1 < n && s[i + 1] == ' ' ? i + 2 : i + 1;
    if (field_starts(s, n, j)) {
      *value = part(c, e + 1, i);
      *k = j;
      return 1;
    }
  }
  *value = part(c, e + 1, n);
  *k = n;
  return 1;
}

/* }====================================================================== */

/*
** {======================================================================
** Postfix
** =======================================================================
*/

/* A queue id ("3F1A2B", "4JfcM45HZxz1c7j", "NOQUEUE") then ": ": returns
** where the id ends, or 0. */
static size_t queue_id_end(const se_logctx *c, size_t i)
{
  size_t k = i;
  while (k < c->n && se_isalnum((unsigned char)c->s[k])) k++;
  return k > i && at(c, k, ": ") ? k : 0;
}

static se_log_status postfix_status(se_span w)
{
  static const char *const words[] = { "sent", "bounced", "deferred", "expired", "softbounce", NULL };
  static const se_log_status statuses[] = { SE_LOG_SENT, SE_LOG_BOUNCED, SE_LOG_DEFERRED,
                                            SE_LOG_EXPIRED, SE_LOG_DEFERRED };
  int k;
  for (k = 0; words[k] != NULL; k++) {
    size_t i, len = strlen(words[k]);
    if (w.n != len) continue;
    for (i = 0; i < len && se_tolower((unsigned char)w.s[i]) == words[k][i]; i++) {}
    if (i == len) return statuses[k];
  }
  return SE_LOG_NOSTATUS;
}

/* The remote reply in the text of a status: "host H[A] said: REPLY (in
** reply to CMD command)", "... refused to talk to me: REPLY", or a text
** that opens with a code ("250 2.0.0 Ok"). */
static se_span postfix_reply(const se_logctx *c, size_t a, size_t b)
{
  se_span none = { NULL, 0 };
  size_t i = se_log_find(c->s, a, b, " said: ");
  if (i < b) {
    i += 7;
    return trimmed(c->s, i, se_log_rfind(c->s, i, b, " (in reply to "));
  }
  i = se_log_find(c->s, a, b, "refused to talk to me: ");
  if (i < b) return trimmed(c->s, i + 23, b);
  return se_log_code_at(c->s, b, a) ? trimmed(c->s, a, b) : none;
}

/* What the queue id's session learns from a recipient's status: who is
** still queued when the message expires. */
static void postfix_track(se_logctx *c)
{
  se_logrec *r = c->rec;
  se_session *ss = se_log_session(c, SE_SESSION_MESSAGE, r->queue_id, r->status == SE_LOG_DEFERRED);
  sender_from(c, ss);
  if (ss == NULL || r->recipient.s == NULL) return;
  if (r->status == SE_LOG_DEFERRED) se_log_queue_add(ss, r->recipient);
  else se_log_queue_remove(ss, r->recipient);
}

/* "to=<R>, [orig_to=<O>, ]relay=X, [delay=D, ][delays=..., ][dsn=X.Y.Z, ]status=S (TEXT)" */
static int postfix_delivery(se_logctx *c, size_t i)
{
  const char *s = c->s;
  size_t n = c->n, k = se_log_find(s, i + 4, n, ">, "), from = n;
  se_logrec *r = c->rec;
  if (k == n) return 0;
  if (k > i + 4) r->recipient = part(c, i + 4, k);
  for (k += 3; k < n;) {
    size_t e = name_end(s, n, k), v, end;
    se_span key;
    if (e == k || e >= n || s[e] != '=') return 0;
    key = part(c, k, e);
    v = e + 1;
    if (se_log_span_is(key, "status")) {
      if (from == n) from = k;
      for (end = v; end < n && se_isalpha((unsigned char)s[end]); end++) {}
      r->status = postfix_status(part(c, v, end));
      if (at(c, end, " (")) r->detail = part(c, end + 2, s[n - 1] == ')' ? n - 1 : n);
      else if (at(c, end, ", ")) r->detail = part(c, end + 2, n);
      break;
    }
    end = se_log_find(s, v, n, ", ");
    if (se_log_span_is(key, "relay")) r->relay = part(c, v, end);
    else if (se_log_span_is(key, "delay")) r->delay = part(c, v, end);
    else if (se_log_span_is(key, "dsn")) {
      r->dsn = part(c, v, end);
      from = k;
    }
    k = end + 2;
  }
  if (r->status == SE_LOG_NOSTATUS) return 0;
  if (r->detail.s != NULL)
    set_reply(c, postfix_reply(c, (size_t)(r->detail.s - s), (size_t)(r->detail.s - s) + r->detail.n));
  r->fragment = part(c, from, n);
  postfix_track(c);
  return 1;
}

/* "from=<S>, size=N, nrcpt=N (queue active)": the message's sender; or
** "from=<S>, status=expired, returned to sender": the message expired for
** the recipients still queued. */
static int postfix_from(se_logctx *c, size_t i)
{
  const char *gt = memchr(c->s + i + 6, '>', c->n - i - 6);
  se_logrec *r = c->rec;
  se_session *ss;
  size_t b;
  if (gt == NULL) return 0;
  b = (size_t)(gt - c->s);
  if (!at(c, b + 1, ", status=expired")) {
    keep_sender(c, r->queue_id, part(c, i + 5, b + 1));
    return 0;
  }
  r->status = SE_LOG_EXPIRED;
  se_log_set_sender(c, part(c, i + 5, b + 1));
  r->fragment = part(c, b + 3, c->n);
  if (at(c, b + 17, ", ")) r->detail = part(c, b + 19, c->n);
  ss = se_log_session(c, SE_SESSION_MESSAGE, r->queue_id, 0);
  if (ss != NULL && ss->listn > 0) {
    r->recipient = se_log_put(c, ss->list, ss->listn);
    ss->listn = 0;
  }
  return 1;
}

/* "reject: CMD from CLIENT: REPLY; from=<S> to=<R> proto=P helo=<H>" (and
** milter-reject): this server refused its client. A line cut before its
** "; from=" or "; proto=" part is no record. */
static int postfix_reject(se_logctx *c, size_t i)
{
  const char *s = c->s;
  size_t n = c->n, client = se_log_find(s, i, n, " from "), end, tail, k;
  se_logrec *r = c->rec;
  if (client == n) return 0;
  client += 6;
  end = se_log_find(s, client, n, "]: ");
  if (end == n) return 0;
  tail = se_log_rfind(s, end + 3, n, "; from=<");
  if (tail == n) tail = se_log_rfind(s, end + 3, n, "; proto=");
  if (tail == n) return 0;
  r->reply = trimmed(s, end + 3, tail);
  r->status = se_log_status_of(r->reply);
  if (r->status == SE_LOG_NOSTATUS) return 0;
  r->reject = 1;
  r->relay = part(c, client, end + 1);
  r->dsn = se_log_reply_dsn(r->reply);
  r->detail = r->fragment = r->reply;
  k = se_log_find(s, tail, n, "from=<");
  if (k < n) {
    const char *gt = memchr(s + k, '>', n - k);
    if (gt != NULL) se_log_set_sender(c, part(c, k + 5, (size_t)(gt - s) + 1));
  }
  k = se_log_find(s, tail, n, " to=<");
  if (k < n) {
    const char *gt = memchr(s + k, '>', n - k);
    if (gt != NULL && gt > s + k + 5) r->recipient = part(c, k + 5, (size_t)(gt - s));
  }
  return 1;
}

int se_log_postfix(se_logctx *c, size_t i)
{
  size_t q = i;
  c->rec->format = SE_LOG_POSTFIX;
  while (q < c->n && se_isalnum((unsigned char)c->s[q])) q++;
  if (q == i) return 0;
  c->rec->queue_id = part(c, i, q);
  if (at(c, q, ": ")) i = q + 2;
  else if (at(c, q, ":from=<")) i = q + 1;        /* an expiry written "A323688C523:from=<...>" */
  else return 0;
  if (at(c, i, "to=<")) return postfix_delivery(c, i);
  if (at(c, i, "from=<")) return postfix_from(c, i);
  if (at(c, i, "reject: ")) return postfix_reject(c, i + 8);
  if (at(c, i, "milter-reject: ")) return postfix_reject(c, i + 15);
  if (at(c, i, "removed")) se_log_forget(c, SE_SESSION_MESSAGE, c->rec->queue_id);
  else if (at(c, i, "uid=")) {                    /* pickup: "uid=1001 from=<S>" */
    size_t k = se_log_find(c->s, i, c->n, " from=<");
    const char *gt = k < c->n ? memchr(c->s + k, '>', c->n - k) : NULL;
    if (gt != NULL) keep_sender(c, c->rec->queue_id, part(c, k + 6, (size_t)(gt - c->s) + 1));
  }
  return 0;
}

/* }====================================================================== */

/*
** {======================================================================
** Exim
** =======================================================================
*/

/* "1999-03-02 09:44:33" [".123"] [" +0100"]: returns where it ends, or i. */
static size_t exim_time(const se_logctx *c, size_t i)
{
  const char *s = c->s + i;
  size_t n = c->n - i, k = 19;
  if (n < 19 || !se_isdigit(s[0]) || !se_isdigit(s[3]) || s[4] != '-' || s[7] != '-'
      || s[10] != ' ' || s[13] != ':' || s[16] != ':' || !se_isdigit(s[18]))
    return i;
  if (k < n && s[k] == '.')
    for (k++; k < n && se_isdigit(s[k]); k++) {}
  if (k + 5 < n && s[k] == ' ' && (s[k + 1] == '+' || s[k + 1] == '-') && se_isdigit(s[k + 2])
      && se_isdigit(s[k + 5]))
    k += 6;
  return i + k;
}

/* A message id at i: 6-6-2 base-62 characters (up to Exim 4.96) or
** 6-11-4 (4.97 and later). Returns its length, or 0. */
static size_t exim_id(const se_logctx *c, size_t i)
{
  static const size_t forms[2][3] = { { 6, 6, 2 }, { 6, 11, 4 } };
  int f, p;
  for (f = 0; f < 2; f++) {
    size_t k = i;
    for (p = 0; p < 3; p++) {
      size_t start = k;
      while (k < c->n && se_isalnum((unsigned char)c->s[k])) k++;
      if (k - start != forms[f][p]) break;
      if (p < 2) {
        if (k >= c->n || c->s[k] != '-') break;
        k++;
      }
    }
    if (p == 3 && (k == c->n || c->s[k] == ' ')) return k - i;
  }
  return 0;
}

/* The end of a value at i: a "quoted" one (with \" inside) or a word. */
static size_t exim_value_end(const se_logctx *c, size_t i)
{
  if (i < c->n && c->s[i] == '"') {
    for (i++; i < c->n && c->s[i] != '"'; i++)
      if (c->s[i] == '\\') i++;
    return i < c->n ? i + 1 : c->n;
  }
  return se_log_word_end(c->s, c->n, i);
}

/* "F=<s>" or "F=s": the sender. */
static void exim_sender(se_logctx *c, size_t v, size_t end)
{
  se_log_set_sender(c, part(c, v, end));
}

/* H=host [ip]:port* (or "host (helo) [ip]"): the relay, without Exim's
** '*' of a reused connection. Returns where the value ends. */
static size_t exim_host(se_logctx *c, size_t v)
{
  size_t end = se_log_word_end(c->s, c->n, v), b;
  while (end + 1 < c->n && (c->s[end + 1] == '[' || c->s[end + 1] == '('))
    end = se_log_word_end(c->s, c->n, end + 1);
  b = end;
  if (b > v && c->s[b - 1] == ':' && (b == c->n || c->s[b] == ' ')) b--;
  if (b > v && c->s[b - 1] == '*') b--;
  c->rec->relay = part(c, v, b);
  return end;
}

/* The remote reply in an error message: "SMTP error from remote mail server
** after CMD: [host H [IP]: ]REPLY" or "LMTP error after CMD: REPLY". */
static void exim_reply(se_logctx *c, size_t e)
{
  const char *s = c->s;
  size_t n = c->n, k = se_log_find(s, e, n, "error from remote mail server after ");
  if (k == n) k = se_log_find(s, e, n, "LMTP error after ");
  if (k == n) return;
  k = se_log_find(s, k, n, ": ");
  if (k == n) return;
  k += 2;
  if (at(c, k, "host ")) {
    size_t close = se_log_find(s, k, n, "]: ");
    if (close < n) {
      if (c->rec->relay.s == NULL) c->rec->relay = part(c, k + 5, close + 1);
      k = close + 3;
    }
  }
  set_reply(c, trimmed(s, k, n));
}

/* A delivery line's tail after its flag: "ADDR [<PARENT>] FIELDS[: ERROR]". */
static int exim_delivery(se_logctx *c, const char *flag, size_t i)
{
  const char *s = c->s;
  size_t n = c->n, addr_end = se_log_word_end(s, n, i), k, error = n;
  se_logrec *r = c->rec;
  se_span addr;
  r->fragment = part(c, i, n);
  if (addr_end > i + 1 && s[addr_end - 1] == ':' && s[i] != ':') error = addr_end + 1;
  addr = part(c, i, error < n ? addr_end - 1 : addr_end);
  r->recipient = addr;
  k = se_skipblanks(s, addr_end, n);
  if (error == n && k < n && s[k] == '<') {
    size_t gt = se_log_word_end(s, n, k);
    if (memchr(addr.s, '@', addr.n) == NULL) r->recipient = se_log_address(part(c, k, gt));
    if (gt > k && s[gt - 1] == ':') error = gt + 1;
    k = se_skipblanks(s, gt, n);
  }
  while (error == n && k < n) {
    size_t eq = name_end(s, n, k), end;
    if (eq < n && s[eq] == '=' && eq > k) {
      if (eq - k == 1 && s[k] == 'H') end = exim_host(c, eq + 1);
      else end = exim_value_end(c, eq + 1);
      if (eq - k == 1 && s[k] == 'F') exim_sender(c, eq + 1, end);
      if (eq - k == 1 && s[k] == 'C' && end > eq + 2 && s[eq + 1] == '"')
        set_reply(c, part(c, eq + 2, s[end - 1] == '"' ? end - 1 : end));
    } else {
      end = se_log_word_end(s, n, k);
    }
    if (end > k && s[end - 1] == ':' && (end == n || s[end] == ' ')) error = end + 1;
    k = se_skipblanks(s, end, n);
  }
  if (flag[1] == '>') {                          /* "=>", "->", ">>" */
    r->status = SE_LOG_SENT;
    return 1;
  }
  if (error < n) {
    r->detail = part(c, error, n);
    exim_reply(c, error);
  }
  if (flag[0] != '*') r->status = SE_LOG_DEFERRED;    /* "==", or a lost flag (exim_unflagged) */
  else if (at(c, error, "retry timeout exceeded")) r->status = SE_LOG_EXPIRED;
  else r->status = SE_LOG_BOUNCED;
  return 1;
}

/* The inbound ACL refusals: "H=... F=<s> [temporarily ]rejected RCPT <r>:
** TEXT" and "... rejected after DATA: TEXT". */
static int exim_acl(se_logctx *c, size_t i)
{
  const char *s = c->s;
  size_t n = c->n, rcpt = se_log_find(s, i, n, " rejected RCPT "), data, k, colon;
  se_logrec *r = c->rec;
  int after_data;
  data = se_log_find(s, i, rcpt, " rejected after DATA: ");
  after_data = data < rcpt;
  k = after_data ? data : rcpt;
  if (k == n) return 0;
  r->status = k >= i + 12 && se_log_at(s, n, k - 12, " temporarily") ? SE_LOG_DEFERRED : SE_LOG_BOUNCED;
  for (colon = i; colon < k;) {                 /* F= among the fields before */
    size_t end = se_log_word_end(s, n, colon);
    if (at(c, colon, "F=")) exim_sender(c, colon + 2, end);
    colon = se_skipblanks(s, end, n);
  }
  if (after_data) {
    colon = data + 20;
  } else {
    colon = se_log_find(s, rcpt + 15, n, ": ");
    if (colon == n) return 0;
    r->recipient = se_log_address(part(c, rcpt + 15, colon));
  }
  r->reject = 1;
  r->reply = r->detail = r->fragment = trimmed(s, colon + 2, n);
  r->dsn = se_log_reply_dsn(r->reply);
  return 1;
}

/* A deferral whose flag is missing: the message log's "ADDR R=router
** T=transport defer (111): ..." lines, or a main-log line that lost its
** "==". Read as "==". */
static int exim_unflagged(se_logctx *c, size_t i)
{
  size_t end = se_log_word_end(c->s, c->n, i);
  if (memchr(c->s + i, '@', end - i) == NULL || !at(c, end, " R=")
      || se_log_find(c->s, end, c->n, " defer (") == c->n)
    return 0;
  return exim_delivery(c, "==", i);
}

int se_log_exim(se_logctx *c, size_t i)
{
  size_t t = exim_time(c, i), id;
  se_logrec *r = c->rec;
  int got;
  if (t > i) {
    r->time = part(c, i, t);
    i = se_skipblanks(c->s, t, c->n);
  }
  if (i < c->n && c->s[i] == '[') {               /* the pid: "[30211] " */
    const char *close = memchr(c->s + i, ']', c->n - i);
    if (close != NULL) i = se_skipblanks(c->s, (size_t)(close - c->s) + 1, c->n);
  }
  id = exim_id(c, i);
  if (id > 0) {
    r->queue_id = part(c, i, i + id);
    r->format = SE_LOG_EXIM;
    i = se_skipblanks(c->s, i + id, c->n);
  }
  if (i + 3 <= c->n && c->s[i + 2] == ' ') {
    const char *flag = c->s + i;
    if (flag[0] == '<' && flag[1] == '=') {
      size_t end = se_log_word_end(c->s, c->n, i + 3);
      keep_sender(c, r->queue_id, part(c, i + 3, end));
      return 0;
    }
    if ((flag[0] == '=' && flag[1] == '>') || (flag[0] == '-' && flag[1] == '>')
        || (flag[0] == '>' && flag[1] == '>') || (flag[0] == '*' && flag[1] == '*')
        || (flag[0] == '=' && flag[1] == '=')) {
      r->format = SE_LOG_EXIM;
      got = exim_delivery(c, flag, i + 3);
      if (r->sender.s == NULL) sender_from(c, se_log_session(c, SE_SESSION_MESSAGE, r->queue_id, 0));
      return got;
    }
    if (flag[0] == '*' && flag[1] == '>') return 0;   /* delivery suppressed: none */
  }
  if (at(c, i, "Completed")) {
    se_log_forget(c, SE_SESSION_MESSAGE, r->queue_id);
    return 0;
  }
  got = at(c, i, "H=") || at(c, i, "U=") || at(c, i, "F=") ? exim_acl(c, i) : exim_unflagged(c, i);
  if (got) {
    r->format = SE_LOG_EXIM;
    if (r->sender.s == NULL) sender_from(c, se_log_session(c, SE_SESSION_MESSAGE, r->queue_id, 0));
  }
  return got;
}

/* }====================================================================== */

/*
** {======================================================================
** Sendmail
** =======================================================================
*/

static se_log_status sendmail_status(se_span stat, se_span dsn)
{
  if (se_log_at(stat.s, stat.n, 0, "Sent")) return SE_LOG_SENT;
  if (se_log_at(stat.s, stat.n, 0, "Deferred")) return SE_LOG_DEFERRED;
  if (dsn.s == NULL || dsn.n == 0) return SE_LOG_NOSTATUS;
  return dsn.s[0] == '5' ? SE_LOG_BOUNCED : dsn.s[0] == '4' ? SE_LOG_DEFERRED
       : dsn.s[0] == '2' ? SE_LOG_SENT : SE_LOG_NOSTATUS;
}

/* The reply in a stat: "Sent (TEXT)", or "Deferred: REPLY" with a code. */
static se_span sendmail_reply(se_span stat)
{
  se_span none = { NULL, 0 };
  if (se_log_at(stat.s, stat.n, 0, "Sent (") && stat.s[stat.n - 1] == ')')
    return se_log_span(stat.s, 6, stat.n - 1);
  if (se_log_at(stat.s, stat.n, 0, "Deferred: ") && se_log_code_at(stat.s, stat.n, 10))
    return se_log_span(stat.s, 10, stat.n);
  return none;
}

/* A failure without a reply code takes the reply= line of its queue id:
** one that came before, or the next line (the reader holds it till then). */
static void sendmail_reply_line(se_logctx *c)
{
  se_logrec *r = c->rec;
  se_session *ss;
  if (c->replaying) {
    if (c->replay.s != NULL) r->reply = r->fragment = c->replay;
    return;
  }
  ss = se_log_session(c, SE_SESSION_REPLY, r->queue_id, 0);
  if (ss != NULL) {
    r->reply = r->fragment = se_log_put(c, ss->list, ss->listn);
    ss->used = 0;
  } else if (c->rd != NULL) {
    c->hold = 1;
  }
}

/* "to=RCPTS, [ctladdr=A (u/g), ]delay=D, [xdelay=D, ]mailer=M, pri=N,
** [relay=R, ][dsn=X.Y.Z, ]stat=TEXT" */
static int sendmail_delivery(se_logctx *c, size_t k)
{
  se_logrec *r = c->rec;
  se_span key, value, to = { NULL, 0 }, stat = { NULL, 0 };
  size_t from = c->n;
  while (k < c->n && next_field(c, &k, &key, &value)) {
    if (se_log_span_is(key, "to")) to = value;
    else if (se_log_span_is(key, "delay")) r->delay = value;
    else if (se_log_span_is(key, "relay")) r->relay = value;
    else if (se_log_span_is(key, "dsn")) {
      r->dsn = value;
      from = (size_t)(key.s - c->s);
    } else if (se_log_span_is(key, "stat")) {
      stat = value;
      if (from == c->n) from = (size_t)(key.s - c->s);
    }
  }
  if (stat.s == NULL || stat.n == 0) return 0;
  r->status = sendmail_status(stat, r->dsn);
  if (r->status == SE_LOG_NOSTATUS) return 0;
  r->recipient = se_log_recipients(c, to, ',');
  r->detail = stat;
  r->fragment = part(c, from, c->n);
  set_reply(c, sendmail_reply(stat));
  if (r->status != SE_LOG_SENT && r->reply.s == NULL) sendmail_reply_line(c);
  sender_from(c, se_log_session(c, SE_SESSION_MESSAGE, r->queue_id, 0));
  return 1;
}

/* "reply=TEXT": the reply of a failure logged just before it (held by the
** reader), or of the to= line that follows. */
static void sendmail_reply_for(se_logctx *c, se_span text)
{
  const se_logreader *rd = c->rd;
  const se_span id = c->rec->queue_id;
  se_session *ss;
  if (rd == NULL || id.s == NULL) return;
  if (rd->held.n > 0 && rd->held.qidn == id.n && memcmp(rd->held.qid, id.s, id.n) == 0) {
    c->reply_for_held = text;
    return;
  }
  ss = se_log_session(c, SE_SESSION_REPLY, id, 1);
  if (ss != NULL) se_log_keep_list(ss, text);
}

/* "ruleset=NAME, arg1=A, [arg2=B, ]relay=R, reject=REPLY": a refusal by
** this server's rules (check_rcpt, check_mail, check_relay, tls_rcpt). */
static int sendmail_ruleset(se_logctx *c, size_t k)
{
  se_logrec *r = c->rec;
  se_span key, value, name = { NULL, 0 }, arg1 = { NULL, 0 };
  while (k < c->n && next_field(c, &k, &key, &value)) {
    if (se_log_span_is(key, "ruleset")) name = value;
    else if (se_log_span_is(key, "arg1")) arg1 = value;
    else if (se_log_span_is(key, "relay")) r->relay = value;
    else if (se_log_span_is(key, "reject")) r->reply = value;
  }
  r->status = se_log_status_of(r->reply);
  if (r->status == SE_LOG_NOSTATUS) return 0;
  r->reject = 1;
  r->dsn = se_log_reply_dsn(r->reply);
  r->detail = r->fragment = r->reply;
  if (se_log_span_is(name, "check_rcpt") || se_log_span_is(name, "tls_rcpt"))
    r->recipient = se_log_address(arg1);
  else if (se_log_span_is(name, "check_mail"))
    se_log_set_sender(c, arg1);
  return 1;
}

int se_log_sendmail(se_logctx *c, size_t i)
{
  size_t q = queue_id_end(c, i);
  se_logrec *r = c->rec;
  if (q > 0) {
    r->format = SE_LOG_SENDMAIL;
    r->queue_id = part(c, i, q);
    i = q + 2;
  }
  if (at(c, i, "ruleset=")) {
    int got = sendmail_ruleset(c, i);
    if (got) r->format = SE_LOG_SENDMAIL;
    return got;
  }
  if (q == 0) return 0;
  if (at(c, i, "to=")) return sendmail_delivery(c, i);
  if (at(c, i, "from=")) {
    se_span key, value;
    if (next_field(c, &i, &key, &value)) keep_sender(c, r->queue_id, value);
  } else if (at(c, i, "reply=")) {
    sendmail_reply_for(c, part(c, i + 6, c->n));
  }
  return 0;
}

/* }====================================================================== */

/*
** {======================================================================
** OpenSMTPD
** =======================================================================
*/

static se_log_status opensmtpd_result(se_span w)
{
  if (se_log_span_is(w, "Ok")) return SE_LOG_SENT;
  if (se_log_span_is(w, "TempFail")) return SE_LOG_DEFERRED;
  if (se_log_span_is(w, "PermFail") || se_log_span_is(w, "Loop")) return SE_LOG_BOUNCED;
  return SE_LOG_NOSTATUS;
}

/* What a delivery line gives, in any of OpenSMTPD's forms. */
typedef struct envelope {
  se_span id, from, to, result, stat;
} envelope;

static int opensmtpd_record(se_logctx *c, const envelope *e)
{
  se_logrec *r = c->rec;
  se_span stat = e->stat;
  if (e->from.s == NULL || e->to.s == NULL || e->from.n < 2 || e->to.n < 2
      || e->from.s[0] != '<' || e->to.s[0] != '<' || stat.s == NULL)
    return 0;
  r->status = opensmtpd_result(e->result);
  if (r->status == SE_LOG_NOSTATUS) return 0;
  r->queue_id = e->id;
  se_log_set_sender(c, e->from);
  r->recipient = se_log_address(e->to);
  r->detail = r->fragment = stat;
  if (se_log_code_at(stat.s, stat.n, 0)) set_reply(c, stat);
  else set_reply(c, se_log_inner_reply(stat.s, 0, stat.n));
  return 1;
}

/* A value of the 6.x form at v: "quoted", <angle> or a word. Returns its
** end (past the closing quote or bracket), or 0 when it does not close. */
static size_t opensmtpd_value_end(const se_logctx *c, size_t v)
{
  if (v < c->n && (c->s[v] == '"' || c->s[v] == '<')) {
    const char *close = memchr(c->s + v + 1, c->s[v] == '"' ? '"' : '>', c->n - v - 1);
    return close != NULL ? (size_t)(close - c->s) + 1 : 0;
  }
  return se_log_word_end(c->s, c->n, v);
}

/* A value without its quotes. */
static se_span unquoted(const se_logctx *c, size_t v, size_t end)
{
  if (end > v + 1 && c->s[v] == '"') return part(c, v + 1, end - 1);
  return part(c, v, end);
}

/* The stat= value at v, to the end of the line: "quoted" (mta) or bare
** (mda). Returns 0 when syslog cut the record (it splits one at a control
** byte): a quote or a bracket is left open. */
static int opensmtpd_stat(const se_logctx *c, size_t v, se_span *stat)
{
  size_t b = c->n, k;
  int parens = 0, quotes = 0;
  if (v < c->n && c->s[v] == '"') {
    while (b > v + 1 && c->s[b - 1] != '"') b--;
    if (b <= v + 1) return 0;
    *stat = part(c, v + 1, b - 1);
    return 1;
  }
  for (k = v; k < c->n; k++) {
    if (c->s[k] == '(') parens++;
    else if (c->s[k] == ')') parens--;
    else if (c->s[k] == '"') quotes ^= 1;
  }
  *stat = part(c, v, c->n);
  return parens == 0 && quotes == 0;
}

/* 6.x "key=value" pairs after the event word: a delivery, "envelope" (the
** sender of an envelope) or "failed-command" (a refusal to a client). */
static int opensmtpd_pairs(se_logctx *c, size_t k, int event)
{
  envelope e;
  se_span command = { NULL, 0 };
  memset(&e, 0, sizeof e);
  while (k < c->n) {
    size_t eq = name_end(c->s, c->n, k), v, end;
    se_span key;
    while (eq < c->n && c->s[eq] == '-') eq = name_end(c->s, c->n, eq + 1);
    if (eq == k || eq >= c->n || c->s[eq] != '=') break;
    key = part(c, k, eq);
    v = eq + 1;
    if (se_log_span_is(key, "stat")) {
      if (!opensmtpd_stat(c, v, &e.stat)) return 0;
      break;
    }
    end = opensmtpd_value_end(c, v);
    if (end == 0) return 0;
    if (se_log_span_is(key, "evpid")) e.id = part(c, v, end);
    else if (se_log_span_is(key, "from")) e.from = part(c, v, end);
    else if (se_log_span_is(key, "to")) e.to = part(c, v, end);
    else if (se_log_span_is(key, "result")) e.result = unquoted(c, v, end);
    else if (se_log_span_is(key, "relay")) c->rec->relay = unquoted(c, v, end);
    else if (se_log_span_is(key, "delay")) c->rec->delay = part(c, v, end);
    else if (se_log_span_is(key, "command")) command = unquoted(c, v, end);
    k = se_skipblanks(c->s, end, c->n);
  }
  if (event == 'e') {
    if (e.from.s != NULL) keep_sender(c, e.id, e.from);
    return 0;
  }
  if (event == 'f') {
    se_logrec *r = c->rec;
    if (e.result.s == NULL) return 0;
    r->reply = trimmed(e.result.s, 0, e.result.n);
    r->status = se_log_status_of(r->reply);
    if (r->status == SE_LOG_NOSTATUS) return 0;
    r->reject = 1;
    r->dsn = se_log_reply_dsn(r->reply);
    r->detail = r->fragment = r->reply;
    if (se_log_at(command.s, command.n, 0, "RCPT TO:"))
      r->recipient = se_log_address(trimmed(command.s, 8, command.n));
    return 1;
  }
  return opensmtpd_record(c, &e);
}

/* Before 6.4: "delivery: RESULT for EVPID: from=<F>, to=<T>, ..., stat=TEXT"
** and "relay: RESULT for EVPID: session=S, from=<F>, to=<T>, ...". */
static int opensmtpd_old(se_logctx *c, size_t i)
{
  size_t word = se_log_word_end(c->s, c->n, i), colon;
  envelope e;
  se_span key, value;
  memset(&e, 0, sizeof e);
  e.result = part(c, i, word);
  if (!at(c, word, " for ")) return 0;
  colon = se_log_find(c->s, word + 5, c->n, ": ");
  if (colon == c->n) return 0;
  e.id = part(c, word + 5, colon);
  for (i = colon + 2; i < c->n && next_field(c, &i, &key, &value);) {
    if (se_log_span_is(key, "from")) e.from = value;
    else if (se_log_span_is(key, "to")) e.to = value;
    else if (se_log_span_is(key, "relay")) c->rec->relay = value;
    else if (se_log_span_is(key, "delay")) c->rec->delay = value;
    else if (se_log_span_is(key, "stat")) e.stat = value;
  }
  return opensmtpd_record(c, &e);
}

/* Before 6.4: `smtp-in: Failed command on session S: "CMD" => REPLY`. */
static int opensmtpd_old_refusal(se_logctx *c, size_t i)
{
  size_t q = se_log_find(c->s, i, c->n, ": \""), close;
  se_logrec *r = c->rec;
  if (q == c->n) return 0;
  close = se_log_find(c->s, q + 3, c->n, "\" => ");
  if (close == c->n) return 0;
  r->reply = trimmed(c->s, close + 5, c->n);
  r->status = se_log_status_of(r->reply);
  if (r->status == SE_LOG_NOSTATUS) return 0;
  r->reject = 1;
  r->dsn = se_log_reply_dsn(r->reply);
  r->detail = r->fragment = r->reply;
  if (at(c, q + 3, "RCPT TO:")) r->recipient = se_log_address(trimmed(c->s, q + 11, close));
  return 1;
}

static int is_hex16(const se_logctx *c, size_t i)
{
  size_t k;
  if (i + 17 > c->n || c->s[i + 16] != ' ') return 0;
  for (k = i; k < i + 16; k++) {
    int h = c->s[k];
    if (!se_isdigit(h) && !(h >= 'a' && h <= 'f')) return 0;
  }
  return 1;
}

/* "SESSION mta|mda|smtp EVENT ...": returns the event's start, or 0. */
static size_t opensmtpd_event(const se_logctx *c, size_t i)
{
  if (!is_hex16(c, i)) return 0;
  i += 17;
  if (at(c, i, "mta ") || at(c, i, "mda ")) return i + 4;
  if (at(c, i, "smtp ")) return i + 5;
  return 0;
}

int se_log_opensmtpd(se_logctx *c, size_t i)
{
  size_t e = opensmtpd_event(c, i);
  c->rec->format = SE_LOG_OPENSMTPD;
  if (e > 0) {
    if (at(c, e, "delivery ")) return opensmtpd_pairs(c, e + 9, 'd');
    if (at(c, e, "event=delivery ")) return opensmtpd_pairs(c, e + 15, 'd');
    if (at(c, e, "envelope ")) return opensmtpd_pairs(c, e + 9, 'e');
    if (at(c, e, "failed-command ")) return opensmtpd_pairs(c, e + 15, 'f');
    return 0;
  }
  if (at(c, i, "delivery: ")) return opensmtpd_old(c, i + 10);
  if (at(c, i, "relay: ")) return opensmtpd_old(c, i + 7);
  if (at(c, i, "smtp-in: Failed command ")) return opensmtpd_old_refusal(c, i);
  return 0;
}

/* }====================================================================== */

/*
** {======================================================================
** qmail-send
** =======================================================================
*/

/* A time stamp: TAI seconds "1054189746.123136", tai64nlocal "2003-05-28
** 00:19:39.449583" or tai64n "@4000000040e3...". Returns its end, or i. */
static size_t qmail_stamp(const se_logctx *c, size_t i)
{
  const char *s = c->s;
  size_t n = c->n, k = i;
  if (k < n && s[k] == '@') {
    for (k++; k < n && (se_isdigit(s[k]) || (s[k] >= 'a' && s[k] <= 'f')); k++) {}
    return k - i == 25 && k < n && s[k] == ' ' ? k : i;
  }
  while (k < n && se_isdigit(s[k])) k++;
  if (k - i == 4 && k + 16 < n && s[k] == '-' && s[k + 6] == ' ' && s[k + 9] == ':' && s[k + 15] == '.')
    k += 16;
  else if (k - i < 9 || k >= n || s[k] != '.')
    return i;
  for (k++; k < n && se_isdigit(s[k]); k++) {}
  return k < n && s[k] == ' ' ? k : i;
}

static const char *const qmail_events[] = {
  "new msg ", "info msg ", "starting delivery ", "delivery ", "status: ", "bounce msg ",
  "end msg ", "triple bounce", NULL
};

/* The event at i, as an index of qmail_events, or -1. */
static int qmail_event(const se_logctx *c, size_t i)
{
  int k;
  for (k = 0; qmail_events[k] != NULL; k++)
    if (at(c, i, qmail_events[k])) return k;
  return -1;
}

/* "info msg M: bytes B from <S> qp P uid U" */
static void qmail_info(se_logctx *c, size_t i)
{
  size_t colon = se_log_find(c->s, i, c->n, ": bytes "), from, gt;
  if (colon == c->n) return;
  from = se_log_find(c->s, colon, c->n, " from <");
  if (from == c->n) return;
  gt = se_log_find(c->s, from + 7, c->n, ">");
  if (gt == c->n) return;
  keep_sender(c, part(c, i, colon), part(c, from + 6, gt + 1));
}

/* "starting delivery D: msg M to local|remote R" */
static void qmail_start(se_logctx *c, size_t i)
{
  size_t colon = se_log_find(c->s, i, c->n, ": msg "), msg, to;
  se_session *ss;
  if (colon == c->n) return;
  msg = colon + 6;
  to = se_log_find(c->s, msg, c->n, " to ");
  if (to == c->n) return;
  ss = se_log_session(c, SE_SESSION_DELIVERY, part(c, i, colon), 1);
  if (ss == NULL || to - msg > SE_LOG_KEYMAX) return;
  memcpy(ss->ref, c->s + msg, to - msg);
  ss->refn = (unsigned char)(to - msg);
  to = se_log_word_end(c->s, c->n, to + 4);      /* "local " or "remote " */
  se_log_keep_list(ss, trimmed(c->s, to, c->n));
}

/* The recipient, message and sender of a delivery number, from its
** starting line. */
static void qmail_delivery_of(se_logctx *c, se_span d)
{
  se_logrec *r = c->rec;
  se_session *ss = se_log_session(c, SE_SESSION_DELIVERY, d, 0);
  if (ss == NULL) return;
  r->recipient = se_log_put(c, ss->list, ss->listn);
  r->queue_id = se_log_put(c, ss->ref, ss->refn);
  ss->used = 0;
  sender_from(c, se_log_session(c, SE_SESSION_MESSAGE, r->queue_id, 0));
}

/* "delivery D: success|failure|deferral: TEXT", TEXT in segments ending in
** '/', its spaces written '_'. */
static int qmail_result(se_logctx *c, size_t i)
{
  const char *s = c->s;
  size_t n = c->n, colon = se_log_find(s, i, n, ": "), t, k, mark;
  se_logrec *r = c->rec;
  if (colon == n) return 0;
  t = colon + 2;
  if (at(c, t, "success: ")) r->status = SE_LOG_SENT;
  else if (at(c, t, "failure: ")) r->status = SE_LOG_BOUNCED;
  else if (at(c, t, "deferral: ")) r->status = SE_LOG_DEFERRED;
  else return 0;
  t = se_log_find(s, t, n, ": ") + 2;
  r->detail = part(c, t, n);
  for (k = t; k < n && (se_isdigit(s[k]) || s[k] == '.'); k++) {}
  if (k > t && at(c, k, "_") && memchr(s + t, '.', k - t) != NULL) r->relay = part(c, t, k);
  k = se_log_find(s, t, n, "Remote_host_said:_");
  if (k < n) {
    size_t end = se_log_find(s, k, n, "/Giving_up_on_");
    k += 18;
    if (end == n && n > k && s[n - 1] == '/') end = n - 1;
    set_reply(c, part(c, k, end));
  }
  k = se_log_find(s, t, n, "(#");
  if (k < n && se_log_enhanced_at(s, n, k + 2) > 0)
    r->dsn = part(c, k + 2, k + 2 + se_log_enhanced_at(s, n, k + 2));
  mark = se_log_mark(c);
  se_log_add(c, s + t, n - t);
  r->fragment = se_log_since(c, mark);
  for (k = 0; k < r->fragment.n; k++)
    if (c->out[mark + k] == '_') c->out[mark + k] = ' ';
  qmail_delivery_of(c, part(c, i, colon));
  return 1;
}

int se_log_qmail(se_logctx *c, size_t i)
{
  size_t t = qmail_stamp(c, i);
  se_logrec *r = c->rec;
  r->format = SE_LOG_QMAIL;
  if (t > i) {
    r->time = part(c, i, t);
    i = t + 1;
  }
  switch (qmail_event(c, i)) {
  case 1:
    qmail_info(c, i + 9);
    break;
  case 2:
    qmail_start(c, i + 18);
    break;
  case 3:
    return qmail_result(c, i + 9);
  case 6:
    se_log_forget(c, SE_SESSION_MESSAGE, se_log_span(c->s, i + 8, se_log_word_end(c->s, c->n, i + 8)));
    break;
  default:
    break;
  }
  return 0;
}

/* }====================================================================== */

/*
** {======================================================================
** Lines without a syslog program
** =======================================================================
*/

int se_log_bare(se_logctx *c, size_t i)
{
  size_t t;
  if (opensmtpd_event(c, i) > 0 || at(c, i, "delivery: ") || at(c, i, "relay: ")
      || at(c, i, "smtp-in: ") || at(c, i, "smtp-out: "))
    return se_log_opensmtpd(c, i);
  t = qmail_stamp(c, i);
  if ((t > i && qmail_event(c, t + 1) >= 0)
      || (at(c, i, "delivery ") && i + 9 < c->n && se_isdigit(c->s[i + 9])))
    return se_log_qmail(c, i);
  if (exim_time(c, i) > i || exim_id(c, i) > 0) return se_log_exim(c, i);
  return -1;
}

/* }====================================================================== */
