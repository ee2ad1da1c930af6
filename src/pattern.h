/*
** pattern.h
** Phrases with gaps and slots: "user {address} unknown", "mailbox ...
** does not exist". The automaton finds a pattern's last literal piece; a
** check of the words before it finds the other pieces and the slots.
*/
#ifndef SE_PATTERN_H
#define SE_PATTERN_H

#include <stddef.h>
#include <stdint.h>

#include "tables.h"

SE_HIDDEN_BEGIN

/* What may stand between two pieces. */
typedef enum se_slot {
  SE_SLOT_NONE,
  SE_SLOT_GAP,                      /* "...": any words, at most SE_MAXGAP bytes */
  SE_SLOT_ADDRESS,                  /* "{address}": one address, bracketed or quoted word */
  SE_SLOT_HOST,                     /* "{host}": one host name or [address] */
  SE_SLOT_NUMBER,                   /* "{number}": one number, digits and separators */
  SE_SLOT_WORD                      /* "{word}": any one word */
} se_slot;

/* A literal piece of a pattern. A pattern's pieces are consecutive; the
** automaton finds only the last one, piece k of a lexicon of n phrases
** being its id n + k. */
typedef struct se_piece {
  const char *text;                 /* folded (se_fold_phrase) */
  uint16_t phrase;                  /* the pattern's phrase id */
  unsigned char len, words;         /* its folded length, its words */
  unsigned char index;              /* its place in the pattern, from 0 */
  unsigned char last;               /* 1 for the pattern's last piece */
  unsigned char before;             /* se_slot before it: between pieces, or leading */
  unsigned char after;              /* the last piece's trailing se_slot */
  unsigned char flags;              /* SE_F_START, SE_F_END: its ends are word ends */
  uint16_t alike;                   /* a last piece: the next last piece of the same text, */
} se_piece;                         /* which the automaton does not report itself (0: none) */

/* A piece's text in the phrase text: s[from .. from + n). */
typedef struct se_piece_text {
  size_t from, n;
  se_slot before, after;
} se_piece_text;

/*
** Splits a phrase into at most 'max' literal pieces. Returns the number of
** pieces (a plain phrase is one piece, the whole text, with no slot), or
** -1 when the pattern is malformed (a gap at an end, two slots in a row,
** nothing but a slot, or more than 'max' pieces), with *why set. "..." is
** a gap only between spaces, and a name in braces a slot only when it is
** one of the slots': otherwise both are literal text.
*/
int se_split_pattern(const char *s, size_t n, se_piece_text *out, int max, const char **why);

/* Is a split phrase a pattern (has it a slot)? */
int se_is_pattern(const se_piece_text *pieces, int n);

/* Do the bytes s[from..to) between two pieces fill the slot? */
int se_slot_fits(se_slot slot, const char *s, size_t from, size_t to);

/* The word before a place, kept for the next pattern whose last piece is
** found there too (several patterns end with "unknown"). */
typedef struct se_word_memo {
  size_t at, from, to;              /* at == SIZE_MAX: nothing kept */
  unsigned char ends;               /* how the word before that one ends (0: not ASCII) */
} se_word_memo;

/* A pattern's last piece was found at s[rstart..rend) of a text with
** single spaces between words: do its other pieces and its slots stand
** around it? Sets *start to where the pattern starts. Bounded time: each
** gap is at most SE_MAXGAP bytes, each slot one word. */
int se_pattern_at(const se_piece *last, const char *s, size_t n, size_t rstart, size_t rend,
                  se_word_memo *memo, size_t *start);

/*
** The automaton's entries for n phrases: texts[i] is phrase i's text, or
** NULL for a pattern, whose pieces are entries n + k: pieces[k], and
** texts[n + k] for the first last piece of each text (NULL for the others,
** which its 'alike' chain lists), the folded texts written to 'bytes' with
** a NUL each (at most the phrases' total length plus n bytes). With texts
** == NULL only counts.
** Returns the number of pieces, or -1 with *bad set to the phrase at
** fault and *why to the reason.
*/
long se_lay_out_patterns(const se_phrase *phrases, size_t n, const char **texts, se_piece *pieces,
                         char *bytes, size_t *bad, const char **why);

/* The built-in phrases' pieces (gen_automaton.c). */
extern const se_piece se_builtin_pieces[];

SE_HIDDEN_END

#endif
