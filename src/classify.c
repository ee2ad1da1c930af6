/*
** classify.c
** The classifier (classify.h): runs the phrase matcher once over the text
** and the wrapper of a parsed reply (parse.c), picks up the fields its
** words point at, and decides the class, reason and action. Every step is
** linear in the input.
*/
#include <string.h>

#include "classify.h"
#include "sectype.h"

const se_classifier se_builtin = { NULL, { NULL, 0, NULL } };

static const se_lexicon builtin_lexicon = { se_phrases, SE_NPHRASES, se_builtin_pieces };

#if defined(__GNUC__)
#define SE_COLD __attribute__((noinline))
#define SE_HOT_INLINE static inline __attribute__((always_inline))
#else
#define SE_COLD
#define SE_HOT_INLINE static inline
#endif

/*
** {======================================================================
** Addresses, hosts, links and durations
** =======================================================================
*/

/* The link that starts at s[i] ("http://", "https://", "www."), as
** written, without the punctuation around it. */
static int link_at(const char *s, size_t n, size_t i, se_span *out)
{
  size_t e;
  if (i > 0 && se_isalnum((unsigned char)s[i - 1])) return 0;
  for (e = i; e < n && (unsigned char)s[e] > ' ' && s[e] != '<' && s[e] != '>' && s[e] != '"'
       && s[e] != '\''; e++) {}
  while (e > i && (s[e - 1] == '.' || s[e - 1] == ',' || s[e - 1] == ';' || s[e - 1] == ':'
                   || s[e - 1] == ')' || s[e - 1] == ']')) e--;
  if (e <= i + 8) return 0;
  out->s = s + i;
  out->n = e - i;
  return 1;
}

/* A host name after "host ", "connect to ", "H=": letters, digits, dots
** and dashes, with a dot and a letter in it. */
static int read_host(const char *s, size_t n, size_t i, se_span *out)
{
  size_t a = se_skipblanks(s, i, n), b = a;
  int dot = 0, letter = 0;
  while (b < n && (se_isalnum((unsigned char)s[b]) || s[b] == '.' || s[b] == '-' || s[b] == '_')) {
    dot |= s[b] == '.';
    letter |= se_isalpha((unsigned char)s[b]);
    b++;
  }
  if (b < n && s[b] == '@') return 0;
  while (b > a && s[b - 1] == '.') b--;
  if (!dot || !letter || b == a) return 0;
  out->s = s + a;
  out->n = b - a;
  return 1;
}

typedef struct unit {
  const char *word;
  long seconds;
} unit;

/* Time units in English, French and German (folded: no accents). */
static const unit units[] = {
  {"s", 1}, {"sec", 1}, {"secs", 1}, {"second", 1}, {"seconds", 1}, {"seconde", 1},
  {"secondes", 1}, {"sekunde", 1}, {"sekunden", 1}, {"sek", 1},
  {"m", 60}, {"min", 60}, {"mins", 60}, {"minute", 60}, {"minutes", 60}, {"minuten", 60},
  {"h", 3600}, {"hr", 3600}, {"hrs", 3600}, {"hour", 3600}, {"hours", 3600},
  {"heure", 3600}, {"heures", 3600}, {"stunde", 3600}, {"stunden", 3600}, {"std", 3600},
  {"d", 86400}, {"day", 86400}, {"days", 86400}, {"jour", 86400}, {"jours", 86400},
  {"tag", 86400}, {"tage", 86400}, {"tagen", 86400},
  {NULL, 0}
};

/* Words that may stand between "retry in" and the number. */
static const char *const fillers[] = {
  "for ", "about ", "approximately ", "approx. ", "around ", "at least ", "some ",
  "environ ", "au moins ", "pendant ", "ca. ", "etwa ", "mindestens ", "circa ", NULL
};

static long read_number(const char *s, size_t n, size_t *i)
{
  long v = 0;
  size_t start = *i;
  while (*i < n && se_isdigit(s[*i]) && *i - start < 9) v = v * 10 + (s[(*i)++] - '0');
  return (*i == start || (*i < n && se_isdigit(s[*i]))) ? -1 : v;
}

/* A duration at s[i]: "5 minutes", "300s", "1 hour", "00:05:00". */
static long read_duration(const char *s, size_t n, size_t i)
{
  size_t k, w;
  long v, parts[3];
  int np = 0, f;
  char word[12];
  i = se_skipblanks(s, i, n);
  for (f = 0; fillers[f] != NULL; f++) {
    if (se_startswith(s, n, i, fillers[f])) {
      i = se_skipblanks(s, i + strlen(fillers[f]), n);
      f = -1;
    }
  }
  v = read_number(s, n, &i);
  if (v < 0 || v > SE_MAXWAIT) return -1;
  parts[np++] = v;
  while (np < 3 && i + 1 < n && s[i] == ':' && se_isdigit(s[i + 1])) {
    i++;
    parts[np++] = read_number(s, n, &i);
    if (parts[np - 1] < 0 || parts[np - 1] > SE_MAXWAIT) return -1;
  }
  if (np == 3) return parts[0] * 3600 + parts[1] * 60 + parts[2];
  if (np == 2) return parts[0] * 60 + parts[1];
  i = se_skipblanks(s, i, n);
  for (w = 0; i + w < n && w < sizeof word - 1 && se_isalpha((unsigned char)s[i + w]); w++)
    word[w] = (char)se_tolower((unsigned char)s[i + w]);
  word[w] = '\0';
  if (w == 0 || (i + w < n && se_isalpha((unsigned char)s[i + w]))) return -1;
  for (k = 0; units[k].word != NULL; k++)
    if (strcmp(word, units[k].word) == 0) return v * units[k].seconds;
  return -1;
}

/* }====================================================================== */

/*
** {======================================================================
** Matching
** =======================================================================
*/

/* How much a reason phrase is trusted, least first. */
typedef enum tier {
  TIER_NONE,            /* decides nothing (a "none" phrase, another provider's) */
  TIER_VAGUE,           /* says only that it failed ("could not be delivered") */
  TIER_FALLBACK,        /* how it ended (given up, expired), wherever it is said */
  TIER_ADVICE,          /* a phrase in a sentence of advice ("to reduce spam, set up SPF") */
  TIER_WEAK,            /* a weak phrase of the reply: what happened, not why */
  TIER_WRAPPER,         /* a specific phrase of the wrapper */
  TIER_PHRASE,          /* a specific phrase of the reply */
  TIER_PROVIDER,        /* the answering provider's own phrase */
  TIER_USER             /* a user rule */
} tier;

/* How sure an address is to be the one the reply is about, least first. */
typedef enum address_rank {
  ADDRESS_NONE, ADDRESS_WRAPPER_BARE, ADDRESS_WRAPPER_ANGLE, ADDRESS_TEXT_BARE, ADDRESS_TEXT_ANGLE
} address_rank;

/* The region an automaton runs over: the reply text or its wrapper. */
typedef struct region {
  const char *s;
  size_t n;
  int in_text;
} region;

/* Where a phrase was found, in folded symbols and in bytes of its region,
** and how many of its symbols are its own words (a pattern's slots and
** gaps are not). */
typedef struct hit {
  size_t fstart, fend, rstart, rend, words;
} hit;

typedef struct match {
  const se_phrase *ph;
  uint32_t id;
  size_t fstart, fend;  /* in folded symbols */
  size_t rstart;        /* in bytes of its region */
  size_t words;         /* its own words' length: what it weighs */
  int in_text;          /* in the reply text, not its wrapper */
  int aside;            /* in a reply of the text other than the one that stands for it */
  int advised;          /* in a sentence of advice */
} match;

typedef struct scan {
  const se_parsed *p;
  const se_reply *chosen;   /* the reply that stands for the text */
  match m[SE_MAXMATCH];
  int nm;
  int provider;
  se_command command;
  se_class class_hint;
  int sender;           /* the text says the sender's address was refused */
  long retry_after;
  se_span host, help, address;
  address_rank address_rank;
  se_word_memo memo;    /* for the patterns whose last piece is found at one place */
  int slash;            /* the text has a '/': it may hold a link */
  size_t advice[SE_MAXADVICE];  /* where sentences of advice start in the text */
  int nadvice;
  size_t folded_from;   /* the first symbol that did not come from one ASCII byte */
  size_t ring[SE_RING];
} scan;

/* The tier of a match once the answering provider is known (-1: none). */
static inline tier tier_of(const match *m, int provider)
{
  const se_phrase *ph = m->ph;
  if (ph->value == SE_R_NONE) return TIER_NONE;
  if (ph->provider != 0 && ph->provider != provider + 1) return TIER_NONE;
  if (ph->flags & SE_F_USER) return TIER_USER;
  if (ph->provider != 0) return TIER_PROVIDER;
  if (ph->flags & SE_F_FALLBACK) return TIER_FALLBACK;
  if (m->advised) return TIER_ADVICE;
  if (ph->flags & SE_F_WEAK) {
    if (!m->in_text || m->aside) return TIER_NONE;
    return ph->value == SE_R_UNKNOWN ? TIER_VAGUE : TIER_WEAK;
  }
  return m->in_text && !m->aside ? TIER_PHRASE : TIER_WRAPPER;
}

/* What a match weighs before the provider is known (its provider assumed
** to answer): its tier, then its length. */
static size_t weight(const match *m)
{
  return (size_t)tier_of(m, m->ph->provider - 1) * (SE_MAXPHRASE + 1) + m->words;
}

/* Does a phrase that matched around another one hide it? A longer phrase
** says more, but a weak one does not hide a specific one inside it, unless
** it is there to say that the words decide nothing. */
static int hides(const se_phrase *outer, const se_phrase *inner)
{
  return !(outer->flags & SE_F_WEAK) || (inner->flags & SE_F_WEAK) || outer->value == SE_R_NONE;
}

/* The slot for a new match when all are taken: the one that weighs least,
** if it weighs less than the newcomer; else -1 (the newcomer is dropped). */
static int evictable(const scan *sc, const match *newcomer)
{
  int k, lightest = 0;
  for (k = 1; k < sc->nm; k++)
    if (weight(&sc->m[k]) < weight(&sc->m[lightest])) lightest = k;
  return weight(&sc->m[lightest]) < weight(newcomer) ? lightest : -1;
}

/* Keeps a reason match unless a longer one holds it; drops those it holds. */
/* Does match a hold match b? Of two over the same words, the one with
** more words of its own (a phrase rather than a pattern) holds the other. */
static inline int holds(const match *a, const match *b)
{
  if (a->in_text != b->in_text || a->fstart > b->fstart || b->fend > a->fend) return 0;
  if (a->fstart == b->fstart && a->fend == b->fend && a->words < b->words) return 0;
  return hides(a->ph, b->ph);
}

static void add_match(scan *sc, const se_phrase *ph, uint32_t id, const hit *h, int in_text,
                      int aside)
{
  int k;
  match m;
  m.ph = ph;
  m.id = id;
  m.fstart = h->fstart;
  m.fend = h->fend;
  m.rstart = h->rstart;
  m.words = h->words;
  m.in_text = in_text;
  m.aside = aside;
  m.advised = 0;
  for (k = 0; k < sc->nm; k++)
    if (holds(&sc->m[k], &m)) return;
  for (k = 0; k < sc->nm && !holds(&m, &sc->m[k]); k++) {}
  if (k < sc->nm) {                    /* it holds some: they go */
    int j;
    for (j = k++; k < sc->nm; k++)
      if (!holds(&m, &sc->m[k])) sc->m[j++] = sc->m[k];
    sc->nm = j;
  }
  if (sc->nm < SE_MAXMATCH) {
    sc->m[sc->nm++] = m;
  } else if ((k = evictable(sc, &m)) >= 0) {
    memmove(&sc->m[k], &sc->m[k + 1], (size_t)(sc->nm - k - 1) * sizeof(match));
    sc->m[sc->nm - 1] = m;
  }
}

static void add_address(scan *sc, const char *s, size_t n, size_t at, int in_text)
{
  se_span a;
  int kind = se_address_at(s, n, at, &a);
  address_rank r;
  if (kind == 0) return;
  if (in_text) r = kind == 2 ? ADDRESS_TEXT_ANGLE : ADDRESS_TEXT_BARE;
  else r = kind == 2 ? ADDRESS_WRAPPER_ANGLE : ADDRESS_WRAPPER_BARE;
  if (r > sc->address_rank) {
    sc->address = a;
    sc->address_rank = r;
  }
}

/* The reply of the text that holds raw offset 'at'. */
static const se_reply *reply_at(const se_parsed *p, size_t at)
{
  int k = 0;
  while (k + 1 < p->nreplies && at >= p->replies[k + 1].from) k++;
  return &p->replies[k];
}

/* Does a reason phrase hold for its reply's codes? */
static int codes_allow(const se_phrase *ph, int code, const se_enhanced_code *e)
{
  if (ph->code != 0 && ph->code != code) return 0;
  return ph->enhanced == 0
         || (e->klass != 0 && ph->enhanced == SE_ENHANCED_KEY(e->klass, e->subject, e->detail));
}

/* Where the sentence that starts at 'from' ends. */
static size_t sentence_end(const se_buffer *t, size_t from)
{
  size_t i;
  for (i = from; i + 1 < t->len; i++)
    if ((t->s[i] == '.' || t->s[i] == '!' || t->s[i] == '?') && t->s[i + 1] == ' ') return i;
  return t->len;
}

/* Is text offset 'at' inside a link: a word with "://" or "www.", or a
** dot before a slash ("example.com/deny.php")? A link's words name the
** cause on purpose ("...?p=NoSuchUser"), so advice does not lower them,
** and weak words in it ("antispam.example.com") are not the reply's. */
static int in_link(const se_buffer *t, size_t at)
{
  size_t a = at, b = at, i;
  int dot = 0;
  while (a > 0 && t->s[a - 1] != ' ' && at - a < SE_MAXLINK) a--;
  while (b < t->len && t->s[b] != ' ' && b - at < SE_MAXLINK) b++;
  for (i = a; i < b; i++) {
    if (t->s[i] == '.') dot = 1;
    else if (t->s[i] == '/' && (dot || (i > a && t->s[i - 1] == ':'))) return 1;
    else if (i + 4 <= b && se_startswith(t->s, b, i, "www.")) return 1;
  }
  return 0;
}

/* Does the character at code point cp join the letters around it into a
** word? Not the punctuation and symbols of U+2000..U+2BFF (typographic
** quotes, dashes), nor CJK (U+2E80..U+9FFF, U+F900..U+FFEF: ideographs,
** kana, their punctuation and full-width forms), written without spaces:
** a phrase next to one still starts or ends a word. */
static int joins_word(uint32_t cp)
{
  return !((cp >= 0x2000 && cp < 0x2C00) || (cp >= 0x2E80 && cp < 0xA000)
           || (cp >= 0xF900 && cp < 0xFFF0));
}

/* Is the character that starts at u[at] part of a word? */
static int word_at(const unsigned char *u, size_t n, size_t at)
{
  if (u[at] >= 0xE0 && u[at] < 0xF0 && at + 2 < n)      /* three bytes of UTF-8 */
    return joins_word(((uint32_t)(u[at] & 0x0F) << 12) | ((uint32_t)(u[at + 1] & 0x3F) << 6)
                      | (uint32_t)(u[at + 2] & 0x3F));
  return se_iswordc(u[at]);
}

/* Is the character that ends just before u[at] (at > 0) part of a word? */
static int word_ends_before(const unsigned char *u, size_t at)
{
  size_t k = at - 1;
  while (k > 0 && at - k < 3 && (u[k] & 0xC0) == 0x80) k--;
  return at - k == 3 ? word_at(u, at, k) : se_iswordc(u[at - 1]);
}

/* Is the character before u[at] (at > 0) part of a word, and the one at
** u[at] (at < n)? ASCII is answered at once. */
SE_HOT_INLINE int word_joins(const unsigned char *u, size_t n, size_t at)
{
  if (u[at - 1] < 0x80 && u[at] < 0x80) return se_iswordc(u[at - 1]) && se_iswordc(u[at]);
  return word_ends_before(u, at) && word_at(u, n, at);
}

/* Are the ends of a match at s[rstart..rend) word ends, as 'flags' ask? */
SE_HOT_INLINE int at_word_ends(unsigned flags, const char *s, size_t n, size_t rstart, size_t rend)
{
  const unsigned char *u = (const unsigned char *)s;
  if ((flags & SE_F_START) && rstart > 0 && word_joins(u, n, rstart)) return 0;
  return !((flags & SE_F_END) && rend < n && word_joins(u, n, rend));
}

SE_HOT_INLINE void on_match(scan *sc, const se_lexicon *lex, uint32_t id, const hit *h,
                            const region *g);

/* Where the symbol that starts at raw offset 'at' is, 'fend' symbols in
** (at most a ring back; past it, as if each byte were one symbol). */
static size_t folded_at(const scan *sc, size_t at, size_t fend)
{
  size_t f;
  if (at < sc->folded_from) return at;
  for (f = fend; f > sc->folded_from && fend - f < SE_RING; f--)
    if (sc->ring[(f - 1) % SE_RING] == at) return f - 1;
  return fend > at ? at : fend;
}

/* A pattern's last piece was found: the pattern is there if its other
** pieces and slots are. */
static void on_piece(scan *sc, const se_lexicon *lex, const se_piece *pc, const hit *h,
                     const region *g)
{
  hit whole;
  const se_piece *p;
  if (!se_pattern_at(pc, g->s, g->n, h->rstart, h->rend, &sc->memo, &whole.rstart)) return;
  whole.rend = h->rend;
  whole.fend = h->fend;
  whole.fstart = folded_at(sc, whole.rstart, h->fstart);
  for (whole.words = 0, p = pc;; p--) {
    whole.words += p->len;
    if (p->index == 0) break;
  }
  on_match(sc, lex, pc->phrase, &whole, g);
}

/* Entry 'id' of the automaton, 'len' symbols long, ends at symbol fend
** and raw offset 'rend' (exclusive) of the region. */
static void on_phrase(scan *sc, const se_lexicon *lex, uint32_t id, unsigned len, size_t fend,
                      size_t rend, const region *g)
{
  hit h;
  h.fstart = fend - len;
  h.fend = fend;
  h.words = len;
  /* Regions have single spaces, so until a multi-byte letter the symbols
  ** and the bytes are the same; after it the ring knows where each began. */
  h.rstart = h.fstart < sc->folded_from ? h.fstart : sc->ring[h.fstart % SE_RING];
  h.rend = rend;
  if (id >= lex->nphrases) {
    const se_piece *pc = &lex->pieces[id - lex->nphrases];
    for (;;) {
      if (at_word_ends(pc->flags, g->s, g->n, h.rstart, rend)) on_piece(sc, lex, pc, &h, g);
      if (pc->alike == 0) break;
      pc = &lex->pieces[pc->alike];
    }
  } else if (at_word_ends(lex->phrases[id].flags, g->s, g->n, h.rstart, rend)) {
    on_match(sc, lex, id, &h, g);
  }
}

/* Is a whole-text phrase (a client library's "closed") where it may be: the
** whole text, or the end of a text that has no reply code and names its
** context first ("... after RCPT TO:<x>: closed"). */
static int whole_enough(const scan *sc, const region *g, const hit *h)
{
  if (!g->in_text || h->rend != g->n) return 0;
  if (h->rstart == 0) return 1;
  return sc->p->code == 0 && h->rstart >= 2 && g->s[h->rstart - 2] == ':' &&
         g->s[h->rstart - 1] == ' ';
}

/* A reason phrase found in the text or its wrapper. */
SE_HOT_INLINE void on_reason(scan *sc, const se_phrase *ph, uint32_t id, const hit *h, int in_text)
{
  if ((ph->flags & SE_F_WEAK) && in_text && sc->slash && in_link(&sc->p->text, h->rstart)) return;
  if (in_text && sc->p->nreplies > 1) {
    const se_reply *reply = reply_at(sc->p, h->rstart);
    int digit = reply->code / 100;
    if (digit == 2 || digit == 3) return;      /* a greeting, an accepted command */
    if (reply != sc->chosen) {
      if (codes_allow(ph, reply->code, &reply->enh)) add_match(sc, ph, id, h, 1, 1);
      return;
    }
  }
  if (codes_allow(ph, sc->p->code, &sc->p->enh)) add_match(sc, ph, id, h, in_text, 0);
}

/* What a phrase found tells. */
SE_HOT_INLINE void on_match(scan *sc, const se_lexicon *lex, uint32_t id, const hit *h,
                            const region *g)
{
  const se_phrase *ph = &lex->phrases[id];
  const char *s = g->s;
  size_t n = g->n;
  if ((ph->flags & SE_F_WHOLE) && !whole_enough(sc, g, h)) return;
  switch ((se_phrase_kind)ph->kind) {
    case SE_K_REASON:
      on_reason(sc, ph, id, h, g->in_text);
      break;
    case SE_K_ADVICE:
      if (g->in_text && sc->nadvice < SE_MAXADVICE) sc->advice[sc->nadvice++] = h->rstart;
      break;
    case SE_K_PROVIDER:
      if (sc->provider < 0) sc->provider = ph->value - 1;
      break;
    case SE_K_COMMAND:
      if (sc->command == SE_NOCOMMAND) sc->command = (se_command)ph->value;
      break;
    case SE_K_CLASS:
      if (sc->class_hint == SE_NOCLASS) sc->class_hint = (se_class)ph->value;
      break;
    case SE_K_SENDER:
      sc->sender = 1;
      break;
    case SE_K_WAIT:
      if (sc->retry_after < 0) sc->retry_after = read_duration(s, n, h->rend);
      break;
    case SE_K_HOST:
      if (sc->host.s == NULL) read_host(s, n, h->rend, &sc->host);
      break;
    case SE_K_LINK:
      if (sc->help.s == NULL) link_at(s, n, h->rstart, &sc->help);
      break;
    case SE_K_ADDRESS:
      if (sc->address_rank < (g->in_text ? ADDRESS_TEXT_ANGLE : ADDRESS_WRAPPER_ANGLE))
        add_address(sc, s, n, h->rend - 1, g->in_text);
      break;
  }
}

/* The phrases that end where the automaton reached 'state': the node's
** own, then those of the nodes on its dictionary chain. Rare, so kept out
** of the hot loop (and its registers). */
SE_COLD static void outputs(scan *sc, const se_automaton *a, const se_lexicon *lex,
                            uint32_t state, size_t fpos, size_t i, const region *g)
{
  while (state != 0) {
    const se_ac_emit *e = se_ac_emit_at(a, state);
    uint16_t k;
    for (k = 0; k < e->nout; k++) on_phrase(sc, lex, e->out[k], e->depth, fpos, i, g);
    state = e->dict;
  }
}

/* The fast part of a run: the ASCII bytes before u[ascii], one symbol
** each. Stops after a byte that ends a phrase (returns 1), or at u[ascii]
** (returns 0). Few live variables, so they stay in registers. */
static int run_ascii(const se_automaton *a, const unsigned char *u, size_t ascii, size_t *pi,
                     uint32_t *pstate)
{
  const unsigned char *sym = a->sym;
  const se_ac_node *nodes = a->nodes;
  uint32_t state = *pstate;
  se_ac_node v = nodes[state];
  size_t i = *pi;
  int emitted = 0;
  while (i < ascii) {
    state = se_ac_step_node(nodes, state, &v, sym[u[i++]]);
    if (se_ac_emits(v)) {
      emitted = 1;
      break;
    }
  }
  *pi = i;
  *pstate = state;
  return emitted;
}

/* How many bytes of u[0..n) are ASCII before the first that is not,
** eight at a time. */
static size_t ascii_run(const unsigned char *u, size_t n)
{
  size_t i = 0;
  for (; i + 8 <= n; i += 8) {
    uint64_t v;
    memcpy(&v, u + i, sizeof v);
    if (v & UINT64_C(0x8080808080808080)) break;
  }
  while (i < n && u[i] < 0x80) i++;
  return i;
}

/* An automaton over one region. Regions have single spaces (emit_words),
** so while the bytes are ASCII a byte is a symbol; from the first other
** byte on, letters may fold several bytes into one symbol and spaces may
** collapse, and the ring keeps where each symbol began. */
static void run(scan *sc, const se_automaton *a, const se_lexicon *lex, const region *g)
{
  const unsigned char *u = (const unsigned char *)g->s;
  size_t n = g->n, ascii = ascii_run(u, n);
  uint32_t state = 0, last;
  size_t i = 0, fpos;
  sc->folded_from = (size_t)-1;
  sc->memo.at = (size_t)-1;
  while (run_ascii(a, u, ascii, &i, &state)) outputs(sc, a, lex, state, i, i, g);
  if (i == n) return;
  sc->folded_from = fpos = i;
  last = i > 0 ? a->sym[u[i - 1]] : 0;
  while (i < n) {
    size_t at = i;
    uint32_t x = a->sym[se_fold_next(u, n, &i)];
    if (x == a->space_sym && last == a->space_sym) continue;
    last = x;
    sc->ring[fpos % SE_RING] = at;
    fpos++;
    state = se_ac_step(a->nodes, state, x);
    if (se_ac_emits(a->nodes[state])) outputs(sc, a, lex, state, fpos, i, g);
  }
}

/* }====================================================================== */

/*
** {======================================================================
** Decision
** =======================================================================
*/

/* The reasons named in a sentence of advice, after its opening words,
** weigh less than the sentences that say what happened. */
static void mark_advice(scan *sc)
{
  const se_buffer *t = &sc->p->text;
  int a, k;
  for (a = 0; a < sc->nadvice; a++) {
    size_t from = sc->advice[a], to = sentence_end(t, from);
    for (k = 0; k < sc->nm; k++) {
      match *m = &sc->m[k];
      if (m->in_text && m->rstart > from && m->rstart < to && !(sc->slash && in_link(t, m->rstart)))
        m->advised = 1;
    }
  }
}

/* The reason match trusted most: by tier, then length, then position. */
static const match *best_match(const scan *sc, int provider, tier *best_tier)
{
  const match *best = NULL;
  int k;
  *best_tier = TIER_NONE;
  for (k = 0; k < sc->nm; k++) {
    const match *m = &sc->m[k];
    tier t = tier_of(m, provider);
    size_t len = m->words;
    if (t == TIER_NONE) continue;
    if (best == NULL || t > *best_tier
        || (t == *best_tier && len > best->words)
        || (t == *best_tier && len == best->words && m->fstart < best->fstart)) {
      best = m;
      *best_tier = t;
    }
  }
  return best;
}

/* A provider's own meaning of the enhanced code; may name the provider.
** The table is sorted by subject, then by the start of each range. */
static const se_provider_code *provider_code(const se_enhanced_code *e, int *provider)
{
  size_t lo = 0, hi = SE_NPROVIDER_CODES, k;
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    if (se_provider_codes[mid].subject < e->subject) lo = mid + 1;
    else hi = mid;
  }
  for (k = lo; k < SE_NPROVIDER_CODES && se_provider_codes[k].subject == e->subject; k++) {
    const se_provider_code *pc = &se_provider_codes[k];
    if (e->detail < pc->lo) break;
    if (!(pc->classes & (1u << e->klass)) || e->detail > pc->hi) continue;
    if (pc->exclusive && *provider < 0) *provider = pc->provider;
    if (pc->provider == *provider) return pc;
  }
  return NULL;
}

/* The words that say how delivery ended ("given up"), if any: then the
** failure is final whatever caused it. */
static const match *ending(const scan *sc)
{
  int k;
  for (k = 0; k < sc->nm; k++)
    if (sc->m[k].ph->flags & SE_F_FALLBACK) return &sc->m[k];
  return NULL;
}

static void set_phrase_evidence(se_result *r, const match *m)
{
  r->reason = m->ph->value;
  r->ev_phrase = m->ph;
  if (m->ph->flags & SE_F_USER) {
    r->ev_kind = SE_EV_USER;
    r->ev_rule = m->id + 1;
  } else {
    r->ev_kind = SE_EV_PHRASE;
  }
}

static const se_entry *set_entry_evidence(se_result *r, const se_entry *e, se_evidence_kind kind)
{
  r->reason = e->reason;
  r->ev_kind = kind;
  return e;
}

/* The table's reason for an enhanced code that is not specific: X.Y.0 or
** a detail the registry lacks (then its subject's). */
static const se_entry *generic_enhanced(const se_parsed *p, const se_entry *exact)
{
  if (exact != NULL) return exact;
  return se_find_subject(SE_ENHANCED_KEY(p->enh.klass, p->enh.subject, p->enh.detail));
}

static se_bounce bounce_of(se_class klass, int reason)
{
  if (klass == SE_PERMANENT) return se_reasons[reason].hard ? SE_BOUNCE_HARD : SE_BOUNCE_SOFT;
  return klass == SE_TRANSIENT ? SE_BOUNCE_SOFT : SE_BOUNCE_NONE;
}

/* Is the text a host name and at most one more word, as a refused
** greeting is ("554 mx.example.net", "554 mx.example.net ESMTP")? */
static int only_a_host(const se_buffer *t)
{
  size_t i, words = 1;
  se_span host;
  if (t->len == 0 || !read_host(t->s, t->len, 0, &host)) return 0;
  for (i = 0; i < t->len; i++) words += t->s[i] == ' ';
  return host.n == t->len || (words == 2 && t->s[host.n] == ' ');
}

/* Does the reply that stands for the text say little: a few words, an
** address aside ("550 <bob@example.org>: Rejected")? */
static int says_little(const se_parsed *p)
{
  const se_reply *r = &p->replies[p->chosen];
  size_t i, words = 0;
  int in_word = 0, in_angle = 0;
  for (i = r->from; i < r->to; i++) {
    char c = p->text.s[i];
    if (c == '<') in_angle = 1;
    if (c == ' ') in_word = 0;
    else if (!in_word && !in_angle) words++, in_word = 1;
    if (c == '>') in_angle = 0;
  }
  return words <= SE_FEWWORDS;
}

/* A reason for a refusal whose words say no more than that it was
** refused, from the context: the stage refused, a bare greeting, an
** address shown, the code. SE_R_UNKNOWN when nothing points anywhere, or
** when the text is no server's refusal that says little: more than a few
** words, or neither a reply code nor an enhanced code (words the phrases
** do not know are no sign that the address is bad). */
static int best_reading(const scan *sc, const se_parsed *p, se_class klass, se_basis *basis)
{
  *basis = SE_BASIS_STAGE;
  if ((p->code == 0 && p->enh.klass == 0) || (p->text.len > 0 && !says_little(p)))
    return SE_R_UNKNOWN;
  switch (sc->command) {
    case SE_CONNECT: case SE_EHLO: case SE_HELO: return SE_R_BLOCKED;
    case SE_STARTTLS: return SE_R_TLS_REQUIRED;
    case SE_AUTH: return SE_R_AUTH_REQUIRED;
    case SE_MAIL: return SE_R_SENDER_REJECTED;
    case SE_RCPT: return klass == SE_PERMANENT ? SE_R_USER_UNKNOWN : SE_R_UNKNOWN;
    case SE_DATA: case SE_BDAT: return SE_R_POLICY_VIOLATION;
    case SE_NOCOMMAND: case SE_NCOMMANDS: break;
  }
  *basis = SE_BASIS_GREETING;
  if (p->code != 0 && only_a_host(&p->text)) return SE_R_BLOCKED;
  if (klass != SE_PERMANENT || p->text.len == 0 || !says_little(p)) return SE_R_UNKNOWN;
  *basis = SE_BASIS_ADDRESS;
  if (sc->address_rank >= ADDRESS_TEXT_BARE) return SE_R_USER_UNKNOWN;
  *basis = SE_BASIS_CODE;
  return p->code == 550 || p->code == 554 ? SE_R_POLICY_VIOLATION : SE_R_UNKNOWN;
}

/*
** The reason, by trust: a user rule; the answering provider's own phrase;
** the provider's own meaning of the enhanced code; a specific phrase; a
** specific enhanced code; a phrase of the wrapper, a weak phrase; a broad
** enhanced code (X.7.1); a phrase in advice, how it ended (expired); the
** reply code's default; words that only say it failed; what the enhanced
** code's subject says.
*/
static void decide(const scan *sc, const se_parsed *p, se_result *r)
{
  int provider = sc->provider;
  tier best_tier;
  se_class klass;
  const se_entry *code_entry = p->code ? se_find_basic(p->code) : NULL;
  const se_entry *enh_entry = NULL, *specific = NULL, *generic = NULL, *decided = NULL;
  const se_provider_code *pcode = NULL;
  const match *best, *ended;
  int code_says;

  if (p->enh.klass) {
    enh_entry = se_find_registered(p->enh.klass, p->enh.subject, p->enh.detail);
    pcode = provider_code(&p->enh, &provider);
    generic = generic_enhanced(p, enh_entry);
    if (p->enh.detail != 0) specific = enh_entry;
  }
  best = best_match(sc, provider, &best_tier);
  r->provider = provider;
  /* The reply code's own reason, when it has one (503: bad_sequence); a
  ** code alone does not make a hard bounce when its text says more. */
  code_says = code_entry != NULL && code_entry->reason != SE_R_UNKNOWN
              && !(se_reasons[code_entry->reason].hard && p->text.len > 0);

  /* The class: reply code, enhanced code, a wrapper's word, the phrase. */
  if (p->code) klass = se_class_of_digit(p->code / 100);
  else if (p->enh.klass) klass = se_class_of_digit(p->enh.klass);
  else if (sc->class_hint) klass = sc->class_hint;
  else if ((ended = ending(sc)) != NULL) klass = (se_class)se_reasons[ended->ph->value].klass;
  else if (best != NULL && best->ph->klass) klass = (se_class)best->ph->klass;
  else klass = SE_NOCLASS;
  if (best != NULL && best_tier == TIER_USER && best->ph->klass) klass = (se_class)best->ph->klass;

  r->ev_kind = SE_EV_NONE;
  if (klass == SE_SUCCESS || klass == SE_INTERMEDIATE) {
    r->reason = klass == SE_SUCCESS ? SE_R_SUCCESS : SE_R_INTERMEDIATE;
    r->ev_kind = p->code ? SE_EV_CODE : SE_EV_ENHANCED;
  } else if (best_tier >= TIER_PROVIDER) {
    set_phrase_evidence(r, best);
  } else if (pcode != NULL) {
    r->reason = pcode->reason;
    r->ev_kind = SE_EV_PROVIDER;
  } else if (best_tier == TIER_PHRASE) {
    set_phrase_evidence(r, best);
  } else if (specific != NULL && !specific->broad) {
    decided = set_entry_evidence(r, specific, SE_EV_ENHANCED);
  } else if (best_tier >= TIER_ADVICE) {
    set_phrase_evidence(r, best);
  } else if (specific != NULL && !code_says) {  /* a broad one (X.7.1, X.5.1) */
    decided = set_entry_evidence(r, specific, SE_EV_ENHANCED);
  } else if (best_tier >= TIER_FALLBACK && !code_says) {
    set_phrase_evidence(r, best);
  } else if (code_says) {
    decided = set_entry_evidence(r, code_entry, SE_EV_CODE);
  } else if (best_tier == TIER_VAGUE) {
    set_phrase_evidence(r, best);
  } else if (generic != NULL && generic->reason != SE_R_UNKNOWN) {
    decided = set_entry_evidence(r, generic, SE_EV_ENHANCED);
    if (generic != enh_entry) decided = NULL;
  } else {
    r->reason = SE_R_UNKNOWN;
    r->ev_kind = p->code ? SE_EV_CODE : SE_EV_ENHANCED;
  }

  if (klass == SE_NOCLASS) klass = (se_class)se_reasons[r->reason].klass;
  if (r->reason == SE_R_UNKNOWN && (klass == SE_TRANSIENT || klass == SE_PERMANENT)
      && (r->ev_kind != SE_EV_PHRASE || best_tier == TIER_VAGUE)) {
    int reading = best_reading(sc, p, klass, &r->ev_basis);
    if (reading != SE_R_UNKNOWN) {
      r->reason = reading;
      r->ev_kind = SE_EV_BEST;
      decided = NULL;
    }
  }
  if (klass == SE_PERMANENT && (r->ev_kind == SE_EV_PHRASE || r->ev_kind == SE_EV_USER))
    r->reason = r->ev_phrase->permanent;

  /* At MAIL, or when the text says so, an address problem is the sender's. */
  r->command = sc->command;
  r->ev_turn = SE_TURN_NONE;
  if ((sc->command == SE_MAIL || sc->sender) && se_reasons[r->reason].address
      && r->reason != SE_R_SENDER_REJECTED) {
    r->reason = SE_R_SENDER_REJECTED;
    r->ev_turn = sc->command == SE_MAIL ? SE_TURN_AT_MAIL : SE_TURN_BY_WORDS;
    decided = NULL;
  }
  if (sc->command == SE_CONNECT && r->reason == SE_R_POLICY_VIOLATION && r->ev_kind != SE_EV_USER
      && !(r->ev_kind == SE_EV_PHRASE && best_tier == TIER_PHRASE)) {
    r->reason = SE_R_BLOCKED;
    r->ev_turn = SE_TURN_AT_CONNECT;
    decided = NULL;
  }

  r->klass = klass;
  if ((r->ev_kind == SE_EV_USER || r->ev_kind == SE_EV_PHRASE) && r->ev_phrase->action < SE_NACTIONS)
    r->action = r->ev_phrase->action;
  else if (decided != NULL && decided->klass == klass && decided->reason == r->reason)
    r->action = decided->action;
  else
    r->action = se_reasons[r->reason].action[klass];
  r->retry = klass == SE_TRANSIENT;
  r->bounce = bounce_of(klass, r->reason);
}

/* }====================================================================== */

static void start_scan(scan *sc, const se_parsed *p)
{
  static const se_span none = { NULL, 0 };
  sc->p = p;
  sc->chosen = &p->replies[p->chosen];
  sc->slash = memchr(p->text.s, '/', p->text.len) != NULL;
  sc->nm = 0;
  sc->nadvice = 0;
  sc->provider = -1;
  sc->command = SE_NOCOMMAND;
  sc->class_hint = SE_NOCLASS;
  sc->sender = 0;
  sc->retry_after = -1;
  sc->host = sc->help = sc->address = none;
  sc->address_rank = ADDRESS_NONE;
}

int se_classify(const se_classifier *c, const char *s, size_t n, int code_hint,
                char *scratch, se_result *r)
{
  se_parsed p;
  scan sc;
  region text, wrap;
  se_parse_coded(s, n, code_hint, scratch, &p);

  start_scan(&sc, &p);
  text.s = p.text.s;
  text.n = p.text.len;
  text.in_text = 1;
  wrap.s = p.wrap.s;
  wrap.n = p.wrap.len;
  wrap.in_text = 0;
  if (c->ac != NULL) {             /* user rules first: their matches rank first */
    run(&sc, c->ac, &c->user, &text);
    run(&sc, c->ac, &c->user, &wrap);
  }
  run(&sc, &se_builtin_automaton, &builtin_lexicon, &text);
  run(&sc, &se_builtin_automaton, &builtin_lexicon, &wrap);

  if (sc.nadvice > 0) mark_advice(&sc);
  if (p.code == 0 && p.enh.klass == 0) {
    tier t;
    if (best_match(&sc, sc.provider, &t) == NULL) return -1;
  }

  memset(r, 0, sizeof *r);
  r->code = p.code;
  r->enh_class = p.enh.klass;
  r->enh_subject = p.enh.subject;
  r->enh_detail = p.enh.detail;
  r->lines = p.lines;
  r->text.s = p.text.s;
  r->text.n = p.text.len;
  r->retry_after = sc.retry_after;
  r->host = sc.host;
  r->address = sc.address;
  r->help = sc.help;
  decide(&sc, &p, r);
  return 0;
}
