/*
** mime.c
** Reading an RFC 5322 message (mime.h): header fields, Content-Type, the
** MIME tree, transfer encodings and charsets.
*/
#include <string.h>

#include "mime.h"
#include "sectype.h"

#if !defined(SE_NO_ICONV) && (defined(__GLIBC__) || defined(__linux__) || defined(__FreeBSD__) \
                              || defined(__NetBSD__) || defined(__OpenBSD__))
#define SE_ICONV 1
#include <iconv.h>
#endif

/*
** {======================================================================
** Lines and header fields
** =======================================================================
*/

/* Where the name of a field that starts the line at i ends (its ':'), or
** 0 when the line starts no field: a name of printable characters, then ':'. */
/* Does the 8-byte word w hold byte c? (The sum is exact for "any".) */
static uint64_t has_byte(uint64_t w, unsigned char c)
{
  uint64_t x = w ^ (UINT64_C(0x0101010101010101) * c);
  return (x - UINT64_C(0x0101010101010101)) & ~x & UINT64_C(0x8080808080808080);
}

size_t se_field_name_end(const char *s, size_t i, size_t end)
{
  size_t k = i;
  while (k < end && (unsigned char)s[k] > ' ' && (unsigned char)s[k] < 0x7F && s[k] != ':') k++;
  return (k > i && k < end && s[k] == ':') ? k : 0;
}

/* Does the line at i continue the field before it: white space first, or
** a "boundary=" some mailers write at the start of a line? Its first bytes
** tell, so its end need not be known (no line break is one of them). */
static int field_continues(const char *s, size_t n, size_t i)
{
  return i < n && (se_isblank((unsigned char)s[i]) || ((s[i] | 0x20) == 'b' && se_startswith(s, n, i, "boundary=")));
}

/* The end of the field whose first line ends at *end (the next line at
** *next): its continuation lines taken, *end and *next moved past them. */
static void field_lines(const char *s, size_t n, size_t *end, size_t *next)
{
  while (field_continues(s, n, *next)) *end = se_line_end(s, n, *next, next);
}

/* The field at *pos of the header that starts s[0..n), its continuation
** lines included: 1 with *f. 0 at the header's end, with *pos where the
** body starts and *end where the header ends (a blank line between them,
** or none when a line that is no field ends the header). */
static int header_field(const char *s, size_t n, size_t *pos, size_t *end, se_field *f)
{
  size_t i = *pos, next;
  if (i == 0 && n >= 5 && memcmp(s, "From ", 5) == 0) se_line_end(s, n, 0, &i);     /* mbox */
  for (; i < n; i = next) {
    size_t colon, e = se_line_end(s, n, i, &next);
    if (e == i) {
      *end = i;
      *pos = next;
      return 0;
    }
    if ((colon = se_field_name_end(s, i, e)) == 0) {
      if (field_continues(s, e, i)) continue;
      break;
    }
    f->name.s = s + i;
    f->name.n = colon - i;
    f->value.s = s + colon + 1;
    field_lines(s, n, &e, &next);
    f->value.n = (size_t)(s + e - f->value.s);
    *pos = next;
    return 1;
  }
  *end = *pos = i;
  return 0;
}

size_t se_header_end(const char *s, size_t n, size_t *body)
{
  return se_header_fields(s, n, body, NULL, NULL);
}

size_t se_header_fields(const char *s, size_t n, size_t *body, se_field_visitor visit, void *ud)
{
  size_t pos = 0, end;
  se_field f;
  while (header_field(s, n, &pos, &end, &f))
    if (visit != NULL) visit(ud, &f);
  *body = pos;
  return end;
}

int se_next_field(const char *h, size_t n, size_t *pos, se_field *f)
{
  size_t i = *pos, next;
  for (; i < n; i = next) {
    size_t end = se_line_end(h, n, i, &next), colon = se_field_name_end(h, i, end);
    if (colon == 0) continue;
    f->name.s = h + i;
    f->name.n = colon - i;
    f->value.s = h + colon + 1;
    field_lines(h, n, &end, &next);
    f->value.n = (size_t)(h + end - f->value.s);
    *pos = next;
    return 1;
  }
  *pos = n;
  return 0;
}

int se_span_is(se_span s, const char *word)
{
  size_t k;
  for (k = 0; k < s.n; k++)
    if (word[k] == '\0' || se_tolower((unsigned char)s.s[k]) != word[k]) return 0;
  return word[s.n] == '\0';
}

int se_find_field(const char *h, size_t n, const char *name, se_span *value)
{
  size_t pos = 0;
  se_field f;
  while (se_next_field(h, n, &pos, &f)) {
    if (se_span_is(f.name, name)) {
      *value = f.value;
      return 1;
    }
  }
  return 0;
}

/* }====================================================================== */

/*
** {======================================================================
** Content-Type
** =======================================================================
*/

/* The parameters of a Content-Type value read, in the order of the
** fields of se_content_type they fill. */
static const se_name parameter_names[] = {
  SE_NAME("boundary"), SE_NAME("charset"), SE_NAME("report-type"), SE_NAME_END
};

/* The value of a parameter whose '=' is at v[k], quoted or not. */
static se_span parameter_value(se_span v, size_t k)
{
  se_span p;
  k = se_skipblanks(v.s, k + 1, v.n);
  if (k < v.n && v.s[k] == '"') {
    const char *close = memchr(v.s + k + 1, '"', v.n - k - 1);
    p.s = v.s + k + 1;
    p.n = close ? (size_t)(close - p.s) : v.n - k - 1;
  } else {
    size_t e = k;
    while (e < v.n && v.s[e] != ';' && !se_isspace((unsigned char)v.s[e])) e++;
    p.s = v.s + k;
    p.n = e - k;
  }
  return p;
}

/* The parameter of parameter_names that starts at v[i], or -1; *eq is
** then its '='. */
static int parameter_at(se_span v, size_t i, size_t *eq)
{
  int k, first = se_tolower((unsigned char)v.s[i]);
  for (k = 0; parameter_names[k].s != NULL; k++) {
    size_t len = parameter_names[k].n, j;
    if ((unsigned char)parameter_names[k].s[0] != first || i + len >= v.n
        || !se_startswith(v.s, v.n, i, parameter_names[k].s))
      continue;
    j = se_skipblanks(v.s, i + len, v.n);
    if (j < v.n && v.s[j] == '=') {
      *eq = j;
      return k;
    }
  }
  return -1;
}

/* The parameters (boundary, charset, report-type) of a Content-Type value,
** quoted or not, in one pass; s NULL when absent (the first of each
** counts). A parameter starts the value or follows a ';' or white space:
** parameters may be separated by white space only, as some mailers write
** them. */
static void parameters(se_span v, se_span *values)
{
  size_t i = 0, eq;
  int k, left = 3;
  for (k = 0; k < 3; k++) values[k] = se_no_span;
  while (i < v.n && left > 0) {
    if ((k = parameter_at(v, i, &eq)) >= 0 && values[k].s == NULL) {
      values[k] = parameter_value(v, eq);
      left--;
    }
    while (i < v.n && v.s[i] != ';' && !se_isspace((unsigned char)v.s[i])) i++;
    i++;                            /* after the separator: the next place one may start */
  }
}

void se_content_type_of(se_span value, se_content_type *ct)
{
  size_t k = 0;
  se_span v = se_trim(se_span_of(value.s, value.n)), p[3];
  while (k < v.n && v.s[k] != ';' && !se_isspace((unsigned char)v.s[k])) k++;
  ct->type.s = v.s;
  ct->type.n = k;
  if (k == 0 || memchr(v.s, '/', k) == NULL) {
    ct->type.s = "text/plain";
    ct->type.n = 10;
  }
  parameters(v, p);
  ct->boundary = p[0];
  ct->charset = p[1];
  ct->report_type = p[2];
}

int se_type_is(const se_content_type *ct, const char *type)
{
  size_t k;
  for (k = 0; type[k] != '\0'; k++) {
    if (type[k] == '*' && type[k + 1] == '\0') return 1;   /* the media type matched */
    if (k >= ct->type.n || se_tolower((unsigned char)ct->type.s[k]) != type[k]) return 0;
  }
  return k == ct->type.n;
}

/* }====================================================================== */

/*
** {======================================================================
** The MIME tree
** =======================================================================
*/

typedef struct walker {
  se_part_visitor visit;
  void *ud;
  int leaves;
} walker;

/* The children of a multipart body, one after the other. */
typedef struct children {
  const char *s;
  size_t n, pos;
  se_span boundary;
  int done;
  unsigned char skip[256];          /* how far the search moves, by the byte under the opening's end */
} children;

/* Is the line s[i..end) a delimiter of 'b' ("--b" or "--b--")? Sets
** *close for the last. */
static int delimiter(const char *s, size_t i, size_t end, se_span b, int *close)
{
  size_t k;
  if (end - i < b.n + 2 || s[i] != '-' || s[i + 1] != '-' || memcmp(s + i + 2, b.s, b.n) != 0)
    return 0;
  k = i + 2 + b.n;
  *close = k + 1 < end && s[k] == '-' && s[k + 1] == '-';
  if (*close) k += 2;
  while (k < end && se_isblank((unsigned char)s[k])) k++;
  return k == end;
}

/* Openings ("--" and the boundary) shorter than this are looked for by
** the lines that open with '-'. */
#define SHORT_OPENING 12

/* Byte j of a delimiter's opening: "--", then the boundary. */
static unsigned char opening_byte(se_span b, size_t j)
{
  return j < 2 ? '-' : (unsigned char)b.s[j - 2];
}

/* The first line at or after i (a line's start) that opens with '-', or
** n: the lines that hold no '-' are passed over in one search. */
static size_t dash_line(const char *s, size_t n, size_t i)
{
  while (i < n && s[i] != '-') {
    const char *dash = memchr(s + i, '-', n - i), *nl;
    size_t k;
    if (dash == NULL) return n;
    k = (size_t)(dash - s);
    if (s[k - 1] == '\n') return k;           /* k > i: s[i] is no '-' */
    if ((nl = memchr(dash, '\n', n - k)) == NULL) return n;
    i = (size_t)(nl - s) + 1;
  }
  return i;
}

/* The first line at or after i (a line's start) that opens with "--" and
** the boundary, or n. Horspool's search: a window as long as the opening
** moves by what the byte under its end allows, and is compared only where
** that byte is the opening's last and a line starts; so most of a body is
** passed over without a look at every byte, and no byte is looked at more
** than a bounded number of times. A short opening moves the window little:
** the lines that open with '-' are looked for instead. */
static size_t opening_line(const children *c, size_t i)
{
  const unsigned char *u = (const unsigned char *)c->s;
  size_t m = c->boundary.n + 2, from = i;
  unsigned char last = opening_byte(c->boundary, m - 1);
  if (m < SHORT_OPENING) return dash_line(c->s, c->n, i);
  while (i + m <= c->n) {
    unsigned char x = u[i + m - 1];
    if (x == last && (i == from || u[i - 1] == '\n') && u[i] == '-' && u[i + 1] == '-'
        && memcmp(c->s + i + 2, c->boundary.s, c->boundary.n) == 0)
      return i;
    i += c->skip[x];
  }
  return c->n;
}

/* The next child: s[*from .. *to); 0 when there is none. The first
** delimiter opens the first child; the preamble before it is skipped. */
static int next_child(children *c, size_t *from, size_t *to)
{
  size_t i = c->pos, next, start = (size_t)-1;
  int close;
  if (c->done || c->boundary.n == 0) return 0;
  if (c->pos > 0) start = c->pos;
  for (i = opening_line(c, i); i < c->n; i = opening_line(c, next)) {
    size_t end = se_line_end(c->s, c->n, i, &next);
    if (!delimiter(c->s, i, end, c->boundary, &close)) continue;
    if (start != (size_t)-1) {
      size_t stop = i;                /* the line break before a delimiter is the delimiter's */
      if (stop > start && c->s[stop - 1] == '\n') stop--;
      if (stop > start && c->s[stop - 1] == '\r') stop--;
      *from = start;
      *to = stop;
      c->pos = next;
      c->done = close;
      return 1;
    }
    if (close) break;
    start = next;
  }
  c->done = 1;
  if (start == (size_t)-1 || start >= c->n) return 0;
  *from = start;                     /* no closing delimiter: the last child runs to the end */
  *to = c->n;
  return 1;
}

static void start_children(children *c, const char *s, size_t n, se_span boundary)
{
  size_t m = boundary.n + 2, j;
  c->s = s;
  c->n = n;
  c->pos = 0;
  c->boundary = boundary;
  c->done = 0;
  memset(c->skip, m < 255 ? (int)m : 255, sizeof c->skip);    /* a byte not in the opening: all of it */
  for (j = 0; j + 1 < m; j++)                                 /* one in it: to its last place there */
    c->skip[opening_byte(boundary, j)] = (unsigned char)(m - 1 - j < 255 ? m - 1 - j : 255);
}

void se_read_mime_part(const char *s, size_t n, int depth, se_part *p)
{
  se_read_mime_fields(s, n, depth, p, NULL, NULL);
}

void se_read_mime_fields(const char *s, size_t n, int depth, se_part *p, se_field_visitor visit, void *ud)
{
  size_t pos = 0, end;
  se_field f;
  se_span v;
  v.s = "";
  v.n = 0;
  p->encoding = v;
  p->depth = depth;
  p->shadowed = 0;
  while (header_field(s, n, &pos, &end, &f)) {   /* the first of each, in one walk */
    int c = se_tolower((unsigned char)f.name.s[0]);
    if (visit != NULL) visit(ud, &f);
    if (c != 'c') continue;
    if (v.n == 0 && se_span_is(f.name, "content-type")) v = f.value;
    else if (p->encoding.n == 0 && se_span_is(f.name, "content-transfer-encoding"))
      p->encoding = se_trim(se_span_of(f.value.s, f.value.n));
  }
  se_content_type_of(v, &p->ct);
  p->header.s = s;
  p->header.n = end;
  p->body.s = s + pos;
  p->body.n = n - pos;
}

/* Does a multipart/alternative body hold a text/plain child? */
static int has_plain(const se_part *p)
{
  children c;
  size_t from, to;
  start_children(&c, p->body.s, p->body.n, p->ct.boundary);
  while (next_child(&c, &from, &to)) {
    se_part child;
    se_read_mime_part(p->body.s + from, to - from, p->depth + 1, &child);
    if (se_type_is(&child.ct, "text/plain")) return 1;
  }
  return 0;
}

static int walk(walker *w, se_part *p)
{
  children c;
  size_t from, to;
  int shadow, more;
  if (w->leaves >= SE_MAXPARTS) return 0;
  if (se_type_is(&p->ct, "multipart/*") && p->ct.boundary.s != NULL && p->ct.boundary.n > 0
      && p->depth < SE_MAXDEPTH) {
    start_children(&c, p->body.s, p->body.n, p->ct.boundary);
    more = next_child(&c, &from, &to);
  } else {
    more = 0;
  }
  if (!more) {                      /* a leaf, or a multipart whose delimiters are lost */
    w->leaves++;
    return w->visit(w->ud, p);
  }
  shadow = se_type_is(&p->ct, "multipart/alternative") && has_plain(p);
  do {
    se_part child;
    se_read_mime_part(p->body.s + from, to - from, p->depth + 1, &child);
    child.shadowed = shadow && !se_type_is(&child.ct, "text/plain");
    {
      int status = walk(w, &child);
      if (status != 0) return status;
    }
  } while (next_child(&c, &from, &to));
  return 0;
}

int se_walk_parts(const se_part *top, se_part_visitor visit, void *ud)
{
  walker w;
  se_part p = *top;
  w.visit = visit;
  w.ud = ud;
  w.leaves = 0;
  return walk(&w, &p);
}

/* }====================================================================== */

/*
** {======================================================================
** Transfer encodings
** =======================================================================
*/

static int hex_value(int c)
{
  if (se_isdigit(c)) return c - '0';
  c |= 0x20;
  return (c >= 'a' && c <= 'f') ? c - 'a' + 10 : -1;
}

/* Quoted-printable, soft line breaks joined; a '=' that starts no escape
** is kept. 'underscore' turns '_' into a space (encoded words). */
static size_t qp_decode(const char *s, size_t n, char *out, int underscore)
{
  size_t i = 0, len = 0;
  while (i < n) {
    char c = s[i];
    if (!underscore && c != '=') {   /* the run up to the next '=' is copied as it is */
      const char *eq = memchr(s + i, '=', n - i);
      size_t run = eq ? (size_t)(eq - (s + i)) : n - i;
      memcpy(out + len, s + i, run);
      len += run;
      i += run;
      continue;
    }
    if (c == '=' && i + 1 < n && (s[i + 1] == '\n' || s[i + 1] == '\r')) {
      i += (s[i + 1] == '\r' && i + 2 < n && s[i + 2] == '\n') ? 3 : 2;
    } else if (c == '=' && i + 2 < n && hex_value((unsigned char)s[i + 1]) >= 0
               && hex_value((unsigned char)s[i + 2]) >= 0) {
      out[len++] = (char)(hex_value((unsigned char)s[i + 1]) * 16 + hex_value((unsigned char)s[i + 2]));
      i += 3;
    } else {
      out[len++] = (underscore && c == '_') ? ' ' : c;
      i++;
    }
  }
  return len;
}

static int base64_value(int c)
{
  if (c >= 'A' && c <= 'Z') return c - 'A';
  if (c >= 'a' && c <= 'z') return c - 'a' + 26;
  if (se_isdigit(c)) return c - '0' + 52;
  if (c == '+' || c == '-') return 62;     /* '-' of the URL alphabet */
  if (c == '/' || c == '_') return 63;
  return -1;
}

/* Base64; bytes outside the alphabet are skipped, '=' ends the data. */
static size_t base64_decode(const char *s, size_t n, char *out)
{
  size_t i, len = 0;
  uint32_t acc = 0;
  int bits = 0;
  for (i = 0; i < n && s[i] != '='; i++) {
    int v = base64_value((unsigned char)s[i]);
    if (v < 0) continue;
    acc = (acc << 6) | (uint32_t)v;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[len++] = (char)((acc >> bits) & 0xFF);
    }
  }
  return len;
}

/* }====================================================================== */

/*
** {======================================================================
** Charsets
** =======================================================================
*/

/* The characters of Windows-1252's 0x80..0x9F (0: none), and those where
** ISO-8859-15 differs from ISO-8859-1. */
static const uint16_t cp1252_high[32] = {
  0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
  0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0,
  0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
  0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178
};

typedef struct latin9_char {
  unsigned char byte;
  uint16_t code;
} latin9_char;

static const latin9_char latin9[] = {
  {0xA4, 0x20AC}, {0xA6, 0x0160}, {0xA8, 0x0161}, {0xB4, 0x017D},
  {0xB8, 0x017E}, {0xBC, 0x0152}, {0xBD, 0x0153}, {0xBE, 0x0178}
};

typedef enum single_byte { SB_LATIN1, SB_LATIN9, SB_CP1252 } single_byte;

static size_t put_utf8(char *out, uint32_t c)
{
  if (c < 0x80) {
    out[0] = (char)c;
    return 1;
  }
  if (c < 0x800) {
    out[0] = (char)(0xC0 | (c >> 6));
    out[1] = (char)(0x80 | (c & 0x3F));
    return 2;
  }
  out[0] = (char)(0xE0 | (c >> 12));
  out[1] = (char)(0x80 | ((c >> 6) & 0x3F));
  out[2] = (char)(0x80 | (c & 0x3F));
  return 3;
}

static uint32_t single_byte_char(single_byte cs, unsigned char b)
{
  if (cs == SB_CP1252 && b >= 0x80 && b < 0xA0 && cp1252_high[b - 0x80] != 0)
    return cp1252_high[b - 0x80];
  if (cs == SB_LATIN9) {
    size_t k;
    for (k = 0; k < sizeof latin9 / sizeof latin9[0]; k++)
      if (latin9[k].byte == b) return latin9[k].code;
  }
  return b;
}

/* The length of the ASCII run at the start of s[0..n), 32 then 8 bytes
** at a time. */
static size_t ascii_run(const unsigned char *s, size_t n)
{
  size_t i = 0;
  for (; i + 32 <= n; i += 32) {
    uint64_t v[4];
    memcpy(v, s + i, 32);
    if ((v[0] | v[1] | v[2] | v[3]) & UINT64_C(0x8080808080808080)) break;
  }
  for (; i + 8 <= n; i += 8) {
    uint64_t v;
    memcpy(&v, s + i, 8);
    if (v & UINT64_C(0x8080808080808080)) break;
  }
  while (i < n && s[i] < 0x80) i++;
  return i;
}

static se_span from_single_byte(se_arena *a, single_byte cs, const char *s, size_t n)
{
  se_span out = { NULL, 0 };
  char *buf = se_arena_alloc(a, 3 * n + 1);
  size_t i = 0;
  if (buf == NULL) return out;
  while (i < n) {
    size_t run = ascii_run((const unsigned char *)s + i, n - i);   /* ASCII is itself */
    memcpy(buf + out.n, s + i, run);
    out.n += run;
    if ((i += run) < n) out.n += put_utf8(buf + out.n, single_byte_char(cs, (unsigned char)s[i++]));
  }
  out.s = buf;
  return out;
}

/* The length of the valid UTF-8 sequence at s[i], or 0. */
static size_t utf8_sequence(const unsigned char *s, size_t n, size_t i)
{
  unsigned char c = s[i];
  size_t len, k;
  uint32_t cp;
  if (c < 0x80) return 1;
  if (c >= 0xC2 && c <= 0xDF) len = 2, cp = c & 0x1Fu;
  else if (c >= 0xE0 && c <= 0xEF) len = 3, cp = c & 0x0Fu;
  else if (c >= 0xF0 && c <= 0xF4) len = 4, cp = c & 0x07u;
  else return 0;
  if (i + len > n) return 0;
  for (k = 1; k < len; k++) {
    if ((s[i + k] & 0xC0) != 0x80) return 0;
    cp = (cp << 6) | (s[i + k] & 0x3Fu);
  }
  if ((len == 3 && (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF))) || (len == 4 && (cp < 0x10000 || cp > 0x10FFFF)))
    return 0;
  return len;
}

se_span se_clean_utf8(se_arena *a, se_span s)
{
  const unsigned char *u = (const unsigned char *)s.s;
  size_t i = 0, k, len = 0;
  char *buf;
  se_span out = { NULL, 0 };
  for (;;) {
    i += ascii_run(u + i, s.n - i);
    if (i == s.n || (k = utf8_sequence(u, s.n, i)) == 0) break;
    i += k;
  }
  if (i == s.n) return s;
  /* A byte that starts no valid sequence is read as Latin-1: mail of unknown
  ** charset is that more often than anything else. */
  if ((buf = se_arena_alloc(a, 2 * s.n + 1)) == NULL) return out;
  memcpy(buf, s.s, i);
  len = i;
  while (i < s.n) {
    k = utf8_sequence(u, s.n, i);
    if (k > 0) {
      memcpy(buf + len, s.s + i, k);
      len += k;
      i += k;
    } else {
      len += put_utf8(buf + len, u[i++]);
    }
  }
  out.s = buf;
  out.n = len;
  return out;
}

#if defined(SE_ICONV)
/* Converts with the C library's iconv; s NULL when it cannot. */
static se_span with_iconv(se_arena *a, const char *charset, const char *s, size_t n)
{
  se_span out = { NULL, 0 };
  size_t cap = 4 * n + 16, left = cap, inleft = n;
  char *buf, *in = (char *)(uintptr_t)s, *at;
  iconv_t cd = iconv_open("UTF-8", charset);
  if (cd == (iconv_t)-1) return out;
  buf = se_arena_alloc(a, cap);
  at = buf;
  if (buf != NULL && iconv(cd, &in, &inleft, &at, &left) != (size_t)-1
      && iconv(cd, NULL, NULL, &at, &left) != (size_t)-1) {
    out.s = buf;
    out.n = cap - left;
  }
  iconv_close(cd);
  return out;
}
#endif

/* A charset name, at most 'cap' - 1 bytes, lower case, NUL-terminated; 0
** when it does not fit or holds a byte no charset name has. */
static int charset_name(se_span cs, char *name, size_t cap)
{
  size_t k;
  if (cs.n == 0 || cs.n >= cap) return 0;
  for (k = 0; k < cs.n; k++) {
    int c = (unsigned char)cs.s[k];
    if (!se_isalnum(c) && c != '-' && c != '_' && c != '.' && c != ':') return 0;
    name[k] = (char)se_tolower(c);
  }
  name[cs.n] = '\0';
  return 1;
}

static int name_in(const char *name, const char *const *list)
{
  for (; *list != NULL; list++)
    if (strcmp(name, *list) == 0) return 1;
  return 0;
}

static const char *const utf8_names[] = { "utf-8", "utf8", "us-ascii", "ascii", "ansi_x3.4-1968", NULL };
static const char *const latin1_names[] = { "iso-8859-1", "iso8859-1", "latin1", "l1",
                                            "iso_8859-1", NULL };
static const char *const latin9_names[] = { "iso-8859-15", "iso8859-15", "latin9", NULL };
static const char *const cp1252_names[] = { "windows-1252", "cp1252", NULL };

/* Is s[0..n), in 7-bit charset 'name', plain ASCII that converts to
** itself: ISO-2022-JP with no escape sequence (so no shift out of ASCII),
** UTF-7 with no '+' (so no base64 run)? No converter need then be opened:
** what it would give, or the fallback when it refuses a byte, is the text
** as it is. */
static int seven_bit_as_ascii(const char *name, const char *s, size_t n)
{
  int jis = strcmp(name, "iso-2022-jp") == 0;
  if (!jis && strcmp(name, "utf-7") != 0 && strcmp(name, "unicode-1-1-utf-7") != 0) return 0;
  return ascii_run((const unsigned char *)s, n) == n && memchr(s, 0x1B, n) == NULL
         && (jis || memchr(s, '+', n) == NULL);
}

/* s[0..n) in charset 'cs' as UTF-8. */
static se_span to_utf8(se_arena *a, se_span cs, const char *s, size_t n)
{
  char name[40];
  se_span raw;
  raw.s = s;
  raw.n = n;
  if (!charset_name(cs, name, sizeof name) || name_in(name, utf8_names)) {
#if defined(SE_ICONV)
    /* ISO-2022-JP is 7-bit: Japanese mailers send it undeclared. */
    if (memchr(s, 0x1B, n) != NULL && (se_startswith(s, n, (size_t)((const char *)memchr(s, 0x1B, n) - s), "\x1b$b")
                                       || se_startswith(s, n, (size_t)((const char *)memchr(s, 0x1B, n) - s), "\x1b$@"))) {
      se_span out = with_iconv(a, "ISO-2022-JP", s, n);
      if (out.s != NULL) return se_clean_utf8(a, out);
    }
#endif
    return se_clean_utf8(a, raw);
  }
  if (seven_bit_as_ascii(name, s, n)) return se_clean_utf8(a, raw);
  if (name_in(name, latin1_names)) return from_single_byte(a, SB_LATIN1, s, n);
  if (name_in(name, latin9_names)) return from_single_byte(a, SB_LATIN9, s, n);
  if (name_in(name, cp1252_names)) return from_single_byte(a, SB_CP1252, s, n);
#if defined(SE_ICONV)
  {
    /* Japanese mailers declare ISO-2022-JP and send EUC-JP or Shift_JIS. */
    static const char *const japanese[] = { "EUC-JP", "SHIFT_JIS", NULL };
    const char *const *alt;
    se_span out;
    if (strcmp(name, "unicode-1-1-utf-7") == 0) strcpy(name, "utf-7");
    out = with_iconv(a, name, s, n);
    for (alt = japanese; out.s == NULL && strcmp(name, "iso-2022-jp") == 0 && *alt; alt++)
      out = with_iconv(a, *alt, s, n);
    if (out.s != NULL) return se_clean_utf8(a, out);
  }
#endif
  return se_clean_utf8(a, raw);
}

se_span se_decode_body(se_arena *a, const se_part *p)
{
  se_span none = { NULL, 0 };
  const char *data = p->body.s;
  size_t n = p->body.n;
  if (se_span_is(p->encoding, "quoted-printable") || se_span_is(p->encoding, "base64")) {
    char *buf = se_arena_alloc(a, n + 1);
    if (buf == NULL) return none;
    n = se_span_is(p->encoding, "base64") ? base64_decode(data, n, buf) : qp_decode(data, n, buf, 0);
    data = buf;
  }
  return to_utf8(a, p->ct.charset, data, n);
}

/* }====================================================================== */

/*
** {======================================================================
** Field values
** =======================================================================
*/

/* An encoded word "=?charset?B?text?=" at v[i]: its parts and its end. */
static int encoded_word(se_span v, size_t i, se_span *cs, int *b64, se_span *text, size_t *end)
{
  const char *q1, *q3, *close;
  if (i + 8 > v.n || v.s[i] != '=' || v.s[i + 1] != '?') return 0;
  q1 = memchr(v.s + i + 2, '?', v.n - i - 2);
  if (q1 == NULL || q1 + 3 >= v.s + v.n || q1[2] != '?') return 0;
  if ((q1[1] | 0x20) != 'b' && (q1[1] | 0x20) != 'q') return 0;
  q3 = q1 + 2;
  close = q3 + 1;
  while (close + 1 < v.s + v.n && !(close[0] == '?' && close[1] == '=')) close++;
  if (close + 1 >= v.s + v.n) return 0;
  cs->s = v.s + i + 2;
  cs->n = (size_t)(q1 - cs->s);
  if (memchr(cs->s, '*', cs->n)) cs->n = (size_t)((const char *)memchr(cs->s, '*', cs->n) - cs->s);
  *b64 = (q1[1] | 0x20) == 'b';
  text->s = q3 + 1;
  text->n = (size_t)(close - text->s);
  *end = (size_t)(close + 2 - v.s);
  return 1;
}

/* Appends the decoded encoded word; returns 0 when memory runs out. */
static int put_word(se_arena *a, char *buf, size_t *len, se_span cs, int b64, se_span text)
{
  char *tmp = se_arena_alloc(a, text.n + 1);
  size_t n;
  se_span u;
  if (tmp == NULL) return 0;
  n = b64 ? base64_decode(text.s, text.n, tmp) : qp_decode(text.s, text.n, tmp, 1);
  u = to_utf8(a, cs, tmp, n);
  if (u.s == NULL) return 0;
  memcpy(buf + *len, u.s, u.n);
  *len += u.n;
  return 1;
}

/* Is a field value written as it reads: no line break to unfold, no
** encoded word? 2 when it is ASCII too (so valid UTF-8), 1 when it has
** other bytes, 0 when it is not plain. Eight bytes at a time up to the
** first CR, LF, '=' or byte of 0x80 or more. */
static int plain_value(se_span v)
{
  size_t i;
  int ascii = 1;
  for (i = 0; i + 8 <= v.n; i += 8) {
    uint64_t w;
    memcpy(&w, v.s + i, 8);
    if (has_byte(w, '\r') | has_byte(w, '\n') | has_byte(w, '=') | (w & UINT64_C(0x8080808080808080))) break;
  }
  for (; i < v.n; i++) {
    char c = v.s[i];
    if (c == '\r' || c == '\n' || (c == '=' && i + 1 < v.n && v.s[i + 1] == '?')) return 0;
    if ((unsigned char)c >= 0x80) ascii = 0;
  }
  return 1 + ascii;
}

se_span se_decode_field(se_arena *a, se_span raw)
{
  se_span none = { NULL, 0 }, v, out;
  size_t i = 0, len = 0, gap = 0;
  int after_word = 0, plain;
  char *buf;
  v = se_trim(raw);
  if (v.s != NULL && (plain = plain_value(v)) != 0) {   /* no copy: the value itself, made valid UTF-8 */
    if (plain == 2) return v;
    out = se_clean_utf8(a, v);
    return out.s ? se_trim(out) : none;
  }
  /* Each byte of an encoded word decodes to at most 3 bytes of UTF-8. */
  if ((buf = se_arena_alloc(a, 3 * raw.n + 1)) == NULL) return none;
  while (i < v.n) {
    se_span cs, text;
    size_t end;
    int b64;
    char c = v.s[i];
    if (c == '\r' || c == '\n') {     /* unfolding: the line break goes, the blank stays */
      i++;
      continue;
    }
    if (c == '=' && encoded_word(v, i, &cs, &b64, &text, &end)) {
      if (after_word) len -= gap;     /* white space between two encoded words goes */
      if (!put_word(a, buf, &len, cs, b64, text)) return none;
      after_word = 1;
      gap = 0;
      i = end;
      continue;
    }
    if (!after_word) {                /* the run up to a line break or a '=' as it is */
      size_t k = i + 1;
      while (k < v.n && v.s[k] != '\r' && v.s[k] != '\n' && v.s[k] != '=') k++;
      memcpy(buf + len, v.s + i, k - i);
      len += k - i;
      i = k;
      continue;
    }
    if (se_isblank((unsigned char)c)) gap++;
    else after_word = 0;
    buf[len++] = c;
    i++;
  }
  out.s = buf;
  out.n = len;
  out = se_clean_utf8(a, out);
  return out.s ? se_trim(se_span_of(out.s, out.n)) : none;
}

/* }====================================================================== */

/*
** {======================================================================
** HTML
** =======================================================================
*/

typedef struct entity {
  const char *name;
  uint16_t code;
} entity;

static const entity entities[] = {
  {"amp;", '&'}, {"lt;", '<'}, {"gt;", '>'}, {"quot;", '"'}, {"apos;", '\''},
  {"nbsp;", ' '}, {"#39;", '\''}, {NULL, 0}
};

/* Tags whose end is a line break. */
#define BLOCK_TAGS(X) \
  X("br") X("/p") X("p") X("/div") X("div") X("/tr") X("tr") X("/li") X("/h1") X("/h2") X("/h3") \
  X("/table") X("/td")

static const se_names block_tags = SE_NAMES(BLOCK_TAGS);
/* Elements whose content is no text. */
#define HIDDEN_TAGS(X) \
  X("style") X("script") X("head") X("title")

static const se_names hidden_tags = SE_NAMES(HIDDEN_TAGS);

/* The name of the tag at s[i] (after its '<'): a '/' if it closes, then
** its letters and digits. */
static se_span tag_name(const char *s, size_t n, size_t i)
{
  size_t k = i < n && s[i] == '/' ? i + 1 : i;
  while (k < n && se_isalnum((unsigned char)s[k])) k++;
  return se_span_of(s + i, k - i);
}

/* Where the element 'name' (hidden_tags) whose start tag ends at 'from'
** closes: after the '>' of its end tag, or n. */
static size_t hidden_end(const char *s, size_t n, size_t from, const se_name *name)
{
  size_t j = from;
  const char *close;
  for (;;) {
    const char *lt = j + 2 < n ? memchr(s + j, '<', n - 2 - j) : NULL;
    se_span t;
    if (lt == NULL) {
      if (j + 2 < n) j = n - 2;     /* no end tag: the search stops two bytes before the end */
      break;
    }
    j = (size_t)(lt - s);
    t = s[j + 1] == '/' ? tag_name(s, n, j + 2) : se_no_span;
    if (t.n == name->n && se_startswith(t.s, t.n, 0, name->s)) break;
    j++;
  }
  close = memchr(s + j, '>', n - j);
  return close ? (size_t)(close - s) + 1 : n;
}

/* Decodes the entity at s[i] ('&'), advancing *i; 0 when there is none. */
static size_t put_entity(const char *s, size_t n, size_t *i, char *out)
{
  size_t k = *i + 1;
  const entity *e;
  if (k < n && s[k] == '#') {
    uint32_t c = 0;
    int hex = k + 1 < n && (s[k + 1] | 0x20) == 'x', digits = 0;
    for (k += hex ? 2 : 1; k < n && digits < 7; k++, digits++) {
      int d = hex ? hex_value((unsigned char)s[k]) : (se_isdigit((unsigned char)s[k]) ? s[k] - '0' : -1);
      if (d < 0) break;
      c = c * (hex ? 16u : 10u) + (uint32_t)d;
    }
    if (digits == 0 || k >= n || s[k] != ';' || c == 0 || c > 0xFFFF || (c >= 0xD800 && c <= 0xDFFF))
      return 0;
    *i = k + 1;
    return put_utf8(out, c);
  }
  for (e = entities; e->name != NULL; e++) {
    if (se_startswith(s, n, k, e->name)) {
      *i = k + strlen(e->name);
      return put_utf8(out, e->code);
    }
  }
  return 0;
}

se_span se_html_text(se_arena *a, se_span html)
{
  se_span out = { NULL, 0 };
  const char *s = html.s;
  size_t n = html.n, i = 0, len = 0;
  char *buf = se_arena_alloc(a, n + 1);
  if (buf == NULL) return out;
  while (i < n) {
    if (s[i] == '<') {
      const char *close = memchr(s + i, '>', n - i);
      size_t end = close ? (size_t)(close - s) + 1 : n;
      se_span name = tag_name(s, n, i + 1);
      int hidden = se_name_index(name, &hidden_tags);
      if (hidden >= 0) end = hidden_end(s, n, end, &hidden_tags.v[hidden]);   /* skip to the closing tag */
      if (se_name_index(name, &block_tags) >= 0) buf[len++] = '\n';
      i = end;
    } else if (s[i] == '&') {
      size_t put = put_entity(s, n, &i, buf + len);
      if (put == 0) buf[len++] = s[i++];
      len += put;
    } else {                        /* the text up to the next tag or entity, as it is */
      size_t k = i + 1;
      while (k < n && s[k] != '<' && s[k] != '&') k++;
      memcpy(buf + len, s + i, k - i);
      len += k - i;
      i = k;
    }
  }
  out.s = buf;
  out.n = len;
  return out;
}

/* }====================================================================== */
