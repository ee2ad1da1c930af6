/*
** text.h
** Small things every reader of text does: spans, lines of a message,
** words found ignoring case, e-mail addresses. ASCII rules: bytes of
** UTF-8 sequences are never letters or white space here.
*/
#ifndef SE_TEXT_H
#define SE_TEXT_H

#include <string.h>

#include "sectype.h"
#include "selimits.h"

SE_HIDDEN_BEGIN

/* Bytes of a text kept elsewhere: s NULL when absent. */
typedef struct se_span {
  const char *s;
  size_t n;
} se_span;

extern const se_span se_no_span;

/* Inline, as the next few: every reader calls them for every line. */
static inline se_span se_span_of(const char *s, size_t n)
{
  se_span v;
  v.s = s;
  v.n = n;
  return v;
}

/* s without the white space (line breaks included) at its ends. */
static inline se_span se_trim(se_span v)
{
  while (v.n > 0 && se_isspace((unsigned char)*v.s)) v.s++, v.n--;
  while (v.n > 0 && se_isspace((unsigned char)v.s[v.n - 1])) v.n--;
  return v;
}

/* The line of a message at i (lines end in LF or CRLF): its end, and
** where the next starts. Inline: every reader walks lines. */
static inline size_t se_line_end(const char *s, size_t n, size_t i, size_t *next)
{
  const char *nl = (const char *)memchr(s + i, '\n', n - i);
  size_t end = nl ? (size_t)(nl - s) : n;
  *next = nl ? end + 1 : n;
  if (end > i && s[end - 1] == '\r') end--;
  return end;
}
static inline int se_blank_line(const char *s, size_t i, size_t end)
{
  return se_skipblanks(s, i, end) == end;
}

/* Where 'word' (lower case ASCII) occurs in s, ignoring case; s.n when it
** does not. */
size_t se_find_ci(se_span s, const char *word);
int se_has_ci(se_span s, const char *word);
/* Does s end with 'word' (lower case), ignoring case? */
int se_ends_with_ci(se_span s, const char *word);
/* Are x and y the same, ignoring case? */
int se_same_ci(se_span x, se_span y);
/* The words of a list (lower case ASCII, NULL-terminated, at most 64)
** that s holds, as bits. One pass over s. */
uint64_t se_words_in(se_span s, const char *const *words);

/* Pairs of bytes told apart by se_words' shift table (a power of two). */
#define SE_WORDS_PAIRS 4096

/* A word list made ready to be looked for in many texts (Wu and Manber's
** way): a window as long as the shortest word moves along the text by
** what the pair of bytes at its end allows (no word can start before
** that); where it cannot move, the words that have the window's first
** three bytes are compared. Built once (se_words_ready: some 10 KB, kept
** and shared), read by many scans. */
typedef struct se_words {
  const char *const *list;
  size_t shortest;                  /* the shortest word's length, at most 255 */
  uint64_t at[3][256];              /* the words with that byte (either case) first, second, third */
  unsigned char shift[SE_WORDS_PAIRS];
} se_words;

void se_words_ready(se_words *w, const char *const *words);
/* The words of w that s holds, as bits; with 'any', stops at the first. */
uint64_t se_words_scan(const se_words *w, se_span s, int any);

/* A name and its length, in lists looked up by exact match: the length
** tells most names apart before their bytes are compared. */
typedef struct se_name {
  const char *s;                    /* lower case */
  size_t n;
} se_name;

#define SE_NAME(literal) { literal, sizeof(literal) - 1 }
#define SE_NAME_END { NULL, 0 }

/* A list of names looked up by exact match (se_name_index), with the
** lengths its names have as bits (63 and more share bit 63): a text whose
** length none has is none of them, known without a look at the list.
** Written once as an X-macro list of literals, LIST(X), and made by
** SE_NAMES(LIST). */
typedef struct se_names {
  const se_name *v;                 /* ended by SE_NAME_END */
  uint64_t lengths;
} se_names;

#define SE_LENGTH_BIT(n) ((uint64_t)1 << ((n) < 63 ? (n) : 63))
#define SE_NAME_ITEM(literal) SE_NAME(literal),
#define SE_LENGTH_ITEM(literal) | SE_LENGTH_BIT(sizeof(literal) - 1)
#define SE_COUNT_ITEM(literal) + 1
#define SE_NAMES(list) { (const se_name[]) { list(SE_NAME_ITEM) SE_NAME_END }, 0 list(SE_LENGTH_ITEM) }

/* The index of the name of a list that s equals, ignoring case; -1 when
** none. */
int se_name_index(se_span s, const se_names *names);

/* The e-mail address around the '@' at s[i] (a quoted local part too):
** returns 2 when it is in <angle brackets>, 1 when bare, 0 when there is
** none (or it belongs to a link). */
int se_address_at(const char *s, size_t n, size_t i, se_span *out);
/* The first e-mail address in s[i..end), or se_no_span. */
se_span se_address_in(const char *s, size_t i, size_t end);
/* The address of a field value: "rfc822; <bob@example.org>", "Bob
** <bob@example.org>", "bob@example.org"; se_no_span when none. */
se_span se_address_of(se_span v);

SE_HIDDEN_END

#endif
