/*
** explain.c
** The writers of human text (explain.h): the evidence of a decision, and
** one readable paragraph, in English or French, for a code-table entry or
** a classified reply.
*/
#include "explain.h"

void se_put_enhanced(se_out *o, const se_result *r)
{
  se_put_number(o, r->enh_class);
  se_putn(o, ".", 1);
  se_put_number(o, r->enh_subject);
  se_putn(o, ".", 1);
  se_put_number(o, r->enh_detail);
}

/* The evidence's words in each language; the English ones are the stable
** strings of the result's 'evidence' field. */
typedef struct evidence_words {
  const char *phrase, *open, *close, *user, *provider, *enhanced, *code, *at_mail, *sender;
  const char *at_connect;
  const char *best[4];              /* by se_basis */
} evidence_words;

static const evidence_words ev_words[SE_NLANGS] = {
  { "phrase ", "\"", "\"", "user rule ", "provider ", "enhanced ", "code ", " at MAIL",
    " about the sender", " at connection",
    { "best reading of a refusal at ", "best reading of a refused greeting",
      "best reading of a refusal that names an address", "best reading of code " } },
  { "expression ", "«\xc2\xa0", "\xc2\xa0»", "règle utilisateur ", "code propre à ", "code étendu ",
    "code ", " à l'étape MAIL", " côté expéditeur",   /* guillemets with no-break spaces */
    " à la connexion",
    { "lecture la plus probable d'un refus à l'étape ",
      "lecture la plus probable d'un accueil refusé",
      "lecture la plus probable d'un refus qui nomme une adresse",
      "lecture la plus probable du code " } }
};

void se_put_evidence(se_out *o, const se_result *r, se_lang lang)
{
  const evidence_words *w = &ev_words[lang];
  switch (r->ev_kind) {
    case SE_EV_PHRASE:
      se_put(o, w->phrase);
      se_put(o, w->open);
      se_put(o, r->ev_phrase->text);
      se_put(o, w->close);
      break;
    case SE_EV_USER:
      se_put(o, w->user);
      se_put_number(o, (long)r->ev_rule);
      break;
    case SE_EV_PROVIDER:
      se_put(o, w->provider);
      se_put(o, se_providers[r->provider].id);
      se_put(o, " ");
      se_put(o, w->open);
      se_put_enhanced(o, r);
      se_put(o, w->close);
      break;
    case SE_EV_ENHANCED:
      se_put(o, w->enhanced);
      se_put_enhanced(o, r);
      break;
    case SE_EV_CODE:
      se_put(o, w->code);
      se_put_number(o, r->code);
      break;
    case SE_EV_BEST:
      se_put(o, w->best[r->ev_basis]);
      if (r->ev_basis == SE_BASIS_STAGE) se_put(o, se_commands[r->command]);
      if (r->ev_basis == SE_BASIS_CODE) se_put_number(o, r->code);
      break;
    case SE_EV_NONE:
      break;
  }
  if (r->ev_turn == SE_TURN_AT_MAIL) se_put(o, w->at_mail);
  if (r->ev_turn == SE_TURN_BY_WORDS) se_put(o, w->sender);
  if (r->ev_turn == SE_TURN_AT_CONNECT) se_put(o, w->at_connect);
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

void se_explain_entry(se_out *o, const se_entry *e, se_lang lang)
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
static void put_reason(se_out *o, const se_result *r, se_lang lang, const char *const *texts)
{
  const char *t = (texts != NULL && texts[r->reason] != NULL) ? texts[r->reason]
                                                              : se_reasons[r->reason].text[lang];
  se_put(o, lang_words[lang].reason);
  se_put(o, t);
}

void se_explain_result(se_out *o, const se_result *r, se_lang lang,
                       const char *const *reason_texts)
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
  if (r->bounce != SE_BOUNCE_NONE) {
    se_put(o, ", ");
    se_put(o, r->bounce == SE_BOUNCE_HARD ? w->hard : w->soft);
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
    se_put_evidence(o, r, lang);
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
