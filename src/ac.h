/*
** ac.h
** The phrase matcher: case, accent and white-space folding, and an
** Aho-Corasick automaton packed as a double array.
**
** A symbol stands for a folded byte. A node is known by its position ("slot") in
** 'nodes': the edge of node s on symbol c leads to slot base(s) + c when
** that entry's check is s; without an edge the matcher follows the fail
** links down to the root (slot 0), whose children sit at their symbol's
** slot. The entry that proves an edge is also the record of the node it
** reaches, so a step reads one 8-byte entry.
*/
#ifndef SE_AC_H
#define SE_AC_H

#include "selimits.h"

SE_HIDDEN_BEGIN

/* A node: check | base << 21 | fail << 42 | emits << 63. */
typedef uint64_t se_ac_node;

#define SE_AC_NODE(check, base, fail, emits) \
  ((uint64_t)(check) | (uint64_t)(base) << SE_AC_POSBITS \
   | (uint64_t)(fail) << (2 * SE_AC_POSBITS) | (uint64_t)(emits) << 63)
#define SE_AC_FREE SE_AC_MAXSLOTS          /* the check of a slot no node owns */
#define SE_AC_NSYMS 256                     /* one symbol a folded byte */

static inline uint32_t se_ac_check(se_ac_node v) { return (uint32_t)v & SE_AC_MAXSLOTS; }
static inline uint32_t se_ac_base(se_ac_node v)
{
  return (uint32_t)(v >> SE_AC_POSBITS) & SE_AC_MAXSLOTS;
}
static inline uint32_t se_ac_fail(se_ac_node v)
{
  return (uint32_t)(v >> (2 * SE_AC_POSBITS)) & SE_AC_MAXSLOTS;
}
static inline int se_ac_emits(se_ac_node v) { return (int)(v >> 63); }

/* The phrases that end at an emitting node. */
typedef struct se_ac_emit {
  uint32_t dict;                    /* the next emitting node on its fail chain, or 0 */
  uint16_t depth;                   /* the folded length of its phrases */
  uint16_t nout;
  const uint16_t *out;              /* their ids */
} se_ac_emit;

typedef struct se_automaton {
  uint32_t nstates, nslots, nemit;
  uint32_t space_sym;               /* the symbol of ' ', 0 when no phrase has one */
  const unsigned char *sym;         /* [256] byte -> symbol of its folded form, 0: unused */
  const se_ac_node *nodes;          /* [nslots] */
  /* Which slots emit, 64 a word, and how many emit before each word: an
  ** emitting slot's record is found by counting, in a few cached bytes. */
  const uint64_t *emitting;         /* [SE_AC_WORDS(nslots)] */
  const uint32_t *emit_rank;        /* [SE_AC_WORDS(nslots)] */
  const se_ac_emit *emits;          /* [nemit], in slot order */
} se_automaton;

#define SE_AC_WORDS(nslots) ((nslots) / 64 + 1)

static inline unsigned se_popcount64(uint64_t x)
{
  x = x - ((x >> 1) & UINT64_C(0x5555555555555555));
  x = (x & UINT64_C(0x3333333333333333)) + ((x >> 2) & UINT64_C(0x3333333333333333));
  x = (x + (x >> 4)) & UINT64_C(0x0F0F0F0F0F0F0F0F);
  return (unsigned)((x * UINT64_C(0x0101010101010101)) >> 56);
}

/* The record of emitting slot s. */
static inline const se_ac_emit *se_ac_emit_at(const se_automaton *a, uint32_t s)
{
  uint64_t before = a->emitting[s / 64] & ((UINT64_C(1) << (s % 64)) - 1);
  return &a->emits[a->emit_rank[s / 64] + se_popcount64(before)];
}

/* One step from node s on symbol x. Each fail step makes the node
** shallower, and each symbol makes it at most one deeper, so a whole run
** takes linear time. */
static inline uint32_t se_ac_step(const se_ac_node *nodes, uint32_t s, uint32_t x)
{
  for (;;) {
    se_ac_node v = nodes[s];
    uint32_t t = se_ac_base(v) + x;
    if (se_ac_check(nodes[t]) == s) return t;
    if (s == 0) return 0;
    s = se_ac_fail(v);
  }
}

/* se_ac_step for a hot loop: *v holds node s and is left holding the node
** returned, so that no node is loaded twice. */
static inline uint32_t se_ac_step_node(const se_ac_node *nodes, uint32_t s, se_ac_node *v,
                                       uint32_t x)
{
  se_ac_node from = *v;
  for (;;) {
    uint32_t t = se_ac_base(from) + x;
    se_ac_node to = nodes[t];
    if (se_ac_check(to) == s) {
      *v = to;
      return t;
    }
    if (s == 0) {
      *v = from;
      return 0;
    }
    s = se_ac_fail(from);
    from = nodes[s];
  }
}

typedef void *(*se_alloc)(void *ud, void *ptr, size_t osize, size_t nsize);

/* An se_alloc over malloc, for C users of the core (the Lua binding uses
** the state's allocator). */
void *se_std_alloc(void *ud, void *ptr, size_t osize, size_t nsize);

/* How the generator wants the built-in automaton laid out. */
typedef struct se_ac_layout {
  /* Keep the slots and bases of this automaton wherever the trie allows,
  ** so that a small change of the phrases changes few entries (only its
  ** nslots and nodes are read). */
  const se_automaton *previous;
  /* Or, with no previous layout: number the nodes hottest first, heat[i]
  ** being how often the plain build's slot i was visited. */
  const uint32_t *heat;
} se_ac_layout;

/* Builds an automaton for 'n' phrases in one block from 'alloc'; phrase i
** is reported as id i, a NULL one never. 'layout' may be NULL. Returns NULL and sets *err on
** failure: se_no_memory when an allocation failed. */
se_automaton *se_ac_build(const char *const *phrases, size_t n, const se_ac_layout *layout,
                          se_alloc alloc, void *ud, const char **err);
void se_ac_free(se_automaton *a, se_alloc alloc, void *ud);
/* The reason the core gives when its allocator fails: "not enough memory". */
extern const char se_no_memory[];
size_t se_ac_size(const se_automaton *a);

/* Folds a phrase the way the matcher folds input: lower case, accents off,
** white space runs to one space, ends trimmed. Writes at most cap bytes to
** out and returns the folded length. */
size_t se_fold_phrase(const char *s, size_t n, char *out, size_t cap);
/* Folds the character at s[*i] (advancing *i); returns its folded byte. */
unsigned char se_fold_next(const unsigned char *s, size_t n, size_t *i);

extern const se_automaton se_builtin_automaton;   /* gen_automaton.c */

SE_HIDDEN_END

#endif
