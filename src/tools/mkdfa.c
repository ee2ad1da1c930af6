/*
** mkdfa.c
** Build-time tool: compiles the built-in phrases (gen_tables.c) into the
** automaton with the same code that compiles user rules at run time
** (ac.c), and prints it as C (gen_automaton.c).
**
**   mkdfa HEAT_SAMPLE [PREVIOUS]
**
** With PREVIOUS (the committed gen_automaton.c), every node that can keeps
** its slot and every emit record its number, so that a small change of
** the phrases changes few lines. Without it, the nodes most visited while
** matching the lines of HEAT_SAMPLE are packed first, side by side.
*/
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../smtperr.h"

/*
** {======================================================================
** Heat
** =======================================================================
*/

static void count(uint32_t *heat, uint32_t s)
{
  if (heat[s] < UINT32_MAX) heat[s]++;
}

/* How often matching the sample's lines touches each slot (the nodes
** stepped through, fail links included). */
static uint32_t *measure_heat(const se_automaton *a, FILE *f)
{
  static char line[1 << 16];
  uint32_t *heat = calloc(a->nslots, sizeof *heat);
  if (heat == NULL) return NULL;
  while (fgets(line, sizeof line, f) != NULL) {
    const unsigned char *u = (const unsigned char *)line;
    size_t i = 0, n = strlen(line);
    uint32_t state = 0;
    while (i < n) {
      uint32_t x = a->sym[se_fold_next(u, n, &i)], s = state;
      for (;;) {
        se_ac_node v = a->nodes[s];
        uint32_t t = se_ac_base(v) + x;
        count(heat, s);
        if (se_ac_check(a->nodes[t]) == s) {
          state = t;
          break;
        }
        if (s == 0) {
          state = 0;
          break;
        }
        s = se_ac_fail(v);
      }
      count(heat, state);
    }
  }
  return heat;
}

/* }====================================================================== */

/*
** {======================================================================
** The previous layout
** =======================================================================
*/

/* Reads the nodes of a gen_automaton.c this tool wrote into 'a' (their
** slots and bases are all the layout needs). Returns 0, or -1 when the file
** is missing or not of this format. */
static int read_previous(const char *path, se_automaton *a)
{
  static char line[4096];
  unsigned nslots = 0, k = 0, v[4];
  se_ac_node *nodes = NULL;
  FILE *f = fopen(path, "r");
  memset(a, 0, sizeof *a);
  if (f == NULL) return -1;
  while (fgets(line, sizeof line, f) != NULL) {
    if (nodes == NULL && sscanf(line, "static const se_ac_node nodes[%u]", &nslots) == 1)
      nodes = calloc(nslots, sizeof *nodes);
    else if (nodes != NULL && k < nslots
             && sscanf(line, " SE_AC_NODE(%u, %u, %u, %u)", &v[0], &v[1], &v[2], &v[3]) == 4)
      nodes[k++] = SE_AC_NODE(v[0], v[1], v[2], v[3]);
  }
  fclose(f);
  if (nodes == NULL || k != nslots) {
    free(nodes);
    return -1;
  }
  a->nslots = nslots;
  a->nodes = nodes;
  return 0;
}

/* }====================================================================== */

/*
** {======================================================================
** Printing
** =======================================================================
*/

static void print_bytes(const char *name, const unsigned char *v, size_t n)
{
  size_t i;
  printf("static const unsigned char %s[%lu] = {", name, (unsigned long)n);
  for (i = 0; i < n; i++) printf("%s%u,", i % 16 ? " " : "\n  ", v[i]);
  printf("\n};\n\n");
}

static void print_u64(const char *name, const uint64_t *v, size_t n)
{
  size_t i;
  printf("static const uint64_t %s[%lu] = {", name, (unsigned long)n);
  for (i = 0; i < n; i++)
    printf("%sUINT64_C(0x%016llx),", i % 4 ? " " : "\n  ", (unsigned long long)v[i]);
  printf("\n};\n\n");
}

static void print_u32(const char *name, const uint32_t *v, size_t n)
{
  size_t i;
  printf("static const uint32_t %s[%lu] = {", name, (unsigned long)n);
  for (i = 0; i < n; i++) printf("%s%lu,", i % 16 ? " " : "\n  ", (unsigned long)v[i]);
  printf("\n};\n\n");
}

/* One line a slot, a record, a list: a change of the phrases changes the
** lines of what it changes. Lists and records are named by their slot. */
static void print_id(uint16_t id)
{
  if (id < SE_NPHRASES) printf("%s", se_phrase_names[id]);
  else printf("SE_NPHRASES + %u", (unsigned)(id - SE_NPHRASES));
}

static void print_string(const char *s)
{
  putchar('"');
  for (; *s != '\0'; s++) {
    unsigned char c = (unsigned char)*s;
    if (c == '"' || c == '\\') printf("\\%c", c);
    else if (c < 0x20 || c >= 0x7f || c == '?') printf("\\%03o", c);   /* '?': no trigraphs */
    else putchar(c);
  }
  putchar('"');
}

static void print_pieces(const se_piece *pieces, long n)
{
  long k;
  printf("\nconst se_piece se_builtin_pieces[%ld] = {\n", n > 0 ? n : 1);
  for (k = 0; k < n; k++) {
    const se_piece *p = &pieces[k];
    printf("  {");
    print_string(p->text);
    printf(", %s, %u, %u, %u, %u, %u, %u, %u, %u},\n", se_phrase_names[p->phrase], p->len,
           p->words, p->index, p->last, p->before, p->after, p->flags, p->alike);
  }
  if (n == 0) printf("  {\"\", 0, 0, 0, 0, 0, 0, 0, 0, 0}\n");
  printf("};\n");
}

static void print_automaton(const se_automaton *a)
{
  uint32_t k, e, words = SE_AC_WORDS(a->nslots);
  printf("/* Generated by src/tools/mkdfa.c from the phrases of src/data/: do not edit. */\n");
  printf("/* %u states, %u slots, %u emitting, %lu bytes. */\n", a->nstates, a->nslots,
         a->nemit, (unsigned long)se_ac_size(a));
  printf("#include \"ac.h\"\n#include \"pattern.h\"\n#include \"tables.h\"\n\n");
  print_bytes("sym", a->sym, 256);
  printf("static const se_ac_node nodes[%u] = {\n", a->nslots);
  for (k = 0; k < a->nslots; k++) {
    se_ac_node v = a->nodes[k];
    printf("  SE_AC_NODE(%u, %u, %u, %d),\n", se_ac_check(v), se_ac_base(v), se_ac_fail(v),
           se_ac_emits(v));
  }
  printf("};\n\n");
  print_u64("emitting", a->emitting, words);
  print_u32("emit_rank", a->emit_rank, words);
  for (k = 0; k < a->nslots; k++) {
    const se_ac_emit *r;
    if (!se_ac_emits(a->nodes[k]) || (r = se_ac_emit_at(a, k))->nout == 0) continue;
    printf("static const uint16_t out%u[%u] = {", k, r->nout);
    for (e = 0; e < r->nout; e++) {
      printf("%s", e ? ", " : "");
      print_id(r->out[e]);
    }
    printf("};\n");
  }
  printf("\nstatic const se_ac_emit emits[%u] = {\n", a->nemit ? a->nemit : 1);
  for (k = 0; k < a->nslots; k++) {
    const se_ac_emit *r;
    if (!se_ac_emits(a->nodes[k])) continue;
    r = se_ac_emit_at(a, k);
    if (r->nout == 0) printf("  {%u, %u, 0, NULL},        /* %u */\n", r->dict, r->depth, k);
    else printf("  {%u, %u, %u, out%u},\n", r->dict, r->depth, r->nout, k);
  }
  printf("};\n\n");
  printf("const se_automaton se_builtin_automaton = {\n"
         "  %u, %u, %u, %u,\n"
         "  sym, nodes, emitting, emit_rank, emits\n};\n",
         a->nstates, a->nslots, a->nemit, a->space_sym);
}

/* }====================================================================== */

static void warn_near(const char *what, size_t count, size_t limit)
{
  if (count * 100 >= limit * SE_WARN_PERCENT)
    fprintf(stderr, "mkdfa: warning: %lu %s, %lu%% of the limit of %lu\n", (unsigned long)count,
            what, (unsigned long)(count * 100 / limit), (unsigned long)limit);
}

/* The automaton's entries: the phrases, then the patterns' pieces. */
static const char **lay_out(se_piece **pieces, long *npieces, char **bytes)
{
  size_t i, total = SE_NPHRASES, bad;
  const char *why = NULL, **texts;
  for (i = 0; i < SE_NPHRASES; i++) total += strlen(se_phrases[i].text);
  *npieces = se_lay_out_patterns(se_phrases, SE_NPHRASES, NULL, NULL, NULL, &bad, &why);
  if (*npieces < 0) {
    fprintf(stderr, "mkdfa: phrase \"%s\": %s\n", se_phrases[bad].text, why);
    return NULL;
  }
  texts = malloc((SE_NPHRASES + (size_t)*npieces) * sizeof *texts);
  *pieces = malloc(((size_t)*npieces + 1) * sizeof **pieces);
  *bytes = malloc(total);
  if (texts == NULL || *pieces == NULL || *bytes == NULL) {
    fprintf(stderr, "mkdfa: not enough memory\n");
    return NULL;
  }
  se_lay_out_patterns(se_phrases, SE_NPHRASES, texts, *pieces, *bytes, &bad, &why);
  for (i = 0; se_phrase_variants[i].text != NULL; i++)   /* case variants: not patterns */
    if (texts[se_phrase_variants[i].id] != NULL) texts[se_phrase_variants[i].id] = se_phrase_variants[i].text;
  return texts;
}

int main(int argc, char **argv)
{
  const char **texts;
  const char *err = NULL;
  se_piece *pieces = NULL;
  char *bytes = NULL;
  long npieces = 0;
  size_t n;
  se_ac_layout layout = { NULL, NULL };
  se_automaton prev;
  uint32_t *heat = NULL;
  se_automaton *a;
  memset(&prev, 0, sizeof prev);
  if (argc < 2) {
    fprintf(stderr, "usage: mkdfa HEAT_SAMPLE [PREVIOUS]\n");
    return 2;
  }
  if ((texts = lay_out(&pieces, &npieces, &bytes)) == NULL) return 1;
  n = SE_NPHRASES + (size_t)npieces;
  if (argc > 2 && read_previous(argv[2], &prev) == 0) {
    layout.previous = &prev;
  } else {
    FILE *f = fopen(argv[1], "r");
    a = se_ac_build(texts, n, NULL, se_std_alloc, NULL, &err);
    heat = (a != NULL && f != NULL) ? measure_heat(a, f) : NULL;
    if (f != NULL) fclose(f);
    se_ac_free(a, se_std_alloc, NULL);
    if (heat == NULL) {
      fprintf(stderr, "mkdfa: cannot measure heat with %s%s%s\n", argv[1], err ? ": " : "",
              err ? err : "");
      return 1;
    }
    layout.heat = heat;
  }
  a = se_ac_build(texts, n, &layout, se_std_alloc, NULL, &err);
  free(heat);
  if (a == NULL) {
    fprintf(stderr, "mkdfa: %s\n", err);
    return 1;
  }
  warn_near("automaton slots", a->nslots, SE_AC_MAXSLOTS);
  warn_near("phrases and pieces", n, SE_AC_MAXPHRASES);
  print_automaton(a);
  print_pieces(pieces, npieces);
  se_ac_free(a, se_std_alloc, NULL);
  free(texts);
  free(pieces);
  free(bytes);
  free((void *)prev.nodes);
  return 0;
}
