-- The words that decide a reason in other languages than English: the same
-- entries as the reasons of phrases.lua (see src/data/README.md), read after
-- them by lua/smtperr/tools/gen-tables.lua. Grouped by language, then reason.
-- Matching ignores case, Latin accents and white space runs; Cyrillic and
-- Greek capitals are matched through case variants the generator adds.
-- A provider's bilingual replies ("boite du destinataire pleine. recipient
-- overquota") stay in phrases.lua, beside their source.
return {
  -- French: Orange and La Poste replies, bounce classifiers' lists.

  -- user_unknown
  { "utilisateur inconnu", "user_unknown" },
  { "destinataire inconnu", "user_unknown" },
  { "adresse destinataire invalide", "user_unknown" },
  { "adresse d au moins un destinataire invalide", "user_unknown" },
  -- mailbox_disabled
  { "boite du destinataire archivee", "mailbox_disabled" },
  -- mailbox_full
  { "boite du destinataire pleine", "mailbox_full" },
  { "boite aux lettres du destinataire est pleine", "mailbox_full" },
  { "boite aux lettres est pleine", "mailbox_full" },
  { "boite aux lettres pleine", "mailbox_full" },
  -- message_too_big
  { "taille limite du message atteinte", "message_too_big" },
  -- rate_limited
  { "trop de connexions", "rate_limited" },
  -- auth_required
  { "authentication requise", "auth_required" },
  { "authentification invalide", "auth_required" },
  { "authentification requise", "auth_required" },
  -- sender_rejected
  { "emetteur invalide", "sender_rejected", weak = true },
  -- unknown: delivery failed, without a reason
  { "n'a pu etre envoye", "unknown", weak = true },
  { "n'a pas pu etre", "unknown", weak = true },
  { "n'a pas ete en mesure", "unknown", weak = true },

  -- German: bounce texts of German providers.

  -- user_unknown
  { "benutzer nicht bekannt", "user_unknown" },
  { "benutzer unbekannt", "user_unknown" },
  -- mailbox_full
  { "speichervolumen", "mailbox_full" },
  -- unknown: delivery failed, without a reason
  { "konnte nicht zugestellt werden", "unknown", weak = true },
  { "unzustellbar", "unknown", weak = true },

  -- Spanish: bounce classifiers' lists, Gmail's replies in Spanish.

  -- user_unknown
  { "no existe dicha persona", "user_unknown" },
  { "no existe ese usuario", "user_unknown" },
  { "no se pudo encontrar la dirección de correo electrónico que escribiste", "user_unknown" },

  -- Italian: bounce classifiers' lists, Italian providers' replies.

  -- user_unknown
  { "nessun utente simile in questo indirizzo", "user_unknown" },
  -- blocked
  { "ip bloccato", "blocked" },

  -- Chinese: the replies of Chinese providers.

  -- user_unknown
  { "用户不存在", "user_unknown" },
  { "收件人不存在", "user_unknown" },
  -- mailbox_full
  { "空间不足", "mailbox_full" },
}
