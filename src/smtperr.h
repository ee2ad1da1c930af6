/*
** smtperr.h
** The C core of smtperr, for its Lua binding (lsmtperr.c) and for C users:
** the code tables, the reply parser, the phrase matcher, the classifier,
** user rules, the writers of explanations and the mail-log reader. Plain
** C99 with no Lua in it. Every table is constant and no function keeps
** state between calls (a log reader keeps its own, in memory its caller
** owns): one loaded copy serves any number of threads and lua_States.
*/
#ifndef SMTPERR_H
#define SMTPERR_H

#define SMTPERR_VERSION "smtperr 0.2.0"

#include "selimits.h"
#include "text.h"       /* spans, lines, words, addresses */
#include "tables.h"     /* code tables, vocabularies, look-ups */
#include "ac.h"         /* text folding, the phrase automaton */
#include "pattern.h"    /* phrases with gaps and slots */
#include "parse.h"      /* the reply parser */
#include "classify.h"   /* the classifier */
#include "rules.h"      /* user rules and rules files */
#include "out.h"        /* the output buffer */
#include "explain.h"    /* explanations and evidence */
#include "arena.h"      /* memory for one reading */
#include "mime.h"       /* RFC 5322 messages and MIME */
#include "json.h"       /* values out of JSON text */
#include "dsn.h"        /* delivery-status fields */
#include "report.h"     /* the human part of a bounce */
#include "bounce.h"     /* the bounce reader */
#include "logline.h"    /* the mail-log reader */

#endif
