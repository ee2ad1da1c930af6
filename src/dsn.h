/*
** dsn.h
** Delivery-status fields (RFC 3464): the per-recipient records of a
** message/delivery-status part, or of DSN fields written in a report's
** text, and the values they hold.
*/
#ifndef SE_DSN_H
#define SE_DSN_H

#include "arena.h"
#include "text.h"

SE_HIDDEN_BEGIN

/* The DSN action of a recipient. */
typedef enum se_dsn_action {
  SE_DA_NONE, SE_DA_FAILED, SE_DA_DELAYED, SE_DA_DELIVERED, SE_DA_RELAYED, SE_DA_EXPANDED
} se_dsn_action;

/* A DSN record being read: the raw values of its fields. */
typedef struct se_dsn_record {
  se_span final, original, action, status, diagnostic, remote, last_attempt;
  int has_fields;
} se_dsn_record;

typedef struct se_dsn_records {
  se_arena *a;
  se_dsn_record *r;
  size_t n, cap;
  se_span reporting;
  int nomem;
} se_dsn_records;

#define SE_NO_RECORD ((size_t)-1)

/* Reads the DSN fields of a text into rs (rs->a set, the rest zero to
** start). In a delivery-status part ('strict') a line that is no field
** continues the one before (MessageLabs writes continuations without
** indenting them); in a report's text only the DSN's own field names
** count. rs->nomem is set when memory runs out. */
void se_read_dsn(se_dsn_records *rs, se_span t, int strict);

/* A field value with its folding joined by single spaces (into the arena). */
se_span se_unfold(se_arena *a, se_span v);
/* "type; value" without its type (rfc822;, smtp;, dns;); sets *type. */
se_span se_without_type(se_span v, se_span *type);
se_dsn_action se_dsn_action_of(se_span v);
/* "5.1.1 (Remote SMTP server has rejected address)" -> "5.1.1". */
se_span se_dsn_status_of(se_span v);
/* Is a status generic: empty or X.0.0? */
int se_generic_status(se_span st);
/* A recipient as written when it is no plain address but has the shape of
** one, such as an encoded word before the '@'. */
se_span se_token_address(se_span v);

SE_HIDDEN_END

#endif
