/*
** out.c
** The output buffer (out.h).
*/
#include <string.h>

#include "out.h"

void se_out_init(se_out *o, char *buf, size_t cap)
{
  o->buf = buf;
  o->cap = cap;
  o->len = 0;
  o->overflow = 0;
}

void se_putn(se_out *o, const char *s, size_t n)
{
  size_t room = o->len < o->cap ? o->cap - o->len : 0;
  if (n > room) o->overflow = 1;
  if (room > 0) memcpy(o->buf + o->len, s, n < room ? n : room);
  o->len += n;
}

void se_put(se_out *o, const char *s)
{
  se_putn(o, s, strlen(s));
}

void se_put_number(se_out *o, long v)
{
  char digits[24];
  size_t at = sizeof digits;
  unsigned long u = v < 0 ? 0UL - (unsigned long)v : (unsigned long)v;
  do digits[--at] = (char)('0' + u % 10), u /= 10; while (u > 0);
  if (v < 0) digits[--at] = '-';
  se_putn(o, digits + at, sizeof digits - at);
}

size_t se_out_length(const se_out *o)
{
  return o->len < o->cap ? o->len : o->cap;
}
