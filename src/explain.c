/*
** explain.c
** One readable paragraph, in English or French, for a code-table entry or
** a classified reply.
*/
#include <string.h>

#include "smtperr.h"

/* Writes what fits and counts the rest, as snprintf does: the caller sees
** 'overflow' and the length it needs. */
void se_putn(se_out *o, const char *s, size_t n)
{
  size_t room = o->len < o->cap ? o->cap - o->len : 0;
  if (n > room) o->overflow = 1;
  if (room > 0) memcpy(o->buf + o->len, s, n < room ? n : room);
  o->len += n;
}

void se_put(se_out *o, const char *s)
{
  se_putn(o, s, strlen(s));
}

void se_put_number(se_out *o, long v)
{
  char rev[24];
  int n = 0;
  do rev[n++] = (char)('0' + v % 10), v /= 10; while (v > 0 && n < 24);
  while (n > 0) se_putn(o, &rev[--n], 1);
}

typedef struct words {
  const char *colon, *what_to_do, *note, *enhanced, *reason, *because;
  const char *retry_yes, *retry_no, *hard, *soft, *wait, *seconds, *help;
  const char *provider, *stage;
} words;

static const words lang_words[SE_NLANGS] = {
  { ": ", "What to do: ", "Note: ", "Enhanced code ", "Reason: ", "because ",
    "Retrying later may work.", "Do not retry unchanged.", "hard bounce", "soft bounce",
    "The server asks to wait ", " seconds.", "More: ",
    "Answered by ", "SMTP stage: " },
  { " : ", "Que faire : ", "À savoir : ", "Code étendu ", "Raison : ", "d'après ",
    "Un nouvel essai plus tard peut réussir.", "Inutile de réessayer tel quel.",
    "rebond dur (hard bounce)", "rebond doux (soft bounce)",
    "Le serveur demande d'attendre ", " secondes.", "Plus d'informations : ",
    "Réponse de ", "Étape SMTP : " }
};

void se_explain_entry(se_out *o, const se_entry *e, int lang)
{
  const words *w = &lang_words[lang];
  se_put(o, e->code);
  se_put(o, " (");
  se_put(o, se_classes[e->klass].text[lang]);
  se_put(o, ")");
  se_put(o, w->colon);
  se_put(o, e->title[lang]);
  se_put(o, ". ");
  se_put(o, e->meaning[lang]);
  se_put(o, " ");
  se_put(o, w->what_to_do);
  se_put(o, e->advice[lang]);
  if (e->note[lang] != NULL) {
    se_put(o, " ");
    se_put(o, w->note);
    se_put(o, e->note[lang]);
  }
}

/* The sentence about the reason, with a capital first letter. */
static void put_reason(se_out *o, const se_result *r, int lang, const char *const *texts)
{
  const char *t = (texts != NULL && texts[r->reason] != NULL) ? texts[r->reason]
                                                              : se_reasons[r->reason].text[lang];
  se_put(o, lang_words[lang].reason);
  se_put(o, t);
}

void se_explain_result(se_out *o, const se_result *r, int lang, const char *const *reason_texts)
{
  const words *w = &lang_words[lang];
  const se_entry *enh = NULL;

  if (r->code) se_put_number(o, r->code);
  if (r->enh_class) {
    uint32_t key = SE_ENHANCED_KEY(r->enh_class, r->enh_subject, r->enh_detail);
    if (r->code) se_put(o, " ");
    se_put_enhanced(o, r);
    enh = se_find_enhanced(key);
    if (enh == NULL) enh = se_find_subject(key);
  }
  if (r->code || r->enh_class) se_put(o, w->colon);
  se_put(o, se_classes[r->klass].text[lang]);
  if (r->bounce) {
    se_put(o, ", ");
    se_put(o, r->bounce == 2 ? w->hard : w->soft);
  }
  se_put(o, ".");
  if (enh != NULL) {
    se_put(o, " ");
    se_put(o, w->enhanced);
    se_put_enhanced(o, r);
    se_put(o, w->colon);
    se_put(o, enh->title[lang]);
    se_put(o, ".");
  }
  se_put(o, " ");
  put_reason(o, r, lang, reason_texts);
  if (r->ev_kind != SE_EV_NONE) {
    se_put(o, " (");
    se_put(o, w->because);
    se_evidence(o, r, lang);
    se_put(o, ")");
  }
  se_put(o, ".");
  if (r->provider >= 0) {
    se_put(o, " ");
    se_put(o, w->provider);
    se_put(o, se_providers[r->provider].name);
    se_put(o, ".");
  }
  if (r->command != SE_NOCOMMAND) {
    se_put(o, " ");
    se_put(o, w->stage);
    se_put(o, se_commands[r->command]);
    se_put(o, ".");
  }
  if (r->klass == SE_TRANSIENT || r->klass == SE_PERMANENT) {
    se_put(o, " ");
    se_put(o, r->retry ? w->retry_yes : w->retry_no);
  }
  if (r->retry_after >= 0) {
    se_put(o, " ");
    se_put(o, w->wait);
    se_put_number(o, r->retry_after);
    se_put(o, w->seconds);
  }
  se_put(o, " ");
  se_put(o, w->what_to_do);
  se_put(o, se_actions[r->action].text[lang]);
  if (r->help.s != NULL) {
    se_put(o, " ");
    se_put(o, w->help);
    se_putn(o, r->help.s, r->help.n);
  }
}
