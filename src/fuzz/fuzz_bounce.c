/*
** fuzz_bounce.c
** libFuzzer harness over the bounce reader (make fuzz): se_read_bounce on
** arbitrary bytes, with an arena over malloc bounded as the binding bounds
** it; then, as the binding does, each recipient's reply is built, classified
** and explained.
*/
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "../smtperr.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static const char *const asked[] = { "X-Campaign-Id", "List-Id", "Message-ID", "Subject" };

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
  const char *s = (const char *)data, *why = NULL;
  se_arena a;
  se_bounce_report b;
  size_t k;

  static se_bounce_words words;
  static int ready;

  if (!ready) se_bounce_words_ready(&words), ready = 1;
  se_arena_init(&a, se_std_alloc, NULL, SE_MESSAGE_MEMORY(size));
  if (se_read_bounce(s, size, asked, sizeof asked / sizeof asked[0], &words, &a, &b, &why) != 0) {
    if (why == NULL) abort();
    se_arena_free(&a);
    return 0;
  }
  if (b.nrecipients == 0 || b.nrecipients > SE_MAXRECIPIENTS) abort();
  if ((unsigned)b.kind > SE_BK_AUTOREPLY || b.format == NULL) abort();
  for (k = 0; k < b.nrecipients; k++) {
    const se_recipient *rc = &b.recipients[k];
    se_span reply = se_recipient_reply(&a, rc);
    char *scratch;
    se_result r;
    if (reply.s == NULL) break;       /* the arena's limit */
    if ((scratch = malloc(SE_SCRATCH(reply.n))) == NULL) break;
    if (se_classify(&se_builtin, reply.s, reply.n, 0, scratch, &r) == 0) {
      char out[1024];
      se_out o;
      se_out_init(&o, out, sizeof out);
      se_explain_result(&o, &r, SE_FR, NULL);
    }
    free(scratch);
  }
  se_arena_free(&a);
  return 0;
}
