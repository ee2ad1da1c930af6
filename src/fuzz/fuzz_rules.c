/*
** fuzz_rules.c
** libFuzzer harness over user rules (make fuzz): each line of the input is
** a rules-file line (se_parse_rule_line); the rules it gives, plain phrases
** and patterns ("user {address} unknown", "mailbox ... disabled"), are
** checked (se_check_rule) and compiled together into a classifier of their
** own (se_compile_rules, with the run-time automaton builder), which then
** classifies the input itself and a few fixed replies, and is freed.
*/
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "../smtperr.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#define MAXRULES 64

static const char *const replies[] = {
  "550 5.1.1 <bob@example.org>: Recipient address rejected: User unknown",
  "host mx.example.org[192.0.2.1] said: 452 4.2.2 Mailbox full (in reply to RCPT TO command)",
  "421 4.7.0 Try again in 5 minutes",
};

/* Classifies s[0..n) and explains it; checks that the result's spans lie
** in the input or the scratch memory. */
static void classify(const se_classifier *c, const char *s, size_t n)
{
  char *scratch = malloc(SE_SCRATCH(n));
  se_result r;
  if (scratch == NULL) return;
  if (se_classify(c, s, n, 0, scratch, &r) == 0) {
    char out[512];
    se_out o;
    se_out_init(&o, out, sizeof out);
    se_explain_result(&o, &r, SE_EN, NULL);
    se_out_init(&o, out, sizeof out);
    se_put_evidence(&o, &r, SE_FR);
    if (r.ev_kind == SE_EV_USER && (r.ev_rule == 0 || r.ev_rule > c->user.nphrases)) abort();
    if (r.text.n > n) abort();
  }
  free(scratch);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
  const char *s = (const char *)data;
  se_rule_spec rules[MAXRULES];
  size_t nrules = 0, i = 0, bad, k;
  char buf[256];
  se_out err;
  se_ruleset *set;

  while (i < size && nrules < MAXRULES) {
    const char *nl = memchr(s + i, '\n', size - i), *why = NULL;
    size_t end = nl != NULL ? (size_t)(nl - s) : size;
    se_rule_spec r;
    int got = se_parse_rule_line(s + i, end - i, &r, &why);
    if (got < 0 && why == NULL) abort();
    if (got > 0) {
      se_out_init(&err, buf, sizeof buf);
      if (se_check_rule(&r, NULL, &err) == 0) rules[nrules++] = r;
      else if (se_out_length(&err) == 0) abort();   /* a refusal says why */
    }
    i = end + 1;
  }
  se_out_init(&err, buf, sizeof buf);
  set = se_compile_rules(rules, nrules, se_std_alloc, NULL, &err, &bad);
  if (set == NULL) {
    if (nrules > 0 && se_out_length(&err) == 0) abort();
    return 0;
  }
  if (set->classifier.user.nphrases != nrules) abort();
  classify(&set->classifier, s, size);
  for (k = 0; k < sizeof replies / sizeof replies[0]; k++)
    classify(&set->classifier, replies[k], strlen(replies[k]));
  se_free_rules(set, se_std_alloc, NULL);
  return 0;
}
