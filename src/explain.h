/*
** explain.h
** The writers of human text: one readable paragraph, in English or French,
** for a code-table entry or a classified reply, and the evidence and
** enhanced code of a result as the binding shows them.
*/
#ifndef SE_EXPLAIN_H
#define SE_EXPLAIN_H

#include "classify.h"
#include "out.h"

SE_HIDDEN_BEGIN

/* Writes r's enhanced code ("5.1.1"). */
void se_put_enhanced(se_out *o, const se_result *r);
/* Writes what decided r's reason; in English the stable forms 'phrase
** "user unknown"', 'provider gmail "5.7.26"', 'enhanced 5.2.2', 'code 550',
** 'user rule 3', with ' at MAIL' or ' about the sender' after. */
void se_put_evidence(se_out *o, const se_result *r, se_lang lang);

void se_explain_entry(se_out *o, const se_entry *e, se_lang lang);
/* reason_texts, when not NULL, replace the reasons' own texts. */
void se_explain_result(se_out *o, const se_result *r, se_lang lang,
                       const char *const *reason_texts);

SE_HIDDEN_END

#endif
