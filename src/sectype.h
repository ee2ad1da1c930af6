/*
** sectype.h
** Character classes of the core, for ASCII bytes only: bytes of UTF-8
** sequences are never digits, letters or white space here, whatever the
** C library's locale says.
*/
#ifndef SECTYPE_H
#define SECTYPE_H

#include <stddef.h>

static inline int se_isdigit(int c)
{
  return c >= '0' && c <= '9';
}

static inline int se_isalpha(int c)
{
  return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
}

static inline int se_isalnum(int c)
{
  return se_isdigit(c) || se_isalpha(c);
}

/* White space within a line: space, tab, vertical tab, form feed. */
static inline int se_isblank(int c)
{
  return c == ' ' || c == '\t' || c == '\v' || c == '\f';
}

/* White space, line breaks included. */
static inline int se_isspace(int c)
{
  return se_isblank(c) || c == '\r' || c == '\n';
}

static inline int se_tolower(int c)
{
  return (c >= 'A' && c <= 'Z') ? c + ('a' - 'A') : c;
}

/* A byte of a word, for phrase boundaries: letters, digits, '_' and the
** bytes of UTF-8 sequences. */
static inline int se_iswordc(int c)
{
  return se_isalnum(c) || c >= 0x80 || c == '_';
}

/* Does s[i..n) start with 'word' (written in lower case), ignoring case? */
static inline int se_startswith(const char *s, size_t n, size_t i, const char *word)
{
  size_t k;
  for (k = 0; word[k] != '\0'; k++)
    if (i + k >= n || se_tolower((unsigned char)s[i + k]) != word[k]) return 0;
  return 1;
}

static inline size_t se_skipblanks(const char *s, size_t i, size_t end)
{
  while (i < end && se_isblank((unsigned char)s[i])) i++;
  return i;
}

/* One to three digits at s[*i] (not followed by a fourth), advancing *i;
** -1 if none: a part of "550" or "5.1.1". */
static inline long se_read_part(const char *s, size_t n, size_t *i)
{
  long v = 0;
  size_t first = *i;
  while (*i < n && se_isdigit(s[*i]) && *i - first < 3) v = v * 10 + (s[(*i)++] - '0');
  if (*i == first || (*i < n && se_isdigit(s[*i]))) return -1;
  return v;
}

#endif
