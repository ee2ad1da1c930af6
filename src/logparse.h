/*
** logparse.h
** What the mail-log reader's units share: the parse of one line, the
** reader's state, and the small readers of bytes they all use.
** logline.c dispatches a line and keeps the reader; logtext.c reads the
** syslog-style formats (Postfix, Exim, Sendmail, OpenSMTPD, qmail);
** logdata.c the structured ones (CSV and JSON: Exchange, PowerMTA,
** KumoMTA). Not part of the core's interface.
*/
#ifndef SE_LOGPARSE_H
#define SE_LOGPARSE_H

#include <string.h>

#include "logline.h"
#include "sectype.h"

SE_HIDDEN_BEGIN

/*
** {======================================================================
** The reader's state
** =======================================================================
*/

/* What a reader remembers of an id. */
typedef enum se_session_kind {
  SE_SESSION_MESSAGE = 1,           /* its sender; a Postfix message's recipients still queued */
  SE_SESSION_DELIVERY,              /* a qmail delivery number: its message and recipient */
  SE_SESSION_REPLY                  /* a Sendmail reply= line waiting for its to= line */
} se_session_kind;

typedef struct se_session {
  uint64_t used;                    /* the reader's clock when last used; 0: a free slot */
  unsigned char format, kind, keyn, refn;
  uint16_t sendern, listn;
  char key[SE_LOG_KEYMAX];
  char ref[SE_LOG_KEYMAX];          /* a qmail delivery's message number */
  char sender[SE_LOG_ADDRMAX];      /* sendern 0: unknown; "<>": the null sender */
  char list[SE_LOG_LISTMAX];        /* recipients joined by ',', or a reply */
} se_session;

/* What a CSV column holds, whatever its name in each format. */
typedef enum se_csv_role {
  SE_COL_KIND,                      /* PowerMTA type, Exchange event-id, trace Status */
  SE_COL_TIME,
  SE_COL_RCPT,
  SE_COL_SENDER,
  SE_COL_ID,
  SE_COL_RELAY,
  SE_COL_ACTION,                    /* PowerMTA dsnAction */
  SE_COL_DSN,                       /* PowerMTA dsnStatus */
  SE_COL_DIAG,                      /* PowerMTA dsnDiag, Exchange recipient-status */
  SE_NCOLROLES
} se_csv_role;

/* The columns a header row named. */
typedef struct se_csvhead {
  se_log_format format;             /* SE_LOG_NONE: no header */
  int col[SE_NCOLROLES];            /* -1: no such column */
} se_csvhead;

/* A Sendmail failure whose reply= line may come next: its line, kept. A
** line held while the one before is given out goes to the other buffer. */
typedef struct se_held {
  size_t n;                         /* 0: nothing held */
  uint64_t line;
  size_t qidn;
  char qid[SE_LOG_KEYMAX];
  int at;                           /* the buffer of the held line */
  char s[2][SE_LOG_MAXLINE];
} se_held;

struct se_logreader {
  uint64_t clock, lines, formats[SE_LOG_NFORMATS];
  uint64_t lineno;                  /* the line of the current input */
  se_csvhead head;
  int nrec;
  se_logrec rec[2];
  size_t tailn;                     /* the unfinished line kept by feed */
  int skipping;                     /* the kept line is longer than SE_LOG_MAXLINE */
  se_held held;
  char tail[SE_LOG_MAXLINE];
  char scratch[2][SE_LOG_SCRATCH(SE_LOG_MAXLINE)];
  se_session sessions[SE_LOG_SESSIONS];
};

/* }====================================================================== */

/*
** {======================================================================
** The parse of a line
** =======================================================================
*/

typedef struct se_logctx {
  const char *s;
  size_t n;
  se_logrec *rec;
  char *out;                        /* scratch: values rewritten (unquoted, joined) */
  size_t outn, outcap;
  se_logreader *rd;                 /* NULL: the line is read alone */
  int hold;                         /* set by a Sendmail failure that may get its reply next */
  se_span reply_for_held;           /* set by the reply= line of the held failure */
  int replaying;                    /* reading a held line again... */
  se_span replay;                   /* ...with the reply that came (s NULL: none came) */
} se_logctx;

/* The formats' readers: each sets c->rec and returns 1 for a delivery. */
int se_log_postfix(se_logctx *c, size_t body);
int se_log_exim(se_logctx *c, size_t body);
int se_log_sendmail(se_logctx *c, size_t body);
int se_log_opensmtpd(se_logctx *c, size_t body);
int se_log_qmail(se_logctx *c, size_t body);
/* Lines without a syslog program: Exim's own log, qmail's multilog,
** OpenSMTPD lines pasted without prefix. */
int se_log_bare(se_logctx *c, size_t i);
/* CSV lines (headers, directives, rows) and JSON records. Return -1 when
** the line is none of theirs. */
int se_log_csv(se_logctx *c, size_t i);
int se_log_json(se_logctx *c, size_t i);

/* }====================================================================== */

/*
** {======================================================================
** Bytes
** =======================================================================
*/

static inline se_span se_log_span(const char *s, size_t a, size_t b)
{
  se_span v;
  v.s = s + a;
  v.n = b > a ? b - a : 0;
  return v;
}

/* Does s[i..n) start with w? */
static inline int se_log_at(const char *s, size_t n, size_t i, const char *w)
{
  size_t k = strlen(w);
  return i <= n && n - i >= k && memcmp(s + i, w, k) == 0;
}

static inline int se_log_span_is(se_span v, const char *w)
{
  return v.s != NULL && v.n == strlen(w) && memcmp(v.s, w, v.n) == 0;
}

/* The end of the run of non-blank bytes at i. */
static inline size_t se_log_word_end(const char *s, size_t n, size_t i)
{
  while (i < n && !se_isblank((unsigned char)s[i])) i++;
  return i;
}

/* Where w first occurs in s[from..to), or 'to'. */
size_t se_log_find(const char *s, size_t from, size_t to, const char *w);
/* Where w last occurs in s[from..to), or 'to'. */
size_t se_log_rfind(const char *s, size_t from, size_t to, const char *w);

/* The reply code at s[i] (2xx to 5xx, then a blank, '-' or the end), or 0. */
int se_log_code_at(const char *s, size_t n, size_t i);
/* The length of the enhanced status code X.Y.Z at s[i], or 0. */
size_t se_log_enhanced_at(const char *s, size_t n, size_t i);
/* The enhanced code that opens a reply or follows its code. */
se_span se_log_reply_dsn(se_span reply);
/* Bounced for a 5xx reply (or 5.x.x), deferred for 4xx; else none. */
se_log_status se_log_status_of(se_span reply);
/* A reply quoted inside a text ("... LMTP server error: 550 5.7.1 ..."):
** from its code to the end, without the brackets and quotes the text
** opened before it; s == NULL when there is none. */
se_span se_log_inner_reply(const char *s, size_t a, size_t b);

/* Copies s[0..n) to the scratch (what fits); returns the copy. */
se_span se_log_put(se_logctx *c, const char *s, size_t n);
/* A list written piece by piece: where it starts, then the pieces. */
static inline size_t se_log_mark(const se_logctx *c)
{
  return c->outn;
}
void se_log_add(se_logctx *c, const char *s, size_t n);
se_span se_log_since(se_logctx *c, size_t mark);

/* An address without its angle brackets and a display name before them. */
se_span se_log_address(se_span v);
/* Sets rec->sender from a written sender: "<>" for the null sender. */
void se_log_set_sender(se_logctx *c, se_span v);
/* The addresses of a list of recipients separated by 'sep' ("<a>,<b>",
** "Name <a>", "a;b"), joined by ','. */
se_span se_log_recipients(se_logctx *c, se_span v, char sep);

/* }====================================================================== */

/*
** {======================================================================
** Sessions
** =======================================================================
*/

/* The session of an id, or NULL (also for a line read alone, or a key
** too long to keep). With 'make', one is made when there is none, taking
** the least recently used slot of its set. */
se_session *se_log_session(se_logctx *c, se_session_kind kind, se_span key, int make);
void se_log_forget(se_logctx *c, se_session_kind kind, se_span key);
/* Copies a sender or a list into a session (what fits). */
void se_log_keep_sender(se_session *ss, se_span v);
void se_log_keep_list(se_session *ss, se_span v);
/* Adds a recipient to the session's list when not there; removes one. */
void se_log_queue_add(se_session *ss, se_span rcpt);
void se_log_queue_remove(se_session *ss, se_span rcpt);

/* }====================================================================== */

SE_HIDDEN_END

#endif
