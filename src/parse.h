/*
** parse.h
** The reply parser: a raw reply (one or many lines, bare or wrapped in a
** log line, a DSN field or a client's error message) in; its reply code,
** enhanced code, the server's words and the wrapper's words out. It reads
** nothing but the bytes and allocates nothing.
*/
#ifndef SE_PARSE_H
#define SE_PARSE_H

#include "text.h"

SE_HIDDEN_BEGIN

typedef struct se_enhanced_code {
  int klass, subject, detail;       /* klass 0: none */
  size_t end;                       /* where it ends in the input */
} se_enhanced_code;

/* Words written by the parser into the caller's scratch memory. */
typedef struct se_buffer {
  char *s;
  size_t len;
} se_buffer;

/* One reply of a text that holds several (a transcript, a greeting and
** then a refusal, a refusal and its follow-up): its codes, and where its
** words are in the parsed text. */
typedef struct se_reply {
  int code;
  se_enhanced_code enh;             /* its own, or the wrapper's when it has none */
  size_t from, to;                  /* its words in se_parsed.text */
} se_reply;

typedef struct se_parsed {
  se_buffer text;                   /* the server's words, one space between them */
  se_buffer wrap;                   /* the wrapper's words: log prefix, "(in reply to ...)" */
  int code;                         /* the reply code, 0: none */
  se_enhanced_code enh;             /* the enhanced code */
  size_t lines;                     /* non-blank lines read */
  se_reply replies[SE_MAXREPLIES];  /* in the order of the text */
  int nreplies;                     /* at least 1 */
  int chosen;                       /* the reply that stands for the text, whose code and
                                       enh are above: the first that failed, else the last */
} se_parsed;

/* Scratch bytes se_parse needs for an input of n bytes: the text, the
** wrapper, and the input rewritten when it is Python's (code, b'text'). */
#define SE_SCRATCH(n) (3 * (n) + 3)

/* Parses s[0..n); 'scratch' holds SE_SCRATCH(n) bytes, where p's buffers
** point. Linear in n. */
void se_parse(const char *s, size_t n, char *scratch, se_parsed *p);
/* The same for a reply's text given apart from its code (classify(code,
** text)): read as the reply that code opens, "550" + " " + text. code 0 is
** se_parse. */
void se_parse_coded(const char *s, size_t n, int code, char *scratch, se_parsed *p);

SE_HIDDEN_END

#endif
