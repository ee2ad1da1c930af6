/*
** ac.c
** The phrase matcher: case, accent and white-space folding, and the
** construction of a dense Aho-Corasick automaton. The built-in automaton is
** made at build time by src/tools/mkdfa.c with this same code; classifiers
** with user rules make theirs at run time.
*/
#include <stdlib.h>
#include <string.h>

#include "smtperr.h"

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
      if (b2 == 0x93 || b2 == 0x94) {       /* en and em dashes */
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
** Construction
** =======================================================================
*/

#define MAXPHRASE 255
#define MAXSTATES 65535u

typedef struct builder {
  se_alloc alloc;
  void *ud;
  uint32_t nsyms;
  unsigned char symbol[256];     /* folded byte -> symbol */
  uint32_t *go;                  /* [nodes * nsyms]: trie, then the full DFA */
  uint32_t *fail, *dict, *queue;
  uint32_t *own_head, *own_next; /* phrases ending at each node, as lists */
  unsigned char *depth;          /* [nodes]: length of the node's prefix */
  uint32_t *base;                /* [nodes]: where each row is packed */
  uint32_t *pos;                 /* [nodes]: the slot each node took */
  uint32_t *slot_owner;          /* the node whose edge took each slot */
  uint32_t nslots_cap;
  uint32_t nodes, cap;
} builder;

static void *balloc(builder *b, size_t size)
{
  return b->alloc(b->ud, NULL, 0, size);
}

static void bfree(builder *b, void *p, size_t size)
{
  if (p != NULL) b->alloc(b->ud, p, size, 0);
}

static void builder_free(builder *b, size_t nphrases)
{
  bfree(b, b->go, (size_t)b->cap * b->nsyms * sizeof(uint32_t));
  bfree(b, b->fail, b->cap * sizeof(uint32_t));
  bfree(b, b->dict, b->cap * sizeof(uint32_t));
  bfree(b, b->queue, b->cap * sizeof(uint32_t));
  bfree(b, b->pos, b->cap * sizeof(uint32_t));
  bfree(b, b->own_head, b->cap * sizeof(uint32_t));
  bfree(b, b->own_next, (nphrases + 1) * sizeof(uint32_t));
  bfree(b, b->depth, b->cap);
  bfree(b, b->base, b->cap * sizeof(uint32_t));
  bfree(b, b->slot_owner, b->nslots_cap * sizeof(uint32_t));
}

/* Symbol 0 is "any byte no phrase uses"; the others follow byte order. */
static int make_alphabet(builder *b, const char *const *phrases, size_t n, size_t *total)
{
  char buf[MAXPHRASE];
  size_t i, k;
  memset(b->symbol, 0, sizeof b->symbol);
  *total = 0;
  for (i = 0; i < n; i++) {
    size_t len = se_fold_phrase(phrases[i], strlen(phrases[i]), buf, sizeof buf);
    if (len == 0 || len > MAXPHRASE) return -1;
    for (k = 0; k < len; k++) b->symbol[(unsigned char)buf[k]] = 1;
    *total += len;
  }
  b->nsyms = 1;
  for (k = 0; k < 256; k++)
    if (b->symbol[k]) b->symbol[k] = (unsigned char)b->nsyms++;
  return 0;
}

static int add_phrase(builder *b, const char *phrase, uint32_t id)
{
  char buf[MAXPHRASE];
  size_t len = se_fold_phrase(phrase, strlen(phrase), buf, sizeof buf), k;
  uint32_t node = 0;
  for (k = 0; k < len; k++) {
    uint32_t *slot = &b->go[(size_t)node * b->nsyms + b->symbol[(unsigned char)buf[k]]];
    if (*slot == 0) {
      if (b->nodes >= MAXSTATES) return -1;
      b->depth[b->nodes] = (unsigned char)(k + 1);
      *slot = b->nodes++;
    }
    node = *slot;
  }
  b->own_next[id] = b->own_head[node];
  b->own_head[node] = id + 1;           /* lists hold id + 1; 0 ends them */
  return 0;
}

/* Breadth-first: fail links, dictionary links, and the missing transitions
** filled in from the fail state, which makes the trie a DFA. */
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

/* Makes room for slots up to 'need' (exclusive). */
static int reserve_slots(builder *b, uint32_t need)
{
  uint32_t cap = b->nslots_cap, k;
  uint32_t *owner;
  if (need <= cap) return 0;
  while (cap < need) cap = cap ? cap * 2 : 1024;
  owner = balloc(b, cap * sizeof(uint32_t));
  if (owner == NULL) return -1;
  for (k = 0; k < cap; k++) owner[k] = k < b->nslots_cap ? b->slot_owner[k] : SE_AC_FREE;
  bfree(b, b->slot_owner, b->nslots_cap * sizeof(uint32_t));
  b->slot_owner = owner;
  b->nslots_cap = cap;
  return 0;
}

/*
** A double array: the trie edges of node s go to base[s] + c, in slots no
** other node uses, first fit from the first free slot, rows in the order of
** b->queue. The slot an edge takes becomes its target's position, so the
** slot that proves an edge also holds the target's base and fail link.
** Slot 0 is the root's. An edge is a transition one level deeper; the
** others were filled in from the fail state. Sets b->pos and *nslots.
*/
static int pack_rows(builder *b, uint32_t *nslots)
{
  uint32_t q, c, first_free = 1, end = b->nsyms, d[256], nd;
  if (reserve_slots(b, b->nsyms) != 0) return -1;
  for (q = 0; q < b->nslots_cap; q++) b->slot_owner[q] = SE_AC_FREE;
  b->slot_owner[0] = 0;
  b->pos[0] = 0;
  for (q = 0; q < b->nodes; q++) {
    uint32_t s = b->queue[q];
    const uint32_t *row = &b->go[(size_t)s * b->nsyms];
    uint32_t at, k;
    for (nd = 0, c = 0; c < b->nsyms; c++)
      if (row[c] != 0 && b->depth[row[c]] == b->depth[s] + 1) d[nd++] = c;
    b->base[s] = 0;
    if (nd == 0) continue;
    while (first_free < b->nslots_cap && b->slot_owner[first_free] != SE_AC_FREE) first_free++;
    for (at = first_free > d[0] ? first_free - d[0] : 0;; at++) {
      if (reserve_slots(b, at + b->nsyms) != 0) return -1;
      for (k = 0; k < nd && b->slot_owner[at + d[k]] == SE_AC_FREE; k++) {}
      if (k == nd) break;
    }
    b->base[s] = at;
    for (k = 0; k < nd; k++) {
      b->slot_owner[at + d[k]] = s;
      b->pos[row[d[k]]] = at + d[k];
    }
    if (at + b->nsyms > end) end = at + b->nsyms;
  }
  *nslots = end;
  return 0;
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
** heat of their positions in the plain packing (b->pos). */
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

se_automaton *se_ac_build(const char *const *phrases, size_t n,
                          se_alloc alloc, void *ud, const char **err)
{
  return se_ac_build_hot(phrases, n, NULL, alloc, ud, err);
}

static size_t automaton_size(uint32_t nslots, uint32_t nsyms, uint32_t nemit, size_t nout)
{
  return sizeof(se_automaton) + (size_t)nslots * sizeof(se_ac_node)
       + (nemit + 1) * sizeof(uint32_t) + ((size_t)nsyms + nout + nemit) * sizeof(uint16_t)
       + 256 + nout;
}

/* Lays the packed builder out as one block: nodes, then the tables. */
static se_automaton *lay_out(builder *b, uint32_t nslots, uint32_t nemit, size_t nout)
{
  unsigned char *p = balloc(b, automaton_size(nslots, b->nsyms, nemit, nout));
  se_automaton *a = (se_automaton *)(void *)p;
  se_ac_node *nodes;
  uint32_t *out_start;
  uint16_t *root, *out, *dict;
  unsigned char *sym, *out_len;
  uint32_t c, k, e = 0;
  if (p == NULL) return NULL;
  nodes = (se_ac_node *)(void *)(p + sizeof(se_automaton));
  out_start = (uint32_t *)(void *)(nodes + nslots);
  root = (uint16_t *)(void *)(out_start + nemit + 1);
  out = root + b->nsyms;
  dict = out + nout;
  sym = (unsigned char *)(dict + nemit);
  out_len = sym + 256;

  for (c = 0; c < 256; c++) {
    unsigned char f = (c < 0x80) ? fold_ascii[c] : (unsigned char)c;
    sym[c] = b->symbol[f];
  }
  for (c = 0; c < b->nsyms; c++) root[c] = (uint16_t)(b->go[c] ? b->pos[b->go[c]] : 0);
  for (k = 0; k < nslots; k++) {
    uint32_t owner = b->slot_owner[k];          /* pack_rows reserved every slot */
    nodes[k].check = (uint16_t)(k == 0 || owner == SE_AC_FREE ? SE_AC_FREE : b->pos[owner]);
    nodes[k].base = nodes[k].fail = nodes[k].out = 0;
  }
  /* Emitting nodes in packing order, with their own phrases. */
  nout = 0;
  for (k = 0; k < b->nodes; k++) {
    uint32_t s = b->queue[k], at = b->pos[s], l;
    nodes[at].base = (uint16_t)b->base[s];
    nodes[at].fail = (uint16_t)b->pos[b->fail[s]];
    if (!emits(b, s)) continue;
    nodes[at].out = (uint16_t)(e + 1);
    out_start[e] = (uint32_t)nout;
    for (l = b->own_head[s]; l != 0; l = b->own_next[l - 1]) {
      out_len[nout] = (unsigned char)b->depth[s];
      out[nout++] = (uint16_t)(l - 1);
    }
    dict[e++] = (uint16_t)b->pos[b->dict[s]];
  }
  out_start[nemit] = (uint32_t)nout;

  a->nstates = b->nodes;
  a->nsyms = b->nsyms;
  a->nemit = nemit;
  a->nslots = nslots;
  a->space_sym = b->symbol[' '];
  a->sym = sym;
  a->nodes = nodes;
  a->root = root;
  a->out_start = out_start;
  a->out = out;
  a->out_len = out_len;
  a->dict = dict;
  return a;
}

static se_automaton *fail_build(builder *b, size_t n, const char **err, const char *why)
{
  builder_free(b, n);
  *err = why;
  return NULL;
}

se_automaton *se_ac_build_hot(const char *const *phrases, size_t n, const uint32_t *heat,
                              se_alloc alloc, void *ud, const char **err)
{
  static const char no_memory[] = "not enough memory";
  static const char too_many[] = "too many phrases: the automaton would pass 65535 states";
  builder b;
  size_t total, nout = 0, i;
  uint32_t s, nemit = 0, nslots;
  se_automaton *a;

  memset(&b, 0, sizeof b);
  b.alloc = alloc;
  b.ud = ud;
  if (n >= MAXSTATES) return fail_build(&b, 0, err, "too many phrases");
  if (make_alphabet(&b, phrases, n, &total) != 0)
    return fail_build(&b, 0, err, "a phrase is empty or longer than 255 bytes");
  b.cap = (uint32_t)(total < MAXSTATES ? total + 1 : MAXSTATES);
  b.go = balloc(&b, (size_t)b.cap * b.nsyms * sizeof(uint32_t));
  b.fail = balloc(&b, b.cap * sizeof(uint32_t));
  b.dict = balloc(&b, b.cap * sizeof(uint32_t));
  b.queue = balloc(&b, b.cap * sizeof(uint32_t));
  b.pos = balloc(&b, b.cap * sizeof(uint32_t));
  b.own_head = balloc(&b, b.cap * sizeof(uint32_t));
  b.own_next = balloc(&b, (n + 1) * sizeof(uint32_t));
  b.depth = balloc(&b, b.cap);
  b.base = balloc(&b, b.cap * sizeof(uint32_t));
  if (!b.go || !b.fail || !b.dict || !b.queue || !b.pos || !b.own_head || !b.own_next
      || !b.depth || !b.base)
    return fail_build(&b, n, err, no_memory);
  memset(b.go, 0, (size_t)b.cap * b.nsyms * sizeof(uint32_t));
  memset(b.own_head, 0, b.cap * sizeof(uint32_t));
  b.depth[0] = 0;
  b.nodes = 1;
  for (i = 0; i < n; i++)
    if (add_phrase(&b, phrases[i], (uint32_t)i) != 0) return fail_build(&b, n, err, too_many);
  link_states(&b);
  for (s = 0; s < b.nodes; s++) {
    if (emits(&b, s)) {
      uint32_t l;
      nemit++;
      for (l = b.own_head[s]; l != 0; l = b.own_next[l - 1]) nout++;
    }
  }
  /* Rows are packed in the order the trie was made in (a phrase's nodes
  ** side by side), or hottest first: heat is counted per position of the
  ** plain packing, so that one is made first. */
  for (s = 0; s < b.nodes; s++) b.queue[s] = s;
  if (pack_rows(&b, &nslots) != 0) return fail_build(&b, n, err, no_memory);
  if (heat != NULL) {
    if (order_by_heat(&b, heat) != 0 || pack_rows(&b, &nslots) != 0)
      return fail_build(&b, n, err, no_memory);
  }
  if (nslots > SE_AC_FREE) return fail_build(&b, n, err, too_many);
  a = lay_out(&b, nslots, nemit, nout);
  if (a == NULL) return fail_build(&b, n, err, no_memory);
  builder_free(&b, n);
  return a;
}

/* }====================================================================== */

size_t se_ac_size(const se_automaton *a)
{
  return automaton_size(a->nslots, a->nsyms, a->nemit, a->out_start[a->nemit]);
}

void se_ac_free(se_automaton *a, se_alloc alloc, void *ud)
{
  if (a != NULL) alloc(ud, a, se_ac_size(a), 0);
}
