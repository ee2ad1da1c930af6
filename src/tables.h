/*
** tables.h
** The code tables and vocabularies generated from src/data/ (gen_tables.c),
** and their look-ups (table.c). Every table is constant: one loaded copy
** serves any number of threads and lua_States.
*/
#ifndef SE_TABLES_H
#define SE_TABLES_H

#include "selimits.h"

SE_HIDDEN_BEGIN

typedef enum se_lang { SE_EN, SE_FR, SE_NLANGS } se_lang;

/* Classes, in the order of src/data/vocab.lua. */
typedef enum se_class {
  SE_NOCLASS, SE_SUCCESS, SE_INTERMEDIATE, SE_TRANSIENT, SE_PERMANENT, SE_NCLASSES
} se_class;

/* SMTP stages a reply can be tied to. */
typedef enum se_command {
  SE_NOCOMMAND, SE_CONNECT, SE_EHLO, SE_HELO, SE_STARTTLS, SE_AUTH,
  SE_MAIL, SE_RCPT, SE_DATA, SE_BDAT, SE_NCOMMANDS
} se_command;

#include "gen_tables.h"   /* enum se_reason, enum se_action, phrase ids, table sizes */

/* A phrase's value when it decides nothing (it only hides what it contains). */
#define SE_R_NONE SE_NREASONS

typedef const char *se_text[SE_NLANGS];

typedef struct se_class_info {
  const char *name;
  se_text text;
} se_class_info;

typedef struct se_reason_info {
  const char *name;
  unsigned char klass;              /* se_class when nothing else tells it */
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
  unsigned char broad;              /* used in practice for many causes (X.7.1): a phrase decides */
  uint16_t slot;                    /* its place among all entries, basic ones first */
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
typedef enum se_phrase_kind {
  SE_K_REASON,      /* why: value is a reason */
  SE_K_PROVIDER,    /* who answered: value is provider index + 1 */
  SE_K_COMMAND,     /* the SMTP stage: value is an se_command */
  SE_K_CLASS,       /* the class, when no code says it: value is an se_class */
  SE_K_WAIT,        /* a duration to wait follows */
  SE_K_HOST,        /* a remote host name follows */
  SE_K_LINK,        /* a help link starts here */
  SE_K_ADDRESS,     /* an e-mail address is around here ('@') */
  SE_K_SENDER,      /* the sender's address was refused */
  SE_K_ADVICE       /* the sentence gives advice: its reasons weigh little */
} se_phrase_kind;

/* Phrase flags. */
#define SE_F_START  1u    /* starts a word */
#define SE_F_END    2u    /* ends a word */
#define SE_F_WORD   (SE_F_START | SE_F_END)
#define SE_F_WEAK   4u    /* weaker than a specific enhanced code */
#define SE_F_USER   8u    /* a user rule: beats every built-in rule */
#define SE_F_FALLBACK 16u /* says only what happened in the end (given up, expired): any other reason wins */
#define SE_F_WHOLE  32u   /* only as the whole reply text (a client library's "closed") */

typedef struct se_phrase {
  const char *text;                 /* as written in the data */
  unsigned char kind;               /* se_phrase_kind */
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
#if defined(SE_GENERATOR)
extern const char *const se_phrase_names[SE_NPHRASES];   /* their C names */
/* The case variants of phrases in scripts whose case the matcher does not
** fold (gen-tables.lua): the text the automaton matches for an entry that
** keeps its phrase's text. The list ends with a NULL text. */
typedef struct se_phrase_variant {
  uint16_t id;
  const char *text;
} se_phrase_variant;
extern const se_phrase_variant se_phrase_variants[];
#endif

/* Entries a cache of look-up results needs room for (their 'slot's). */
#define SE_NENTRIES (SE_NBASIC + SE_NENHANCED)

#define SE_ENHANCED_KEY(c, s, d) \
  ((uint32_t)(c) * 1000000u + (uint32_t)(s) * 1000u + (uint32_t)(d))

const se_entry *se_find_basic(long code);
const se_entry *se_find_enhanced(uint32_t key);
const se_entry *se_find_subject(uint32_t key);
/* The registry's entry for an enhanced code; when the registry lists the
** detail with another class only (a 4.7.23 where it has 5.7.23), that one. */
const se_entry *se_find_registered(int klass, int subject, int detail);
/* Reads "550" or "5.1.1" (whole string, blanks around it ignored); returns
** the entry, or NULL and sets *why to a message. */
const se_entry *se_find_code(const char *s, size_t n, const char **why);
/* A code of the forms RFC 5321 defines (2yz to 5yz, y from 0 to 5), or a known one. */
int se_valid_code(long code);
/* A code a server may send: any 2yz to 5yz (servers send 570, 577). */
int se_sent_code(long code);
int se_reason_by_name(const char *name, size_t n);
int se_action_by_name(const char *name, size_t n);
int se_class_by_name(const char *name, size_t n);
uint32_t se_enhanced_key(const char *s, size_t n);
se_class se_class_of_digit(int digit);

SE_HIDDEN_END

#endif
