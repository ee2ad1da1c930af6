/*
** pattern.c
** Phrases with gaps and slots (pattern.h): splitting a pattern into its
** literal pieces, and checking what stands between two of them.
*/
#include <string.h>

#include "ac.h"
#include "pattern.h"
#include "sectype.h"

typedef struct slot_name {
  const char *name;
  se_slot slot;
} slot_name;

static const slot_name slot_names[] = {
  {"...", SE_SLOT_GAP}, {"{address}", SE_SLOT_ADDRESS}, {"{host}", SE_SLOT_HOST},
  {"{number}", SE_SLOT_NUMBER}, {"{word}", SE_SLOT_WORD}, {NULL, SE_SLOT_NONE}
};

/* The slot written at s[i], a whole word (white space or an end on both
** sides); its length in *len. */
static se_slot slot_at(const char *s, size_t n, size_t i, size_t *len)
{
  size_t end = i;
  int k;
  if (i > 0 && !se_isblank(s[i - 1])) return SE_SLOT_NONE;
  while (end < n && !se_isblank(s[end])) end++;
  for (k = 0; slot_names[k].name != NULL; k++) {
    size_t l = strlen(slot_names[k].name);
    if (end - i == l && memcmp(s + i, slot_names[k].name, l) == 0) {
      *len = l;
      return slot_names[k].slot;
    }
  }
  return SE_SLOT_NONE;
}

static int fail(const char **why, const char *reason)
{
  *why = reason;
  return -1;
}

/* s[from..to) with its blanks trimmed. */
static void trim(const char *s, size_t *from, size_t *to)
{
  while (*from < *to && se_isblank(s[*from])) (*from)++;
  while (*to > *from && se_isblank(s[*to - 1])) (*to)--;
}

int se_split_pattern(const char *s, size_t n, se_piece_text *out, int max, const char **why)
{
  size_t i, start = 0, len = 0;
  se_slot before = SE_SLOT_NONE;
  int count = 0;
  for (i = 0; i <= n; i++) {
    se_slot slot = SE_SLOT_NONE;
    size_t from = start, to = i;
    if (i < n && (s[i] != '.' && s[i] != '{')) continue;
    if (i < n && (slot = slot_at(s, n, i, &len)) == SE_SLOT_NONE) continue;
    trim(s, &from, &to);
    if (from == to) {                 /* two slots in a row, or one at an end */
      if (i == n) {
        if (count == 0 && before == SE_SLOT_NONE) return fail(why, "empty phrase");
        if (count == 0) return fail(why, "a pattern needs words besides its slots");
        if (before == SE_SLOT_GAP) return fail(why, "a gap must stand between words");
        out[count - 1].after = before;
        return count;
      }
      if (count > 0 || before != SE_SLOT_NONE) return fail(why, "two slots in a row");
      if (slot == SE_SLOT_GAP) return fail(why, "a gap must stand between words");
    } else {
      if (count == max) return fail(why, "too many slots and gaps in one pattern");
      out[count].from = from;
      out[count].n = to - from;
      out[count].before = before;
      out[count].after = SE_SLOT_NONE;
      count++;
    }
    if (i == n) break;
    before = slot;
    start = i + len;
    i = start - 1;
  }
  return count;
}

int se_is_pattern(const se_piece_text *pieces, int n)
{
  return n > 1 || pieces[0].before != SE_SLOT_NONE || pieces[0].after != SE_SLOT_NONE;
}

/* One word: no white space inside. */
static int one_word(const char *s, size_t from, size_t to)
{
  for (; from < to; from++)
    if (se_isblank(s[from])) return 0;
  return 1;
}

/* Are all bytes of s[from..to) digits (letters too with 'letters') or in 'extra'? */
static int all_of(const char *s, size_t from, size_t to, int letters, const char *extra)
{
  for (; from < to; from++) {
    unsigned char c = (unsigned char)s[from];
    if (!(se_isdigit(c) || (letters && se_isalpha(c)) || (c != 0 && strchr(extra, c) != NULL)))
      return 0;
  }
  return 1;
}

/* An address, or a word in brackets or quotes ("<bob>", "'bob'"). */
static int address_like(const char *s, size_t from, size_t to)
{
  static const char opens[] = "<([\"'", closes[] = ">)]\"'";
  const char *o;
  if (memchr(s + from, '@', to - from) != NULL) return 1;
  o = strchr(opens, s[from]);
  return to - from >= 2 && o != NULL && s[to - 1] == closes[o - opens];
}

int se_slot_fits(se_slot slot, const char *s, size_t from, size_t to)
{
  while (from < to && se_isblank(s[from])) from++;
  while (to > from && se_isblank(s[to - 1])) to--;
  if (slot == SE_SLOT_GAP) return to - from <= SE_MAXGAP;
  /* A slot is one word; the punctuation that ends a clause is not its. */
  while (to > from && strchr(":;,.", s[to - 1]) != NULL) to--;
  if (from == to || to - from > SE_MAXSLOT || !one_word(s, from, to)) return 0;
  switch (slot) {
    case SE_SLOT_ADDRESS: return address_like(s, from, to);
    case SE_SLOT_HOST:
      return memchr(s + from, '.', to - from) != NULL && all_of(s, from, to, 1, ".-_[]:");
    case SE_SLOT_NUMBER: return se_isdigit(s[from]) && all_of(s, from, to, 0, ".,:/-#");
    case SE_SLOT_WORD: return 1;
    case SE_SLOT_NONE: case SE_SLOT_GAP: break;
  }
  return 0;
}

/*
** {======================================================================
** Finding a pattern around its last piece
** =======================================================================
*/

/* The word before s[at] (past one space), or after s[at - 1]. */
/* The word before s[at] (past one space), or after s[at - 1]. A word
** longer than any slot is cut at SE_MAXSLOT + 1 bytes (no slot fits it):
** the time spent around each piece found stays bounded. */
static void word_before(const char *s, size_t at, size_t *from, size_t *to)
{
  *to = at > 0 && s[at - 1] == ' ' ? at - 1 : at;
  for (*from = *to; *from > 0 && s[*from - 1] != ' ' && *to - *from <= SE_MAXSLOT; (*from)--) {}
}

static void word_after(const char *s, size_t n, size_t at, size_t *from, size_t *to)
{
  *from = at < n && s[at] == ' ' ? at + 1 : at;
  for (*to = *from; *to < n && s[*to] != ' ' && *to - *from <= SE_MAXSLOT; (*to)++) {}
}

/* Does s[from..to), folded, read as the piece? */
static int reads_as(const se_piece *pc, const char *s, size_t from, size_t to)
{
  const unsigned char *u = (const unsigned char *)s;
  size_t i = from, k = 0;
  while (i < to && k < pc->len)
    if ((char)se_fold_next(u, to, &i) != pc->text[k++]) return 0;
  return i == to && k == pc->len;
}

/* Where the word 'words' words back from s[end] starts, or -1 when the
** text starts first. */
static long words_back(const char *s, size_t end, int words)
{
  size_t t = end;
  int w;
  for (w = 0; w < words; w++) {
    size_t word_end;
    if (w > 0) {
      if (t == 0 || s[t - 1] != ' ') return -1;
      t--;
    }
    for (word_end = t; t > 0 && s[t - 1] != ' '; t--)
      if (word_end - t > SE_MAXPHRASE) return -1;       /* longer than any piece */
  }
  return (long)t;
}

static int is_punct(char c)
{
  return c != ' ' && !se_iswordc((unsigned char)c);
}

/* Does the piece end at s[end] (or before punctuation there, "mailbox:")?
** It starts at its first word, or past the punctuation before it
** ("(user"). Sets *start. */
static int piece_ends_at(const se_piece *pc, const char *s, size_t end, size_t *start)
{
  size_t e = end;
  for (;;) {
    long back = words_back(s, e, pc->words);
    if (back >= 0) {
      size_t t = (size_t)back;
      if (reads_as(pc, s, t, e)) {
        *start = t;
        return 1;
      }
      while (t < e && is_punct(s[t])) t++;
      if (t > (size_t)back && reads_as(pc, s, t, e)) {
        *start = t;
        return 1;
      }
    }
    if (e != end || e == 0 || !is_punct(s[e - 1])) return 0;
    while (e > 0 && is_punct(s[e - 1]) && end - e < SE_MAXPUNCT) e--;
  }
}

/* The piece before 'pc' ends before s[at], past the slot or gap between
** them. Sets *start where it starts. */
static int previous_piece(const se_piece *pc, const char *s, size_t at, se_word_memo *memo,
                          size_t *start)
{
  size_t e;
  if (pc->before != SE_SLOT_GAP) {
    const se_piece *prev = pc - 1;
    size_t from, to;
    unsigned char ends = (unsigned char)prev->text[prev->len - 1];
    if (memo->at != at) {
      word_before(s, at, &memo->from, &memo->to);
      memo->at = at;
      for (e = memo->from > 0 ? memo->from - 1 : 0; e > 0 && is_punct(s[e - 1]); e--) {}
      memo->ends = (unsigned char)(e > 0 && (unsigned char)s[e - 1] < 0x80
                                   ? se_tolower((unsigned char)s[e - 1]) : 0);
    }
    from = memo->from;
    to = memo->to;
    if (from < 2 || from == to) return 0;
    /* Most tries fail here: the previous word does not end as the piece. */
    if (memo->ends != 0 && memo->ends != ends && se_isalnum(ends)) return 0;
    return se_slot_fits((se_slot)pc->before, s, from, to) && piece_ends_at(prev, s, from - 1, start);
  }
  for (e = (at > 0 && s[at - 1] == ' ') ? at - 1 : at; at - e <= SE_MAXGAP + 1;) {
    if (piece_ends_at(pc - 1, s, e, start)) return 1;
    while (e > 0 && s[e - 1] != ' ') e--;
    if (e == 0) return 0;
    e--;
  }
  return 0;
}

int se_pattern_at(const se_piece *last, const char *s, size_t n, size_t rstart, size_t rend,
                  se_word_memo *memo, size_t *start)
{
  const se_piece *pc = last;
  size_t from, to, at = rstart;
  if (last->after != SE_SLOT_NONE) {
    word_after(s, n, rend, &from, &to);
    if (!se_slot_fits((se_slot)last->after, s, from, to)) return 0;
  }
  for (; pc->index > 0; pc--)
    if (!previous_piece(pc, s, at, memo, &at)) return 0;
  if (pc->before != SE_SLOT_NONE) {
    word_before(s, at, &from, &to);
    if (!se_slot_fits((se_slot)pc->before, s, from, to)) return 0;
  }
  *start = at;
  return 1;
}

/* }====================================================================== */

/* Puts last piece k on the chain of an earlier last piece of the same
** text, if any: then the automaton reports only that one. Quadratic in
** the patterns, which a build lays out once. */
static void chain_alike(se_piece *pieces, long k, const char **texts)
{
  long j;
  for (j = 0; j < k; j++) {
    se_piece *p = &pieces[j];
    if (texts[j] == NULL || strcmp(p->text, pieces[k].text) != 0) continue;
    while (p->alike != 0) p = &pieces[p->alike];
    p->alike = (uint16_t)k;
    texts[k] = NULL;
    return;
  }
}

long se_lay_out_patterns(const se_phrase *phrases, size_t n, const char **texts, se_piece *pieces,
                         char *bytes, size_t *bad, const char **why)
{
  se_piece_text split[SE_MAXPIECES];
  size_t i;
  long count = 0;
  for (i = 0; i < n; i++) {
    const char *t = phrases[i].text;
    int k, np = se_split_pattern(t, strlen(t), split, SE_MAXPIECES, why);
    if (np < 0) {
      *bad = i;
      return -1;
    }
    if (texts != NULL) texts[i] = se_is_pattern(split, np) ? NULL : t;
    if (!se_is_pattern(split, np)) continue;
    for (k = 0; k < np; k++, count++) {
      se_piece *pc;
      if (texts == NULL) continue;
      size_t len = se_fold_phrase(t + split[k].from, split[k].n, bytes, split[k].n), w;
      pc = &pieces[count];
      pc->text = bytes;
      pc->phrase = (uint16_t)i;
      pc->len = (unsigned char)len;
      for (w = 0, pc->words = 1; w < len; w++)
        pc->words = (unsigned char)(pc->words + (bytes[w] == ' '));
      pc->index = (unsigned char)k;
      pc->last = k == np - 1;
      pc->before = (unsigned char)split[k].before;
      pc->after = (unsigned char)split[k].after;
      pc->flags = (unsigned char)(
          ((k > 0 || split[k].before || (phrases[i].flags & SE_F_START)) ? SE_F_START : 0)
          | ((k < np - 1 || split[k].after || (phrases[i].flags & SE_F_END)) ? SE_F_END : 0));
      bytes[len] = '\0';
      pc->alike = 0;
      texts[n + (size_t)count] = pc->last ? bytes : NULL;
      if (pc->last) chain_alike(pieces, count, texts + n);
      bytes += len + 1;
    }
  }
  return count;
}
