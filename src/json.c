/*
** json.c
** Reading values out of JSON text (json.h).
*/
#include <string.h>

#include "json.h"
#include "sectype.h"

static size_t skip_space(const char *s, size_t n, size_t i)
{
  while (i < n && se_isspace((unsigned char)s[i])) i++;
  return i;
}

/* The end of the string whose opening quote is at s[i], after its closing
** quote; 0 when it does not close. */
static size_t string_end(const char *s, size_t n, size_t i)
{
  for (i++; i < n; i++) {
    if (s[i] == '\\') i++;
    else if (s[i] == '"') return i + 1;
  }
  return 0;
}

/* The end of the value at s[i], or 0 when it is malformed. */
static size_t value_end(const char *s, size_t n, size_t i, int depth)
{
  char open = i < n ? s[i] : 0;
  if (open == '"') return string_end(s, n, i);
  if (open == '{' || open == '[') {
    char close = open == '{' ? '}' : ']';
    if (depth >= SE_JSON_DEPTH) return 0;
    i = skip_space(s, n, i + 1);
    if (i < n && s[i] == close) return i + 1;
    for (;;) {
      if (open == '{') {
        if (i >= n || s[i] != '"' || (i = string_end(s, n, i)) == 0) return 0;
        i = skip_space(s, n, i);
        if (i >= n || s[i] != ':') return 0;
        i = skip_space(s, n, i + 1);
      }
      if ((i = value_end(s, n, i, depth + 1)) == 0) return 0;
      i = skip_space(s, n, i);
      if (i < n && s[i] == close) return i + 1;
      if (i >= n || s[i] != ',') return 0;
      i = skip_space(s, n, i + 1);
    }
  }
  while (i < n && (se_isalnum((unsigned char)s[i]) || s[i] == '-' || s[i] == '+' || s[i] == '.'))
    i++;
  return i;
}

se_json se_json_value(const char *s, size_t n, size_t *pos)
{
  se_json v;
  size_t i = skip_space(s, n, *pos), end = i < n ? value_end(s, n, i, 0) : 0;
  v.kind = SE_JSON_NONE;
  v.text.s = s + i;
  v.text.n = 0;
  if (end <= i) return v;
  switch (s[i]) {
    case '{': v.kind = SE_JSON_OBJECT; break;
    case '[': v.kind = SE_JSON_ARRAY; break;
    case '"': v.kind = SE_JSON_STRING; break;
    default: v.kind = (se_isdigit((unsigned char)s[i]) || s[i] == '-') ? SE_JSON_NUMBER : SE_JSON_LITERAL;
  }
  v.text.s = s + i + (v.kind == SE_JSON_STRING);
  v.text.n = end - i - (v.kind == SE_JSON_STRING ? 2 : 0);
  *pos = end;
  return v;
}

se_json se_json_member(se_json object, const char *key)
{
  se_json none;
  const char *s = object.text.s;
  size_t n = object.text.n, i = 1, len = strlen(key);
  none.kind = SE_JSON_NONE;
  none.text.s = s;
  none.text.n = 0;
  if (object.kind != SE_JSON_OBJECT) return none;
  for (;;) {
    se_json v, k = se_json_value(s, n - 1, &i);
    if (k.kind != SE_JSON_STRING) return none;
    i = skip_space(s, n, i);
    if (i >= n || s[i] != ':') return none;
    i++;
    v = se_json_value(s, n - 1, &i);
    if (v.kind == SE_JSON_NONE) return none;
    if (k.text.n == len && memcmp(k.text.s, key, len) == 0) return v;
    i = skip_space(s, n, i);
    if (i >= n || s[i] != ',') return none;
    i++;
  }
}

int se_json_next(se_json array, size_t *pos, se_json *element)
{
  const char *s = array.text.s;
  size_t n = array.text.n, i = *pos == 0 ? 1 : *pos;
  if (array.kind != SE_JSON_ARRAY) return 0;
  i = skip_space(s, n, i);
  if (i < n && s[i] == ',') i++;
  *element = se_json_value(s, n - 1, &i);
  *pos = i;
  return element->kind != SE_JSON_NONE;
}

static int hex4(const char *s, size_t n, size_t i, uint32_t *v)
{
  size_t k;
  *v = 0;
  if (i + 4 > n) return 0;
  for (k = i; k < i + 4; k++) {
    int c = (unsigned char)s[k], d = se_isdigit(c) ? c - '0' : ((c | 0x20) >= 'a' && (c | 0x20) <= 'f')
                                                       ? (c | 0x20) - 'a' + 10 : -1;
    if (d < 0) return 0;
    *v = *v * 16 + (uint32_t)d;
  }
  return 1;
}

static size_t put_code(char *out, uint32_t c)
{
  if (c < 0x80) return out[0] = (char)c, 1;
  if (c < 0x800) {
    out[0] = (char)(0xC0 | (c >> 6));
    out[1] = (char)(0x80 | (c & 0x3F));
    return 2;
  }
  if (c < 0x10000) {
    out[0] = (char)(0xE0 | (c >> 12));
    out[1] = (char)(0x80 | ((c >> 6) & 0x3F));
    out[2] = (char)(0x80 | (c & 0x3F));
    return 3;
  }
  out[0] = (char)(0xF0 | (c >> 18));
  out[1] = (char)(0x80 | ((c >> 12) & 0x3F));
  out[2] = (char)(0x80 | ((c >> 6) & 0x3F));
  out[3] = (char)(0x80 | (c & 0x3F));
  return 4;
}

/* The character of the \u escape at s[i] ('u'), a surrogate pair joined;
** moves *i past it. U+FFFD for a lone surrogate. */
static uint32_t unicode_escape(const char *s, size_t n, size_t *i)
{
  uint32_t hi, lo;
  if (!hex4(s, n, *i + 1, &hi)) return (*i)++, 0xFFFD;
  *i += 5;
  if (hi < 0xD800 || hi > 0xDFFF) return hi;
  if (hi < 0xDC00 && *i + 6 <= n && s[*i] == '\\' && s[*i + 1] == 'u' && hex4(s, n, *i + 2, &lo)
      && lo >= 0xDC00 && lo <= 0xDFFF) {
    *i += 6;
    return 0x10000 + ((hi - 0xD800) << 10) + (lo - 0xDC00);
  }
  return 0xFFFD;
}

se_span se_json_string(se_arena *a, se_json v)
{
  se_span out = { NULL, 0 };
  const char *s = v.text.s;
  size_t n = v.text.n, i = 0;
  char *buf;
  if (v.kind != SE_JSON_STRING || (buf = se_arena_alloc(a, n + 1)) == NULL) return out;
  while (i < n) {
    char c = s[i];
    if (c != '\\' || i + 1 >= n) {
      buf[out.n++] = c;
      i++;
      continue;
    }
    i++;
    switch (s[i]) {
      case 'n': buf[out.n++] = '\n'; i++; break;
      case 't': buf[out.n++] = '\t'; i++; break;
      case 'r': buf[out.n++] = '\r'; i++; break;
      case 'b': buf[out.n++] = '\b'; i++; break;
      case 'f': buf[out.n++] = '\f'; i++; break;
      case 'u': out.n += put_code(buf + out.n, unicode_escape(s, n, &i)); break;
      default: buf[out.n++] = s[i++]; break;
    }
  }
  out.s = buf;
  return out;
}
