/*
** report.h
** The human part of a bounce: where the returned message starts in it,
** the lines that name a recipient, and the reply that follows each.
*/
#ifndef SE_REPORT_H
#define SE_REPORT_H

#include "arena.h"
#include "text.h"

SE_HIDDEN_BEGIN

/* A recipient named in the report text, and the lines that follow it. */
typedef struct se_named {
  se_span address;
  se_span block;                    /* up to the next recipient or the end of the report */
} se_named;

typedef struct se_named_list {
  se_named *v;
  size_t n, cap;
} se_named_list;

/* Where the report ends in a text: at a stop line (*returned is then
** after it) or at a run of transport header fields (*returned is there);
** t.n when the whole text is report. */
size_t se_report_end(se_span t, size_t *returned);
/* Adds the recipients a report names to l, each with its block. Returns
** 0, or -1 when memory runs out. 'cues' as for se_has_reply. */
int se_read_named(se_arena *a, const se_words *cues, se_span report, se_named_list *l);
/* The words that introduce a reply ("said:", "reason:"), made ready. */
void se_reply_cues_ready(se_words *cues);
/* Does a text hold a reply: a line that opens with a failure code, or
** the words that introduce one (cues, from se_reply_cues_ready)? */
int se_has_reply(const se_words *cues, se_span text);
/* The lines of s[from..to), at most SE_MAXBLOCK, trimmed, without the
** marks that closed an address on its line (">:"). */
se_span se_block_lines(const char *s, size_t from, size_t to);

SE_HIDDEN_END

#endif
