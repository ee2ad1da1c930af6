/*
** text.c
** Small things every reader of text does (text.h).
*/
#include <string.h>

#include "sectype.h"
#include "text.h"

const se_span se_no_span = { NULL, 0 };

size_t se_find_ci(se_span s, const char *word)
{
  size_t len = strlen(word), i;
  int first = (unsigned char)word[0];
  if (len == 0 || len > s.n) return s.n;
  for (i = 0; i + len <= s.n; i++)
    if (se_tolower((unsigned char)s.s[i]) == first && se_startswith(s.s, s.n, i, word)) return i;
  return s.n;
}

int se_has_ci(se_span s, const char *word)
{
  return s.s != NULL && se_find_ci(s, word) < s.n;
}

int se_ends_with_ci(se_span s, const char *word)
{
  size_t len = strlen(word);
  return s.n >= len && se_startswith(s.s, s.n, s.n - len, word);
}

int se_same_ci(se_span x, se_span y)
{
  size_t k;
  if (x.n != y.n) return 0;
  for (k = 0; k < x.n; k++)
    if (se_tolower((unsigned char)x.s[k]) != se_tolower((unsigned char)y.s[k])) return 0;
  return 1;
}

/* The shift table's slot for the bytes a, b: case ignored (bit 0x20
** dropped, which makes some other bytes share a slot; a slot keeps the
** smallest shift of its pairs, so that costs speed, never a word). */
#define PAIR(a, b) (((((unsigned)(a) & 0xDFu) << 4) ^ ((unsigned)(b) & 0xDFu)) & (SE_WORDS_PAIRS - 1u))

/* How far a window whose last two bytes are a pair of a word's first
** 'shortest' bytes may move: the distance from that pair to the window's
** end; as far as the window is long less one for the other pairs. */
static void ready_shifts(se_words *w, const char *const *words, int count)
{
  size_t m = w->shortest, j;
  int k;
  memset(w->shift, (int)(m - 1), sizeof w->shift);
  for (k = 0; k < count; k++)
    for (j = 1; j < m; j++) {
      unsigned slot = PAIR((unsigned char)words[k][j - 1], (unsigned char)words[k][j]);
      if (w->shift[slot] > m - 1 - j) w->shift[slot] = (unsigned char)(m - 1 - j);
    }
}

void se_words_ready(se_words *w, const char *const *words)
{
  int k, pos, c;
  memset(w->at, 0, sizeof w->at);
  w->list = words;
  w->shortest = 255;
  for (k = 0; k < 64 && words[k] != NULL; k++) {
    uint64_t bit = (uint64_t)1 << k;
    size_t len = strlen(words[k]);
    if (len < w->shortest) w->shortest = len;
    for (pos = 0; pos < 3; pos++) {
      if ((size_t)pos >= len) {       /* a shorter word: any byte may follow */
        for (c = 0; c < 256; c++) w->at[pos][c] |= bit;
        continue;
      }
      c = (unsigned char)words[k][pos];
      w->at[pos][c] |= bit;
      if (c >= 'a' && c <= 'z') w->at[pos][c - 'a' + 'A'] |= bit;
    }
  }
  if (w->shortest >= 3) ready_shifts(w, words, k);
}

/* The lowest bit set in m (not 0). */
static int lowest_bit(uint64_t m)
{
#if defined(__GNUC__)
  return __builtin_ctzll(m);
#else
  int k = 0;
  while (!(m & 1)) m >>= 1, k++;
  return k;
#endif
}

/* The words among 'candidates' that start at s[i], as bits. */
static uint64_t words_at(const se_words *w, se_span s, size_t i, uint64_t candidates)
{
  uint64_t found = 0;
  while (candidates != 0) {
    int k = lowest_bit(candidates);
    candidates &= candidates - 1;
    if (se_startswith(s.s, s.n, i, w->list[k])) found |= (uint64_t)1 << k;
  }
  return found;
}

/* A scan for a list with a word shorter than three bytes: every byte is
** a window's start. */
static uint64_t scan_short(const se_words *w, se_span s, int any)
{
  const unsigned char *u = (const unsigned char *)s.s;
  uint64_t found = 0;
  size_t i;
  for (i = 0; i < s.n; i++) {
    uint64_t c = w->at[0][u[i]] & ~found;
    if (c != 0 && i + 1 < s.n) c &= w->at[1][u[i + 1]];
    if (c != 0 && i + 2 < s.n) c &= w->at[2][u[i + 2]];
    if (c != 0 && (found |= words_at(w, s, i, c)) != 0 && any) break;
  }
  return found;
}

uint64_t se_words_scan(const se_words *w, se_span s, int any)
{
  const unsigned char *u = (const unsigned char *)s.s;
  size_t m = w->shortest, i = 0;
  uint64_t found = 0;
  if (m < 3) return scan_short(w, s, any);
  while (i + m <= s.n) {            /* so u[i + 2] is in the text */
    unsigned shift = w->shift[PAIR(u[i + m - 2], u[i + m - 1])];
    uint64_t c;
    if (shift != 0) {
      i += shift;
      continue;
    }
    c = w->at[0][u[i]] & w->at[1][u[i + 1]] & w->at[2][u[i + 2]] & ~found;
    if (c != 0 && (found |= words_at(w, s, i, c)) != 0 && any) return found;
    i++;
  }
  return found;
}

/* A byte is compared only with the words it can start (chained by their
** first byte), and their second byte is checked before the rest. */
uint64_t se_words_in(se_span s, const char *const *words)
{
  unsigned char first[256], chain[64] = { 0 };
  uint64_t found = 0;
  size_t i;
  int k;
  memset(first, 0, sizeof first);
  for (k = 0; k < 64 && words[k] != NULL; k++) {
    unsigned char c = (unsigned char)words[k][0];
    chain[k] = first[c];
    first[c] = (unsigned char)(k + 1);
    if (se_isalpha(c)) first[c - 'a' + 'A'] = first[c];
  }
  for (i = 0; i + 1 < s.n; i++) {
    int second = se_tolower((unsigned char)s.s[i + 1]);
    for (k = first[(unsigned char)s.s[i]]; k != 0; k = chain[k - 1])
      if ((unsigned char)words[k - 1][1] == second && !(found >> (k - 1) & 1)
          && se_startswith(s.s, s.n, i, words[k - 1]))
        found |= (uint64_t)1 << (k - 1);
  }
  return found;
}

int se_name_index(se_span s, const se_names *names)
{
  const se_name *v = names->v;
  int k;
  if (!(names->lengths & SE_LENGTH_BIT(s.n))) return -1;
  for (k = 0; v[k].s != NULL; k++)
    if (v[k].n == s.n && se_startswith(s.s, s.n, 0, v[k].s)) return k;
  return -1;
}

/* The ASCII bytes of an address's local part (RFC 5322 atext and the
** dot: letters, digits and .!#$%&'*+-=^_`{|}~) and of a domain (letters,
** digits, '.' and '-'), as bits by byte value (0-63, 64-127). */
static const uint64_t local_chars[2] = { UINT64_C(0x23ff6cfa00000000), UINT64_C(0x7fffffffc7fffffe) };
static const uint64_t domain_chars[2] = { UINT64_C(0x03ff600000000000), UINT64_C(0x07fffffe07fffffe) };

/* A byte of an address's local part, UTF-8 (RFC 6531) included. */
static int is_local_char(int c)
{
  return c >= 0x80 || (local_chars[c >> 6] >> (c & 63) & 1);
}

static int is_domain_char(int c)
{
  return c >= 0x80 || (domain_chars[c >> 6] >> (c & 63) & 1);
}

/* The start of a quoted local part ("john smith"@example.org) that ends
** just before s[i], within one line and 64 bytes; i when there is none. */
static size_t quoted_local(const char *s, size_t i)
{
  size_t a = i - 1;                  /* the closing quote */
  while (a > 0 && i - a < 64 && s[a - 1] != '"' && s[a - 1] != '\n') a--;
  return (a > 0 && s[a - 1] == '"' && a + 1 < i) ? a - 1 : i;
}

int se_address_at(const char *s, size_t n, size_t i, se_span *out)
{
  size_t a = i, b = i + 1;
  int letter = 0;
  if (a > 0 && s[a - 1] == '"') {
    a = quoted_local(s, i);
  } else {
    while (a > 0 && is_local_char((unsigned char)s[a - 1])) a--;
    while (a < i && strchr(".'`{}|", s[a]) != NULL) a++;   /* quoting around it, not its own */
  }
  while (b < n && is_domain_char((unsigned char)s[b])) letter |= se_isalpha(s[b++]);
  while (b > i + 1 && (s[b - 1] == '.' || s[b - 1] == '-')) b--;
  if (a == i || b == i + 1 || !letter) return 0;
  if (a > 0 && strchr("=/?&", s[a - 1]) != NULL) return 0;   /* inside a link */
  out->s = s + a;
  out->n = b - a;
  return (a > 0 && s[a - 1] == '<' && b < n && s[b] == '>') ? 2 : 1;
}

se_span se_address_in(const char *s, size_t i, size_t end)
{
  se_span a;
  const char *at;
  while (i < end && (at = memchr(s + i, '@', end - i)) != NULL) {
    size_t k = (size_t)(at - s);
    if (se_address_at(s, end, k, &a)) return a;
    i = k + 1;
  }
  return se_no_span;
}

se_span se_address_of(se_span v)
{
  return v.s == NULL ? se_no_span : se_address_in(v.s, 0, v.n);
}
