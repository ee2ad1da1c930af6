/*
** rules.h
** User rules: checking them, compiling them into a classifier with its own
** automaton, and the line format of rules files:
**
**   # a comment
**   reason [action=ACTION] [class=CLASS] [code=NNN] [enhanced=X.Y.Z]: phrase
*/
#ifndef SE_RULES_H
#define SE_RULES_H

#include "classify.h"
#include "out.h"

SE_HIDDEN_BEGIN

/* A rule as given, not checked yet: each field as bytes (s == NULL when
** absent). */
typedef struct se_rule_spec {
  se_span match, reason, action, klass, enhanced;
  long code;                        /* 0: none; -1: given but not an integer */
} se_rule_spec;

/* Splits a line of a rules file into 'r'. Returns 1 for a rule, 0 for a
** blank or comment line, -1 with *err set when the line is malformed. */
int se_parse_rule_line(const char *s, size_t n, se_rule_spec *r, const char **err);

/* Checks a rule; when 'ph' is not NULL, fills the phrase it becomes (its
** text still the spec's). Returns 0, or -1 with the reason written to err. */
int se_check_rule(const se_rule_spec *r, se_phrase *ph, se_out *err);

/* Rules compiled into a classifier: their phrases, a copy of their texts
** and their automaton, from one allocator. */
typedef struct se_ruleset {
  se_classifier classifier;
  se_automaton *ac;
  se_phrase *phrases;
  size_t size;                      /* of the block that holds the set, phrases and texts */
} se_ruleset;

/* Checks and compiles n rules. Returns the set, or NULL with the reason
** written to err and *bad set to the index of the rule at fault: n when
** the fault is not one rule's (too many rules), SE_RULES_NOMEM when the
** allocator failed. */
#define SE_RULES_NOMEM ((size_t)-1)
se_ruleset *se_compile_rules(const se_rule_spec *rules, size_t n, se_alloc alloc, void *ud,
                             se_out *err, size_t *bad);
void se_free_rules(se_ruleset *set, se_alloc alloc, void *ud);

SE_HIDDEN_END

#endif
