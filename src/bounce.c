/*
** bounce.c
** The bounce reader (bounce.h). A reading walks the MIME tree once and
** sorts the parts: delivery-status fields, feedback fields, the human
** report, the returned original. Recipients come from the DSN fields when
** there are any, else from the lines of the report that name a recipient;
** each recipient's reply comes from its DSN block or from the lines that
** follow it, up to the next recipient or the line where the returned
** message starts. The tables below are data about dialects, not code.
*/
#include <string.h>

#include "bounce.h"
#include "json.h"
#include "report.h"
#include "sectype.h"

const char *const se_bounce_kinds[] = { "bounce", "delay", "delivered", "feedback", "autoreply" };
const char *const se_dsn_actions[] = { NULL, "failed", "delayed", "delivered", "relayed", "expanded" };


/*
** {======================================================================
** The parts of a message
** =======================================================================
*/

/* A text part, decoded, and its report: the text up to the returned
** message. */
typedef struct text {
  se_span all, report;
  size_t returned;                  /* where in 'all' the returned message starts */
} text;

/* A field of the bounce's own header, read once. */
typedef struct own {
  se_span value;
  int decoded;
} own;

#define MAXOWN 16                    /* own fields a reading looks at: own_names */

/* The fields of the returned message's header a reading looks at, by
** original_id: read in one walk. */
#define ORIGINAL_NAMES(X) \
  X("message-id") X("from") X("to") X("subject") X("date") X("x-hmxmroriginalrecipient")

static const se_names original_names = SE_NAMES(ORIGINAL_NAMES);

typedef enum original_id {
  ORIG_MESSAGE_ID, ORIG_FROM, ORIG_TO, ORIG_SUBJECT, ORIG_DATE, ORIG_X_HMXMRORIGINALRECIPIENT,
  NORIGINAL
} original_id;

SE_STATIC_ASSERT((0 ORIGINAL_NAMES(SE_COUNT_ITEM)) == NORIGINAL, an_id_for_each_original_name);

typedef struct reader {
  se_arena *a;
  own owns[MAXOWN];
  uint64_t markers;                 /* the markers the reports hold, once 'marked' */
  int marked;
  const se_bounce_words *words;     /* the word lists, made ready by the caller */
  text *texts;                      /* the human report, part by part */
  size_t ntexts, texts_cap;
  se_span *status;                  /* delivery-status parts, decoded */
  size_t nstatus, status_cap;
  se_span feedback;                 /* the first feedback-report part */
  se_span original;                 /* the returned message's header block */
  se_span orig_of;                  /* the header orig_raw was read from, once orig_read */
  se_span orig_raw[NORIGINAL];      /* its fields of original_names, raw */
  int orig_read;
  int nomem;
} reader;

static int add_text(reader *r, se_span t)
{
  text *x;
  int room;
  if (t.s == NULL) return r->nomem = 1;
  if (t.n > SE_MAXREPORT) t.n = SE_MAXREPORT;
  room = se_arena_grow(r->a, (void **)&r->texts, &r->texts_cap, r->ntexts, sizeof(text), SE_MAXPARTS);
  if (room != 0) return r->nomem = room < 0;
  x = &r->texts[r->ntexts++];
  x->all = t;
  x->report = se_span_of(t.s, se_report_end(t, &x->returned));
  return 0;
}

/* A field of the returned message's header being read: the first of each
** of original_names kept. */
static void original_visit(void *ud, const se_field *f)
{
  reader *r = ud;
  int k = se_name_index(f->name, &original_names);
  if (k >= 0 && r->orig_raw[k].s == NULL) r->orig_raw[k] = f->value;
}

/* The header block at the start of s[0..n), taken as the returned
** message's, its fields of original_names read on the way. */
static se_span original_header(reader *r, const char *s, size_t n)
{
  size_t body, len;
  int k;
  for (k = 0; k < NORIGINAL; k++) r->orig_raw[k] = se_no_span;
  len = se_header_fields(s, n, &body, original_visit, r);
  r->orig_of = se_span_of(s, len);
  r->orig_read = 1;
  return r->orig_of;
}

/* The types of parts a reading sorts, by part_kind (looked up once). */
#define PART_TYPES(X) \
  X("message/delivery-status") X("message/global-delivery-status") X("message/feedback-report") \
  X("message/rfc822") X("message/global") X("message/partial") X("text/rfc822-headers") \
  X("text/global-headers") X("text/html")

static const se_names part_types = SE_NAMES(PART_TYPES);

typedef enum part_kind {
  PART_OTHER, PART_STATUS, PART_FEEDBACK, PART_MESSAGE, PART_HEADERS, PART_HTML
} part_kind;

static const part_kind part_kinds[] = {
  PART_STATUS, PART_STATUS, PART_FEEDBACK, PART_MESSAGE, PART_MESSAGE, PART_MESSAGE, PART_HEADERS,
  PART_HEADERS, PART_HTML
};

SE_STATIC_ASSERT((0 PART_TYPES(SE_COUNT_ITEM)) == sizeof part_kinds / sizeof part_kinds[0],
                 a_kind_for_each_type);

static part_kind kind_of_part(const se_content_type *ct)
{
  int k = se_name_index(ct->type, &part_types);
  return k >= 0 ? part_kinds[k] : PART_OTHER;
}

static int on_part(void *ud, const se_part *p)
{
  reader *r = ud;
  const se_content_type *ct = &p->ct;
  part_kind kind = kind_of_part(ct);
  if (kind == PART_STATUS) {
    se_span t = se_decode_body(r->a, p);
    int room;
    if (t.s == NULL) return r->nomem = 1;
    room = se_arena_grow(r->a, (void **)&r->status, &r->status_cap, r->nstatus, sizeof(se_span), SE_MAXPARTS);
    if (room != 0) return r->nomem = room < 0;
    r->status[r->nstatus++] = t;
  } else if (kind == PART_FEEDBACK) {
    if (r->feedback.s == NULL && (r->feedback = se_decode_body(r->a, p)).s == NULL) return r->nomem = 1;
  } else if (kind == PART_MESSAGE) {
    if (r->original.s == NULL) r->original = original_header(r, p->body.s, p->body.n);
  } else if (kind == PART_HEADERS) {
    if (r->original.s == NULL && (r->original = se_decode_body(r->a, p)).s == NULL) return r->nomem = 1;
  } else if (kind == PART_HTML) {
    if (!p->shadowed) {
      se_span t = se_decode_body(r->a, p);
      return add_text(r, t.s ? se_html_text(r->a, t) : t);
    }
  } else if (se_type_is(ct, "text/*") || p->depth == 0 || se_type_is(ct, "multipart/*")) {
    return add_text(r, se_decode_body(r->a, p));   /* a multipart leaf: its delimiters are lost */
  }
  return 0;
}

/* The fields of its own header a reading looks at, read in the walk that
** reads its Content-Type: own_names, by own_id. */
#define OWN_NAMES(X) \
  X("subject") X("from") X("to") X("content-type") X("auto-submitted") X("x-autoreply") \
  X("x-autorespond") X("precedence") X("x-apple-action") X("x-auto-response-suppress") \
  X("x-failed-recipients") X("x-hmxmroriginalrecipient") X("delivered-to") X("x-original-to")

static const se_names own_names = SE_NAMES(OWN_NAMES);

typedef enum own_id {
  OWN_SUBJECT, OWN_FROM, OWN_TO, OWN_CONTENT_TYPE, OWN_AUTO_SUBMITTED, OWN_X_AUTOREPLY,
  OWN_X_AUTORESPOND, OWN_PRECEDENCE, OWN_X_APPLE_ACTION, OWN_X_AUTO_RESPONSE_SUPPRESS,
  OWN_X_FAILED_RECIPIENTS, OWN_X_HMXMRORIGINALRECIPIENT, OWN_DELIVERED_TO, OWN_X_ORIGINAL_TO,
  NOWN
} own_id;

SE_STATIC_ASSERT(NOWN <= MAXOWN, own_fields_fit);
SE_STATIC_ASSERT((0 OWN_NAMES(SE_COUNT_ITEM)) == NOWN, an_id_for_each_own_name);

/* A field of the header being read: the first of each own name kept. */
static void own_visit(void *ud, const se_field *f)
{
  reader *r = ud;
  int k = se_name_index(f->name, &own_names);
  if (k >= 0 && r->owns[k].value.s == NULL) r->owns[k].value = f->value;
}

/* One of own_names, decoded; s NULL when the header has no such field. */
static se_span own_field(reader *r, own_id k)
{
  if (r->owns[k].value.s == NULL) return se_no_span;
  if (!r->owns[k].decoded) {
    r->owns[k].value = se_decode_field(r->a, r->owns[k].value);
    r->owns[k].decoded = 1;
    if (r->owns[k].value.s == NULL) r->nomem = 1;
  }
  return r->owns[k].value;
}

/* }====================================================================== */

/*
** {======================================================================
** What kind of message, in what dialect
** =======================================================================
*/

/* Words that make a message a bounce when its structure does not say so. */
static const char *const bounce_words[] = {
  "undeliver", "could not be delivered", "couldn't be delivered", "was not delivered",
  "wasn't delivered", "delivery failed", "delivery failure", "delivery status notification",
  "returned mail", "failure notice", "failed permanently", "permanent error",
  "mail delivery failed", "unable to deliver", "not be delivered", "delivery has failed",
  "rejected your message", "did not reach", "non remis", "unzustellbar",
  "nicht zugestellt", "no se pudo entregar", "impossible de remettre", "non consegnat",
  "niet bezorgd", "\xe9\x85\x8d\xe4\xbf\xa1", "\xe9\x80\x80\xe4\xbf\xa1", NULL
};

/* Senders of reports. */
static const char *const daemon_words[] = {
  "mailer-daemon", "postmaster", "mail delivery", "mail-daemon", "mdaemon", "mailerdaemon",
  "bounce", NULL
};

/* Words of a report that say what it is: still retrying, given up, or
** the dialect of a mailer (for the 'format' field; the first found names
** it). Read in one pass over the reports. */
typedef enum marker_kind { M_DELAY, M_FINAL, M_DIALECT } marker_kind;

typedef struct marker {
  marker_kind kind;
  const char *dialect;
} marker;

#define MARKERS(X) \
  X("this is a warning message only", M_DELAY, NULL) \
  X("you do not need to resend", M_DELAY, NULL) \
  X("has been delayed", M_DELAY, NULL) \
  X("will be retried", M_DELAY, NULL) \
  X("will keep trying", M_DELAY, NULL) \
  X("still undelivered", M_DELAY, NULL) \
  X("delivery attempts will continue", M_DELAY, NULL) \
  X("has not yet been delivered", M_DELAY, NULL) \
  X("only a temporary failure report", M_DELAY, NULL) \
  X("will retry", M_DELAY, NULL) \
  X("is delayed for more than", M_DELAY, NULL) \
  X("enqueued and undeliverable", M_DELAY, NULL) \
  X("no action is required on your part", M_DELAY, NULL) \
  X("delivery status notification (delay)", M_DELAY, NULL) \
  X("delayed mail", M_DELAY, NULL) \
  X("warning: could not send message", M_DELAY, NULL) \
  X("failed permanently", M_FINAL, NULL) \
  X("permanent error", M_FINAL, NULL) \
  X("i've given up", M_FINAL, NULL) \
  X("i'm not going to try again", M_FINAL, NULL) \
  X("will be deleted from queue", M_FINAL, NULL) \
  X("envelope expired", M_FINAL, NULL) \
  X("retry timeout exceeded", M_FINAL, NULL) \
  X("have been failing for a long time", M_FINAL, NULL) \
  X("was aborted after", M_FINAL, NULL) \
  X("permanent fatal errors", M_FINAL, NULL) \
  X("could not be delivered", M_FINAL, NULL) \
  X("delivery has failed", M_FINAL, NULL) \
  X("undeliverable", M_FINAL, NULL) \
  X("failure notice", M_FINAL, NULL) \
  X("this is the qmail-send program", M_DIALECT, "qmail") \
  X("i'm afraid i wasn't able to deliver your message", M_DIALECT, "qmail") \
  X("this message was created automatically by mail delivery software", M_DIALECT, "exim") \
  X("the following address(es) failed", M_DIALECT, "exim") \
  X("this is a copy of the message, including all the headers", M_DIALECT, "exim") \
  X("delivery to the following recipient", M_DIALECT, "gmail") \
  X("the following addresses had permanent fatal errors", M_DIALECT, "sendmail") \
  X("transcript of session follows", M_DIALECT, "sendmail") \
  X("this is the mail system at host", M_DIALECT, "postfix") \
  X("this is the postfix program", M_DIALECT, "postfix") \
  X("delivery has failed to these recipients", M_DIALECT, "exchange") \
  X("did not reach the following recipient", M_DIALECT, "exchange") \
  X("diagnostic information for administrators", M_DIALECT, "exchange") \
  X("sorry, we were unable to deliver your message", M_DIALECT, "yahoo") \
  X("this is the mailer-daemon, please do not reply", M_DIALECT, "opensmtpd") \
  X("your message wasn't delivered to", M_DIALECT, "google") \
  X("mail.ru", M_DIALECT, "mailru") \
  X("undeliverable mail", M_DIALECT, "courier") \
  X("unable to deliver message to the following", M_DIALECT, "outlook") \
  X("message from interscan messaging security suite", M_DIALECT, "trendmicro")

#define MARKER_WORDS(words, kind, dialect) words,
#define MARKER_OF(words, kind, dialect) {kind, dialect},
static const char *const marker_words[] = { MARKERS(MARKER_WORDS) NULL };
static const marker markers[] = { MARKERS(MARKER_OF) {M_DELAY, NULL} };

#define NMARKERS (sizeof markers / sizeof markers[0] - 1)
SE_STATIC_ASSERT(NMARKERS <= 64, markers_fit_a_mask);

/* The markers the reports hold, as bits, found once per reading. */
static uint64_t markers_in(reader *r)
{
  size_t k;
  if (r->marked) return r->markers;
  for (k = 0; k < r->ntexts; k++) r->markers |= se_words_scan(&r->words->markers, r->texts[k].report, 0);
  r->marked = 1;
  return r->markers;
}

void se_bounce_words_ready(se_bounce_words *w)
{
  se_words_ready(&w->markers, marker_words);
  se_reply_cues_ready(&w->cues);
}


static int has_marker(reader *r, marker_kind kind)
{
  uint64_t found = markers_in(r);
  size_t k;
  for (k = 0; k < NMARKERS; k++)
    if ((found >> k & 1) && markers[k].kind == kind) return 1;
  return 0;
}

static int any_words(const reader *r, const char *const *words)
{
  size_t t;
  for (t = 0; t < r->ntexts; t++)
    if (se_words_in(r->texts[t].report, words) != 0) return 1;
  return 0;
}

static const char *dialect_of(reader *r)
{
  uint64_t found = markers_in(r);
  size_t k;
  for (k = 0; k < NMARKERS; k++)
    if ((found >> k & 1) && markers[k].kind == M_DIALECT) return markers[k].dialect;
  return "text";
}

/* RFC 3834 replies: the headers that mark them, and their subjects. */
static const char *const autoreply_subjects[] = {
  "auto:", "auto response", "auto reply", "autoreply", "automatic reply", "autorespons",
  "out of office", "out of the office", "abwesenheit", "automatische antwort",
  "r\xc3\xa9ponse automatique", "respuesta autom\xc3\xa1tica", "risposta automatica",
  "automatisch antwoord", "resposta autom\xc3\xa1tica", "autosvar", "vacation",
  "\xe8\x87\xaa\xe5\x8b\x95\xe5\xbf\x9c\xe7\xad\x94", "\xe8\x87\xaa\xe5\x8b\x95\xe8\xbf\x94\xe4\xbf\xa1",
  "\xd0\xb0\xd0\xb2\xd1\x82\xd0\xbe\xd0\xbe\xd1\x82\xd0\xb2\xd0\xb5\xd1\x82", NULL
};

static int is_autoreply(reader *r)
{
  se_span v = own_field(r, OWN_AUTO_SUBMITTED);
  if (v.s != NULL && se_has_ci(v, "auto-replied")) return 1;
  if ((v = own_field(r, OWN_X_AUTOREPLY)).s != NULL || (v = own_field(r, OWN_X_AUTORESPOND)).s != NULL)
    return 1;
  if ((v = own_field(r, OWN_PRECEDENCE)).s != NULL && se_has_ci(v, "auto_reply")) return 1;
  if ((v = own_field(r, OWN_X_APPLE_ACTION)).s != NULL && se_has_ci(v, "vacation")) return 1;
  if ((v = own_field(r, OWN_X_AUTO_RESPONSE_SUPPRESS)).s != NULL && (se_has_ci(v, "oof") || se_has_ci(v, "autoreply")))
    return 1;
  v = own_field(r, OWN_SUBJECT);
  return v.s != NULL && se_words_in(v, autoreply_subjects) != 0;
}

static int any_reply(reader *r)
{
  size_t t;
  for (t = 0; t < r->ntexts; t++)
    if (se_has_reply(&r->words->cues, r->texts[t].report)) return 1;
  return 0;
}

/* Does the message say, by its structure or its words, that it reports
** on a delivery? A recipient named in the report and a failing reply in it
** say so too. */
static int is_report(reader *r, int named)
{
  se_span v;
  if (r->nstatus > 0 || r->feedback.s != NULL || own_field(r, OWN_X_FAILED_RECIPIENTS).s != NULL)
    return 1;
  if ((v = own_field(r, OWN_CONTENT_TYPE)).s != NULL && se_has_ci(v, "multipart/report")) return 1;
  if ((v = own_field(r, OWN_FROM)).s != NULL && se_words_in(v, daemon_words) != 0) return 1;
  if ((v = own_field(r, OWN_SUBJECT)).s != NULL && se_words_in(v, bounce_words) != 0) return 1;
  return any_words(r, bounce_words) || (named && any_reply(r));
}

/* }====================================================================== */

/*
** {======================================================================
** Recipients
** =======================================================================
*/

typedef struct result {
  se_arena *a;
  se_recipient *v;
  size_t n, cap;
  int nomem;
} result;

/* A new recipient, or NULL when it is one already or there is no room. */
static se_recipient *add_recipient(result *res, se_span address)
{
  size_t k;
  se_recipient *r;
  int room;
  if (address.s == NULL) return NULL;
  for (k = 0; k < res->n; k++)
    if (se_same_ci(res->v[k].address, address)) return NULL;
  room = se_arena_grow(res->a, (void **)&res->v, &res->cap, res->n, sizeof(se_recipient), SE_MAXRECIPIENTS);
  if (room != 0) {
    res->nomem |= room < 0;
    return NULL;
  }
  r = &res->v[res->n++];
  memset(r, 0, sizeof *r);
  r->address = address;
  return r;
}

/* The block of the named recipient with this address, or s NULL. */
static se_span block_of(const se_named_list *l, se_span address)
{
  size_t k;
  for (k = 0; k < l->n; k++)
    if (se_same_ci(l->v[k].address, address)) return l->v[k].block;
  return se_no_span;
}

/* A DSN record as a recipient; its reply from the report text when the
** DSN gives none. */
static void from_record(se_arena *a, result *res, const se_dsn_record *rec, const se_named_list *l,
                        size_t *next_named)
{
  se_span type, final = se_unfold(a, rec->final), original = se_unfold(a, rec->original);
  se_span address = se_address_of(se_without_type(final, &type));
  se_span orig = se_address_of(se_without_type(original, &type));
  se_recipient *r;
  if (address.s == NULL) address = orig;
  if (address.s == NULL) address = se_token_address(se_without_type(final, &type));
  if (address.s == NULL && *next_named < l->n) address = l->v[(*next_named)++].address;
  if (address.s == NULL || (r = add_recipient(res, address)) == NULL) return;
  if (orig.s != NULL && !se_same_ci(orig, address)) r->original = orig;
  r->action = se_dsn_action_of(rec->action);
  r->status = se_dsn_status_of(rec->status);
  r->diagnostic = se_unfold(a, rec->diagnostic);
  r->diagnostic = se_without_type(r->diagnostic, &type);
  r->remote_mta = se_without_type(se_unfold(a, rec->remote), &type);
  r->last_attempt = se_unfold(a, rec->last_attempt);
  if (r->diagnostic.n == 0) r->diagnostic = block_of(l, address);
}

static void from_named(result *res, const se_named_list *l, se_dsn_action action)
{
  size_t k;
  for (k = 0; k < l->n; k++) {
    se_recipient *r = add_recipient(res, l->v[k].address);
    if (r == NULL) continue;
    r->action = action;
    r->diagnostic = l->v[k].block;
  }
}

/* Recipients listed in a header ("a@b, c@d"). */
static void from_list(result *res, se_span list, se_dsn_action action, se_span reply)
{
  size_t i = 0;
  while (list.s != NULL && i < list.n) {
    se_span a = se_address_in(list.s, i, list.n);
    se_recipient *r;
    if (a.s == NULL) break;
    i = (size_t)(a.s + a.n - list.s);
    if ((r = add_recipient(res, a)) == NULL) continue;
    r->action = action;
    r->diagnostic = reply;
  }
}

/* The report's first paragraph that says why, for recipients whose block
** says nothing (the reply sits above the list in some dialects). */
static se_span message_reply(const reader *r)
{
  size_t t;
  for (t = 0; t < r->ntexts; t++) {
    se_span report = se_trim(r->texts[t].report);
    if (report.n > 0) return se_block_lines(report.s, 0, report.n);
  }
  return se_no_span;
}

/* }====================================================================== */

/*
** {======================================================================
** Feedback reports, SES notifications, auto-replies
** =======================================================================
*/

/* The values of every field 'name' of a fields text, into res. */
static void fields_named(se_arena *a, se_span t, const char *name, result *res, se_span reply)
{
  size_t pos = 0;
  se_field f;
  while (se_next_field(t.s, t.n, &pos, &f)) {
    se_recipient *r;
    se_span addr;
    if (!se_span_is(f.name, name) || (addr = se_address_of(se_unfold(a, f.value))).s == NULL) continue;
    if ((r = add_recipient(res, addr)) != NULL) r->diagnostic = reply;
  }
}

static se_span first_line(const reader *r)
{
  size_t t;
  for (t = 0; t < r->ntexts; t++) {
    se_span x = se_trim(r->texts[t].all);
    size_t next;
    if (x.n > 0) return se_trim(se_span_of(x.s, se_line_end(x.s, x.n, 0, &next)));
  }
  return se_no_span;
}

static void read_feedback(reader *r, se_bounce_report *b, result *res)
{
  se_span fb = r->feedback, reply = first_line(r), type = se_no_span, v;
  size_t k;
  if (fb.s != NULL) {
    if (se_find_field(fb.s, fb.n, "feedback-type", &v)) type = se_unfold(r->a, v);
    if (se_find_field(fb.s, fb.n, "reporting-mta", &v)) b->reporting_mta = se_unfold(r->a, v);
    fields_named(r->a, fb, "original-rcpt-to", res, reply);
    fields_named(r->a, fb, "removal-recipient", res, reply);
  }
  if (res->n == 0) from_list(res, own_field(r, OWN_X_HMXMRORIGINALRECIPIENT), SE_DA_NONE, reply);
  if (res->n == 0 && r->original.s != NULL) {
    fields_named(r->a, r->original, "x-hmxmroriginalrecipient", res, reply);
    if (res->n == 0) fields_named(r->a, r->original, "to", res, reply);
  }
  for (k = 0; k < res->n; k++) {
    res->v[k].feedback_type = type;
    if (fb.s != NULL && se_find_field(fb.s, fb.n, "source-ip", &v)) res->v[k].remote_mta = se_unfold(r->a, v);
  }
  b->kind = SE_BK_FEEDBACK;
  b->format = "arf";
}

/* SES cuts long lines with "!", a line break and a space: joined back. */
static se_span joined_ses_lines(se_arena *a, se_span t)
{
  char *buf = se_arena_alloc(a, t.n + 1);
  size_t i = 0, len = 0;
  if (buf == NULL) return se_no_span;
  while (i < t.n) {
    if (t.s[i] == '!' && i + 2 < t.n && (t.s[i + 1] == '\n' || t.s[i + 1] == '\r')) {
      size_t k = i + 1;
      if (t.s[k] == '\r') k++;
      if (k < t.n && t.s[k] == '\n') k++;
      if (k < t.n && t.s[k] == ' ') {
        i = k + 1;
        continue;
      }
    }
    buf[len++] = t.s[i++];
  }
  return se_span_of(buf, len);
}

static se_span json_text(se_arena *a, se_json v, const char *key)
{
  return se_json_string(a, se_json_member(v, key));
}

/* The JSON of an SES notification in text t, unwrapped from SNS's
** envelope; kind SE_JSON_NONE when there is none. */
static se_json ses_notification(se_arena *a, se_span t)
{
  size_t pos, start = 0;
  se_json v;
  se_span message;
  v.kind = SE_JSON_NONE;
  v.text = t;
  while (start < t.n && se_isspace((unsigned char)t.s[start])) start++;
  if (start == t.n || t.s[start] != '{' || !se_has_ci(t, "notificationtype")) return v;   /* JSON only */
  t = joined_ses_lines(a, se_span_of(t.s + start, t.n - start));
  if (t.s == NULL) return v;
  pos = 0;
  v = se_json_value(t.s, t.n, &pos);
  message = json_text(a, v, "Message");
  if (message.s != NULL) {
    se_json inner;
    pos = 0;
    inner = se_json_value(message.s, message.n, &pos);
    if (inner.kind == SE_JSON_OBJECT) return inner;
  }
  return v;
}

static void ses_original(se_arena *a, se_json v, se_bounce_report *b)
{
  se_json mail = se_json_member(v, "mail"), common = se_json_member(mail, "commonHeaders"), e;
  size_t pos = 0;
  b->message_id = json_text(a, common, "messageId");
  if (b->message_id.s == NULL) b->message_id = json_text(a, mail, "messageId");
  b->subject = json_text(a, common, "subject");
  b->date = json_text(a, common, "date");
  if (se_json_next(se_json_member(common, "from"), &pos, &e)) b->from = se_json_string(a, e);
  pos = 0;
  if (se_json_next(se_json_member(common, "to"), &pos, &e)) b->to = se_json_string(a, e);
}

static int read_ses(reader *r, se_bounce_report *b, result *res)
{
  size_t t;
  for (t = 0; t < r->ntexts; t++) {
    se_json v = ses_notification(r->a, r->texts[t].report), list, e, part;
    se_span type;
    size_t pos = 0;
    if (v.kind != SE_JSON_OBJECT) continue;
    type = json_text(r->a, v, "notificationType");
    b->format = "amazonses";
    ses_original(r->a, v, b);
    if (type.s != NULL && se_span_is(type, "complaint")) {
      part = se_json_member(v, "complaint");
      b->kind = SE_BK_FEEDBACK;
      list = se_json_member(part, "complainedRecipients");
      while (se_json_next(list, &pos, &e)) {
        se_recipient *rc = add_recipient(res, json_text(r->a, e, "emailAddress"));
        if (rc != NULL) rc->feedback_type = json_text(r->a, part, "complaintFeedbackType");
      }
    } else if (type.s != NULL && se_span_is(type, "delivery")) {
      part = se_json_member(v, "delivery");
      b->kind = SE_BK_DELIVERED;
      b->reporting_mta = json_text(r->a, part, "reportingMTA");
      list = se_json_member(part, "recipients");
      while (se_json_next(list, &pos, &e)) {
        se_recipient *rc = add_recipient(res, se_json_string(r->a, e));
        if (rc == NULL) continue;
        rc->action = SE_DA_DELIVERED;
        rc->diagnostic = json_text(r->a, part, "smtpResponse");
      }
    } else {
      part = se_json_member(v, "bounce");
      b->kind = SE_BK_BOUNCE;
      b->reporting_mta = json_text(r->a, part, "reportingMTA");
      list = se_json_member(part, "bouncedRecipients");
      while (se_json_next(list, &pos, &e)) {
        se_recipient *rc = add_recipient(res, json_text(r->a, e, "emailAddress"));
        se_span type_of;
        if (rc == NULL) continue;
        rc->action = se_dsn_action_of(json_text(r->a, e, "action"));
        rc->status = se_dsn_status_of(json_text(r->a, e, "status"));
        rc->diagnostic = se_without_type(json_text(r->a, e, "diagnosticCode"), &type_of);
      }
    }
    return 1;
  }
  return 0;
}

static void read_autoreply(reader *r, se_bounce_report *b, result *res)
{
  se_recipient *rc = add_recipient(res, se_address_of(own_field(r, OWN_FROM)));
  if (rc != NULL) rc->diagnostic = first_line(r);
  b->kind = SE_BK_AUTOREPLY;
  b->format = "rfc3834";
}

/* }====================================================================== */

/*
** {======================================================================
** The original message and the VERP address
** =======================================================================
*/

/* The header block of the message returned inline, after the report of
** the first text that has one. */
static se_span inline_original(reader *r)
{
  size_t t;
  for (t = 0; t < r->ntexts; t++) {
    se_span x = r->texts[t].all, h;
    size_t returned = r->texts[t].returned;
    while (returned < x.n && se_isspace((unsigned char)x.s[returned])) returned++;
    if (returned >= x.n) continue;
    if ((h = original_header(r, x.s + returned, x.n - returned)).n > 0) return h;
  }
  return se_no_span;
}

static se_span decoded(reader *r, se_span raw)
{
  se_span v = se_decode_field(r->a, raw);
  if (v.s == NULL) r->nomem = 1;
  return v;
}

/* The raw values of the returned message's fields of original_names (the
** first of each), read in one walk of its header and kept for the
** reading; all s NULL when there is no header. */
static const se_span *original_fields(reader *r)
{
  size_t pos = 0;
  se_field f;
  int k;
  if (r->orig_read && r->orig_of.s == r->original.s && r->orig_of.n == r->original.n) return r->orig_raw;
  for (k = 0; k < NORIGINAL; k++) r->orig_raw[k] = se_no_span;
  while (r->original.s != NULL && se_next_field(r->original.s, r->original.n, &pos, &f))
    if ((k = se_name_index(f.name, &original_names)) >= 0 && r->orig_raw[k].s == NULL) r->orig_raw[k] = f.value;
  r->orig_of = r->original;
  r->orig_read = 1;
  return r->orig_raw;
}

/* The asked fields of the returned message (names in any case,
** "Message-Id"), the first of each decoded, in one walk of its header. */
static void read_asked(reader *r, se_span *values, const char *const *asked, size_t nasked)
{
  se_span want[SE_MAXASKED], raw[SE_MAXASKED];
  size_t k, pos = 0, left = nasked;
  se_field f;
  for (k = 0; k < nasked; k++) want[k] = se_span_of(asked[k], strlen(asked[k])), raw[k] = se_no_span;
  while (left > 0 && r->original.s != NULL && se_next_field(r->original.s, r->original.n, &pos, &f))
    for (k = 0; k < nasked; k++)
      if (raw[k].s == NULL && se_same_ci(f.name, want[k])) raw[k] = f.value, left--;
  for (k = 0; k < nasked; k++) values[k] = raw[k].s != NULL ? decoded(r, raw[k]) : se_no_span;
}

static void read_original(reader *r, se_bounce_report *b, const char *const *asked, size_t nasked)
{
  se_span *fields[ORIG_DATE + 1];
  const se_span *raw;
  size_t k;
  fields[ORIG_MESSAGE_ID] = &b->message_id;
  fields[ORIG_FROM] = &b->from;
  fields[ORIG_TO] = &b->to;
  fields[ORIG_SUBJECT] = &b->subject;
  fields[ORIG_DATE] = &b->date;
  if (r->original.s == NULL) r->original = inline_original(r);
  raw = original_fields(r);
  for (k = 0; k <= ORIG_DATE; k++)
    if (fields[k]->s == NULL && raw[k].s != NULL) *fields[k] = decoded(r, raw[k]);
  if (nasked == 0) return;
  if ((b->asked = se_arena_alloc(r->a, nasked * sizeof(se_span))) == NULL) {
    r->nomem = 1;
    return;
  }
  read_asked(r, b->asked, asked, nasked);
}

/* "bounces+bob=example.org@news.example.com" -> "bob@example.org": the
** text after the first '+' (else the last '-') of the local part, its last
** '=' made an '@'. */
static se_span verp_of(se_arena *a, se_span address)
{
  const char *at, *eq = NULL, *from = NULL;
  const char *p;
  char *buf;
  size_t len;
  if (address.s == NULL || (at = memchr(address.s, '@', address.n)) == NULL) return se_no_span;
  for (p = address.s; p < at; p++) {
    if (*p == '=') eq = p;
    if (*p == '+' && from == NULL) from = p;
  }
  if (eq == NULL) return se_no_span;
  if (from == NULL || from > eq)
    for (p = eq; p > address.s && from == NULL; p--)
      if (p[-1] == '-') from = p - 1;
  if (from == NULL || from + 1 >= eq || eq + 1 >= at || memchr(eq + 1, '.', (size_t)(at - eq - 1)) == NULL)
    return se_no_span;
  len = (size_t)(at - from - 1);
  if ((buf = se_arena_alloc(a, len)) == NULL) return se_no_span;
  memcpy(buf, from + 1, len);
  buf[eq - from - 1] = '@';
  return se_span_of(buf, len);
}

static se_span read_verp(reader *r)
{
  static const own_id fields[] = { OWN_DELIVERED_TO, OWN_X_ORIGINAL_TO, OWN_TO };
  size_t k;
  for (k = 0; k < sizeof fields / sizeof fields[0]; k++) {
    se_span v = verp_of(r->a, se_address_of(own_field(r, fields[k])));
    if (v.s != NULL) return v;
  }
  return se_no_span;
}

/* }====================================================================== */

/*
** {======================================================================
** A reading
** =======================================================================
*/

static int start_reading(reader *r, se_arena *a, const se_bounce_words *words, const char *s, size_t n)
{
  se_part top;
  memset(r, 0, sizeof *r);
  r->a = a;
  r->words = words;
  se_read_mime_fields(s, n, 0, &top, own_visit, r);
  se_walk_parts(&top, on_part, r);
  return r->nomem ? -1 : 0;
}

static int read_dsn_parts(reader *r, se_dsn_records *rs)
{
  size_t k;
  rs->a = r->a;
  rs->r = NULL;
  rs->n = rs->cap = 0;
  rs->reporting = se_no_span;
  rs->nomem = 0;
  for (k = 0; k < r->nstatus; k++) se_read_dsn(rs, r->status[k], 1);
  for (k = 0; k < r->ntexts; k++) se_read_dsn(rs, r->texts[k].report, 0);
  return rs->nomem ? -1 : 0;
}

/* The kind of a bounce from its recipients' actions, else from its words. */
static se_bounce_kind kind_of(reader *r, const result *res)
{
  size_t k;
  int failed = 0, delayed = 0, delivered = 0;
  se_span subject;
  for (k = 0; k < res->n; k++) {
    se_dsn_action x = res->v[k].action;
    failed |= x == SE_DA_FAILED;
    delayed |= x == SE_DA_DELAYED;
    delivered |= x == SE_DA_DELIVERED || x == SE_DA_RELAYED || x == SE_DA_EXPANDED;
  }
  if (failed) return SE_BK_BOUNCE;
  if (delayed) return SE_BK_DELAY;
  if (delivered) return SE_BK_DELIVERED;
  subject = own_field(r, OWN_SUBJECT);
  if ((has_marker(r, M_DELAY) || (subject.s != NULL && (se_has_ci(subject, "delay")
                                                         || se_has_ci(subject, "warning"))))
      && !has_marker(r, M_FINAL))
    return SE_BK_DELAY;
  return SE_BK_BOUNCE;
}

/* The recipients of the DSN fields, else those the report names, else
** those of X-Failed-Recipients. Sets *named to the count the report names. */
static int read_recipients(reader *r, se_bounce_report *b, result *res, size_t *named)
{
  se_dsn_records rs;
  se_named_list names;
  size_t k, next_named = 0;
  names.v = NULL;
  names.n = names.cap = 0;
  if (read_dsn_parts(r, &rs) != 0) return -1;
  for (k = 0; k < r->ntexts; k++)
    if (se_read_named(r->a, &r->words->cues, r->texts[k].report, &names) != 0) return -1;
  *named = names.n;
  for (k = 0; k < rs.n; k++) from_record(r->a, res, &rs.r[k], &names, &next_named);
  b->format = res->n > 0 ? "dsn" : dialect_of(r);
  b->reporting_mta = rs.reporting.s != NULL ? se_without_type(se_unfold(r->a, rs.reporting), &b->reporting_mta)
                                            : se_no_span;
  if (res->n == 0) from_named(res, &names, SE_DA_NONE);
  if (res->n == 0) {
    from_list(res, own_field(r, OWN_X_FAILED_RECIPIENTS), SE_DA_NONE, message_reply(r));
    if (res->n > 0) b->format = "x-failed-recipients";
  }
  return 0;
}

/* Gives each recipient what the report says when its own block does not:
** an action from the kind, a reply from the report's first paragraph. */
static void complete(reader *r, se_bounce_report *b, result *res)
{
  size_t k;
  se_span fallback = se_no_span;
  int have_fallback = 0;
  for (k = 0; k < res->n; k++) {
    se_recipient *rc = &res->v[k];
    if (rc->action == SE_DA_NONE && (b->kind == SE_BK_BOUNCE || b->kind == SE_BK_DELAY))
      rc->action = b->kind == SE_BK_BOUNCE ? SE_DA_FAILED : SE_DA_DELAYED;
    if (rc->status.n == 0 && !se_has_reply(&r->words->cues, rc->diagnostic)) {
      if (!have_fallback) fallback = message_reply(r), have_fallback = 1;
      if (fallback.s != NULL && (rc->diagnostic.n == 0 || se_has_reply(&r->words->cues, fallback))) rc->diagnostic = fallback;
    }
  }
}

static int is_feedback(reader *r)
{
  return r->feedback.s != NULL || own_field(r, OWN_X_HMXMRORIGINALRECIPIENT).s != NULL
         || se_has_ci(own_field(r, OWN_CONTENT_TYPE), "feedback-report")
         || (r->original.s != NULL && original_fields(r)[ORIG_X_HMXMRORIGINALRECIPIENT].s != NULL);
}

static int read_message(se_arena *a, const se_bounce_words *words, const char *s, size_t n, int depth,
                        se_bounce_report *b, result *res, reader *r);

/* A bounce pasted whole into the text of one that names no recipient of
** its own (OCN forwards Postfix's this way): read it instead. Only then: a
** bounce returned inside a bounce with recipients adds none of its own. */
static int read_embedded(reader *r, se_bounce_report *b, result *res, reader *inner)
{
  size_t t;
  for (t = 0; t < r->ntexts; t++) {
    const text *x = &r->texts[t];
    if (x->returned >= x->all.n) continue;
    if (read_message(r->a, r->words, x->all.s + x->returned, x->all.n - x->returned, 1, b, res, inner) != 0)
      return -1;
    if (res->n > 0) return 1;
  }
  return 0;
}

/* Reads one message into b and res; depth 1 for a pasted one. */
static int read_message(se_arena *a, const se_bounce_words *words, const char *s, size_t n, int depth,
                        se_bounce_report *b, result *res, reader *r)
{
  size_t named = 0;
  if (start_reading(r, a, words, s, n) != 0) return -1;
  b->kind = SE_BK_BOUNCE;
  if (is_feedback(r)) {
    read_feedback(r, b, res);
  } else if (!read_ses(r, b, res)) {
    if (read_recipients(r, b, res, &named) != 0) return -1;
    if (res->n == 0 && depth == 0) {
      reader inner;
      int embedded = read_embedded(r, b, res, &inner);
      if (embedded < 0) return -1;
      if (embedded) {
        *r = inner;
        return 0;
      }
    }
    if (!is_report(r, named > 0)) {
      res->n = 0;
      if (is_autoreply(r)) read_autoreply(r, b, res);
    } else {
      b->kind = kind_of(r, res);
    }
  }
  return r->nomem ? -1 : 0;
}

int se_read_bounce(const char *s, size_t n, const char *const *asked, size_t nasked,
                   const se_bounce_words *words, se_arena *a, se_bounce_report *b, const char **why)
{
  reader r;
  result res;
  static const char no_memory[] = "not enough memory";
  memset(b, 0, sizeof *b);
  res.a = a;
  res.v = NULL;
  res.n = res.cap = 0;
  res.nomem = 0;
  if (nasked > SE_MAXASKED) nasked = SE_MAXASKED;
  if (read_message(a, words, s, n, 0, b, &res, &r) != 0) {
    *why = no_memory;
    return -1;
  }
  read_original(&r, b, asked, nasked);
  b->verp_recipient = read_verp(&r);
  if (res.n == 0 && b->verp_recipient.s != NULL && is_report(&r, 0)) {
    se_recipient *rc = add_recipient(&res, b->verp_recipient);
    if (rc != NULL) rc->diagnostic = message_reply(&r);
    b->format = "verp";
  }
  if (r.nomem || res.nomem) {
    *why = no_memory;
    return -1;
  }
  if (res.n == 0) {
    *why = "not a bounce, delivery report, feedback report or auto-reply (no recipient found)";
    return -1;
  }
  complete(&r, b, &res);
  b->recipients = res.v;
  b->nrecipients = res.n;
  return 0;
}

/* Appends "Name: value\n" when value is not empty. */
static size_t put_field(char *buf, size_t len, const char *name, se_span v)
{
  size_t k = strlen(name);
  if (v.s == NULL || v.n == 0) return len;
  memcpy(buf + len, name, k);
  memcpy(buf + len + k, v.s, v.n);
  buf[len + k + v.n] = '\n';
  return len + k + v.n + 1;
}

se_span se_recipient_reply(se_arena *a, const se_recipient *r)
{
  static const char *const actions[] = { NULL, "failed", "delayed", "delivered", "relayed", "expanded" };
  size_t cap = r->status.n + r->remote_mta.n + r->diagnostic.n + 128, len = 0;
  char *buf = se_arena_alloc(a, cap);
  if (buf == NULL) return se_no_span;
  /* The DSN's fields first: the reply's own lines decide what they say. */
  if (actions[r->action] != NULL) len = put_field(buf, len, "Action: ", se_span_of(actions[r->action], strlen(actions[r->action])));
  if (!se_generic_status(r->status) || r->diagnostic.n == 0) len = put_field(buf, len, "Status: ", r->status);
  len = put_field(buf, len, "Remote-MTA: dns; ", r->remote_mta);
  len = put_field(buf, len, "Diagnostic-Code: ", r->diagnostic);
  return se_span_of(buf, len);
}

/* }====================================================================== */
