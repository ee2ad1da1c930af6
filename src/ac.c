/*
** ac.c
** The phrase matcher: case, accent and white-space folding, and the
** construction of the packed Aho-Corasick automaton (ac.h). The built-in
** automaton is made at build time by src/tools/mkdfa.c with this same
** code; classifiers with user rules make theirs at run time.
*/
#include <stdlib.h>
#include <string.h>

#include "ac.h"

/* ASCII folding: lower case, every white space to ' '. */
static const unsigned char fold_ascii[128] = {
  0, 1, 2, 3, 4, 5, 6, 7, 8, ' ', ' ', ' ', ' ', ' ', 14, 15,
  16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31,
  ' ', '!', '"', '#', '$', '%', '&', '\'', '(', ')', '*', '+', ',', '-', '.', '/',
  '0', '1', '2', '3', '4', '5', '6', '7', '8', '9', ':', ';', '<', '=', '>', '?',
  '@', 'a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'k', 'l', 'm', 'n', 'o',
  'p', 'q', 'r', 's', 't', 'u', 'v', 'w', 'x', 'y', 'z', '[', '\\', ']', '^', '_',
  '`', 'a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'k', 'l', 'm', 'n', 'o',
  'p', 'q', 'r', 's', 't', 'u', 'v', 'w', 'x', 'y', 'z', '{', '|', '}', '~', 127
};

/* The letters U+00C0 .. U+00FF (UTF-8 C3 80 .. C3 BF) without accents;
** 0 for the two that are not letters (multiplication and division signs). */
static const char fold_latin1[64] = {
  'a', 'a', 'a', 'a', 'a', 'a', 'a', 'c', 'e', 'e', 'e', 'e', 'i', 'i', 'i', 'i',
  'd', 'n', 'o', 'o', 'o', 'o', 'o', 0, 'o', 'u', 'u', 'u', 'u', 'y', 't', 's',
  'a', 'a', 'a', 'a', 'a', 'a', 'a', 'c', 'e', 'e', 'e', 'e', 'i', 'i', 'i', 'i',
  'd', 'n', 'o', 'o', 'o', 'o', 'o', 0, 'o', 'u', 'u', 'u', 'u', 'y', 't', 'y'
};

unsigned char se_fold_next(const unsigned char *s, size_t n, size_t *i)
{
  size_t k = *i;
  unsigned char b = s[k];
  if (b < 0x80) {
    *i = k + 1;
    return fold_ascii[b];
  }
  if (k + 1 < n) {
    unsigned char b1 = s[k + 1];
    if (b == 0xC3 && b1 >= 0x80 && b1 <= 0xBF && fold_latin1[b1 - 0x80]) {
      *i = k + 2;
      return (unsigned char)fold_latin1[b1 - 0x80];
    }
    if (b == 0xC2 && b1 == 0xA0) {          /* no-break space */
      *i = k + 2;
      return ' ';
    }
    if (b == 0xC5 && (b1 == 0x92 || b1 == 0x93)) {   /* oe ligature */
      *i = k + 2;
      return 'o';
    }
    if (b == 0xE2 && b1 == 0x80 && k + 2 < n) {
      unsigned char b2 = s[k + 2];
      if (b2 == 0x98 || b2 == 0x99) {       /* typographic apostrophes */
        *i = k + 3;
        return '\'';
      }
      if (b2 == 0x90 || b2 == 0x91 || b2 == 0x93 || b2 == 0x94) {   /* hyphens, en and em dashes */
        *i = k + 3;
        return '-';
      }
    }
  }
  *i = k + 1;
  return b;
}

size_t se_fold_phrase(const char *s, size_t n, char *out, size_t cap)
{
  const unsigned char *u = (const unsigned char *)s;
  size_t i = 0, len = 0;
  int space = 1;                  /* drops leading space */
  while (i < n) {
    unsigned char c = se_fold_next(u, n, &i);
    if (c == ' ') {
      if (space) continue;
      space = 1;
    } else {
      space = 0;
    }
    if (len < cap) out[len] = (char)c;
    len++;
  }
  if (len > 0 && space) len--;    /* drops the trailing space */
  return len;
}

/*
** {======================================================================
** The trie and its links
** =======================================================================
*/

/* The symbol of each folded byte, fixed whatever the phrases (so that a new
** phrase does not renumber the others' edges), and ordered so that a row's
** usual edges sit close together: space, letters, digits, punctuation,
** then the bytes of UTF-8 sequences. */
static const unsigned char symbol_of[256] = {
    0, 198, 199, 200, 201, 202, 203, 204, 205, 206, 207, 208, 209, 210, 211, 212,
  213, 214, 215, 216, 217, 218, 219, 220, 221, 222, 223, 224, 225, 226, 227, 228,
    1,  38,  39,  40,  41,  42,  43,  44,  45,  46,  47,  48,  49,  50,  51,  52,
   28,  29,  30,  31,  32,  33,  34,  35,  36,  37,  53,  54,  55,  56,  57,  58,
   59, 229, 230, 231, 232, 233, 234, 235, 236, 237, 238, 239, 240, 241, 242, 243,
  244, 245, 246, 247, 248, 249, 250, 251, 252, 253, 254,  60,  61,  62,  63,  64,
   65,   2,   3,   4,   5,   6,   7,   8,   9,  10,  11,  12,  13,  14,  15,  16,
   17,  18,  19,  20,  21,  22,  23,  24,  25,  26,  27,  66,  67,  68,  69, 255,
   70,  71,  72,  73,  74,  75,  76,  77,  78,  79,  80,  81,  82,  83,  84,  85,
   86,  87,  88,  89,  90,  91,  92,  93,  94,  95,  96,  97,  98,  99, 100, 101,
  102, 103, 104, 105, 106, 107, 108, 109, 110, 111, 112, 113, 114, 115, 116, 117,
  118, 119, 120, 121, 122, 123, 124, 125, 126, 127, 128, 129, 130, 131, 132, 133,
  134, 135, 136, 137, 138, 139, 140, 141, 142, 143, 144, 145, 146, 147, 148, 149,
  150, 151, 152, 153, 154, 155, 156, 157, 158, 159, 160, 161, 162, 163, 164, 165,
  166, 167, 168, 169, 170, 171, 172, 173, 174, 175, 176, 177, 178, 179, 180, 181,
  182, 183, 184, 185, 186, 187, 188, 189, 190, 191, 192, 193, 194, 195, 196, 197,
};

#define NONE UINT32_MAX
#define RESERVED (UINT32_MAX - 1)    /* a slot of the root's row no edge took */

typedef struct builder {
  se_alloc alloc;
  void *ud;
  uint32_t nsyms;                /* dense symbols: 0 is "a byte no phrase uses" */
  unsigned char dense[256];      /* folded byte -> dense symbol */
  unsigned char sym_of[256];     /* dense symbol -> symbol */
  uint32_t *go;                  /* [cap * nsyms]: the trie, then the full goto function */
  uint32_t *fail, *dict, *queue;
  uint32_t *own_head, *own_next; /* phrases ending at each node, as lists of id + 1 */
  unsigned char *depth;          /* the length of the node's prefix */
  uint32_t *base, *pos;          /* the node's row and the slot it took */
  uint32_t *old;                 /* the node's slot in the previous layout, or NONE */
  uint32_t *owner;               /* [nslots_cap]: the node whose edge took each slot */
  uint32_t nslots_cap;
  uint32_t nodes, cap;
  size_t nphrases;
  int nomem;                     /* an allocation failed */
} builder;

const char se_no_memory[] = "not enough memory";

static void *balloc(builder *b, size_t size)
{
  void *p = b->alloc(b->ud, NULL, 0, size);
  if (p == NULL) b->nomem = 1;
  return p;
}

static void bfree(builder *b, void *p, size_t size)
{
  if (p != NULL) b->alloc(b->ud, p, size, 0);
}

static void builder_free(builder *b)
{
  size_t per_node = b->cap * sizeof(uint32_t);
  bfree(b, b->go, per_node * b->nsyms);
  bfree(b, b->fail, per_node);
  bfree(b, b->dict, per_node);
  bfree(b, b->queue, per_node);
  bfree(b, b->own_head, per_node);
  bfree(b, b->base, per_node);
  bfree(b, b->pos, per_node);
  bfree(b, b->old, per_node);
  bfree(b, b->own_next, (b->nphrases + 1) * sizeof(uint32_t));
  bfree(b, b->depth, b->cap);
  bfree(b, b->owner, b->nslots_cap * sizeof(uint32_t));
}

static int builder_alloc(builder *b)
{
  size_t per_node = b->cap * sizeof(uint32_t);
  b->go = balloc(b, per_node * b->nsyms);
  b->fail = balloc(b, per_node);
  b->dict = balloc(b, per_node);
  b->queue = balloc(b, per_node);
  b->own_head = balloc(b, per_node);
  b->base = balloc(b, per_node);
  b->pos = balloc(b, per_node);
  b->old = balloc(b, per_node);
  b->own_next = balloc(b, (b->nphrases + 1) * sizeof(uint32_t));
  b->depth = balloc(b, b->cap);
  if (!b->go || !b->fail || !b->dict || !b->queue || !b->own_head || !b->base || !b->pos
      || !b->old || !b->own_next || !b->depth) return -1;
  memset(b->go, 0, per_node * b->nsyms);
  memset(b->own_head, 0, per_node);
  return 0;
}

/* The dense alphabet of the phrases, in symbol order; sets *total to the
** sum of their folded lengths. */
static int make_alphabet(builder *b, const char *const *phrases, size_t n, size_t *total)
{
  char buf[SE_MAXPHRASE];
  unsigned char used[256], byte_of[256];
  size_t i, k;
  memset(used, 0, sizeof used);
  memset(b->dense, 0, sizeof b->dense);
  *total = 0;
  for (i = 0; i < n; i++) {
    size_t len;
    if (phrases[i] == NULL) continue;
    len = se_fold_phrase(phrases[i], strlen(phrases[i]), buf, sizeof buf);
    if (len == 0 || len > SE_MAXPHRASE) return -1;
    for (k = 0; k < len; k++) used[(unsigned char)buf[k]] = 1;
    *total += len;
  }
  for (k = 0; k < 256; k++) byte_of[symbol_of[k]] = (unsigned char)k;
  b->nsyms = 1;
  b->sym_of[0] = 0;
  for (k = 1; k < 256; k++) {
    if (!used[byte_of[k]]) continue;
    b->sym_of[b->nsyms] = (unsigned char)k;
    b->dense[byte_of[k]] = (unsigned char)b->nsyms++;
  }
  return 0;
}

static int add_phrase(builder *b, const char *phrase, uint32_t id)
{
  char buf[SE_MAXPHRASE];
  size_t len = se_fold_phrase(phrase, strlen(phrase), buf, sizeof buf), k;
  uint32_t node = 0;
  for (k = 0; k < len; k++) {
    uint32_t *edge = &b->go[(size_t)node * b->nsyms + b->dense[(unsigned char)buf[k]]];
    if (*edge == 0) {
      if (b->nodes >= b->cap) return -1;
      b->depth[b->nodes] = (unsigned char)(k + 1);
      *edge = b->nodes++;
    }
    node = *edge;
  }
  b->own_next[id] = b->own_head[node];
  b->own_head[node] = id + 1;
  return 0;
}

/* Breadth-first: fail links, dictionary links, and the missing transitions
** filled in from the fail state (so a trie edge is one that goes one level
** deeper). Leaves the nodes in b->queue in breadth-first order. */
static void link_states(builder *b)
{
  uint32_t head = 0, tail = 0, c;
  b->queue[tail++] = 0;
  b->fail[0] = b->dict[0] = 0;
  while (head < tail) {
    uint32_t u = b->queue[head++];
    uint32_t *row = &b->go[(size_t)u * b->nsyms];
    const uint32_t *frow = &b->go[(size_t)b->fail[u] * b->nsyms];
    for (c = 0; c < b->nsyms; c++) {
      uint32_t v = row[c];
      if (v != 0) {
        uint32_t f = (u == 0) ? 0 : frow[c];
        b->fail[v] = f;
        b->dict[v] = b->own_head[f] ? f : b->dict[f];
        b->queue[tail++] = v;
      } else {
        row[c] = (u == 0) ? 0 : frow[c];
      }
    }
  }
}

static int emits(const builder *b, uint32_t s)
{
  return b->own_head[s] != 0 || b->dict[s] != 0;
}

/* The trie edges of node s: their symbols (ascending) in syms[] and their
** targets in to[]; returns how many. */
static uint32_t edges_of(const builder *b, uint32_t s, uint32_t *syms, uint32_t *to)
{
  const uint32_t *row = &b->go[(size_t)s * b->nsyms];
  uint32_t c, nd = 0;
  for (c = 1; c < b->nsyms; c++) {
    if (row[c] != 0 && b->depth[row[c]] == b->depth[s] + 1) {
      syms[nd] = b->sym_of[c];
      to[nd++] = row[c];
    }
  }
  return nd;
}

/* }====================================================================== */

/*
** {======================================================================
** Packing
** =======================================================================
*/

/* Makes room for slots up to 'need' (exclusive); new slots are free. */
static int reserve_slots(builder *b, uint32_t need)
{
  uint32_t cap = b->nslots_cap, k;
  uint32_t *owner;
  if (need <= cap) return 0;
  if (need > SE_AC_MAXSLOTS) return -1;
  while (cap < need) cap = cap ? cap * 2 : 4096;
  owner = balloc(b, cap * sizeof(uint32_t));
  if (owner == NULL) return -1;
  for (k = 0; k < cap; k++) owner[k] = k < b->nslots_cap ? b->owner[k] : NONE;
  bfree(b, b->owner, b->nslots_cap * sizeof(uint32_t));
  b->owner = owner;
  b->nslots_cap = cap;
  return 0;
}

/* The root sits at slot 0 with base 0: its child on symbol c at slot c. The
** rest of that row stays reserved, so a step from the root needs no
** table of its own. */
static int place_root(builder *b)
{
  uint32_t syms[256], to[256], nd, k;
  if (reserve_slots(b, 2 * SE_AC_NSYMS) != 0) return -1;
  for (k = 0; k < SE_AC_NSYMS; k++) b->owner[k] = RESERVED;
  b->base[0] = 0;
  b->pos[0] = 0;
  nd = edges_of(b, 0, syms, to);
  for (k = 0; k < nd; k++) {
    b->owner[syms[k]] = 0;
    b->pos[to[k]] = syms[k];
  }
  return 0;
}

/* Can node s's children sit at 'at' + their syms? */
static int row_fits(const builder *b, uint32_t at, const uint32_t *syms, uint32_t nd)
{
  uint32_t k;
  for (k = 0; k < nd; k++)
    if (b->owner[at + syms[k]] != NONE) return 0;
  return 1;
}

static void claim_row(builder *b, uint32_t s, uint32_t at, const uint32_t *syms,
                      const uint32_t *to, uint32_t nd)
{
  uint32_t k;
  b->base[s] = at;
  for (k = 0; k < nd; k++) {
    b->owner[at + syms[k]] = s;
    b->pos[to[k]] = at + syms[k];
  }
}

/* Places node s's row at the first base, from the first free slot, where
** all its children fit. */
static int place_row(builder *b, uint32_t s, uint32_t *first_free)
{
  uint32_t syms[256], to[256], nd = edges_of(b, s, syms, to), at;
  b->base[s] = 0;
  if (nd == 0) return 0;
  while (*first_free < b->nslots_cap && b->owner[*first_free] != NONE) (*first_free)++;
  for (at = *first_free > syms[0] ? *first_free - syms[0] : 0;; at++) {
    if (reserve_slots(b, at + SE_AC_NSYMS) != 0) return -1;
    if (row_fits(b, at, syms, nd)) break;
  }
  claim_row(b, s, at, syms, to, nd);
  return 0;
}

/* A fresh packing: rows first fit, in the order of b->queue. */
static int pack_fresh(builder *b)
{
  uint32_t q, first_free = SE_AC_NSYMS;
  b->nslots_cap = 0;
  b->owner = NULL;
  if (place_root(b) != 0) return -1;
  for (q = 1; q < b->nodes; q++)
    if (place_row(b, b->queue[q], &first_free) != 0) return -1;
  return 0;
}

/* Each node's slot in the previous automaton, by walking both tries from
** the root along the same syms (b->queue is breadth-first). */
static void find_old_slots(builder *b, const se_automaton *p)
{
  uint32_t q, k, syms[256], to[256];
  for (q = 0; q < b->nodes; q++) b->old[q] = NONE;
  b->old[0] = 0;
  for (q = 0; q < b->nodes; q++) {
    uint32_t s = b->queue[q], nd, pb;
    if (b->old[s] == NONE) continue;
    nd = edges_of(b, s, syms, to);
    pb = se_ac_base(p->nodes[b->old[s]]);
    for (k = 0; k < nd; k++) {
      uint32_t t = pb + syms[k];
      if (t < p->nslots && se_ac_check(p->nodes[t]) == b->old[s] && (s != 0 || t == syms[k]))
        b->old[to[k]] = t;
    }
  }
}

/*
** A packing that keeps the previous automaton's layout where it can: a
** node keeps its old base when its children, old and new, still fit
** there; the edges that existed are kept first, so they never collide.
** The other rows are placed first fit in what is left. A node's slot
** follows its parent's base, so a moved row moves only its children.
*/
static int pack_keeping(builder *b, const se_automaton *p)
{
  uint32_t q, k, first_free = SE_AC_NSYMS, syms[256], to[256], nd;
  unsigned char *keep = balloc(b, b->nodes);
  int status = -1;
  if (keep == NULL) return -1;
  b->nslots_cap = 0;
  b->owner = NULL;
  find_old_slots(b, p);
  if (place_root(b) != 0 || reserve_slots(b, p->nslots + SE_AC_NSYMS) != 0) goto done;
  /* The rows that keep their base, with their old edges. */
  for (q = 1; q < b->nodes; q++) {
    uint32_t s = b->queue[q];
    keep[s] = 0;
    nd = edges_of(b, s, syms, to);
    if (b->old[s] == NONE) continue;
    b->base[s] = se_ac_base(p->nodes[b->old[s]]);
    for (k = 0; k < nd; k++) {             /* a row with an old edge had a real base */
      if (b->old[to[k]] == NONE) continue;
      b->owner[b->old[to[k]]] = s;
      b->pos[to[k]] = b->old[to[k]];
      keep[s] = 1;
    }
  }
  /* Their new edges, where the slot is free; else the row moves. */
  for (q = 1; q < b->nodes; q++) {
    uint32_t s = b->queue[q];
    if (!keep[s]) continue;
    nd = edges_of(b, s, syms, to);
    for (k = 0; k < nd; k++) {
      uint32_t t = b->base[s] + syms[k];
      if (b->old[to[k]] != NONE) continue;
      if (reserve_slots(b, t + 1) != 0) goto done;
      if (b->owner[t] != NONE) break;
      b->owner[t] = s;
      b->pos[to[k]] = t;
    }
    if (k < nd) {
      for (k = 0; k < nd; k++)
        if (b->owner[b->base[s] + syms[k]] == s) b->owner[b->base[s] + syms[k]] = NONE;
      keep[s] = 0;
    }
  }
  for (q = 1; q < b->nodes; q++) {
    uint32_t s = b->queue[q];
    if (!keep[s] && place_row(b, s, &first_free) != 0) goto done;
  }
  status = 0;
done:
  bfree(b, keep, b->nodes);
  return status;
}

typedef struct heat_of {
  uint32_t heat, node;
} heat_of;

static int hotter(const void *x, const void *y)
{
  const heat_of *a = x, *b = y;
  if (a->heat != b->heat) return a->heat > b->heat ? -1 : 1;
  return a->node < b->node ? -1 : a->node > b->node;
}

/* Puts the nodes in b->queue hottest first (the root stays first), by the
** heat of their slots in the plain packing (b->pos). */
static int order_by_heat(builder *b, const uint32_t *heat)
{
  uint32_t s;
  heat_of *h = balloc(b, (size_t)b->nodes * sizeof(heat_of));
  if (h == NULL) return -1;
  for (s = 0; s < b->nodes; s++) {
    h[s].heat = s == 0 ? UINT32_MAX : heat[b->pos[s]];
    h[s].node = s;
  }
  qsort(h, b->nodes, sizeof(heat_of), hotter);
  for (s = 0; s < b->nodes; s++) b->queue[s] = h[s].node;
  bfree(b, h, (size_t)b->nodes * sizeof(heat_of));
  return 0;
}

static int pack(builder *b, const se_ac_layout *layout)
{
  if (layout != NULL && layout->previous != NULL) return pack_keeping(b, layout->previous);
  if (pack_fresh(b) != 0) return -1;
  if (layout == NULL || layout->heat == NULL) return 0;
  if (order_by_heat(b, layout->heat) != 0) return -1;
  bfree(b, b->owner, b->nslots_cap * sizeof(uint32_t));
  return pack_fresh(b);
}

/* }====================================================================== */

/*
** {======================================================================
** Emit records and the final block
** =======================================================================
*/

/* The emitting nodes and the phrase ids they list. */
static uint32_t count_emits(const builder *b, size_t *nout)
{
  uint32_t s, n = 0, l;
  *nout = 0;
  for (s = 0; s < b->nodes; s++) {
    if (!emits(b, s)) continue;
    n++;
    for (l = b->own_head[s]; l != 0; l = b->own_next[l - 1]) (*nout)++;
  }
  return n;
}

/* The syms of the block; the ranks take an even count of words, so the
** records after them stay aligned. */
static size_t automaton_size(uint32_t nslots, uint32_t nemit, size_t nout)
{
  size_t words = SE_AC_WORDS(nslots);
  return sizeof(se_automaton) + (size_t)nslots * sizeof(se_ac_node)
       + words * sizeof(uint64_t) + (words + (words & 1)) * sizeof(uint32_t)
       + (size_t)nemit * sizeof(se_ac_emit) + nout * sizeof(uint16_t) + 256;
}

/* The number of slots the packing used: the last taken one, plus a whole
** row, so that base + symbol never reads past the end. */
static uint32_t slots_used(const builder *b)
{
  uint32_t s, end = SE_AC_NSYMS;
  for (s = 0; s < b->nodes; s++) {
    if (b->pos[s] + 1 > end) end = b->pos[s] + 1;
    if (b->base[s] + SE_AC_NSYMS > end) end = b->base[s] + SE_AC_NSYMS;
  }
  return end;
}

/* The symbols: a byte's folded form's when a phrase uses it, else 0. */
static void fill_symbols(const builder *b, unsigned char *sym)
{
  uint32_t c;
  for (c = 0; c < 256; c++) {
    size_t i = 0;
    unsigned char byte = (unsigned char)c, f = se_fold_next(&byte, 1, &i);
    sym[c] = b->dense[f] ? symbol_of[f] : 0;
  }
}

/* Fills the nodes, the emitting bits and, in slot order, the emit records
** with their phrase ids. b->owner is reused to find the node at a slot. */
static void fill_nodes(builder *b, se_automaton *a, se_ac_node *nodes, uint64_t *emitting,
                       uint32_t *emit_rank, se_ac_emit *recs, uint16_t *out)
{
  uint32_t k, s, e = 0, l;
  for (k = 0; k < a->nslots; k++) {
    uint32_t owner = b->owner[k];
    uint32_t check = (owner == NONE || owner == RESERVED) ? SE_AC_FREE : b->pos[owner];
    nodes[k] = SE_AC_NODE(check, 0, 0, 0);
    b->owner[k] = NONE;
  }
  for (s = 0; s < b->nodes; s++) {
    nodes[b->pos[s]] = SE_AC_NODE(se_ac_check(nodes[b->pos[s]]), b->base[s], b->pos[b->fail[s]],
                                  emits(b, s));
    b->owner[b->pos[s]] = s;
  }
  memset(emitting, 0, SE_AC_WORDS(a->nslots) * sizeof(uint64_t));
  for (k = 0; k < a->nslots; k++) {
    if (k % 64 == 0) emit_rank[k / 64] = e;
    if ((s = b->owner[k]) == NONE || !emits(b, s)) continue;
    emitting[k / 64] |= UINT64_C(1) << (k % 64);
    recs[e].dict = b->dict[s] ? b->pos[b->dict[s]] : 0;
    recs[e].depth = b->depth[s];
    recs[e].out = out;
    for (l = b->own_head[s]; l != 0; l = b->own_next[l - 1]) *out++ = (uint16_t)(l - 1);
    recs[e].nout = (uint16_t)(out - recs[e].out);
    e++;
  }
  if (a->nslots % 64 == 0) emit_rank[a->nslots / 64] = e;
}

/* Lays the packed builder out as one block: header, nodes, emitting bits
** and ranks, emit records, phrase ids, symbols. */
static se_automaton *lay_out(builder *b, uint32_t nemit, size_t nout)
{
  uint32_t nslots = slots_used(b), words = SE_AC_WORDS(nslots);
  unsigned char *p;
  se_automaton *a;
  se_ac_node *nodes;
  uint64_t *emitting;
  uint32_t *emit_rank;
  se_ac_emit *recs;
  uint16_t *out;
  if (nslots > SE_AC_MAXSLOTS || reserve_slots(b, nslots) != 0) return NULL;
  p = balloc(b, automaton_size(nslots, nemit, nout));
  if (p == NULL) return NULL;
  a = (se_automaton *)(void *)p;
  nodes = (se_ac_node *)(void *)(p + sizeof(se_automaton));
  emitting = (uint64_t *)(void *)(nodes + nslots);
  emit_rank = (uint32_t *)(void *)(emitting + words);
  recs = (se_ac_emit *)(void *)(emit_rank + words + (words & 1));
  out = (uint16_t *)(void *)(recs + nemit);
  a->nstates = b->nodes;
  a->nslots = nslots;
  a->nemit = nemit;
  a->sym = (unsigned char *)(out + nout);
  fill_symbols(b, (unsigned char *)(out + nout));
  a->space_sym = a->sym[' '];
  fill_nodes(b, a, nodes, emitting, emit_rank, recs, out);
  a->nodes = nodes;
  a->emitting = emitting;
  a->emit_rank = emit_rank;
  a->emits = recs;
  return a;
}

/* Frees the builder; the reason is memory whenever an allocation failed
** (a packing that ran out says so, not that the phrases are too many). */
static se_automaton *fail_build(builder *b, const char **err, const char *why)
{
  builder_free(b);
  *err = b->nomem ? se_no_memory : why;
  return NULL;
}

void *se_std_alloc(void *ud, void *ptr, size_t osize, size_t nsize)
{
  (void)ud;
  (void)osize;
  if (nsize == 0) {
    free(ptr);
    return NULL;
  }
  return realloc(ptr, nsize);
}

se_automaton *se_ac_build(const char *const *phrases, size_t n, const se_ac_layout *layout,
                          se_alloc alloc, void *ud, const char **err)
{
  static const char too_big[] = "too many phrases: the automaton would pass its size limit";
  builder b;
  size_t total, nout, i;
  uint32_t nemit;
  se_automaton *a;

  memset(&b, 0, sizeof b);
  b.alloc = alloc;
  b.ud = ud;
  if (n > SE_AC_MAXPHRASES) return fail_build(&b, err, "too many phrases");
  if (make_alphabet(&b, phrases, n, &total) != 0)
    return fail_build(&b, err, "a phrase is empty or longer than 255 syms");
  if (total >= SE_AC_MAXSLOTS) return fail_build(&b, err, too_big);
  b.cap = (uint32_t)total + 1;
  b.nphrases = n;
  if (builder_alloc(&b) != 0) return fail_build(&b, err, se_no_memory);
  b.depth[0] = 0;
  b.nodes = 1;
  for (i = 0; i < n; i++)
    if (phrases[i] != NULL && add_phrase(&b, phrases[i], (uint32_t)i) != 0)
      return fail_build(&b, err, too_big);
  link_states(&b);
  if (pack(&b, layout) != 0) return fail_build(&b, err, too_big);
  nemit = count_emits(&b, &nout);
  a = lay_out(&b, nemit, nout);
  if (a == NULL) return fail_build(&b, err, too_big);
  builder_free(&b);
  return a;
}

/* }====================================================================== */

size_t se_ac_size(const se_automaton *a)
{
  size_t nout = 0;
  uint32_t e;
  for (e = 0; e < a->nemit; e++) nout += a->emits[e].nout;
  return automaton_size(a->nslots, a->nemit, nout);
}

void se_ac_free(se_automaton *a, se_alloc alloc, void *ud)
{
  if (a != NULL) alloc(ud, a, se_ac_size(a), 0);
}
