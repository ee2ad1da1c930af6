/*
** out.h
** An output buffer that writes what fits and counts the rest, as snprintf
** does: the caller sees 'overflow' and the length it needs, and writes
** again into a buffer that long. It never allocates.
*/
#ifndef SE_OUT_H
#define SE_OUT_H

#include "selimits.h"

SE_HIDDEN_BEGIN

typedef struct se_out {
  char *buf;
  size_t len, cap;
  int overflow;
} se_out;

void se_out_init(se_out *o, char *buf, size_t cap);
void se_put(se_out *o, const char *s);
void se_putn(se_out *o, const char *s, size_t n);
void se_put_number(se_out *o, long v);
/* The bytes written: all of them unless o->overflow. */
size_t se_out_length(const se_out *o);

SE_HIDDEN_END

#endif
