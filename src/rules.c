/*
** rules.c
** User rules (rules.h): the line format of rules files, the checks every
** rule passes however it was given, and their compilation into a
** classifier with its own automaton.
*/
#include <string.h>

#include "rules.h"
#include "sectype.h"

/*
** {======================================================================
** Rules-file lines
** =======================================================================
*/

static size_t skip_space(const char *s, size_t i, size_t n)
{
  while (i < n && se_isspace((unsigned char)s[i])) i++;
  return i;
}

/* The next word of s[*i..end): up to white space or '='. */
static se_span word(const char *s, size_t *i, size_t end)
{
  se_span w;
  size_t k = *i;
  while (k < end && !se_isspace((unsigned char)s[k]) && s[k] != '=') k++;
  w.s = s + *i;
  w.n = k - *i;
  *i = k;
  return w;
}

static int is_word(se_span w, const char *name)
{
  return strlen(name) == w.n && memcmp(name, w.s, w.n) == 0;
}

/* "550" as a code; -1 when it is not a number of 1 to 3 digits. */
static long code_value(se_span v)
{
  size_t i = 0;
  long code = se_read_part(v.s, v.n, &i);
  return (code > 0 && i == v.n) ? code : -1;
}

/* Sets the option key=value of a line. Returns 0, or -1 for an unknown key. */
static int set_option(se_rule_spec *r, se_span key, se_span value)
{
  if (is_word(key, "action")) r->action = value;
  else if (is_word(key, "class")) r->klass = value;
  else if (is_word(key, "enhanced")) r->enhanced = value;
  else if (is_word(key, "code")) r->code = code_value(value);
  else return -1;
  return 0;
}

int se_parse_rule_line(const char *s, size_t n, se_rule_spec *r, const char **err)
{
  static const se_span none = { NULL, 0 };
  const char *colon;
  size_t i = skip_space(s, 0, n), head, end;
  int nkeys = 0;
  r->match = r->reason = r->action = r->klass = r->enhanced = none;
  r->code = 0;
  if (i == n || s[i] == '#') return 0;
  colon = memchr(s + i, ':', n - i);
  if (colon == NULL) {
    *err = "expected 'reason: phrase'";
    return -1;
  }
  head = (size_t)(colon - s);
  r->reason = word(s, &i, head);
  if (r->reason.n == 0) {
    *err = "missing reason before ':'";
    return -1;
  }
  for (i = skip_space(s, i, head); i < head; i = skip_space(s, i, head)) {
    se_span key, value;
    if (nkeys++ == SE_MAXRULEKEYS) {
      *err = "too many options (action=, class=, code=, enhanced=)";
      return -1;
    }
    key = word(s, &i, head);
    if (i >= head || s[i] != '=' || key.n == 0) {
      *err = "expected key=value before ':'";
      return -1;
    }
    i++;
    value = word(s, &i, head);
    if (value.n == 0) {
      *err = "empty value after '='";
      return -1;
    }
    if (set_option(r, key, value) != 0) {
      *err = "unknown option (action=, class=, code=, enhanced=)";
      return -1;
    }
  }
  i = skip_space(s, head + 1, n);
  end = n;
  while (end > i && se_isspace((unsigned char)s[end - 1])) end--;
  if (end == i) {
    *err = "empty phrase after ':'";
    return -1;
  }
  r->match.s = s + i;
  r->match.n = end - i;
  return 1;
}

/* }====================================================================== */

/*
** {======================================================================
** Checks
** =======================================================================
*/

static int fault(se_out *err, const char *message)
{
  se_put(err, message);
  return -1;
}

/* "unknown reason 'x'", quoting at most SE_QUOTE_MAX bytes of the name. */
static int unknown_name(se_out *err, const char *what, se_span name)
{
  se_put(err, "unknown ");
  se_put(err, what);
  se_put(err, " '");
  se_putn(err, name.s, name.n < SE_QUOTE_MAX ? name.n : SE_QUOTE_MAX);
  se_put(err, "'");
  return -1;
}

static int check_match(se_span m, se_out *err)
{
  char folded[8];
  se_piece_text pieces[SE_MAXPIECES];
  const char *why = NULL;
  int np, k;
  size_t len;
  if (memchr(m.s, '\0', m.n) != NULL) return fault(err, "'match' holds a NUL byte");
  len = se_fold_phrase(m.s, m.n, folded, sizeof folded);
  if (len == 0) return fault(err, "empty phrase in 'match'");
  if (len > SE_MAXPHRASE) return fault(err, "'match' is longer than 255 bytes");
  if ((np = se_split_pattern(m.s, m.n, pieces, SE_MAXPIECES, &why)) < 0) return fault(err, why);
  for (k = 0; k < np; k++)
    if (se_fold_phrase(m.s + pieces[k].from, pieces[k].n, folded, sizeof folded) == 0)
      return fault(err, "empty phrase in 'match'");
  return 0;
}

int se_check_rule(const se_rule_spec *r, se_phrase *ph, se_out *err)
{
  int reason, action = SE_NACTIONS, klass = SE_NOCLASS;
  uint32_t enhanced = 0;
  if (r->match.s == NULL) return fault(err, "'match' must be a string");
  if (check_match(r->match, err) != 0) return -1;
  if (r->reason.s == NULL || r->reason.n == 0)
    return fault(err, "'reason' must be one of smtperr.reasons");
  reason = se_reason_by_name(r->reason.s, r->reason.n);
  if (reason < 0) return unknown_name(err, "reason", r->reason);
  if (r->action.s != NULL && (action = se_action_by_name(r->action.s, r->action.n)) < 0)
    return fault(err, "'action' must be one of smtperr.actions");
  if (r->klass.s != NULL && (klass = se_class_by_name(r->klass.s, r->klass.n)) < 0)
    return fault(err, "'class' must be success, intermediate, transient or permanent");
  if (r->code != 0 && !se_valid_code(r->code))
    return fault(err, "'code' must be a reply code such as 550");
  if (r->enhanced.s != NULL && (enhanced = se_enhanced_key(r->enhanced.s, r->enhanced.n)) == 0)
    return fault(err, "'enhanced' must be an enhanced status code such as \"5.7.1\"");
  if (ph == NULL) return 0;
  memset(ph, 0, sizeof *ph);
  ph->kind = SE_K_REASON;
  ph->value = ph->permanent = (unsigned char)reason;
  ph->klass = (unsigned char)klass;
  ph->action = (unsigned char)action;
  ph->flags = SE_F_USER;
  ph->code = (uint16_t)r->code;
  ph->enhanced = enhanced;
  return 0;
}

/* }====================================================================== */

/*
** {======================================================================
** Compilation
** =======================================================================
*/

/* The pieces of the rules' patterns, as se_lay_out_patterns lays them
** out: every piece of a phrase with a slot, a one-piece pattern such as
** "listed in {host}" too (a malformed one counts none: its check says
** why). */
static size_t count_pieces(const se_rule_spec *rules, size_t n)
{
  se_piece_text pieces[SE_MAXPIECES];
  const char *why;
  size_t i, count = 0;
  for (i = 0; i < n; i++) {
    int np = rules[i].match.s == NULL ? 0
             : se_split_pattern(rules[i].match.s, rules[i].match.n, pieces, SE_MAXPIECES, &why);
    if (np > 0 && se_is_pattern(pieces, np)) count += (size_t)np;
  }
  return count;
}

/* The block: the set, the phrases, the automaton's entries (the phrases,
** then the patterns' pieces), the pieces, and the texts of both; 0 when
** that passes half the address space. n + npieces is at most
** SE_AC_MAXPHRASES. */
static size_t block_size(const se_rule_spec *rules, size_t n, size_t npieces)
{
  size_t i, size = sizeof(se_ruleset) + n * sizeof(se_phrase)
                   + (n + npieces) * sizeof(char *) + npieces * sizeof(se_piece);
  for (i = 0; i < n; i++) {
    if (rules[i].match.n >= SIZE_MAX / 4 - size) return 0;
    size += 2 * rules[i].match.n + 2;
  }
  return size;
}

se_ruleset *se_compile_rules(const se_rule_spec *rules, size_t n, se_alloc alloc, void *ud,
                             se_out *err, size_t *bad)
{
  size_t i, npieces = n > SE_AC_MAXPHRASES ? 0 : count_pieces(rules, n);
  size_t size = n + npieces > SE_AC_MAXPHRASES ? 0 : block_size(rules, n, npieces);
  se_ruleset *set;
  const char **texts;
  se_piece *pieces;
  char *at;
  const char *why = NULL;
  *bad = n;
  if (size == 0) {
    fault(err, "too many rules");
    return NULL;
  }
  set = alloc(ud, NULL, 0, size);
  if (set == NULL) {
    fault(err, se_no_memory);
    *bad = SE_RULES_NOMEM;
    return NULL;
  }
  set->size = size;
  set->ac = NULL;
  set->phrases = (se_phrase *)(void *)(set + 1);
  texts = (const char **)(void *)(set->phrases + n);
  pieces = (se_piece *)(void *)(texts + n + npieces);
  at = (char *)(pieces + npieces);
  for (i = 0; i < n; i++) {
    if (se_check_rule(&rules[i], &set->phrases[i], err) != 0) {
      *bad = i;
      se_free_rules(set, alloc, ud);
      return NULL;
    }
    memcpy(at, rules[i].match.s, rules[i].match.n);
    at[rules[i].match.n] = '\0';
    set->phrases[i].text = at;
    at += rules[i].match.n + 1;
  }
  se_lay_out_patterns(set->phrases, n, texts, pieces, at, bad, &why);
  if (n > 0 && (set->ac = se_ac_build(texts, n + npieces, NULL, alloc, ud, &why)) == NULL) {
    fault(err, why);
    if (why == se_no_memory) *bad = SE_RULES_NOMEM;
    se_free_rules(set, alloc, ud);
    return NULL;
  }
  set->classifier.ac = set->ac;
  set->classifier.user.phrases = set->phrases;
  set->classifier.user.nphrases = n;
  set->classifier.user.pieces = pieces;
  return set;
}

void se_free_rules(se_ruleset *set, se_alloc alloc, void *ud)
{
  if (set == NULL) return;
  se_ac_free(set->ac, alloc, ud);
  alloc(ud, set, set->size, 0);
}

/* }====================================================================== */
