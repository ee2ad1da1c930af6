/*
** rules.c
** The line format of rules files:
**
**   # a comment
**   reason [action=ACTION] [class=CLASS] [code=NNN] [enhanced=X.Y.Z]: phrase
**
** This only splits a line; the binding checks the names and values, the
** same way for rules given as Lua tables.
*/
#include <string.h>

#include "smtperr.h"

static int is_blank(int c)
{
  return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

static size_t skip_blanks(const char *s, size_t i, size_t n)
{
  while (i < n && is_blank((unsigned char)s[i])) i++;
  return i;
}

/* The next word of s[*i..end): up to a blank or '='. */
static se_span word(const char *s, size_t *i, size_t end)
{
  se_span w;
  size_t k = *i;
  while (k < end && !is_blank((unsigned char)s[k]) && s[k] != '=') k++;
  w.s = s + *i;
  w.n = k - *i;
  *i = k;
  return w;
}

int se_parse_rule_line(const char *s, size_t n, se_rule_line *r, const char **err)
{
  const char *colon;
  size_t i = skip_blanks(s, 0, n), head, end;
  memset(r, 0, sizeof *r);
  if (i == n || s[i] == '#') return 0;
  colon = memchr(s + i, ':', n - i);
  if (colon == NULL) {
    *err = "expected 'reason: phrase'";
    return -1;
  }
  head = (size_t)(colon - s);
  r->reason = word(s, &i, head);
  if (r->reason.n == 0) {
    *err = "missing reason before ':'";
    return -1;
  }
  for (i = skip_blanks(s, i, head); i < head; i = skip_blanks(s, i, head)) {
    if (r->nkeys == 4) {
      *err = "too many options (action=, class=, code=, enhanced=)";
      return -1;
    }
    r->key[r->nkeys] = word(s, &i, head);
    if (i >= head || s[i] != '=' || r->key[r->nkeys].n == 0) {
      *err = "expected key=value before ':'";
      return -1;
    }
    i++;
    r->value[r->nkeys] = word(s, &i, head);
    if (r->value[r->nkeys].n == 0) {
      *err = "empty value after '='";
      return -1;
    }
    r->nkeys++;
  }
  i = skip_blanks(s, head + 1, n);
  end = n;
  while (end > i && is_blank((unsigned char)s[end - 1])) end--;
  if (end == i) {
    *err = "empty phrase after ':'";
    return -1;
  }
  r->match.s = s + i;
  r->match.n = end - i;
  return 1;
}
