/*
** parse.c
** The reply parser (parse.h): finds the line that holds the reply code,
** the code and the enhanced code, and splits the words into the server's
** text and the wrapper's. Every step is linear in the input.
*/
#include <string.h>

#include "parse.h"
#include "sectype.h"
#include "tables.h"

/*
** {======================================================================
** Characters and tokens
** =======================================================================
*/

/* The reply code at s[i] (three digits then a blank, '-' or the end), or 0. */
static int code_at(const char *s, size_t n, size_t i)
{
  int code;
  if (i + 3 > n || !se_isdigit(s[i]) || !se_isdigit(s[i + 1]) || !se_isdigit(s[i + 2])) return 0;
  if (i > 0 && se_isdigit(s[i - 1])) return 0;
  if (i + 3 < n && !se_isblank(s[i + 3]) && s[i + 3] != '-') return 0;
  code = (s[i] - '0') * 100 + (s[i + 1] - '0') * 10 + (s[i + 2] - '0');
  return se_valid_code(code) ? code : 0;
}

/* An enhanced status code X.Y.Z at s[i], not part of an address, a version
** number or a longer token. */
static int enhanced_at(const char *s, size_t n, size_t i, se_enhanced_code *e)
{
  size_t k = i + 2;
  if (i + 5 > n || (s[i] != '2' && s[i] != '4' && s[i] != '5') || s[i + 1] != '.') return 0;
  if (i > 0 && (se_isalnum(s[i - 1]) || s[i - 1] == '.' || s[i - 1] == '_' || s[i - 1] == '/'))
    return 0;
  e->klass = s[i] - '0';
  e->subject = (int)se_read_part(s, n, &k);
  if (e->subject < 0 || e->subject > 7 || k >= n || s[k] != '.') return 0;
  k++;
  e->detail = (int)se_read_part(s, n, &k);
  if (e->detail < 0) return 0;
  if (k < n && (se_isalpha(s[k]) || (s[k] == '.' && k + 1 < n && se_isdigit(s[k + 1])))) return 0;
  e->end = k;
  return 1;
}

/* }====================================================================== */

/*
** {======================================================================
** Lines, codes and text
** =======================================================================
*/

/* A break between words: white space, or the "\n" that Exim writes for a
** line break of a reply in its log. */
static size_t break_at(const char *s, size_t n, size_t i)
{
  if (se_isblank(s[i])) return 1;
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
  if (n == 0 || se_isblank(s[0]) || se_isblank(s[n - 1]) || s[0] == first) return 0;
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
** with the same enhanced code, or "550 " after a "550-": the last line),
** as a log joins a multi-line reply, are left out. */
static void emit_words(se_buffer *b, const char *s, size_t n, int code, const se_enhanced_code *enh)
{
  char *out = b->s + b->len;
  size_t i = 0;
  int joined = 0;                     /* a "550-" prefix was left out */
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
    if (code != 0 && se_isdigit(s[i]) && i + 3 < n && code_at(s, n, i) == code) {
      se_enhanced_code e;
      size_t w = se_skipblanks(s, i + 4, n);
      if (s[i + 3] == '-' || joined || (enh->klass && enhanced_at(s, n, w, &e)
                                        && e.klass == enh->klass && e.subject == enh->subject
                                        && e.detail == enh->detail)) {
        joined = joined || s[i + 3] == '-';
        i = w;
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

static void emit(se_buffer *b, const char *s, size_t n)
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

/* Where a reply code sits in a line. */
typedef struct found {
  int code;
  size_t at;             /* its first digit */
  size_t rest;           /* the text after it and its enhanced code */
  se_enhanced_code enh;          /* enh.klass 0: none right after the code */
} found;

/* The text after a code at i: past the separator and an enhanced code
** (a run of blanks separates as one blank does). */
static void after_code(const char *s, size_t end, size_t i, found *f)
{
  size_t k = i + 3;
  f->enh.klass = 0;
  if (k < end && s[k] == '-') k++;
  k = se_skipblanks(s, k, end);
  if (enhanced_at(s, end, k, &f->enh)) k = f->enh.end;
  else f->enh.klass = 0;
  f->rest = se_skipblanks(s, k, end);
}

/* Where a transcript's mark for the server's lines ends ("<<< ", "<- ",
** "??? ", and at the start of a line "S: ", "S "), or i when there is
** none. After a delimiter, in a line ("smtp; <- 550"), an arrow is at
** most three bytes: a longer run is not a mark. */
static size_t after_server_mark(const char *s, size_t i, size_t end, int line_start)
{
  size_t k = i, arrow = line_start ? end : 3;
  while (k < end && k - i < arrow && (s[k] == '<' || s[k] == '-' || s[k] == '?')) k++;
  if (line_start && k == i && k < end && s[k] == 'S') k += (k + 1 < end && s[k + 1] == ':') ? 2 : 1;
  return k > i && k < end && se_isblank(s[k]) ? se_skipblanks(s, k, end) : i;
}

/* A reply code at the start of a line may be one the RFCs do not define
** ("577 5.1.1", "599 custom reject"): a 2 to 5, two digits, a blank or
** '-'. Elsewhere only defined codes are taken. */
static int code_starts_line(const char *s, size_t end, size_t i)
{
  int code = code_at(s, end, i);
  if (code != 0 || i + 4 > end || s[i] < '2' || s[i] > '5' || !se_isdigit(s[i + 1])
      || !se_isdigit(s[i + 2]) || (!se_isblank(s[i + 3]) && s[i + 3] != '-')
      || (i > 0 && se_isalnum((unsigned char)s[i - 1])))
    return code;
  return (s[i] - '0') * 100 + (s[i + 1] - '0') * 10 + (s[i + 2] - '0');
}

/* A code at s[i], or after the marks that may open a reply: Exchange's
** '#' ("#550 4.4.7 ... ##"), a transcript's mark ("<<< 550", "<- 354",
** "S: 550"), brackets ("[220] 'ready'"). */
static int marked_code(const char *s, size_t i, size_t end, int line_start, found *f)
{
  if (i < end && s[i] == '#') i++;
  i = after_server_mark(s, i, end, line_start);
  if (i + 5 < end && s[i] == '[' && s[i + 4] == ']' && se_isblank(s[i + 5])
      && (f->code = code_at(s, i + 4, i + 1)) != 0) {
    f->at = i + 1;
    f->enh.klass = 0;
    f->rest = se_skipblanks(s, i + 5, end);
    return 1;
  }
  f->code = code_starts_line(s, end, i);
  if (f->code == 0) return 0;
  f->at = i;
  after_code(s, end, i, f);
  return 1;
}

/* A code that opens a line, marked or not. */
static int code_opens_line(const char *s, size_t start, size_t end, found *f)
{
  return marked_code(s, se_skipblanks(s, start, end), end, 1, f);
}

/* Does s[start..j) end with the word 'word' (lower case)? */
static int ends_word(const char *s, size_t start, size_t j, const char *word)
{
  size_t n = strlen(word);
  if (j < start + n || (j > start + n && se_isalnum((unsigned char)s[j - n - 1]))) return 0;
  return se_startswith(s, j, j - n, word);
}

/* Words after which a number is the server's reply code: "error 550",
** "got 552", "responded with 550 ...". */
static const char *const code_cues[] = {
  "error", "got", "responded with", "replied with", "answered with", "returned", NULL
};

static int said_by(const char *s, size_t start, size_t j)
{
  int k;
  for (k = 0; code_cues[k] != NULL; k++)
    if (ends_word(s, start, j, code_cues[k])) return 1;
  return 0;
}

/* Does s[start..j) end with a DSN diagnostic type other than SMTP, as in
** "X-Unix; 255" (an exit status) or "X-Postfix; ..."? */
static int after_other_type(const char *s, size_t start, size_t j)
{
  size_t w = j;
  while (w > start && (se_isalnum((unsigned char)s[w - 1]) || s[w - 1] == '-')) w--;
  return j - w > 2 && (s[w] | 0x20) == 'x' && s[w + 1] == '-';
}

/* Is s[start..j) ended by a delimiter that introduces a reply (':', ';',
** '(', '<', quotes, as in "said: 550", "smtp; 550", "'550 ..."), 'i' being
** where the code (or its mark) starts? ':' must be followed by a blank:
** "said: 550", not a cipher's ":256"; "X-Unix; 255" is an exit status. */
static int introduces_reply(const char *s, size_t start, size_t j, size_t i)
{
  int before = j > start ? (unsigned char)s[j - 1] : 0;
  return before != 0 && strchr(":;(<\"'", before) != NULL && (before != ':' || j < i)
         && (before != ';' || !after_other_type(s, start, j - 1));
}

/* A code the RFCs do not define at s[i] ("570 5.7.7"), as code_starts_line
** reads it, when what comes before says a reply follows: named ("error
** 577"), after ": ", or after another delimiter ("smtp; 570") with an
** enhanced code of its class after it. */
static int undefined_code(const char *s, size_t start, size_t end, size_t j, size_t i, int named)
{
  se_enhanced_code e;
  int code;
  if (named || (j < i && j > start && s[j - 1] == ':')) return code_starts_line(s, end, i);
  if (!introduces_reply(s, start, j, i) || (code = code_starts_line(s, end, i)) == 0) return 0;
  return enhanced_at(s, end, se_skipblanks(s, i + 4, end), &e) && e.klass == code / 100 ? code : 0;
}

/*
** Finds the reply code of a line. A code counts when it opens the line or
** follows a delimiter that introduces a reply (':', ';', '(', '<', quotes,
** as in "said: 550", "smtp; 550", "'550 ..."), marked as it may be at the
** start of a line ("smtp; #550 ...", "said: [220] ...", ": <- 354 ..."),
** or stands in a tuple as a client library prints it ("(550, b'...')"),
** or is named an error ("SMTP error 552: ..."). After another word, '=',
** '[' or '#' it counts only when an enhanced code of its class follows
** ("reject=550 5.7.1"), so sizes and counts in prose are not taken for
** codes.
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
    if (s[i] == '#' || s[i] == '[' || (s[i] == '<' && i + 1 < end && !se_isdigit(s[i + 1]))) {
      for (j = i; j > start && se_isblank(s[j - 1]); j--) {}
      if (j < i && introduces_reply(s, start, j, i) && marked_code(s, i, end, 0, f)) return 1;
      continue;
    }
    if (!se_isdigit(s[i]) || (i > start && se_isdigit(s[i - 1]))) continue;
    j = i;
    while (j > start && se_isblank(s[j - 1])) j--;
    before = j > start ? (unsigned char)s[j - 1] : 0;
    named = j < i && said_by(s, start, j);
    tuple = i + 3 < end && (s[i + 3] == ',' || (named && s[i + 3] == ':'));
    code = code_at(s, tuple ? i + 3 : end, i);
    if (code == 0 && !tuple) code = undefined_code(s, start, end, j, i, named);
    if (code == 0) continue;
    if (named || (tuple ? (before == '(' || before == ',') : introduces_reply(s, start, j, i))) {
      f->code = code;
      f->at = i;
      after_code(s, end, i, f);
      if (tuple) f->rest = se_skipblanks(s, i + 4, end);
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
static int find_enhanced(const char *s, size_t n, se_enhanced_code *e)
{
  const char *dot = n > 1 ? memchr(s + 1, '.', n - 1) : NULL;
  for (; dot != NULL; dot = memchr(dot + 1, '.', (size_t)(s + n - dot - 1))) {
    size_t i = (size_t)(dot - s) - 1;
    if (i + 5 <= n && enhanced_at(s, n, i, e)) return 1;
  }
  return 0;
}

/* Postfix ends a reply with "(in reply to RCPT TO command)": that belongs
** to the wrapper, not to the remote server's text. Returns where it starts. */
static size_t reply_suffix(const char *s, size_t start, size_t end)
{
  const char *p = s + start, *stop = s + end;
  while ((p = memchr(p, '(', (size_t)(stop - p))) != NULL) {
    if (se_startswith(s, end, (size_t)(p - s), "(in reply to ")) return (size_t)(p - s);
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
  while (k > start && se_isblank(s[k - 1])) k--;
  if (k < start + 5 || !se_startswith(s, k, k - 5, "code:")) return 0;
  for (i = start; i + 7 <= k; i++) {
    if (se_startswith(s, k, i, "detail:")) {
      *detail = se_skipblanks(s, i + 7, k);
      return 1;
    }
  }
  return 0;
}

/* A Lua error's position, "/usr/share/lua/5.1/resty/mail/smtp.lua:189: ",
** before a client library's message: its length at s[i], or 0. */
static size_t error_position(const char *s, size_t i, size_t end)
{
  size_t k = i, digits;
  while (k < end && !se_isblank(s[k]) && s[k] != ':') k++;
  if (k - i < 5 || !se_startswith(s, k, k - 4, ".lua") || k == end) return 0;
  for (digits = ++k; k < end && se_isdigit(s[k]); k++) {}
  if (k == digits || k + 1 >= end || s[k] != ':' || !se_isblank(s[k + 1])) return 0;
  return k + 2 - i;
}

/* Emits one line's reply text: the Postfix suffix and the parentheses its
** wrapper opened go to the wrapper buffer. Continuation prefixes of the
** reply's own code are left out. */
static void emit_reply(se_parsed *p, const se_reply *r, const char *s, size_t from, size_t end,
                       int opened)
{
  size_t cut = reply_suffix(s, from, end), stop = cut;
  while (stop > from && se_isblank(s[stop - 1])) stop--;
  while (opened > 0 && stop > from && s[stop - 1] == ')') stop--, opened--;
  emit_words(&p->text, s + from, stop - from, r->code, &r->enh);
  emit(&p->wrap, s + stop, end - stop);
}

/* Starts the next reply at the words to come, or keeps the last one when
** there is no room for more. Its enhanced code is the one after its code,
** or after the code said twice ("550 550 5.1.1 ..."), so that the line's
** repetitions of both are left out of its words; complete_replies looks
** further for the others. */
static se_reply *start_reply(se_parsed *p, const found *f, const char *s, size_t end)
{
  se_reply *r;
  if (p->nreplies == SE_MAXREPLIES) return &p->replies[p->nreplies - 1];
  r = &p->replies[p->nreplies++];
  r->code = f->code;
  r->enh = f->enh;
  if (r->enh.klass == 0 && f->code != 0 && code_at(s, end, f->rest) == f->code) {
    size_t k = se_skipblanks(s, f->rest + 3, end);
    if (!enhanced_at(s, end, k, &r->enh)) r->enh.klass = 0;
  }
  r->from = r->to = p->text.len;
  return r;
}

/* The replies without an enhanced code of their own take the first one
** of their lines, else the wrapper's (a DSN's "Status:" before its
** "Diagnostic-Code:"). */
static void complete_replies(se_parsed *p, const char *s, size_t main_line, const size_t *raw)
{
  se_enhanced_code wrapper;
  int k, looked = 0;
  for (k = 0; k < p->nreplies; k++) {
    se_reply *r = &p->replies[k];
    if (r->enh.klass != 0 || find_enhanced(s + raw[k], raw[k + 1] - raw[k], &r->enh)) continue;
    if (!looked++ && !find_enhanced(s, main_line, &wrapper)) wrapper.klass = 0;
    r->enh = wrapper;
  }
}

/* The reply that stands for the text: the first that failed, else the
** last (where the exchange got to: "250 Accepted" then "354 Enter"). */
static void choose_reply(se_parsed *p)
{
  int k;
  for (k = 0; k < p->nreplies; k++) {
    int digit = p->replies[k].code / 100;
    if (digit == 4 || digit == 5 || digit == 1) break;
  }
  if (k == p->nreplies) k = p->nreplies - 1;
  p->chosen = k;
  p->code = p->replies[k].code;
  p->enh = p->replies[k].enh;
}

/*
** {======================================================================
** Python's smtplib
** =======================================================================
*/

/* The "(550, b'" or "(550, '" that opens a tuple of smtplib at s[i]: the
** code, and where the text starts and its quote; 0 if none. */
static int python_tuple(const char *s, size_t n, size_t i, size_t *text, char *quote)
{
  int code;
  size_t k = i + 4;
  if (k >= n || s[i] != '(' || !se_isdigit(s[i + 1]) || !se_isdigit(s[i + 2])
      || !se_isdigit(s[i + 3]) || s[k] != ',') return 0;
  code = (s[i + 1] - '0') * 100 + (s[i + 2] - '0') * 10 + (s[i + 3] - '0');
  if (!se_sent_code(code)) return 0;
  k = se_skipblanks(s, k + 1, n);
  if (k < n && s[k] == 'b') k++;
  if (k >= n || (s[k] != '\'' && s[k] != '"')) return 0;
  *quote = s[k];
  *text = k + 1;
  return code;
}

static int hex_digit(char c)
{
  if (se_isdigit(c)) return c - '0';
  c = (char)se_tolower((unsigned char)c);
  return c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
}

/* Copies a Python string literal's text from s[i] to out[*len], undoing
** its escapes ("\n" a line break, "\xc3\xa9" bytes); returns where it ends. */
static size_t python_text(const char *s, size_t n, size_t i, char quote, char *out, size_t *len)
{
  for (; i < n && s[i] != quote; i++) {
    char c = s[i];
    if (c == '\\' && i + 1 < n) {
      char e = s[++i];
      int hi, lo;
      if (e == 'n') c = '\n';
      else if (e == 'r') continue;
      else if (e == 't') c = ' ';
      else if (e == 'x' && i + 2 < n && (hi = hex_digit(s[i + 1])) >= 0
               && (lo = hex_digit(s[i + 2])) >= 0) c = (char)(hi * 16 + lo), i += 2;
      else c = e;
    }
    out[(*len)++] = c;
  }
  return i;
}

/* Rewrites smtplib's shapes ({'bob@example.org': (550, b'5.1.1 ...\n5.1.1
** ...')}, SMTPDataError(554, b'...')) as the reply they hold: what comes
** before the first tuple, then each tuple's code and text on lines of
** their own; what lies between tuples is dropped. Returns the length
** written to out (at most n), or 0 when s holds no tuple. */
static size_t from_python(const char *s, size_t n, char *out)
{
  const char *paren = memchr(s, '(', n);
  size_t i, len = 0, text;
  int tuples = 0;
  char quote;
  for (; paren != NULL; paren = memchr(s + i, '(', n - i)) {
    i = (size_t)(paren - s);
    if (python_tuple(s, n, i, &text, &quote) == 0) {
      i++;
      continue;
    }
    if (tuples++ == 0) {         /* "SMTPDataError(550, ..." -> "SMTPDataError: 550 ..." */
      memcpy(out, s, i);
      len = i;
      out[len++] = ':';
      out[len++] = ' ';
    } else {
      out[len++] = '\n';
    }
    memcpy(out + len, s + i + 1, 3);
    len += 3;
    out[len++] = ' ';
    i = python_text(s, n, text, quote, out, &len);
    if (i >= n) break;
  }
  return tuples > 0 ? len : 0;
}

/* Where a continuation line's words start: after the reply's own enhanced
** code when the line repeats it ("5.1.1 double-checking ..."). */
static size_t after_own_enhanced(const char *s, size_t i, size_t end, const se_enhanced_code *own)
{
  se_enhanced_code e;
  size_t k = se_skipblanks(s, i, end);
  if (own->klass == 0 || !enhanced_at(s, end, k, &e) || e.klass != own->klass
      || e.subject != own->subject || e.detail != own->detail) return i;
  return e.end;
}

/* }====================================================================== */

/* The code given apart from the text (classify(code, text)) opens its
** first line that holds anything, as if the text followed it. */
static int given_code(const char *s, size_t start, size_t end, int code, found *f)
{
  size_t i = se_skipblanks(s, start, end);
  if (i == end) return 0;
  f->code = code;
  f->at = i;
  f->enh.klass = 0;
  if (enhanced_at(s, end, i, &f->enh)) i = f->enh.end;
  else f->enh.klass = 0;
  f->rest = se_skipblanks(s, i, end);
  return 1;
}

/* Parses s[0..n), with the code given apart when 'code' is not 0. */
static void parse(const char *s, size_t n, int code, char *scratch, se_parsed *p)
{
  size_t i, next, end, main_line, raw[SE_MAXREPLIES + 1], end0 = 0, next0 = 0;
  size_t first = n, first_end = n;
  found f, main;
  se_reply *r = NULL;
  size_t rewritten = memchr(s, '(', n) != NULL ? from_python(s, n, scratch + 2 * n + 2) : 0;
  if (rewritten > 0) {
    s = scratch + 2 * n + 2;
    n = rewritten;
  }
  main_line = n;
  p->text.s = scratch;
  p->wrap.s = scratch + n + 1;
  p->text.len = p->wrap.len = 0;
  p->code = 0;
  p->enh.klass = 0;
  p->lines = 0;
  p->nreplies = 0;

  main.code = 0;
  /* Pass 1: the first line that holds a reply code. A code given apart
  ** opens the text's first line, unless the text states that same code
  ** where a reply starts (a log line, a DSN field): then it reads as it
  ** stands. */
  for (i = 0; i < n; i = next) {
    end = line_end(s, n, i, &next);
    if (i == 0) end0 = end, next0 = next;       /* most replies are one line */
    if (se_skipblanks(s, i, end) < end) {
      if (p->lines++ == 0 && code != 0) first = i, first_end = end;
    }
    if (main_line == n && find_code(s, i, end, &main)) main_line = i;
  }
  if (code != 0 && (main_line == n || main.code != code)) {
    main_line = n;
    if (first < n && given_code(s, first, first_end, code, &main)) main_line = first;
  }

  /* Pass 2: the wrapper (lines before the first reply are its context),
  ** and each reply's words; a line that opens with another code starts
  ** the next reply. */
  if (main_line == n) {                /* no code: the words are all the reply's */
    memset(&main, 0, sizeof main);
    main_line = 0;
  }
  for (i = 0; i < n; i = next) {
    if (i == 0) end = end0, next = next0;
    else end = line_end(s, n, i, &next);
    if (i < main_line) {
      emit(&p->wrap, s + i, end - i);
      continue;
    }
    if (main.code == 0) {
      size_t from = i;
      if (r == NULL) {
        r = start_reply(p, &main, s, end);
        raw[0] = i;
        from += error_position(s, i, end);
        emit(&p->wrap, s + i, from - i);
      }
      emit_reply(p, r, s, from, end, 0);
    } else if (i == main_line) {
      size_t detail;
      raw[0] = i;
      r = start_reply(p, &main, s, end);
      if (client_detail(s, i, main.at, &detail)) {
        emit(&p->wrap, s + i, detail - i);
        emit_reply(p, r, s, detail, main.at, 0);
        emit(&p->wrap, s + main.at, end - main.at);
      } else {
        emit(&p->wrap, s + i, main.at - i);
        emit_reply(p, r, s, main.rest, end, open_parens(s, i, main.at));
      }
    } else if (code_opens_line(s, i, end, &f)) {
      if (f.code != r->code && p->nreplies < SE_MAXREPLIES) {
        raw[p->nreplies] = i;
        r = start_reply(p, &f, s, end);
      }
      emit_reply(p, r, s, f.rest, end, 0);
    } else {
      emit_reply(p, r, s, after_own_enhanced(s, i, end, &r->enh), end, 0);
    }
    r->to = p->text.len;
  }
  if (r == NULL) r = start_reply(p, &main, s, n), raw[0] = 0;
  raw[p->nreplies] = n;
  complete_replies(p, s, main_line, raw);
  choose_reply(p);
}

void se_parse(const char *s, size_t n, char *scratch, se_parsed *p)
{
  parse(s, n, 0, scratch, p);
}

void se_parse_coded(const char *s, size_t n, int code, char *scratch, se_parsed *p)
{
  parse(s, n, code, scratch, p);
  if (p->code == 0) p->code = code;      /* a text with nothing in it */
}

/* }====================================================================== */
