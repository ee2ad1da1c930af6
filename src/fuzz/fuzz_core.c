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

/* A classifier with a few user rules, made once for the whole run. */
static const se_classifier *user_classifier(void)
{
  static se_phrase rules[3];
  static se_classifier c;
  static const char *const texts[3] = { "quota", "relay refused", "boîte" };
  const char *err;
  size_t i;
  if (c.ac != NULL) return &c;
  for (i = 0; i < 3; i++) {
    rules[i].text = texts[i];
    rules[i].kind = SE_K_REASON;
    rules[i].value = rules[i].permanent = (unsigned char)(i + 1);
    rules[i].action = SE_NACTIONS;
    rules[i].flags = SE_F_USER;
  }
  rules[1].code = 550;
  c.ac = se_ac_build(texts, 3, se_std_alloc, NULL, &err);
  c.user = rules;
  c.nuser = 3;
  return &c;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
  const char *s = (const char *)data;
  char *scratch = malloc(SE_SCRATCH(size));
  char out[256];
  se_out o;
  se_result r;
  se_rule_line line;
  const char *why;
  int hint = size > 0 ? 100 + data[0] * 2 : 0;

  if (scratch == NULL) return 0;
  o.buf = out;
  o.cap = sizeof out;
  if (se_classify(&se_builtin, s, size, 0, scratch, &r) == 0) {
    o.len = 0;
    o.overflow = 0;
    se_explain_result(&o, &r, SE_FR, NULL);
    if (r.text.n > size) abort();
  }
  if (se_valid_code(hint)) se_classify(user_classifier(), s, size, hint, scratch, &r);
  if (se_find_code(s, size, &why) != NULL) {
    o.len = 0;
    o.overflow = 0;
    se_explain_entry(&o, se_find_code(s, size, &why), SE_EN);
  }
  se_parse_rule_line(s, size, &line, &why);
  free(scratch);
  return 0;
}
