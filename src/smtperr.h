/*
** smtperr.h
** The C core of smtperr: the code tables, the reply parser, the phrase
** matcher and the classifier. Plain C99 with no Lua in it; lsmtperr.c is
** the Lua binding. Every table here is constant: one loaded copy serves
** any number of threads and lua_States.
*/
#ifndef SMTPERR_H
#define SMTPERR_H

#include <stddef.h>
#include <stdint.h>

#if defined(__GNUC__)
#pragma GCC visibility push(hidden)
#endif

#define SMTPERR_VERSION "smtperr 0.1.0"

enum { SE_EN, SE_FR, SE_NLANGS };

/* Classes, in the order of src/data/vocab.lua. */
enum { SE_NOCLASS, SE_SUCCESS, SE_INTERMEDIATE, SE_TRANSIENT, SE_PERMANENT, SE_NCLASSES };

/* SMTP stages a reply can be tied to. */
enum {
  SE_NOCOMMAND, SE_CONNECT, SE_EHLO, SE_HELO, SE_STARTTLS, SE_AUTH,
  SE_MAIL, SE_RCPT, SE_DATA, SE_BDAT, SE_NCOMMANDS
};

#include "gen_tables.h"   /* enum se_reason, enum se_action, table sizes */

/* A phrase's value when it decides nothing (it only hides what it contains). */
#define SE_R_NONE SE_NREASONS

typedef const char *se_text[SE_NLANGS];

typedef struct se_class_info {
  const char *name;
  se_text text;
} se_class_info;

typedef struct se_reason_info {
  const char *name;
  unsigned char klass;              /* class when nothing else tells it */
  unsigned char hard;               /* permanent failure = hard bounce */
  unsigned char address;            /* about an address: the sender's at MAIL */
  unsigned char action[SE_NCLASSES];
  se_text text;
} se_reason_info;

typedef struct se_action_info {
  const char *name;
  se_text text;
} se_action_info;

/* One row of the code table: a basic reply code or a concrete enhanced code. */
typedef struct se_entry {
  const char *code;                 /* "550", "5.1.1" */
  uint32_t key;                     /* 550, or class*1000000 + subject*1000 + detail */
  unsigned char klass, reason, action, standard;
  const char *source;
  const char *shadows;              /* enhanced code a folklore code stands for, or NULL */
  se_text title, meaning, advice, note;   /* note may hold NULLs */
} se_entry;

typedef struct se_provider {
  const char *id, *name;
} se_provider;

/* A provider's own meaning of enhanced codes: class.subject.lo .. class.subject.hi. */
typedef struct se_provider_code {
  unsigned char provider;
  unsigned char classes;            /* bit 1 << class digit */
  unsigned char exclusive;          /* nobody else uses it: it names the provider */
  unsigned char reason;
  uint16_t subject, lo, hi;
} se_provider_code;

/* What a phrase tells. */
enum { SE_K_REASON, SE_K_PROVIDER, SE_K_COMMAND, SE_K_CLASS, SE_K_WAIT, SE_K_HOST, SE_K_LINK,
       SE_K_ADDRESS, SE_K_SENDER };

/* Phrase flags. */
#define SE_F_START  1u    /* starts a word */
#define SE_F_END    2u    /* ends a word */
#define SE_F_WORD   (SE_F_START | SE_F_END)
#define SE_F_WEAK   4u    /* weaker than a specific enhanced code */
#define SE_F_USER   8u    /* a user rule: beats every built-in rule */

typedef struct se_phrase {
  const char *text;                 /* as written in the data */
  unsigned char kind;
  unsigned char value;              /* reason, provider+1, command, class */
  unsigned char permanent;          /* reason when the class is permanent, or value */
  unsigned char provider;           /* only when this provider answered (index+1), or 0 */
  unsigned char klass;              /* class it implies (0: none) */
  unsigned char action;             /* action it implies (SE_NACTIONS: none) */
  unsigned char flags;
  uint16_t code;                    /* only with this reply code (0: any) */
  uint32_t enhanced;                /* only with this enhanced key (0: any) */
} se_phrase;

/* The generated tables (gen_tables.c). */
extern const se_class_info se_classes[SE_NCLASSES];
extern const se_reason_info se_reasons[SE_NREASONS];
extern const se_action_info se_actions[SE_NACTIONS];
extern const char *const se_commands[SE_NCOMMANDS];
extern const se_entry se_basic[SE_NBASIC];
extern const int16_t se_basic_index[1000];
extern const se_entry se_enhanced[SE_NENHANCED];
extern const se_entry se_subjects[8];
extern const se_provider se_providers[SE_NPROVIDERS];
extern const se_provider_code se_provider_codes[SE_NPROVIDER_CODES];
extern const se_phrase se_phrases[SE_NPHRASES];

/* ---------------------------------------------------------------- table.c */

#define SE_ENHANCED_KEY(c, s, d) ((uint32_t)(c) * 1000000u + (uint32_t)(s) * 1000u + (uint32_t)(d))

const se_entry *se_find_basic(long code);
const se_entry *se_find_enhanced(uint32_t key);
const se_entry *se_find_subject(uint32_t key);
/* Reads "550" or "5.1.1" (whole string, blanks around it ignored); returns the entry or NULL and
** sets *why to a message. */
const se_entry *se_find_code(const char *s, size_t n, const char **why);
int se_valid_code(long code);
int se_reason_by_name(const char *name);
int se_action_by_name(const char *name);
int se_class_by_name(const char *name);
uint32_t se_enhanced_key(const char *s, size_t n);
long se_read_part(const char *s, size_t n, size_t *i);
int se_class_of_digit(int digit);

/* ------------------------------------------------------------------- ac.c */

/* A compiled phrase matcher: an Aho-Corasick automaton packed as a double
** array. A node is known by its position in 'nodes': the edge of node s on
** symbol c leads to position base(s) + c when that entry's check is s;
** without an edge the matcher follows the fail links, down to the root
** (position 0), whose row is whole. The entry that proves an edge is also
** its target's record, so a step reads one 8-byte entry. */
#define SE_AC_FREE 0xFFFFu              /* check of an entry no node owns */

typedef struct se_ac_node {
  uint16_t check;                       /* the parent's position, or SE_AC_FREE */
  uint16_t base, fail;
  uint16_t out;                         /* 1 + index among emitting nodes, or 0 */
} se_ac_node;

typedef struct se_automaton {
  uint32_t nstates, nsyms, nemit, nslots;
  uint32_t space_sym;               /* symbol of ' ', 0 when no phrase has one */
  const unsigned char *sym;         /* [256] byte -> symbol of its folded form */
  const se_ac_node *nodes;          /* [nslots] */
  const uint16_t *root;             /* [nsyms]: position of the root's edge, or 0 */
  const uint32_t *out_start;        /* [nemit + 1]: phrases ending in each emitting node */
  const uint16_t *out;              /* phrase ids */
  const unsigned char *out_len;     /* their folded lengths */
  const uint16_t *dict;             /* [nemit]: next emitting node on the fail chain, or 0 */
} se_automaton;

typedef void *(*se_alloc)(void *ud, void *ptr, size_t osize, size_t nsize);

/* An se_alloc over malloc, for C users of the core (the Lua binding uses the
** state's allocator). */
void *se_std_alloc(void *ud, void *ptr, size_t osize, size_t nsize);

/* Builds an automaton for 'n' phrases in one block from 'alloc'; phrase i
** is reported as id i. Returns NULL and sets *err on failure. */
se_automaton *se_ac_build(const char *const *phrases, size_t n,
                          se_alloc alloc, void *ud, const char **err);
/* The same, numbering and packing the states hottest first: heat[i] is how
** often state i of the plain build of these phrases was visited. */
se_automaton *se_ac_build_hot(const char *const *phrases, size_t n, const uint32_t *heat,
                              se_alloc alloc, void *ud, const char **err);
void se_ac_free(se_automaton *a, se_alloc alloc, void *ud);
size_t se_ac_size(const se_automaton *a);

/* Folds a phrase the way the matcher folds input: lower case, accents off,
** white space runs to one space, ends trimmed. Writes at most cap bytes to
** out and returns the folded length. */
size_t se_fold_phrase(const char *s, size_t n, char *out, size_t cap);
/* Folds the character at s[*i] (advancing *i); returns its folded byte. */
unsigned char se_fold_next(const unsigned char *s, size_t n, size_t *i);

extern const se_automaton se_builtin_automaton;   /* gen_automaton.c */

/* -------------------------------------------------------------- classify.c */

/* A classifier: the built-in phrases, and a user's rules with their own
** automaton (phrase i of 'user' is reported as id i). */
typedef struct se_classifier {
  const se_automaton *ac;           /* NULL: no user rules */
  const se_phrase *user;
  size_t nuser;
} se_classifier;

extern const se_classifier se_builtin;

enum { SE_EV_NONE, SE_EV_PHRASE, SE_EV_USER, SE_EV_PROVIDER, SE_EV_ENHANCED, SE_EV_CODE };

typedef struct se_span {
  const char *s;
  size_t n;
} se_span;

typedef struct se_result {
  int code;                         /* 0: none */
  int enh_class, enh_subject, enh_detail;   /* enh_class 0: none */
  int klass, reason, action;
  int bounce;                       /* 0 none, 1 soft, 2 hard */
  int retry;
  int provider;                     /* index, or -1 */
  int command;                      /* SE_NOCOMMAND when unknown */
  long retry_after;                 /* seconds, or -1 */
  size_t lines;
  se_span text, address, host, help;
  int ev_kind;                      /* what decided the reason */
  const se_phrase *ev_phrase;       /* SE_EV_PHRASE, SE_EV_USER */
  size_t ev_rule;                   /* SE_EV_USER: rule number from 1 */
  int ev_command;                   /* the reason became the sender's: 1 at MAIL, 2 by its words */
} se_result;

/* Scratch bytes se_classify needs for an input of n bytes. */
#define SE_SCRATCH(n) (2 * (n) + 2)

/* Classifies a reply. code_hint is a reply code given apart from the text
** (0: none). scratch holds SE_SCRATCH(n) bytes; the result's spans point
** into it or into s. Returns 0, or -1 when nothing in the input is
** recognised (no code, no enhanced code, no known words). */
int se_classify(const se_classifier *c, const char *s, size_t n, int code_hint,
                char *scratch, se_result *r);


/* ----------------------------------------------------------------- rules.c */

/* One line of a rules file: "reason [key=value ...]: phrase". */
typedef struct se_rule_line {
  se_span match, reason;
  se_span key[4], value[4];         /* action=, class=, code=, enhanced= */
  int nkeys;
} se_rule_line;

/* Splits a line of a rules file. Returns 1 for a rule, 0 for a blank or
** comment line, -1 with *err set when the line is malformed. */
int se_parse_rule_line(const char *s, size_t n, se_rule_line *r, const char **err);

/* --------------------------------------------------------------- explain.c */

/* A growing output buffer with a fixed first block: the binding provides
** the memory for anything longer. */
typedef struct se_out {
  char *buf;
  size_t len, cap;
  int overflow;
} se_out;

void se_put(se_out *o, const char *s);
void se_putn(se_out *o, const char *s, size_t n);
void se_put_number(se_out *o, long v);

/* Writes r's enhanced code ("5.1.1"). */
void se_put_enhanced(se_out *o, const se_result *r);
/* Writes what decided r's reason, in English the stable forms 'phrase "user
** unknown"', 'provider gmail "5.7.26"', 'enhanced 5.2.2', 'code 550',
** 'user rule 3'. */
void se_evidence(se_out *o, const se_result *r, int lang);

void se_explain_entry(se_out *o, const se_entry *e, int lang);
void se_explain_result(se_out *o, const se_result *r, int lang,
                       const char *const *reason_texts);

#if defined(__GNUC__)
#pragma GCC visibility pop
#endif

#endif
