/*
** table.c
** Look-ups in the generated code tables: basic codes by index, enhanced
** codes by binary search.
*/
#include <string.h>

#include "sectype.h"
#include "tables.h"

const se_entry *se_find_basic(long code)
{
  if (code < 0 || code > 999 || se_basic_index[code] < 0) return NULL;
  return &se_basic[se_basic_index[code]];
}

const se_entry *se_find_enhanced(uint32_t key)
{
  size_t lo = 0, hi = SE_NENHANCED;
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    if (se_enhanced[mid].key < key) lo = mid + 1;
    else hi = mid;
  }
  return (lo < SE_NENHANCED && se_enhanced[lo].key == key) ? &se_enhanced[lo] : NULL;
}

const se_entry *se_find_registered(int klass, int subject, int detail)
{
  static const int classes[] = { 5, 4 };
  const se_entry *e = se_find_enhanced(SE_ENHANCED_KEY(klass, subject, detail));
  size_t k;
  for (k = 0; e == NULL && k < sizeof classes / sizeof classes[0]; k++)
    if (classes[k] != klass) e = se_find_enhanced(SE_ENHANCED_KEY(classes[k], subject, detail));
  return e;
}

/* The subject row (X.n.YYY) of an enhanced key. */
const se_entry *se_find_subject(uint32_t key)
{
  uint32_t subject = key / 1000u % 1000u;
  return subject < 8 ? &se_subjects[subject] : NULL;
}

/* A reply code: 2xx to 5xx with a second digit of 0 to 5 (RFC 5321 4.2),
** or a code of the table (101, 111, 571). */
int se_valid_code(long code)
{
  long d1 = code / 100, d2 = code / 10 % 10;
  if (d1 >= 2 && d1 <= 5 && d2 <= 5) return 1;
  return se_find_basic(code) != NULL;
}

int se_sent_code(long code)
{
  return code >= 200 && code <= 599;
}

se_class se_class_of_digit(int digit)
{
  switch (digit) {
    case 1: case 4: return SE_TRANSIENT;   /* 1xx: only socket errors use it */
    case 2: return SE_SUCCESS;
    case 3: return SE_INTERMEDIATE;
    case 5: return SE_PERMANENT;
    default: return SE_NOCLASS;
  }
}

/* Reads 1 to 3 digits at s[*i] (advancing *i); returns the number, or -1
** when there are none or more than three. */
const se_entry *se_find_code(const char *s, size_t n, const char **why)
{
  size_t i = 0;
  long code;
  uint32_t key;
  const se_entry *e;
  while (n > 0 && se_isblank(*s)) s++, n--;
  while (n > 0 && se_isblank(s[n - 1])) n--;
  code = se_read_part(s, n, &i);
  if (code >= 0 && i == n && n == 3) {
    e = se_find_basic(code);
    if (e == NULL) *why = "unknown reply code";
    return e;
  }
  key = se_enhanced_key(s, n);
  if (key == 0) {
    *why = "not a reply code (550) or an enhanced status code (5.1.1)";
    return NULL;
  }
  e = se_find_enhanced(key);
  if (e == NULL) *why = "enhanced status code not in the IANA registry for this class";
  return e;
}

/* Is the name s[0..n) the NUL-terminated 'name'? */
static int same_name(const char *name, const char *s, size_t n)
{
  return strlen(name) == n && memcmp(name, s, n) == 0;
}

/* Index of a name in a vocabulary, or -1. */
int se_reason_by_name(const char *name, size_t n)
{
  int i;
  for (i = 0; i < SE_NREASONS; i++)
    if (same_name(se_reasons[i].name, name, n)) return i;
  return -1;
}

int se_action_by_name(const char *name, size_t n)
{
  int i;
  for (i = 0; i < SE_NACTIONS; i++)
    if (same_name(se_actions[i].name, name, n)) return i;
  return -1;
}

int se_class_by_name(const char *name, size_t n)
{
  int i;
  for (i = SE_SUCCESS; i < SE_NCLASSES; i++)
    if (same_name(se_classes[i].name, name, n)) return i;
  return -1;
}

/* The key of an enhanced code written "X.Y.Z" (class 2, 4 or 5), or 0. */
uint32_t se_enhanced_key(const char *s, size_t n)
{
  size_t i = 0;
  long a = se_read_part(s, n, &i), b, c;
  if (a != 2 && a != 4 && a != 5) return 0;
  if (i != 1 || i >= n || s[i] != '.') return 0;
  i++;
  b = se_read_part(s, n, &i);
  if (b < 0 || i >= n || s[i] != '.') return 0;
  i++;
  c = se_read_part(s, n, &i);
  if (c < 0 || i != n) return 0;
  return SE_ENHANCED_KEY(a, b, c);
}
