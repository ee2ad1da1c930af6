/*
** fuzz_core.c
** libFuzzer harness over the C core (make fuzz): the reply parser and
** classifier, with and without user rules, explain, the code look-up and
** the rules-file line parser, on whatever bytes the fuzzer makes.
*/
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "../smtperr.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static se_span text(const char *s)
{
  se_span v;
  v.s = s;
  v.n = strlen(s);
  return v;
}

/* A classifier with a few user rules, made once for the whole run. */
static const se_classifier *user_classifier(void)
{
  static se_ruleset *set;
  static const char *const phrases[3] = { "quota", "relay refused", "boîte" };
  static const char *const reasons[3] = { "mailbox_full", "relay_denied", "mailbox_disabled" };
  se_rule_spec rules[3];
  char buf[128];
  se_out err;
  size_t i, bad;
  if (set != NULL) return &set->classifier;
  memset(rules, 0, sizeof rules);
  for (i = 0; i < 3; i++) {
    rules[i].match = text(phrases[i]);
    rules[i].reason = text(reasons[i]);
  }
  rules[1].code = 550;
  se_out_init(&err, buf, sizeof buf);
  set = se_compile_rules(rules, 3, se_std_alloc, NULL, &err, &bad);
  if (set == NULL) abort();
  return &set->classifier;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
  const char *s = (const char *)data;
  char *scratch = malloc(SE_SCRATCH(size));
  char out[256];
  se_out o;
  se_result r;
  se_rule_spec rule;
  const se_entry *e;
  const char *why;
  int hint = size > 0 ? 100 + data[0] * 2 : 0;

  if (scratch == NULL) return 0;
  if (se_classify(&se_builtin, s, size, 0, scratch, &r) == 0) {
    se_out_init(&o, out, sizeof out);
    se_explain_result(&o, &r, SE_FR, NULL);
    se_out_init(&o, out, sizeof out);
    se_put_evidence(&o, &r, SE_EN);
    if (r.text.n > size) abort();
  }
  if (se_valid_code(hint)) se_classify(user_classifier(), s, size, hint, scratch, &r);
  if ((e = se_find_code(s, size, &why)) != NULL) {
    se_out_init(&o, out, sizeof out);
    se_explain_entry(&o, e, SE_EN);
  }
  if (se_parse_rule_line(s, size, &rule, &why) > 0) {
    se_out_init(&o, out, sizeof out);
    se_check_rule(&rule, NULL, &o);
  }
  free(scratch);
  return 0;
}
