/*
** classify.c
** Reads a raw reply (one or many lines, bare or wrapped in a log line, a
** DSN field or a client's error message), finds its reply code and
** enhanced code, runs the phrase matcher once over its text, and decides
** the class, reason and action. Every step is linear in the input.
*/
#include <string.h>

#include "smtperr.h"

const se_classifier se_builtin = { NULL, NULL, 0 };

#if defined(__GNUC__)
#define SE_COLD __attribute__((noinline))
#else
#define SE_COLD
#endif

/*
** {======================================================================
** Characters and tokens
** =======================================================================
*/

static int is_digit(int c) { return c >= '0' && c <= '9'; }
static int is_alpha(int c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; }
static int is_alnum(int c) { return is_digit(c) || is_alpha(c); }
static int is_blank(int c)
{
  return (unsigned char)c <= ' ' && (c == ' ' || c == '\t' || c == '\v' || c == '\f');
}
static int lower(int c) { return (c >= 'A' && c <= 'Z') ? c + 32 : c; }

/* Does s[i..n) start with 'word' (written in lower case), ignoring case? */
static int starts_with(const char *s, size_t n, size_t i, const char *word)
{
  size_t k;
  for (k = 0; word[k] != '\0'; k++)
    if (i + k >= n || lower((unsigned char)s[i + k]) != word[k]) return 0;
  return 1;
}

/* A word character for phrase boundaries: letters, digits, UTF-8 bytes. */
static int is_wordc(int c) { return is_alnum(c) || c >= 0x80 || c == '_'; }

/* The reply code at s[i] (three digits then a blank, '-' or the end), or 0. */
static int code_at(const char *s, size_t n, size_t i)
{
  int code;
  if (i + 3 > n || !is_digit(s[i]) || !is_digit(s[i + 1]) || !is_digit(s[i + 2])) return 0;
  if (i > 0 && is_digit(s[i - 1])) return 0;
  if (i + 3 < n && !is_blank(s[i + 3]) && s[i + 3] != '-') return 0;
  code = (s[i] - '0') * 100 + (s[i + 1] - '0') * 10 + (s[i + 2] - '0');
  return se_valid_code(code) ? code : 0;
}

typedef struct enhanced {
  int klass, subject, detail;
  size_t end;
} enhanced;

/* An enhanced status code X.Y.Z at s[i], not part of an address, a version
** number or a longer token. */
static int enhanced_at(const char *s, size_t n, size_t i, enhanced *e)
{
  size_t k = i + 2;
  if (i + 5 > n || (s[i] != '2' && s[i] != '4' && s[i] != '5') || s[i + 1] != '.') return 0;
  if (i > 0 && (is_alnum(s[i - 1]) || s[i - 1] == '.' || s[i - 1] == '_' || s[i - 1] == '/'))
    return 0;
  e->klass = s[i] - '0';
  e->subject = (int)se_read_part(s, n, &k);
  if (e->subject < 0 || e->subject > 7 || k >= n || s[k] != '.') return 0;
  k++;
  e->detail = (int)se_read_part(s, n, &k);
  if (e->detail < 0) return 0;
  if (k < n && (is_alpha(s[k]) || (s[k] == '.' && k + 1 < n && is_digit(s[k + 1])))) return 0;
  e->end = k;
  return 1;
}

/* }====================================================================== */

/*
** {======================================================================
** Lines, codes and text
** =======================================================================
*/

typedef struct buffer {
  char *s;
  size_t len;
} buffer;

/* A break between words: white space, or the "\n" that Exim writes for a
** line break of a reply in its log. */
static size_t break_at(const char *s, size_t n, size_t i)
{
  if (is_blank(s[i])) return 1;
  return (s[i] == '\\' && i + 1 < n && s[i + 1] == 'n') ? 2 : 0;
}

#define ONES 0x0101010101010101u

/* Bytes of x below b (at most 0x80) get their high bit set; a byte above
** a marked one may be marked too (a borrow), never one below all of them. */
static uint64_t bytes_below(uint64_t x, unsigned char b)
{
  return (x - ONES * b) & ~x & (ONES << 7);
}

/* Bytes of x equal to b get their high bit set, with the same caveat. */
static uint64_t bytes_equal(uint64_t x, unsigned char b)
{
  return bytes_below(x ^ (ONES * b), 1);
}

static uint64_t load8(const char *s)
{
  uint64_t v;
  memcpy(&v, s, sizeof v);
  return v;
}

/* Is s[0..n) already as emit_words would write it: words with one space
** between them, no control byte or backslash, and no word that could be
** the code repeated? Most lines are, and are then copied whole. Eight
** bytes at a time, each with the byte after it; a false alarm only sends
** the line down the general path. */
static int plain_words(const char *s, size_t n, int code)
{
  char first = (char)(code ? '0' + code / 100 : 0);
  size_t k = 0;
  if (n == 0 || is_blank(s[0]) || is_blank(s[n - 1]) || s[0] == first) return 0;
  for (; k + 9 <= n; k += 8) {
    uint64_t v = load8(s + k), w = load8(s + k + 1);
    uint64_t pair = bytes_equal(w, ' ') | bytes_equal(w, (unsigned char)first);
    if ((bytes_below(v, ' ') | bytes_equal(v, '\\') | (bytes_equal(v, ' ') & pair)) != 0)
      return 0;
  }
  for (; k < n; k++) {
    unsigned char c = (unsigned char)s[k];
    if (c > ' ' && c != '\\') continue;
    if (c != ' ' || s[k + 1] == ' ' || s[k + 1] == first) return 0;
  }
  return 1;
}

/* Appends the words of s[0..n), one space between words and between
** pieces: runs of white space become one space. With a 'code', the words
** that repeat it as a continuation prefix ("550-5.1.1", or "550 5.1.1"
** with the same enhanced code), as a log joins a multi-line reply, are
** left out. */
static void emit_words(buffer *b, const char *s, size_t n, int code, const enhanced *enh)
{
  char *out = b->s + b->len;
  size_t i = 0;
  if (plain_words(s, n, code)) {
    if (b->len > 0) b->s[b->len++] = ' ';
    memcpy(b->s + b->len, s, n);
    b->len += n;
    return;
  }
  while (i < n) {
    size_t k;
    while (i < n && (k = break_at(s, n, i)) > 0) i += k;
    if (i == n) break;
    if (code != 0 && is_digit(s[i]) && i + 3 < n && code_at(s, n, i) == code) {
      enhanced e;
      if (s[i + 3] == '-' || (enh->klass && enhanced_at(s, n, i + 4, &e)
                              && e.klass == enh->klass && e.subject == enh->subject
                              && e.detail == enh->detail)) {
        i += 4;
        if (enhanced_at(s, n, i, &e)) i = e.end;
        continue;
      }
    }
    if (out > b->s) *out++ = ' ';
    for (; i < n; i++) {              /* words are short: copied as they are read */
      unsigned char c = (unsigned char)s[i];
      if ((c <= ' ' || c == '\\') && break_at(s, n, i) != 0) break;
      *out++ = (char)c;
    }
  }
  b->len = (size_t)(out - b->s);
}

static void emit(buffer *b, const char *s, size_t n)
{
  emit_words(b, s, n, 0, NULL);
}

/* The end of the line starting at i, and where the next one starts. */
static size_t line_end(const char *s, size_t n, size_t i, size_t *next)
{
  const char *lf = memchr(s + i, '\n', n - i);
  const char *cr = memchr(s + i, '\r', lf ? (size_t)(lf - (s + i)) : n - i);
  size_t end;
  if (cr != NULL) {
    end = (size_t)(cr - s);
    *next = (end + 1 < n && s[end + 1] == '\n') ? end + 2 : end + 1;
  } else if (lf != NULL) {
    end = (size_t)(lf - s);
    *next = end + 1;
  } else {
    end = n;
    *next = n;
  }
  return end;
}

static size_t skip_blanks(const char *s, size_t i, size_t end)
{
  while (i < end && is_blank(s[i])) i++;
  return i;
}

/* Where a reply code sits in a line. */
typedef struct found {
  int code;
  size_t at;             /* its first digit */
  size_t rest;           /* the text after it and its enhanced code */
  enhanced enh;          /* enh.klass 0: none right after the code */
} found;

/* The text after a code at i: past the separator and an enhanced code. */
static void after_code(const char *s, size_t end, size_t i, found *f)
{
  size_t k = i + 3;
  f->enh.klass = 0;
  if (k < end && (s[k] == '-' || is_blank(s[k]))) k++;
  if (enhanced_at(s, end, k, &f->enh)) k = f->enh.end;
  else f->enh.klass = 0;
  f->rest = skip_blanks(s, k, end);
}

/* A code that opens a line: "550-5.1.1 ...", or after a transcript's arrow
** ("<<< 550", "<- 354", "< 502"), or in brackets ("[220] 'ready'"). */
static int code_opens_line(const char *s, size_t start, size_t end, found *f)
{
  size_t i = skip_blanks(s, start, end), k;
  if (i < end && s[i] == '#') i++;            /* Exchange: "#550 4.4.7 ... ##" */
  k = i;
  while (k < end && (s[k] == '<' || s[k] == '-')) k++;
  if (k > i && k < end && is_blank(s[k])) i = skip_blanks(s, k, end);
  if (i + 5 < end && s[i] == '[' && s[i + 4] == ']' && is_blank(s[i + 5])
      && (f->code = code_at(s, i + 4, i + 1)) != 0) {
    f->at = i + 1;
    f->enh.klass = 0;
    f->rest = skip_blanks(s, i + 5, end);
    return 1;
  }
  f->code = code_at(s, end, i);
  if (f->code == 0) return 0;
  f->at = i;
  after_code(s, end, i, f);
  return 1;
}

/* Does s[start..j) end with the word 'word' (lower case)? */
static int ends_word(const char *s, size_t start, size_t j, const char *word)
{
  size_t n = strlen(word);
  if (j < start + n || (j > start + n && is_alnum((unsigned char)s[j - n - 1]))) return 0;
  return starts_with(s, j, j - n, word);
}

/* Does s[start..j) end with a DSN diagnostic type other than SMTP, as in
** "X-Unix; 255" (an exit status) or "X-Postfix; ..."? */
static int after_other_type(const char *s, size_t start, size_t j)
{
  size_t w = j;
  while (w > start && (is_alnum((unsigned char)s[w - 1]) || s[w - 1] == '-')) w--;
  return j - w > 2 && (s[w] | 0x20) == 'x' && s[w + 1] == '-';
}

/*
** Finds the reply code of a line. A code counts when it opens the line or
** follows a delimiter that introduces a reply (':', ';', '(', '<', quotes,
** as in "said: 550", "smtp; 550", "'550 ..."), or stands in a tuple as a
** client library prints it ("(550, b'...')"), or is named an error
** ("SMTP error 552: ..."). After another word, '=', '[' or '#' it counts
** only when an enhanced code of its class follows ("reject=550 5.7.1"), so
** sizes and counts in prose are not taken for codes.
*/
static int find_code(const char *s, size_t start, size_t end, found *f)
{
  size_t i;
  found weak;
  weak.code = 0;
  if (code_opens_line(s, start, end, f)) return 1;
  for (i = start; i < end; i++) {
    size_t j;
    int code, before, tuple, named;
    if (!is_digit(s[i]) || (i > start && is_digit(s[i - 1]))) continue;
    j = i;
    while (j > start && is_blank(s[j - 1])) j--;
    before = j > start ? (unsigned char)s[j - 1] : 0;
    named = j < i && ends_word(s, start, j, "error");
    tuple = i + 3 < end && (s[i + 3] == ',' || (named && s[i + 3] == ':'));
    code = code_at(s, tuple ? i + 3 : end, i);
    if (code == 0) continue;
    /* ':' must be followed by a blank: "said: 550", not a cipher's ":256". */
    if (named || (tuple ? (before == '(' || before == ',')
                        : (before != 0 && strchr(":;(<\"'", before) != NULL
                           && (before != ':' || j < i)
                           && (before != ';' || !after_other_type(s, start, j - 1))))) {
      f->code = code;
      f->at = i;
      after_code(s, end, i, f);
      if (tuple) f->rest = skip_blanks(s, i + 4, end);
      return 1;
    }
    if (weak.code == 0 && !tuple && j > start
        && (j < i || strchr("=[#", s[i - 1]) != NULL)) {
      weak.code = code;
      weak.at = i;
      after_code(s, end, i, &weak);
      if (weak.enh.klass != code / 100) weak.code = 0;
    }
  }
  if (weak.code == 0) return 0;
  *f = weak;
  return 1;
}

/* The first enhanced code anywhere in s (a DSN "Status:", "dsn=5.1.1",
** qmail's "(#5.1.1)", PHPMailer's "Additional SMTP info: 5.7.1"). */
static int find_enhanced(const char *s, size_t n, enhanced *e)
{
  size_t i;
  for (i = 0; i + 5 <= n; i++)
    if (s[i + 1] == '.' && enhanced_at(s, n, i, e)) return 1;
  return 0;
}

/* Postfix ends a reply with "(in reply to RCPT TO command)": that belongs
** to the wrapper, not to the remote server's text. Returns where it starts. */
static size_t reply_suffix(const char *s, size_t start, size_t end)
{
  const char *p = s + start, *stop = s + end;
  while ((p = memchr(p, '(', (size_t)(stop - p))) != NULL) {
    if (starts_with(s, end, (size_t)(p - s), "(in reply to ")) return (size_t)(p - s);
    p++;
  }
  return end;
}

/* Unclosed '(' in s[start..end): a wrapper such as "status=bounced (host x
** said: " leaves as many ')' at the end of the reply. */
static int open_parens(const char *s, size_t start, size_t end)
{
  int depth = 0;
  for (; start < end; start++) {
    if (s[start] == '(') depth++;
    else if (s[start] == ')' && depth > 0) depth--;
  }
  return depth;
}

/* PHPMailer writes "... command failed Detail: <reply text> SMTP code: 554
** Additional SMTP info: 5.7.1": the reply's text comes before its code.
** Finds where that text starts, when the code at 'at' follows "code:". */
static int client_detail(const char *s, size_t start, size_t at, size_t *detail)
{
  size_t i, k = at;
  while (k > start && is_blank(s[k - 1])) k--;
  if (k < start + 5 || !starts_with(s, k, k - 5, "code:")) return 0;
  for (i = start; i + 7 <= k; i++) {
    if (starts_with(s, k, i, "detail:")) {
      *detail = skip_blanks(s, i + 7, k);
      return 1;
    }
  }
  return 0;
}

typedef struct parsed {
  buffer text, wrap;
  int code;
  enhanced enh;
  size_t lines;
} parsed;

/* Emits one line's reply text: the Postfix suffix and the parentheses its
** wrapper opened go to the wrapper buffer. */
static void emit_reply(parsed *p, const char *s, size_t from, size_t end, int opened)
{
  size_t cut = reply_suffix(s, from, end), stop = cut;
  while (stop > from && is_blank(s[stop - 1])) stop--;
  while (opened > 0 && stop > from && s[stop - 1] == ')') stop--, opened--;
  emit_words(&p->text, s + from, stop - from, p->code, &p->enh);
  emit(&p->wrap, s + stop, end - stop);
}

static void parse(const char *s, size_t n, char *scratch, parsed *p)
{
  size_t i, next, end, main_line = n + 1;
  found f, main;
  p->text.s = scratch;
  p->wrap.s = scratch + n + 1;
  p->text.len = p->wrap.len = 0;
  p->code = 0;
  p->enh.klass = 0;
  p->lines = 0;

  /* Pass 1: the line that holds the reply code. */
  for (i = 0; i < n; i = next) {
    end = line_end(s, n, i, &next);
    if (skip_blanks(s, i, end) < end) p->lines++;
    if (main_line > n && find_code(s, i, end, &main)) {
      main_line = i;
      p->code = main.code;
      p->enh = main.enh;
    }
  }
  if (p->enh.klass == 0 && !find_enhanced(s, n, &p->enh)) p->enh.klass = 0;

  /* Pass 2: text and wrapper. Lines before the reply are its context. */
  for (i = 0; i < n; i = next) {
    end = line_end(s, n, i, &next);
    if (main_line <= n && i < main_line) {
      emit(&p->wrap, s + i, end - i);
    } else if (i == main_line) {
      size_t detail;
      if (client_detail(s, i, main.at, &detail)) {
        emit(&p->wrap, s + i, detail - i);
        emit_reply(p, s, detail, main.at, 0);
        emit(&p->wrap, s + main.at, end - main.at);
      } else {
        emit(&p->wrap, s + i, main.at - i);
        emit_reply(p, s, main.rest, end, open_parens(s, i, main.at));
      }
    } else if (code_opens_line(s, i, end, &f)) {
      emit_reply(p, s, f.rest, end, 0);
    } else {
      emit_reply(p, s, i, end, 0);
    }
  }
}

/* }====================================================================== */

/*
** {======================================================================
** Addresses, hosts, links and durations
** =======================================================================
*/

static int is_local_char(int c)
{
  return is_alnum(c) || c >= 0x80 || (c != 0 && strchr(".!#$%&'*+-^_`{|}~", c) != NULL);
}

static int is_domain_char(int c)
{
  return is_alnum(c) || c >= 0x80 || c == '.' || c == '-';
}

/* The address around the '@' at s[i]: 2 when it is in <angle brackets>,
** 1 when bare, 0 when there is none (or it belongs to a link). */
static int address_at(const char *s, size_t n, size_t i, se_span *out)
{
  size_t a = i, b = i + 1;
  int letter = 0;
  while (a > 0 && is_local_char((unsigned char)s[a - 1])) a--;
  while (a < i && s[a] == '.') a++;
  while (b < n && is_domain_char((unsigned char)s[b])) letter |= is_alpha(s[b++]);
  while (b > i + 1 && (s[b - 1] == '.' || s[b - 1] == '-')) b--;
  if (a == i || b == i + 1 || !letter) return 0;
  if (a > 0 && strchr("=/?&", s[a - 1]) != NULL) return 0;   /* inside a link */
  out->s = s + a;
  out->n = b - a;
  return (a > 0 && s[a - 1] == '<' && b < n && s[b] == '>') ? 2 : 1;
}

/* The link that starts at s[i] ("http://", "https://", "www."), as
** written, without the punctuation around it. */
static int link_at(const char *s, size_t n, size_t i, se_span *out)
{
  size_t e;
  if (i > 0 && is_alnum((unsigned char)s[i - 1])) return 0;
  for (e = i; e < n && (unsigned char)s[e] > ' ' && !strchr("<>\"'", s[e]); e++) {}
  while (e > i && strchr(".,;:)]", s[e - 1]) != NULL) e--;
  if (e <= i + 8) return 0;
  out->s = s + i;
  out->n = e - i;
  return 1;
}

/* A host name after "host ", "connect to ", "H=": letters, digits, dots
** and dashes, with a dot and a letter in it. */
static int read_host(const char *s, size_t n, size_t i, se_span *out)
{
  size_t a = skip_blanks(s, i, n), b = a;
  int dot = 0, letter = 0;
  while (b < n && (is_alnum((unsigned char)s[b]) || s[b] == '.' || s[b] == '-' || s[b] == '_')) {
    dot |= s[b] == '.';
    letter |= is_alpha((unsigned char)s[b]);
    b++;
  }
  if (b < n && s[b] == '@') return 0;
  while (b > a && s[b - 1] == '.') b--;
  if (!dot || !letter || b == a) return 0;
  out->s = s + a;
  out->n = b - a;
  return 1;
}

typedef struct unit {
  const char *word;
  long seconds;
} unit;

/* Time units in English, French and German (folded: no accents). */
static const unit units[] = {
  {"s", 1}, {"sec", 1}, {"secs", 1}, {"second", 1}, {"seconds", 1}, {"seconde", 1},
  {"secondes", 1}, {"sekunde", 1}, {"sekunden", 1}, {"sek", 1},
  {"m", 60}, {"min", 60}, {"mins", 60}, {"minute", 60}, {"minutes", 60}, {"minuten", 60},
  {"h", 3600}, {"hr", 3600}, {"hrs", 3600}, {"hour", 3600}, {"hours", 3600},
  {"heure", 3600}, {"heures", 3600}, {"stunde", 3600}, {"stunden", 3600}, {"std", 3600},
  {"d", 86400}, {"day", 86400}, {"days", 86400}, {"jour", 86400}, {"jours", 86400},
  {"tag", 86400}, {"tage", 86400}, {"tagen", 86400},
  {NULL, 0}
};

/* Words that may stand between "retry in" and the number. */
static const char *const fillers[] = {
  "for ", "about ", "approximately ", "approx. ", "around ", "at least ", "some ",
  "environ ", "au moins ", "pendant ", "ca. ", "etwa ", "mindestens ", "circa ", NULL
};

static long read_number(const char *s, size_t n, size_t *i)
{
  long v = 0;
  size_t start = *i;
  while (*i < n && is_digit(s[*i]) && *i - start < 9) v = v * 10 + (s[(*i)++] - '0');
  return (*i == start || (*i < n && is_digit(s[*i]))) ? -1 : v;
}

/* A duration at s[i]: "5 minutes", "300s", "1 hour", "00:05:00". */
static long read_duration(const char *s, size_t n, size_t i)
{
  size_t k, w;
  long v, parts[3];
  int np = 0, f;
  char word[12];
  i = skip_blanks(s, i, n);
  for (f = 0; fillers[f] != NULL; f++) {
    if (starts_with(s, n, i, fillers[f])) {
      i = skip_blanks(s, i + strlen(fillers[f]), n);
      f = -1;
    }
  }
  v = read_number(s, n, &i);
  if (v < 0 || v > 100000) return -1;   /* no server asks for more: keeps the product in range */
  parts[np++] = v;
  while (np < 3 && i + 1 < n && s[i] == ':' && is_digit(s[i + 1])) {
    i++;
    parts[np++] = read_number(s, n, &i);
    if (parts[np - 1] < 0 || parts[np - 1] > 100000) return -1;
  }
  if (np == 3) return parts[0] * 3600 + parts[1] * 60 + parts[2];
  if (np == 2) return parts[0] * 60 + parts[1];
  i = skip_blanks(s, i, n);
  for (w = 0; i + w < n && w < sizeof word - 1 && is_alpha((unsigned char)s[i + w]); w++)
    word[w] = (char)lower((unsigned char)s[i + w]);
  word[w] = '\0';
  if (w == 0 || (i + w < n && is_alpha((unsigned char)s[i + w]))) return -1;
  for (k = 0; units[k].word != NULL; k++)
    if (strcmp(word, units[k].word) == 0) return v * units[k].seconds;
  return -1;
}

/* }====================================================================== */

/*
** {======================================================================
** Matching
** =======================================================================
*/

#define MAXMATCH 32
#define RING 256        /* > the longest phrase: raw starts of recent symbols */

typedef struct match {
  const se_phrase *ph;
  uint32_t id;
  size_t fstart, fend;  /* in folded symbols */
  int in_text;          /* in the reply text, not its wrapper */
} match;

typedef struct scan {
  const parsed *p;
  match m[MAXMATCH];
  int nm;
  int provider;
  int command;
  int class_hint;
  int sender;           /* the text says the sender's address was refused */
  long retry_after;
  se_span host, help, address;
  int address_rank;     /* 4 <angle> in the text, 3 bare; 2 and 1 in the wrapper */
  size_t folded_from;   /* the first symbol that did not come from one ASCII byte */
  size_t ring[RING];
} scan;

/* Keeps a reason match unless a longer one holds it; drops those it holds. */
/* Does a phrase that matched around another one hide it? A longer phrase
** says more, but a weak one does not hide a specific one inside it, unless
** it is there to say that the words decide nothing. */
static int hides(const se_phrase *outer, const se_phrase *inner)
{
  return !(outer->flags & SE_F_WEAK) || (inner->flags & SE_F_WEAK) || outer->value == SE_R_NONE;
}

static void add_match(scan *sc, const se_phrase *ph, uint32_t id, size_t fstart, size_t fend,
                      int in_text)
{
  int k, j = 0;
  for (k = 0; k < sc->nm; k++) {
    match *m = &sc->m[k];
    if (m->in_text == in_text && m->fstart <= fstart && fend <= m->fend && hides(m->ph, ph))
      return;
  }
  for (k = 0; k < sc->nm; k++) {
    match *m = &sc->m[k];
    if (m->in_text != in_text || !(fstart <= m->fstart && m->fend <= fend) || !hides(ph, m->ph))
      sc->m[j++] = *m;
  }
  sc->nm = j;
  if (sc->nm == MAXMATCH) return;
  sc->m[sc->nm].ph = ph;
  sc->m[sc->nm].id = id;
  sc->m[sc->nm].fstart = fstart;
  sc->m[sc->nm].fend = fend;
  sc->m[sc->nm].in_text = in_text;
  sc->nm++;
}

/* Phrase 'id' of 'phrases' ends at raw offset 'rend' (exclusive) of region s. */
static void on_phrase(scan *sc, const se_phrase *phrases, uint32_t id, unsigned len,
                      size_t fend, const char *s, size_t n, size_t rend, int in_text)
{
  const se_phrase *ph = &phrases[id];
  size_t fstart = fend - len;
  /* Regions have single spaces, so until a multi-byte letter the symbols
  ** and the bytes are the same; after it the ring knows where each began. */
  size_t rstart = fstart < sc->folded_from ? fstart : sc->ring[fstart % RING];
  if ((ph->flags & SE_F_START) && rstart > 0 && is_wordc((unsigned char)s[rstart - 1])
      && is_wordc((unsigned char)s[rstart])) return;
  if ((ph->flags & SE_F_END) && rend < n && is_wordc((unsigned char)s[rend])
      && is_wordc((unsigned char)s[rend - 1])) return;
  switch (ph->kind) {
    case SE_K_REASON:
      if (ph->code != 0 && ph->code != sc->p->code) return;
      if (ph->enhanced != 0 && (sc->p->enh.klass == 0 || ph->enhanced
          != SE_ENHANCED_KEY(sc->p->enh.klass, sc->p->enh.subject, sc->p->enh.detail))) return;
      add_match(sc, ph, id, fend - len, fend, in_text);
      break;
    case SE_K_PROVIDER:
      if (sc->provider < 0) sc->provider = ph->value - 1;
      break;
    case SE_K_COMMAND:
      if (sc->command == SE_NOCOMMAND) sc->command = ph->value;
      break;
    case SE_K_CLASS:
      if (sc->class_hint == SE_NOCLASS) sc->class_hint = ph->value;
      break;
    case SE_K_SENDER:
      sc->sender = 1;
      break;
    case SE_K_WAIT:
      if (sc->retry_after < 0) sc->retry_after = read_duration(s, n, rend);
      break;
    case SE_K_HOST:
      if (sc->host.s == NULL) read_host(s, n, rend, &sc->host);
      break;
    case SE_K_LINK:
      if (sc->help.s == NULL) link_at(s, n, rstart, &sc->help);
      break;
    case SE_K_ADDRESS:
      if (sc->address_rank < (in_text ? 4 : 2)) {
        se_span a;
        int kind = address_at(s, n, rend - 1, &a);
        int r = kind == 0 ? 0 : (in_text ? 2 : 0) + kind;
        if (r > sc->address_rank) {
          sc->address = a;
          sc->address_rank = r;
        }
      }
      break;
    default:
      break;
  }
}

/* One step: the node's edge on x, else its fail node's, down to the root.
** Each fail step makes the node shallower, and each byte makes it at most
** one deeper, so a whole run takes linear time. */
static uint32_t step(const se_ac_node *nodes, const uint16_t *root, uint32_t s, uint32_t x)
{
  while (s != 0) {
    uint32_t t = nodes[s].base + x;
    if (nodes[t].check == s) return t;
    s = nodes[s].fail;
  }
  return root[x];
}

/* The phrases that end where the automaton reached 'state': the node's
** own, then those of the nodes on its dictionary chain. Rare, so kept out
** of the hot loop (and its registers). */
SE_COLD static void outputs(scan *sc, const se_automaton *a, const se_phrase *phrases,
                            uint32_t state, size_t fpos, const char *s, size_t n, size_t i,
                            int in_text)
{
  while (state != 0) {
    uint32_t e = a->nodes[state].out - 1u, k;
    for (k = a->out_start[e]; k < a->out_start[e + 1]; k++)
      on_phrase(sc, phrases, a->out[k], a->out_len[k], fpos, s, n, i, in_text);
    state = a->dict[e];
  }
}

/* The fast part of a run: ASCII bytes, one symbol each. Stops after a byte
** that ends a phrase (returns 1), or before a byte that is not ASCII, or at
** the end (returns 0). Few live variables, so they stay in registers. */
static int run_ascii(const se_automaton *a, const unsigned char *u, size_t n, size_t *pi,
                     uint32_t *pstate)
{
  const unsigned char *sym = a->sym;
  const se_ac_node *nodes = a->nodes;
  const uint16_t *root = a->root;
  uint32_t state = *pstate;
  size_t i = *pi;
  int emitted = 0;
  while (i < n && u[i] < 0x80) {
    state = step(nodes, root, state, sym[u[i++]]);
    if (nodes[state].out != 0) {
      emitted = 1;
      break;
    }
  }
  *pi = i;
  *pstate = state;
  return emitted;
}

/* An automaton over one region. Regions have single spaces (emit_words),
** so while the bytes are ASCII a byte is a symbol; from the first other
** byte on, letters may fold several bytes into one symbol and spaces may
** collapse, and the ring keeps where each symbol began. */
static void run(scan *sc, const se_automaton *a, const se_phrase *phrases,
                const char *s, size_t n, int in_text)
{
  const unsigned char *u = (const unsigned char *)s;
  uint32_t state = 0, last;
  size_t i = 0, fpos;
  sc->folded_from = (size_t)-1;
  for (;;) {
    if (run_ascii(a, u, n, &i, &state)) {
      outputs(sc, a, phrases, state, i, s, n, i, in_text);
      continue;
    }
    if (i == n) return;
    break;
  }
  sc->folded_from = fpos = i;
  last = i > 0 ? a->sym[u[i - 1]] : 0;
  while (i < n) {
    size_t at = i;
    uint32_t x = a->sym[se_fold_next(u, n, &i)];
    if (x == a->space_sym && last == a->space_sym) continue;
    last = x;
    sc->ring[fpos % RING] = at;
    fpos++;
    state = step(a->nodes, a->root, state, x);
    if (a->nodes[state].out != 0) outputs(sc, a, phrases, state, fpos, s, n, i, in_text);
  }
}

/* }====================================================================== */

/*
** {======================================================================
** Decision
** =======================================================================
*/

/* How much a reason phrase is trusted: a user rule (5), the answering
** provider's own phrase (4), a specific phrase of the reply (3), of its
** wrapper (2), a weak phrase of the reply (1). 0: it decides nothing. */
static int rank(const match *m, int provider)
{
  const se_phrase *ph = m->ph;
  if (ph->value == SE_R_NONE) return 0;
  if (ph->provider != 0 && ph->provider != provider + 1) return 0;
  if (ph->flags & SE_F_USER) return 5;
  if (ph->provider != 0) return 4;
  if (ph->flags & SE_F_WEAK) return m->in_text ? 1 : 0;
  return m->in_text ? 3 : 2;
}

static const match *best_match(const scan *sc, int provider, int *tier)
{
  const match *best = NULL;
  int k, best_rank = 0;
  for (k = 0; k < sc->nm; k++) {
    const match *m = &sc->m[k];
    int r = rank(m, provider);
    size_t len = m->fend - m->fstart;
    if (r == 0) continue;
    if (best == NULL || r > best_rank
        || (r == best_rank && len > best->fend - best->fstart)
        || (r == best_rank && len == best->fend - best->fstart && m->fstart < best->fstart)) {
      best = m;
      best_rank = r;
    }
  }
  *tier = best_rank;
  return best;
}

/* A provider's own meaning of the enhanced code; may name the provider.
** The table is sorted by subject. */
static const se_provider_code *provider_code(const enhanced *e, int *provider)
{
  size_t lo = 0, hi = SE_NPROVIDER_CODES, k;
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    if (se_provider_codes[mid].subject < e->subject) lo = mid + 1;
    else hi = mid;
  }
  for (k = lo; k < SE_NPROVIDER_CODES && se_provider_codes[k].subject == e->subject; k++) {
    const se_provider_code *pc = &se_provider_codes[k];
    if (!(pc->classes & (1u << e->klass)) || e->detail < pc->lo || e->detail > pc->hi) continue;
    if (pc->exclusive && *provider < 0) *provider = pc->provider;
    if (pc->provider == *provider) return pc;
  }
  return NULL;
}

static void set_phrase_evidence(se_result *r, const match *m)
{
  r->ev_phrase = m->ph;
  if (m->ph->flags & SE_F_USER) {
    r->ev_kind = SE_EV_USER;
    r->ev_rule = m->id + 1;
  } else {
    r->ev_kind = SE_EV_PHRASE;
  }
}

/* The registry's entry for an enhanced code; when the registry lists the
** detail with other classes only (a 4.7.23 where it has 5.7.23), that one:
** the detail's meaning does not depend on the class. */
static const se_entry *registered(const enhanced *e)
{
  static const int classes[] = { 5, 4 };
  const se_entry *entry = se_find_enhanced(SE_ENHANCED_KEY(e->klass, e->subject, e->detail));
  size_t k;
  for (k = 0; entry == NULL && k < sizeof classes / sizeof classes[0]; k++)
    if (classes[k] != e->klass)
      entry = se_find_enhanced(SE_ENHANCED_KEY(classes[k], e->subject, e->detail));
  return entry;
}

/* The table's reason for an enhanced code that is not specific: X.Y.0 or
** a detail the registry lacks (then its subject's). */
static const se_entry *generic_enhanced(const parsed *p, const se_entry *exact)
{
  if (exact != NULL) return exact;
  return se_find_subject(SE_ENHANCED_KEY(p->enh.klass, p->enh.subject, p->enh.detail));
}

/*
** The reason, by trust: a user rule; the answering provider's own phrase;
** the provider's own meaning of the enhanced code; a specific phrase; a
** specific enhanced code; a phrase of the wrapper, a weak phrase; the
** reply code's default; what the enhanced code's subject says.
*/
static void decide(const scan *sc, const parsed *p, se_result *r)
{
  int tier, provider = sc->provider, klass;
  const se_entry *code_entry = p->code ? se_find_basic(p->code) : NULL;
  const se_entry *enh_entry = NULL, *generic = NULL, *decided = NULL;
  const se_provider_code *pcode = NULL;
  const match *best;

  if (p->enh.klass) {
    enh_entry = registered(&p->enh);
    pcode = provider_code(&p->enh, &provider);
    generic = generic_enhanced(p, enh_entry);
  }
  best = best_match(sc, provider, &tier);
  r->provider = provider;

  /* The class: reply code, enhanced code, a wrapper's word, the phrase. */
  if (p->code) klass = se_class_of_digit(p->code / 100);
  else if (p->enh.klass) klass = se_class_of_digit(p->enh.klass);
  else if (sc->class_hint) klass = sc->class_hint;
  else if (best != NULL && best->ph->klass) klass = best->ph->klass;
  else klass = SE_NOCLASS;
  if (best != NULL && tier == 5 && best->ph->klass) klass = best->ph->klass;

  r->ev_kind = SE_EV_NONE;
  if (klass == SE_SUCCESS || klass == SE_INTERMEDIATE) {
    r->reason = klass == SE_SUCCESS ? SE_R_SUCCESS : SE_R_INTERMEDIATE;
    r->ev_kind = p->code ? SE_EV_CODE : SE_EV_ENHANCED;
  } else if (best != NULL && tier >= 4) {
    r->reason = best->ph->value;
    set_phrase_evidence(r, best);
  } else if (pcode != NULL) {
    r->reason = pcode->reason;
    r->ev_kind = SE_EV_PROVIDER;
  } else if (best != NULL && tier == 3) {
    r->reason = best->ph->value;
    set_phrase_evidence(r, best);
  } else if (enh_entry != NULL && p->enh.detail != 0) {
    r->reason = enh_entry->reason;
    r->ev_kind = SE_EV_ENHANCED;
    decided = enh_entry;
  } else if (best != NULL) {
    r->reason = best->ph->value;
    set_phrase_evidence(r, best);
  } else if (code_entry != NULL && code_entry->reason != SE_R_UNKNOWN
             && !(se_reasons[code_entry->reason].hard && p->text.len > 0)) {
    /* A code alone does not make a hard bounce when its text says nothing. */
    r->reason = code_entry->reason;
    r->ev_kind = SE_EV_CODE;
    decided = code_entry;
  } else if (generic != NULL && generic->reason != SE_R_UNKNOWN) {
    r->reason = generic->reason;
    r->ev_kind = SE_EV_ENHANCED;
    decided = generic == enh_entry ? enh_entry : NULL;
  } else {
    r->reason = SE_R_UNKNOWN;
    r->ev_kind = p->code ? SE_EV_CODE : SE_EV_ENHANCED;
  }

  if (klass == SE_NOCLASS) klass = se_reasons[r->reason].klass;
  if (klass == SE_PERMANENT && (r->ev_kind == SE_EV_PHRASE || r->ev_kind == SE_EV_USER))
    r->reason = r->ev_phrase->permanent;

  /* At MAIL, or when the text says so, an address problem is the sender's. */
  r->command = sc->command;
  r->ev_command = 0;
  if ((sc->command == SE_MAIL || sc->sender) && se_reasons[r->reason].address
      && r->reason != SE_R_SENDER_REJECTED) {
    r->reason = SE_R_SENDER_REJECTED;
    r->ev_command = sc->command == SE_MAIL ? 1 : 2;
    decided = NULL;
  }

  r->klass = klass;
  if ((r->ev_kind == SE_EV_USER || r->ev_kind == SE_EV_PHRASE) && r->ev_phrase->action < SE_NACTIONS)
    r->action = r->ev_phrase->action;
  else if (decided != NULL && decided->klass == klass && decided->reason == r->reason)
    r->action = decided->action;
  else
    r->action = se_reasons[r->reason].action[klass];
  r->retry = klass == SE_TRANSIENT;
  if (klass == SE_TRANSIENT || klass == SE_PERMANENT)
    r->bounce = (klass == SE_PERMANENT && se_reasons[r->reason].hard) ? 2 : 1;
  else
    r->bounce = 0;
}

/* }====================================================================== */

int se_classify(const se_classifier *c, const char *s, size_t n, int code_hint,
                char *scratch, se_result *r)
{
  parsed p;
  scan sc;
  parse(s, n, scratch, &p);
  if (code_hint) p.code = code_hint;

  sc.p = &p;
  sc.nm = 0;
  sc.provider = -1;
  sc.command = SE_NOCOMMAND;
  sc.class_hint = SE_NOCLASS;
  sc.sender = 0;
  sc.retry_after = -1;
  sc.host.s = sc.help.s = sc.address.s = NULL;
  sc.host.n = sc.help.n = sc.address.n = 0;
  sc.address_rank = 0;
  if (c->ac != NULL) {             /* user rules first: their matches rank first */
    run(&sc, c->ac, c->user, p.text.s, p.text.len, 1);
    run(&sc, c->ac, c->user, p.wrap.s, p.wrap.len, 0);
  }
  run(&sc, &se_builtin_automaton, se_phrases, p.text.s, p.text.len, 1);
  run(&sc, &se_builtin_automaton, se_phrases, p.wrap.s, p.wrap.len, 0);

  if (p.code == 0 && p.enh.klass == 0) {
    int tier;
    if (best_match(&sc, sc.provider, &tier) == NULL) return -1;
  }

  memset(r, 0, sizeof *r);
  r->code = p.code;
  r->enh_class = p.enh.klass;
  r->enh_subject = p.enh.subject;
  r->enh_detail = p.enh.detail;
  r->lines = p.lines;
  r->text.s = p.text.s;
  r->text.n = p.text.len;
  r->retry_after = sc.retry_after;
  r->host = sc.host;
  r->address = sc.address;
  r->help = sc.help;
  decide(&sc, &p, r);
  return 0;
}

void se_put_enhanced(se_out *o, const se_result *r)
{
  se_put_number(o, r->enh_class);
  se_putn(o, ".", 1);
  se_put_number(o, r->enh_subject);
  se_putn(o, ".", 1);
  se_put_number(o, r->enh_detail);
}

/* The evidence's words in each language; the English ones are the stable
** strings of the result's 'evidence' field. */
typedef struct evidence_words {
  const char *phrase, *open, *close, *user, *provider, *enhanced, *code, *at_mail, *sender;
} evidence_words;

static const evidence_words ev_words[SE_NLANGS] = {
  { "phrase ", "\"", "\"", "user rule ", "provider ", "enhanced ", "code ", " at MAIL",
    " about the sender" },
  { "expression ", "«\xc2\xa0", "\xc2\xa0»", "règle utilisateur ", "code propre à ", "code étendu ",
    "code ", " à l'étape MAIL", " côté expéditeur" }   /* guillemets with no-break spaces */
};

void se_evidence(se_out *o, const se_result *r, int lang)
{
  const evidence_words *w = &ev_words[lang];
  switch (r->ev_kind) {
    case SE_EV_PHRASE:
      se_put(o, w->phrase);
      se_put(o, w->open);
      se_put(o, r->ev_phrase->text);
      se_put(o, w->close);
      break;
    case SE_EV_USER:
      se_put(o, w->user);
      se_put_number(o, (long)r->ev_rule);
      break;
    case SE_EV_PROVIDER:
      se_put(o, w->provider);
      se_put(o, se_providers[r->provider].id);
      se_put(o, " ");
      se_put(o, w->open);
      se_put_enhanced(o, r);
      se_put(o, w->close);
      break;
    case SE_EV_ENHANCED:
      se_put(o, w->enhanced);
      se_put_enhanced(o, r);
      break;
    case SE_EV_CODE:
      se_put(o, w->code);
      se_put_number(o, r->code);
      break;
    default:
      break;
  }
  if (r->ev_command == 1) se_put(o, w->at_mail);
  if (r->ev_command == 2) se_put(o, w->sender);
}
