/*
** logline.h
** The mail-log reader: one line of a mail log in, what it reports about a
** delivery out. Eight formats: Postfix, Exim, Sendmail, OpenSMTPD, qmail
** (syslog or their own files), Microsoft Exchange tracking logs and
** message traces, PowerMTA accounting files and KumoMTA JSON records.
**
** se_logline reads a line alone. A reader (se_logreader) reads a log line
** after line, and remembers what later lines need: the sender of a queue
** id, the recipients a message still has queued, qmail's delivery
** numbers, a CSV header. Its memory is fixed when it is made, however long
** the log: old queue ids are forgotten first.
*/
#ifndef SE_LOGLINE_H
#define SE_LOGLINE_H

#include "ac.h"
#include "parse.h"

SE_HIDDEN_BEGIN

typedef enum se_log_format {
  SE_LOG_NONE,
  SE_LOG_POSTFIX,
  SE_LOG_EXIM,
  SE_LOG_SENDMAIL,
  SE_LOG_OPENSMTPD,
  SE_LOG_QMAIL,
  SE_LOG_EXCHANGE,
  SE_LOG_POWERMTA,
  SE_LOG_KUMOMTA,
  SE_LOG_NFORMATS
} se_log_format;

typedef enum se_log_status {
  SE_LOG_NOSTATUS,
  SE_LOG_SENT,
  SE_LOG_BOUNCED,
  SE_LOG_DEFERRED,
  SE_LOG_EXPIRED,
  SE_LOG_NSTATUS
} se_log_status;

/* "postfix", "exim", ... (NULL for SE_LOG_NONE); "sent", "bounced", ... */
extern const char *const se_log_formats[SE_LOG_NFORMATS];
extern const char *const se_log_statuses[SE_LOG_NSTATUS];

/* What a line reports. Every span points into the line, into the caller's
** scratch memory or into the reader's own buffers; s == NULL when absent. */
typedef struct se_logrec {
  se_log_format format;             /* set for any line of a known format */
  se_log_status status;             /* SE_LOG_NOSTATUS: no delivery */
  int reject;                       /* a refusal by this server's own policy */
  uint64_t line;                    /* a reader's line number, from 1; 0 for se_logline */
  se_span time, host, program;      /* as written; host and program from syslog */
  se_span queue_id, recipient, sender;   /* several recipients joined by ','; "<>": null sender */
  se_span relay, dsn, delay;
  se_span reply;                    /* the remote server's reply, as written */
  se_span detail;                   /* the log's words about the outcome */
  se_span fragment;                 /* what to classify: the outcome with its wrapper */
} se_logrec;

/* Scratch bytes se_logline needs for a line of n bytes. */
#define SE_LOG_SCRATCH(n) (2 * (size_t)(n) + 64)

/* Reads the line s[0..n) (a trailing line break is ignored) with
** SE_LOG_SCRATCH(n) bytes of scratch. Returns 1 when it reports a
** delivery, else 0; rec->format tells the line's format either way.
** Linear in n. */
int se_logline(const char *s, size_t n, char *scratch, se_logrec *rec);

/*
** {======================================================================
** The reader
** =======================================================================
*/

typedef struct se_logreader se_logreader;

/* A reader from 'alloc' (one block of fixed size), or NULL. */
se_logreader *se_logreader_new(se_alloc alloc, void *ud);
void se_logreader_free(se_logreader *r, se_alloc alloc, void *ud);
/* Makes the reader as new: it forgets every id and line read. */
void se_logreader_reset(se_logreader *r);

/* Reads one line (its first SE_LOG_MAXLINE bytes). Returns how many
** deliveries it completes (0 to 2: a Sendmail failure held for the
** "reply=" line that may follow is given out with the next line); read
** them with se_logreader_record until the next call. */
int se_logreader_line(se_logreader *r, const char *s, size_t n);

/* Reads the next complete line of the chunk s[*pos..n), after what is
** kept of a line the previous chunk left unfinished; returns what
** se_logreader_line returns, or -1 when the chunk is used up (its
** unfinished end is kept). A line longer than SE_LOG_MAXLINE is read
** from its first SE_LOG_MAXLINE bytes. */
int se_logreader_feed(se_logreader *r, const char *s, size_t n, size_t *pos);

/* The end of an input: reads the unfinished line kept by feed, if any.
** Then se_logreader_flush gives the held Sendmail failure, if any, and
** starts the next input: line numbers from 1 again, no CSV header. What
** the reader knows of queue ids is kept (a log can span several files). */
int se_logreader_finish(se_logreader *r);
int se_logreader_flush(se_logreader *r);

const se_logrec *se_logreader_record(const se_logreader *r, int i);

typedef struct se_logstats {
  uint64_t lines;                   /* read since the reader was made */
  uint64_t formats[SE_LOG_NFORMATS];     /* lines of each format */
  size_t sessions, max_sessions;    /* queue ids and delivery numbers kept */
  size_t bytes;                     /* the reader's memory */
} se_logstats;

void se_logreader_stats(const se_logreader *r, se_logstats *st);

/* }====================================================================== */

SE_HIDDEN_END

#endif
