/*
** bounce.h
** The bounce reader: a whole bounce message in (a DSN, an MTA's or a
** provider's own text bounce, an ARF feedback report, an auto-reply, an
** Amazon SES notification), what it reports about each recipient out.
** Dialects are read by what they share (the lines that name a recipient,
** the reply that follows, the line where the returned message starts),
** not by one rule per sender. Decoded text comes from an arena.
*/
#ifndef SE_BOUNCE_H
#define SE_BOUNCE_H

#include "dsn.h"
#include "mime.h"

SE_HIDDEN_BEGIN

typedef enum se_bounce_kind {
  SE_BK_BOUNCE,         /* delivery failed */
  SE_BK_DELAY,          /* delivery delayed; still being tried */
  SE_BK_DELIVERED,      /* a delivery (or relay) report */
  SE_BK_FEEDBACK,       /* an ARF complaint report */
  SE_BK_AUTOREPLY       /* a vacation or other RFC 3834 reply */
} se_bounce_kind;

typedef struct se_recipient {
  se_span address;                  /* the recipient */
  se_span original;                 /* Original-Recipient, when it differs */
  se_dsn_action action;
  se_span status;                   /* the DSN status ("5.1.1"), or empty */
  se_span diagnostic;               /* the server's reply as written */
  se_span remote_mta, last_attempt;
  se_span feedback_type;            /* feedback reports */
} se_recipient;

typedef struct se_bounce_report {
  se_bounce_kind kind;
  const char *format;               /* the dialect read: "dsn", "exim", "qmail", ... */
  se_span reporting_mta;
  /* The returned original message's headers, decoded. */
  se_span message_id, from, to, subject, date;
  se_span *asked;                   /* the values of the asked headers, in their order */
  se_span verp_recipient;           /* decoded from the bounce's VERP address */
  se_recipient *recipients;
  size_t nrecipients;
} se_bounce_report;

/* The word lists every reading looks for through the reports, made ready
** once (se_bounce_words_ready) and then only read: one copy serves any
** number of readings, at the same time too. */
typedef struct se_bounce_words {
  se_words markers;                 /* what a report's words say it is (bounce.c) */
  se_words cues;                    /* the words that introduce a reply (report.c) */
} se_bounce_words;

void se_bounce_words_ready(se_bounce_words *w);

/* Reads the message s[0..n). 'asked' names headers of the returned message
** to report (nasked of them, at most SE_MAXASKED). 'words' from
** se_bounce_words_ready. Returns 0; or -1 with *why set when the message
** is no bounce, report or auto-reply, or when memory runs out. */
int se_read_bounce(const char *s, size_t n, const char *const *asked, size_t nasked,
                   const se_bounce_words *words, se_arena *a, se_bounce_report *b, const char **why);

/* The text classify reads for a recipient: its DSN fields and its reply,
** in the shape of a DSN recipient block. s NULL when memory runs out. */
se_span se_recipient_reply(se_arena *a, const se_recipient *r);

extern const char *const se_bounce_kinds[];     /* names, by se_bounce_kind */
extern const char *const se_dsn_actions[];      /* names, by se_dsn_action; NULL for none */

SE_HIDDEN_END

#endif
