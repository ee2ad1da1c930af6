/*
** selimits.h
** Every limit of smtperr in one place, each with its reason, and the
** build configuration the units share. The generator
** (lua/smtperr/tools/gen-tables.lua) reads SE_MAXPHRASE from here, so a
** phrase the data accepts is one the core and the binding accept.
*/
#ifndef SELIMITS_H
#define SELIMITS_H

#include <stddef.h>
#include <stdint.h>

/* Core symbols stay inside the module, whatever flags the build passes
** (a LuaRocks builtin build passes no -fvisibility). */
#if defined(__GNUC__)
#define SE_HIDDEN_BEGIN _Pragma("GCC visibility push(hidden)")
#define SE_HIDDEN_END _Pragma("GCC visibility pop")
#else
#define SE_HIDDEN_BEGIN
#define SE_HIDDEN_END
#endif

/* A compile-time check (C99 has no _Static_assert). */
#define SE_STATIC_ASSERT(cond, name) typedef char se_static_assert_##name[(cond) ? 1 : -1]

/*
** {======================================================================
** Phrases and the matcher
** =======================================================================
*/

/* The longest phrase, folded, in bytes: the matcher keeps a phrase's
** folded length in one byte. */
#define SE_MAXPHRASE 255

/* Where the last SE_RING folded symbols began in the raw text: a phrase's
** start is found there once its end is reached, so it must hold the
** longest phrase. A power of two, for a cheap modulo. */
#define SE_RING 256

/* Reason matches kept for one reply. When more are found, the one that
** weighs least is dropped (never silently the newest). */
#define SE_MAXMATCH 32

/* Positions in a packed automaton are 21-bit fields of a 64-bit entry. */
#define SE_AC_POSBITS 21
#define SE_AC_MAXSLOTS ((1u << SE_AC_POSBITS) - 1u)

/* Phrases one automaton holds (ids of an output list). */
#define SE_AC_MAXPHRASES 65535u

/* The generator warns when a table passes this share of its limit. */
#define SE_WARN_PERCENT 90

/* }====================================================================== */

/*
** {======================================================================
** Rules
** =======================================================================
*/

/* Replies told apart in one text (a transcript, a greeting then a
** refusal); the lines of more continue the last. */
#define SE_MAXREPLIES 8

/* At most this many words (an address aside) make a bare refusal, read
** from its context ("550 Rejected", "554 Transaction failed"). */
#define SE_FEWWORDS 4

/* Patterns: the longest "..." gap, the longest slot ("{address}"), and
** the most pieces of one pattern. */
#define SE_MAXGAP 64
#define SE_MAXSLOT 320
#define SE_MAXPIECES 8

/* Punctuation after a word that a pattern's piece may end before
** ("mailbox:"), and the bytes of a word looked at to tell a link. */
#define SE_MAXPUNCT 8
#define SE_MAXLINK 512

/* Sentences of advice marked in one reply; more are read as diagnosis. */
#define SE_MAXADVICE 8

/* Options of a rules-file line: action=, class=, code=, enhanced=. */
#define SE_MAXRULEKEYS 4

/* }====================================================================== */

/*
** {======================================================================
** Messages
** =======================================================================
*/

/* MIME nesting read: a part deeper than this is read as one text. Real
** bounces nest 4 deep at most; a hostile one must not cost a deep stack. */
#define SE_MAXDEPTH 32

/* Leaf parts read in one message; the rest is left unread. */
#define SE_MAXPARTS 256

/* Recipients kept from one bounce message: a DSN lists one block each,
** and no real report lists more. */
#define SE_MAXRECIPIENTS 1000

/* Headers of the returned message a caller may ask for at once. */
#define SE_MAXASKED 64

/* Human text read from one part of a bounce, at most: a report is a few
** kilobytes; a hostile part does not make its searches cost more. */
#define SE_MAXREPORT 262144u

/* Lines of a recipient's block in a report kept as its reply. */
#define SE_MAXBLOCK 40

/* JSON nesting read (SES notifications nest 5 deep); deeper is malformed. */
#define SE_JSON_DEPTH 64

/* A reading's memory, at most: a multiple of the message's size (decoding
** to UTF-8 can triple a part) plus a fixed allowance. */
#define SE_MESSAGE_MEMORY(n) (4 * (n) + 1048576u)

/* }====================================================================== */

/*
** {======================================================================
** Buffers
** =======================================================================
*/

/* Replies up to this length are classified with scratch memory on the C
** stack; longer ones get a userdata that an error frees. */
#define SE_STACK_REPLY 1024

/* Explanations are written to a stack buffer this long first, then, when
** they do not fit, to a userdata of the length they need. */
#define SE_EXPLAIN_STACK 2048

/* The longest evidence string: a phrase and the words around it
** ('phrase "..."', in French with guillemets and no-break spaces). */
#define SE_EVIDENCE_MAX (SE_MAXPHRASE + 64)

/* Error messages quote at most this much of the input. */
#define SE_QUOTE_MAX 80

/* A duration a reply asks to wait, in any unit, is read up to this value:
** no server asks for more, and it keeps the product in range. */
#define SE_MAXWAIT 100000L

/* }====================================================================== */

/*
** {======================================================================
** Mail logs
** =======================================================================
*/

/* The longest line a log reader keeps. A syslog record is a few KB at
** most (rsyslog's default limit is 8 KB) and an Exchange or PowerMTA CSV
** row with every column stays under 16 KB; a longer line is read from its
** first SE_LOG_MAXLINE bytes, so that no input makes a reader grow. */
#define SE_LOG_MAXLINE 65536

/* Queue ids, message numbers and delivery numbers a reader remembers (a
** message's sender, the recipients it still has queued, a qmail
** delivery's message and recipient). A message's lines are mostly
** seconds apart, and Postfix logs the sender again each time a message
** comes back from the deferred queue; the least recently used go first. */
#define SE_LOG_SESSIONS 1024

/* The slots an id may take in the reader's table: a choice of four keeps
** eviction close to least-recently-used at the cost of four compares. */
#define SE_LOG_WAYS 4

/* The longest id remembered: Exim 4.97 message ids have 23 characters,
** OpenSMTPD envelope ids 16, Postfix long queue ids 15. */
#define SE_LOG_KEYMAX 32

/* An envelope sender remembered: RFC 5321 (4.5.3.1.3) limits a path to
** 256 octets. */
#define SE_LOG_ADDRMAX 256

/* The recipients a Postfix message still has queued (joined), or a
** Sendmail reply= line waiting for its to= line: a longer list keeps its
** first recipients, a longer reply its beginning. */
#define SE_LOG_LISTMAX 320

/* CSV columns read from a header row: PowerMTA's fullest records have
** under 60 columns, Exchange's 30; the columns after this one are not
** read. */
#define SE_LOG_MAXCOLS 128

/* Nesting of a JSON log record: KumoMTA's records nest three deep; a line
** nested deeper is no record and is not read. */
#define SE_LOG_JSONDEPTH 32

/* }====================================================================== */

SE_STATIC_ASSERT(SE_RING > SE_MAXPHRASE, ring_holds_a_phrase);
SE_STATIC_ASSERT((SE_RING & (SE_RING - 1)) == 0, ring_is_a_power_of_two);
SE_STATIC_ASSERT(SE_MAXPHRASE <= 255, phrase_length_fits_a_byte);
SE_STATIC_ASSERT(SE_EXPLAIN_STACK > SE_EVIDENCE_MAX, explanation_holds_evidence);
SE_STATIC_ASSERT(SE_AC_POSBITS * 3 + 1 <= 64, automaton_entry_fits_64_bits);
SE_STATIC_ASSERT(SE_LOG_SESSIONS % SE_LOG_WAYS == 0, sessions_fill_whole_sets);
SE_STATIC_ASSERT(SE_LOG_KEYMAX <= 255 && SE_LOG_ADDRMAX <= 65535 && SE_LOG_LISTMAX <= 65535,
                 session_lengths_fit_their_fields);

#endif
