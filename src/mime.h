/*
** mime.h
** Reading an RFC 5322 message: header fields with their folding, RFC 2047
** encoded words, Content-Type, the MIME tree (any depth, broken boundaries
** tolerated), quoted-printable and base64, and charsets to UTF-8. Walking
** allocates nothing; decoding takes its buffers from an arena. Every step
** is linear in the input.
*/
#ifndef SE_MIME_H
#define SE_MIME_H

#include "arena.h"
#include "text.h"

SE_HIDDEN_BEGIN

/* A header field as written: its value keeps its folding. */
typedef struct se_field {
  se_span name, value;
} se_field;

/* Where the header block at the start of s[0..n) ends (its length, blank
** line excluded) and the body starts. A leading mbox "From " line belongs
** to no field. A line that is no field and no continuation ends the block
** with no blank line (the body starts there). */
size_t se_header_end(const char *s, size_t n, size_t *body);
/* se_header_end, calling 'visit' for each field of the header on the way
** (the fields se_next_field gives over the header block). */
typedef void (*se_field_visitor)(void *ud, const se_field *f);
size_t se_header_fields(const char *s, size_t n, size_t *body, se_field_visitor visit, void *ud);
/* The next field of the header block h[0..n) from *pos; 0 at the end. */
int se_next_field(const char *h, size_t n, size_t *pos, se_field *f);
/* Where the name of a field that starts the line s[i..end) ends (its
** ':'), or 0 when the line starts no field. */
size_t se_field_name_end(const char *s, size_t i, size_t end);
/* The value of the first field called 'name' (any case), or 0. */
int se_find_field(const char *h, size_t n, const char *name, se_span *value);

/* Does s equal 'word' (lower case), ignoring case? */
int se_span_is(se_span s, const char *word);

typedef struct se_content_type {
  se_span type;                     /* "text/plain"; text/plain when absent */
  se_span boundary, charset, report_type;   /* parameters, unquoted; s NULL when absent */
} se_content_type;

void se_content_type_of(se_span value, se_content_type *ct);
/* Is it of type 'type' ("text/plain"), or, when 'type' ends in '*', of
** that media type ("multipart/" followed by '*')? */
int se_type_is(const se_content_type *ct, const char *type);

/* A leaf of the MIME tree. */
typedef struct se_part {
  se_span header, body;             /* as written */
  se_content_type ct;
  se_span encoding;                 /* Content-Transfer-Encoding */
  int depth;                        /* 0: the message itself */
  int shadowed;                     /* an alternative that has a text/plain beside it */
} se_part;

/* Reads the header of a part (or of a whole message, depth 0) s[0..n). */
void se_read_mime_part(const char *s, size_t n, int depth, se_part *p);
/* The same, calling 'visit' for each field of the header on the way (the
** fields se_next_field gives over p->header), so that a caller who wants
** other fields reads the header once. */
void se_read_mime_fields(const char *s, size_t n, int depth, se_part *p, se_field_visitor visit, void *ud);

/* Calls 'visit' for each leaf part of a message read by se_read_mime_part, in
** order; a
** multipart whose boundary never appears is a leaf, and so are the parts
** below SE_MAXDEPTH and after SE_MAXPARTS. message/rfc822 parts are leaves:
** their content is not walked. Stops when 'visit' returns non-zero, and
** returns that. */
typedef int (*se_part_visitor)(void *ud, const se_part *p);
int se_walk_parts(const se_part *top, se_part_visitor visit, void *ud);

/* Decodes a part's body: transfer encoding undone, charset converted to
** UTF-8, invalid UTF-8 replaced. Returns s NULL when memory runs out. */
se_span se_decode_body(se_arena *a, const se_part *p);
/* Decodes a field value: unfolded, encoded words decoded, trimmed, UTF-8. */
se_span se_decode_field(se_arena *a, se_span raw);
/* Text of an HTML part: tags dropped, block ends as line breaks, the
** common entities decoded. */
se_span se_html_text(se_arena *a, se_span html);
/* s as valid UTF-8: itself when it is, else a copy with U+FFFD for each
** byte that is not part of a valid sequence. */
se_span se_clean_utf8(se_arena *a, se_span s);

SE_HIDDEN_END

#endif
