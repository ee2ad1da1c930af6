/*
** fuzz_logline.c
** libFuzzer harness over the mail-log reader (make fuzz): each input is
** read as one line by se_logline, its fragment classified as the binding
** does; then it is fed to a new reader as a log, in chunks whose size comes
** from its first byte, and finished. Every span of a line read alone must
** lie in the line or the scratch memory (or be the null sender "<>");
** every byte of every record is read (ASan checks the rest), and the
** reader must stay within its bounds.
*/
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "../smtperr.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static int inside(se_span v, const char *a, size_t n)
{
  return v.s == NULL || (v.s >= a && v.n <= n && (size_t)(v.s - a) <= n - v.n);
}

/* The null sender is the reader's own "<>". */
static int null_sender(se_span v)
{
  return v.n == 2 && memcmp(v.s, "<>", 2) == 0;
}

/* Reads every byte of the record's spans, and classifies its fragment. */
static unsigned touch(const se_logrec *r)
{
  const se_span spans[] = { r->time, r->host, r->program, r->queue_id, r->recipient, r->sender,
                            r->relay, r->dsn, r->delay, r->reply, r->detail, r->fragment };
  unsigned sum = 0;
  size_t k, i;
  se_result res;
  char *scratch;
  for (k = 0; k < sizeof spans / sizeof spans[0]; k++)
    for (i = 0; i < spans[k].n; i++) sum += (unsigned char)spans[k].s[i];
  if (r->status <= SE_LOG_NOSTATUS || r->status >= SE_LOG_NSTATUS || r->format <= SE_LOG_NONE
      || r->format >= SE_LOG_NFORMATS)
    abort();
  if (r->fragment.s != NULL && (scratch = malloc(SE_SCRATCH(r->fragment.n))) != NULL) {
    se_classify(&se_builtin, r->fragment.s, r->fragment.n, 0, scratch, &res);
    free(scratch);
  }
  return sum;
}

static void read_alone(const char *s, size_t n)
{
  char *scratch = malloc(SE_LOG_SCRATCH(n));
  se_logrec rec;
  if (scratch == NULL) return;
  if (se_logline(s, n, scratch, &rec)) {
    const se_span spans[] = { rec.time, rec.host, rec.program, rec.queue_id, rec.recipient,
                              rec.sender, rec.relay, rec.dsn, rec.delay, rec.reply, rec.detail,
                              rec.fragment };
    size_t k;
    for (k = 0; k < sizeof spans / sizeof spans[0]; k++)
      if (!inside(spans[k], s, n) && !inside(spans[k], scratch, SE_LOG_SCRATCH(n))
          && !null_sender(spans[k]))
        abort();
    touch(&rec);
  }
  free(scratch);
}

/* One reader for the whole run, made as new for each input: a reader's
** block is large, and making one for each input would cost more than
** reading it. */
static se_logreader *reader(void)
{
  static se_logreader *r;
  if (r == NULL && (r = se_logreader_new(se_std_alloc, NULL)) == NULL) abort();
  se_logreader_reset(r);
  return r;
}

static void read_as_log(const char *s, size_t n, size_t chunk)
{
  se_logreader *r = reader();
  se_logstats st;
  size_t at = 0;
  int k, i;
  while (at < n) {
    size_t len = n - at < chunk ? n - at : chunk, pos = 0;
    while ((k = se_logreader_feed(r, s + at, len, &pos)) >= 0)
      for (i = 0; i < k; i++) touch(se_logreader_record(r, i));
    at += len;
  }
  for (k = se_logreader_finish(r), i = 0; i < k; i++) touch(se_logreader_record(r, i));
  for (k = se_logreader_flush(r), i = 0; i < k; i++) touch(se_logreader_record(r, i));
  se_logreader_stats(r, &st);
  if (st.sessions > st.max_sessions) abort();
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
  const char *s = (const char *)data;
  read_alone(s, size);
  read_as_log(s, size, size > 0 ? 1 + data[0] % 97 : 1);
  return 0;
}
