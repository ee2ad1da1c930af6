/*
** classify.h
** The classifier: runs the phrase matcher once over a parsed reply, picks
** up the fields its words point at (address, host, link, wait, stage) and
** decides the class, reason and action.
*/
#ifndef SE_CLASSIFY_H
#define SE_CLASSIFY_H

#include "ac.h"
#include "parse.h"
#include "pattern.h"
#include "tables.h"

SE_HIDDEN_BEGIN

/* What an automaton's ids stand for: id i < nphrases is phrases[i], id
** nphrases + k is pieces[k] of a pattern. */
typedef struct se_lexicon {
  const se_phrase *phrases;
  size_t nphrases;
  const se_piece *pieces;
} se_lexicon;

/* A classifier: the built-in phrases, and a user's rules with their own
** automaton. */
typedef struct se_classifier {
  const se_automaton *ac;           /* NULL: no user rules */
  se_lexicon user;
} se_classifier;

extern const se_classifier se_builtin;

/* What decided the reason. */
typedef enum se_evidence_kind {
  SE_EV_NONE,
  SE_EV_PHRASE,                     /* a built-in phrase: ev_phrase */
  SE_EV_USER,                       /* a user rule: ev_phrase, ev_rule */
  SE_EV_PROVIDER,                   /* the answering provider's own enhanced code */
  SE_EV_ENHANCED,                   /* the enhanced code */
  SE_EV_CODE,                       /* the reply code */
  SE_EV_BEST                        /* no words say why: the best reading of ev_basis */
} se_evidence_kind;

/* What a best reading rests on. */
typedef enum se_basis {
  SE_BASIS_STAGE,                   /* the SMTP stage that was refused: command */
  SE_BASIS_GREETING,                /* a refused greeting: a host name and nothing more */
  SE_BASIS_ADDRESS,                 /* a permanent refusal that names an address */
  SE_BASIS_CODE                     /* a permanent refusal's reply code */
} se_basis;

typedef enum se_bounce { SE_BOUNCE_NONE, SE_BOUNCE_SOFT, SE_BOUNCE_HARD } se_bounce;

/* Why the stage turned the reason: an address problem became the
** sender's, a policy refusal the client host's. */
typedef enum se_sender_turn {
  SE_TURN_NONE,
  SE_TURN_AT_MAIL,                  /* the reply answered MAIL FROM */
  SE_TURN_BY_WORDS,                 /* the text says the sender's address was refused */
  SE_TURN_AT_CONNECT                /* a policy refusal of the greeting: the host is blocked */
} se_sender_turn;

typedef struct se_result {
  int code;                         /* 0: none */
  int enh_class, enh_subject, enh_detail;   /* enh_class 0: none */
  se_class klass;
  int reason, action;               /* enum se_reason, enum se_action */
  se_bounce bounce;
  int retry;
  int provider;                     /* index, or -1 */
  se_command command;               /* SE_NOCOMMAND when unknown */
  long retry_after;                 /* seconds, or -1 */
  size_t lines;
  se_span text, address, host, help;
  se_evidence_kind ev_kind;         /* what decided the reason */
  const se_phrase *ev_phrase;       /* SE_EV_PHRASE, SE_EV_USER */
  size_t ev_rule;                   /* SE_EV_USER: rule number from 1 */
  se_sender_turn ev_turn;
  se_basis ev_basis;                /* SE_EV_BEST */
} se_result;

/* Classifies a reply. code_hint is a reply code given apart from the text
** (0: none). scratch holds SE_SCRATCH(n) bytes; the result's spans point
** into it or into s. Returns 0, or -1 when nothing in the input is
** recognised (no code, no enhanced code, no known words). */
int se_classify(const se_classifier *c, const char *s, size_t n, int code_hint,
                char *scratch, se_result *r);

SE_HIDDEN_END

#endif
