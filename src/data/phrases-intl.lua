-- The words that decide a reason in other languages than English: the same
-- entries as the reasons of phrases.lua (see src/data/README.md), read after
-- them by lua/smtperr/tools/gen-tables.lua. Grouped by language, then reason.
-- Matching ignores case, Latin-1 accents and white space runs; capitals of
-- Latin Extended-A, Greek and Cyrillic are matched through case variants the
-- generator adds (small letters, a capital first letter, all capitals). A
-- phrase matches inside a longer word unless marked word = true, so a stem
-- ("uwierzytelni") stands for its endings.
-- The languages after Chinese come from the catalogues of mail clients and
-- libraries: such a message with the server's reply inside reads as the
-- reply says, and its own words decide only when the reply does not.
-- A provider's bilingual replies ("boite du destinataire pleine. recipient
-- overquota") stay in phrases.lua, beside their source.
return {
  ---------------------------------------------------------------- French
  -- Orange and La Poste replies, Exchange's translated NDR texts, the French
  -- catalogues of mail clients and webmails (Thunderbird, Evolution,
  -- Roundcube, PHPMailer), hosting providers' help pages.

  -- user_unknown
  { "utilisateur inconnu", "user_unknown" },
  { "destinataire inconnu", "user_unknown" },
  { "adresse inconnue", "user_unknown" },
  { "boîte aux lettres inconnue", "user_unknown" },
  { "destinataire invalide", "user_unknown" },
  { "destinataires invalides", "user_unknown" },
  { "destinataire non valide", "user_unknown" },
  { "destinataires non valides", "user_unknown" },
  { "destinataires sont non valides", "user_unknown" },
  { "destinataire inexistant", "user_unknown" },
  { "utilisateur inexistant", "user_unknown" },
  { "adresse inexistante", "user_unknown" },
  { "compte inexistant", "user_unknown" },
  { "inexistant", "user_unknown", weak = true },
  { "n'existe pas", "user_unknown", weak = true },
  { "n'existe plus", "user_unknown", weak = true },
  { "boîte aux lettres non disponible", "user_unknown" },
  { "boîte-aux-lettres non disponible", "user_unknown" },
  { "boîte aux lettres indisponible", "user_unknown" },
  { "boîte indisponible", "user_unknown" },
  { "il n'y a pas de destinataire", "user_unknown" },
  { "cette adresse n'accepte plus", "user_unknown" },
  { "partie gauche de l'adresse", "user_unknown" },
  -- mailbox_disabled
  { "boite du destinataire archivee", "mailbox_disabled" },
  { "compte désactivé", "mailbox_disabled" },
  { "compte suspendu", "mailbox_disabled" },
  { "compte bloqué", "mailbox_disabled" },
  { "boîte aux lettres désactivée", "mailbox_disabled" },
  { "boîte aux lettres est inaccessible", "mailbox_disabled" },
  { "désactivé", "mailbox_disabled", weak = true },
  -- host_unknown
  { "domaine inexistant", "host_unknown" },
  { "domaine introuvable", "host_unknown" },
  { "domaine inconnu", "host_unknown" },
  { "domaine n'existe pas", "host_unknown" },
  { "domaine du destinataire n'existe pas", "host_unknown" },
  { "nom de domaine", "host_unknown", weak = true },
  { "domaine du destinataire", "host_unknown", weak = true },
  { "hôte inconnu", "host_unknown" },
  { "hôte introuvable", "host_unknown" },
  { "le serveur est peut-être mal configuré", "host_unknown" },
  { "aucun itinéraire", "host_unknown" },
  { "partie droite", "host_unknown" },
  -- mailbox_full
  { "boite du destinataire pleine", "mailbox_full" },
  { "boite aux lettres du destinataire est pleine", "mailbox_full" },
  { "boite aux lettres est pleine", "mailbox_full" },
  { "boite aux lettres pleine", "mailbox_full" },
  { "boîte pleine", "mailbox_full" },
  { "boîte e-mail pleine", "mailbox_full" },
  { "boîte mail pleine", "mailbox_full" },
  { "boîte de réception est pleine", "mailbox_full" },
  { "messagerie pleine", "mailbox_full" },
  { "est pleine", "mailbox_full", weak = true },
  { "quota dépassé", "mailbox_full" },
  { "quota atteint", "mailbox_full" },
  { "dépassement de quota", "mailbox_full" },
  { "dépassement du quota", "mailbox_full" },
  { "quota de stockage", "mailbox_full" },
  { "quota de la boîte", "mailbox_full" },
  { "espace de stockage", "mailbox_full" },
  { "allocation de stockage", "mailbox_full" },
  { "capacité maximale", "mailbox_full" },
  -- message_too_big
  { "taille limite du message atteinte", "message_too_big" },
  { "trop volumineux", "message_too_big" },
  { "message trop gros", "message_too_big" },
  { "message trop grand", "message_too_big" },
  { "taille du message", "message_too_big" },
  { "taille de message", "message_too_big" },
  { "taille maximale", "message_too_big" },
  { "limite de taille", "message_too_big" },
  -- too_many_recipients
  { "trop de destinataires", "too_many_recipients" },
  { "nombre de destinataires", "too_many_recipients" },
  { "nombre total de destinataires", "too_many_recipients" },
  { "nombre maximum de destinataires", "too_many_recipients" },
  -- rate_limited
  { "trop de connexions", "rate_limited" },
  { "limite d'envoi", "rate_limited" },
  { "quota d'envoi", "rate_limited" },
  { "taux d'envoi", "rate_limited" },
  { "trop de messages", "rate_limited" },
  { "trop de courriels", "rate_limited" },
  { "trop de mails", "rate_limited" },
  { "trop rapidement", "rate_limited" },
  { "à un rythme", "rate_limited" },
  -- greylisted
  { "liste grise", "greylisted" },
  -- blocked
  { "liste noire", "blocked" },
  { "listes noires", "blocked" },
  { "ip bloquée", "blocked" },
  { "mauvaise réputation", "blocked" },
  { "bloqué", "blocked", weak = true },
  { "blocage", "blocked", weak = true },
  -- spam_detected
  { "comme spam", "spam_detected" },
  { "comme du spam", "spam_detected" },
  { "comme un spam", "spam_detected" },
  { "courrier indésirable", "spam_detected", weak = true },
  { "pourriel", "spam_detected", weak = true },
  -- virus_detected
  { "logiciel malveillant", "virus_detected" },
  -- policy_violation
  { "politique de sécurité", "policy_violation" },
  { "n'est pas autorisé à envoyer des messages au destinataire", "policy_violation" },
  { "pièce jointe interdite", "policy_violation" },
  { "type de fichier interdit", "policy_violation" },
  -- auth_failure: the sender's domain or IP failed SPF, DKIM, DMARC or reverse DNS
  { "dns inverse", "auth_failure" },
  { "enregistrement ptr", "auth_failure" },
  -- auth_required: SMTP AUTH asked for, or the credentials refused
  { "authentication requise", "auth_required" },
  { "authentification invalide", "auth_required" },
  { "authentification requise", "auth_required" },
  { "authentification obligatoire", "auth_required" },
  { "authentification nécessaire", "auth_required" },
  { "requiert une authentification", "auth_required" },
  { "échec d'authentification", "auth_required" },
  { "échec de l'authentification", "auth_required" },
  { "impossible de s'authentifier", "auth_required" },
  { "mot de passe incorrect", "auth_required" },
  { "authentification", "auth_required", weak = true },
  -- tls_required
  { "chiffrement requis", "tls_required" },
  { "chiffrement obligatoire", "tls_required" },
  { "connexion chiffrée requise", "tls_required" },
  { "mots de passe non chiffrés", "tls_required" },
  { "tls requis", "tls_required" },
  { "tls obligatoire", "tls_required" },
  -- relay_denied
  { "relais refusé", "relay_denied" },
  { "relais interdit", "relay_denied" },
  { "relais non autorisé", "relay_denied" },
  { "relayage refusé", "relay_denied" },
  { "pas la destination finale", "relay_denied" },
  -- sender_rejected
  { "emetteur invalide", "sender_rejected", weak = true },
  { "adresse de l'expéditeur", "sender_rejected", weak = true },
  { "adresse d'expéditeur", "sender_rejected", weak = true },
  { "adresse expéditeur", "sender_rejected", weak = true },
  { "expéditeur invalide", "sender_rejected" },
  { "expéditeur non valide", "sender_rejected" },
  { "expéditeur refusé", "sender_rejected" },
  { "définir l'expéditeur", "sender_rejected" },
  { "votre adresse e-mail dans les paramètres du compte", "sender_rejected" },
  -- syntax_error
  { "erreur de syntaxe", "syntax_error" },
  { "syntaxe incorrecte", "syntax_error" },
  { "nom de boîte aux lettres non autorisé", "syntax_error" },
  { "n'apparaît pas correctement", "syntax_error" },
  -- system_error
  { "service non disponible", "system_error", weak = true },
  { "service indisponible", "system_error", weak = true },
  { "temporairement indisponible", "system_error", weak = true },
  { "erreur de traitement", "system_error" },
  { "erreur locale", "system_error" },
  { "erreur interne", "system_error" },
  { "erreur temporaire", "system_error", weak = true },
  { "stockage système insuffisant", "system_error" },
  { "ressources système", "system_error" },
  -- network_error
  { "échec de connexion", "network_error" },
  { "échec de la connexion", "network_error" },
  { "impossible de se connecter", "network_error" },
  { "connexion au serveur", "network_error" },
  { "connexion a été", "network_error" },
  { "connexion perdue", "network_error" },
  { "connexion refusée", "network_error" },
  { "connexion interrompue", "network_error" },
  { "délai de connexion", "network_error" },
  { "ne répond pas", "network_error" },
  { "n'est pas disponible", "network_error", weak = true },
  { "problèmes réseau", "network_error" },
  { "problème réseau", "network_error" },
  { "erreur réseau", "network_error" },
  -- expired
  { "file d'attente a expiré", "expired" },
  { "expiration du message", "expired" },
  { "le message a expiré", "expired" },
  -- has_moved
  { "utilisateur non local", "has_moved" },
  { "destinataire a changé", "has_moved" },
  -- unknown: delivery failed, without a reason
  { "n'a pu etre envoye", "unknown", weak = true },
  { "n'a pas pu etre", "unknown", weak = true },
  { "n'a pas ete en mesure", "unknown", weak = true },
  { "erreur smtp", "unknown", weak = true },
  { "non remis", "unknown", weak = true },
  { "non délivré", "unknown", weak = true },
  { "impossible de distribuer", "unknown", weak = true },
  { "échec de remise", "unknown", weak = true },
  { "échec de la remise", "unknown", weak = true },
  { "échec d'envoi", "unknown", weak = true },
  { "échec de l'envoi", "unknown", weak = true },
  { "lors de l'envoi", "unknown", weak = true },
  { "transaction a échoué", "unknown", weak = true },

  ---------------------------------------------------------------- German
  -- GMX, Web.de, T-Online and hosting providers' replies and help pages,
  -- Exchange's translated NDR texts, the German catalogues of mail clients
  -- and webmails (Thunderbird, Evolution, Roundcube, PHPMailer).

  -- user_unknown
  { "benutzer nicht bekannt", "user_unknown" },
  { "benutzer unbekannt", "user_unknown" },
  { "unbekannter benutzer", "user_unknown" },
  { "empfänger unbekannt", "user_unknown" },
  { "empfaenger unbekannt", "user_unknown" },
  { "empfänger ist unbekannt", "user_unknown" },
  { "unbekannter empfänger", "user_unknown" },
  { "unbekannter empfaenger", "user_unknown" },
  { "adresse unbekannt", "user_unknown" },
  { "unbekannte adresse", "user_unknown" },
  { "unbekannte e-mail-adresse", "user_unknown" },
  { "postfach unbekannt", "user_unknown" },
  { "postfach existiert nicht", "user_unknown" },
  { "existiert nicht", "user_unknown", weak = true },
  { "nicht vorhanden", "user_unknown", weak = true },
  { "kein empfänger vorhanden", "user_unknown" },
  { "postfach nicht verfügbar", "user_unknown" },
  { "empfänger ungültig", "user_unknown" },
  { "ungültiger empfänger", "user_unknown" },
  { "ungültige empfänger", "user_unknown" },
  { "des empfängers ist ungültig", "user_unknown" },
  { "ungültige e-mail-adresse", "user_unknown" },
  { "adresse konnte nicht gefunden werden", "user_unknown" },
  { "wurde nicht gefunden", "user_unknown", weak = true },
  { "wurde nicht in {host} gefunden", "user_unknown" },
  { "kein solcher benutzer", "user_unknown" },
  -- mailbox_disabled
  { "deaktiviert", "mailbox_disabled" },
  { "konto gesperrt", "mailbox_disabled" },
  { "postfach gesperrt", "mailbox_disabled" },
  { "postfach ist gesperrt", "mailbox_disabled" },
  { "konto ist gesperrt", "mailbox_disabled" },
  -- host_unknown
  { "domain existiert nicht", "host_unknown" },
  { "domäne existiert nicht", "host_unknown" },
  { "domain nicht gefunden", "host_unknown" },
  { "domäne nicht gefunden", "host_unknown" },
  { "unbekannte domain", "host_unknown" },
  { "host unbekannt", "host_unknown" },
  { "gastgeber unbekannt", "host_unknown" },   -- "host unknown" machine-translated
  { "unbekannter host", "host_unknown" },
  { "host nicht gefunden", "host_unknown" },
  { "keine route", "host_unknown" },
  { "der server ist eventuell falsch konfiguriert", "host_unknown" },
  -- mailbox_full (and the Dutch "mailbox vol")
  { "speichervolumen", "mailbox_full" },
  { "postfach voll", "mailbox_full" },
  { "postfach ist voll", "mailbox_full" },
  { "postfach des empfängers ist voll", "mailbox_full" },
  { "des empfängers voll", "mailbox_full" },
  { "posteingang ist voll", "mailbox_full" },
  { "posteingang des empfängers ist voll", "mailbox_full" },
  { "mailbox ist voll", "mailbox_full" },
  { "briefkasten voll", "mailbox_full" },
  { "ist voll", "mailbox_full", weak = true, word = true },
  { "speicherplatz", "mailbox_full" },
  { "speicherkontingent", "mailbox_full" },
  { "speicherzuteilung", "mailbox_full" },
  { "quota überschritten", "mailbox_full" },
  { "quota ueberschritten", "mailbox_full" },
  { "kontingent überschritten", "mailbox_full" },
  { "zu viele mails", "mailbox_full" },
  { "zuviele mails", "mailbox_full" },
  -- message_too_big
  { "zu groß", "message_too_big" },
  { "nachrichtengröße", "message_too_big" },
  { "nachrichtengroesse", "message_too_big" },
  { "größe der nachricht", "message_too_big" },
  { "größenlimit", "message_too_big" },
  { "größenbeschränkung", "message_too_big" },
  { "maximale größe", "message_too_big" },
  -- too_many_recipients
  { "zu viele empfänger", "too_many_recipients" },
  { "zuviele empfänger", "too_many_recipients" },
  { "anzahl an empfängern", "too_many_recipients" },
  { "anzahl der empfänger", "too_many_recipients" },
  { "anzahl empfänger", "too_many_recipients" },
  { "zulässigen empfänger", "too_many_recipients" },
  { "empfängeranzahl", "too_many_recipients" },
  -- rate_limited
  { "zu viele verbindungen", "rate_limited" },
  { "zuviele verbindungen", "rate_limited" },
  { "zu viele e-mails", "rate_limited" },
  { "zu viele nachrichten", "rate_limited" },
  { "in zu kurzer zeit", "rate_limited" },
  { "sendelimit", "rate_limited" },
  { "versandlimit", "rate_limited" },
  { "limit zum senden", "rate_limited" },
  { "limit der erlaubten verbindungen", "rate_limited" },
  -- greylisted
  { "graue liste", "greylisted" },
  { "beim ersten zustellversuch", "greylisted" },
  { "zustellung vorübergehend abgelehnt", "greylisted" },
  -- blocked
  { "schwarze liste", "blocked" },
  { "schwarzen liste", "blocked" },
  { "sperrliste", "blocked" },
  { "ip-adresse gesperrt", "blocked" },
  { "ip-adresse blockiert", "blocked" },
  { "blockiert", "blocked", weak = true },
  -- spam_detected
  { "als spam", "spam_detected" },   -- Dutch too
  { "spamverdacht", "spam_detected" },
  { "verdacht auf spam", "spam_detected" },
  { "verdächtige", "spam_detected", weak = true },
  -- virus_detected
  { "verseucht", "virus_detected" },
  { "viren gefunden", "virus_detected" },
  { "virenfund", "virus_detected" },
  { "schadsoftware", "virus_detected" },
  -- policy_violation
  { "darf keine nachrichten an den empfänger senden", "policy_violation" },
  { "sicherheitseinstellungen", "policy_violation" },
  { "ausführbare", "policy_violation" },
  { "dateianhang nicht erlaubt", "policy_violation" },
  { "keine e-mails von ihnen empfangen", "policy_violation" },
  -- auth_failure: the sender's domain or IP failed SPF, DKIM, DMARC or reverse DNS
  { "reverse dns-eintrag", "auth_failure" },
  { "reversen dns-eintrag", "auth_failure" },
  { "ptr-eintrag", "auth_failure" },
  -- auth_required: SMTP AUTH asked for, or the credentials refused
  { "authentifizierung fehlgeschlagen", "auth_required" },
  { "authentifizierung ist fehlgeschlagen", "auth_required" },
  { "authentisierung fehlgeschlagen", "auth_required" },
  { "authentisierung ist fehlgeschlagen", "auth_required" },
  { "authentifizierung erforderlich", "auth_required" },
  { "erfordert vor der nachrichtenübermittlung eine authentifizierung", "auth_required" },
  { "keine authentifizierung", "auth_required" },
  { "kann nicht authentifiziert werden", "auth_required" },
  { "anmeldung fehlgeschlagen", "auth_required" },
  { "legitimierung", "auth_required" },
  { "authentifizierung", "auth_required", weak = true },
  -- tls_required
  { "verschlüsselung erforderlich", "tls_required" },
  { "verschlüsselung ist erforderlich", "tls_required" },
  { "passworts im klartext", "tls_required" },
  { "tls erforderlich", "tls_required" },
  -- relay_denied
  { "nicht das endziel", "relay_denied" },
  { "relaying verweigert", "relay_denied" },
  { "relay nicht erlaubt", "relay_denied" },
  { "weiterleitung nicht erlaubt", "relay_denied" },
  -- sender_rejected
  { "absenderadresse", "sender_rejected", weak = true },
  { "absender-adresse", "sender_rejected", weak = true },
  { "absenderadresse ungültig", "sender_rejected" },
  { "absenderadresse nicht gültig", "sender_rejected" },
  { "absenderadresse ist nicht korrekt", "sender_rejected" },
  { "ungültige absenderadresse", "sender_rejected" },
  { "absenderadresse abgelehnt", "sender_rejected" },
  { "absender ungültig", "sender_rejected" },
  { "ungültiger absender", "sender_rejected" },
  { "ihre e-mail-adresse in den konten-einstellungen", "sender_rejected" },
  -- syntax_error
  { "postfachname nicht erlaubt", "syntax_error" },
  { "syntaxfehler", "syntax_error" },
  { "fehlerhaft in der nachricht", "syntax_error" },
  -- system_error
  { "dienst nicht verfügbar", "system_error", weak = true },
  { "fehler bei verarbeitung", "system_error" },
  { "fehler bei der verarbeitung", "system_error" },
  { "unzureichender systemspeicher", "system_error" },
  { "unzureichenden speicher", "system_error" },
  { "interner fehler", "system_error" },
  { "vorübergehendes problem", "system_error", weak = true },
  { "vorübergehender fehler", "system_error", weak = true },
  { "vorübergehenden fehler", "system_error", weak = true },
  -- network_error
  { "verbindungsaufbau", "network_error" },
  { "verbindung fehlgeschlagen", "network_error" },
  { "verbindung ist fehlgeschlagen", "network_error" },
  { "verbindung zum", "network_error" },
  { "verbindung mit dem", "network_error" },
  { "verbindung zwischen den servern", "network_error" },
  { "keine verbindung", "network_error" },
  { "verbindung abgebrochen", "network_error" },
  { "verbindung unterbrochen", "network_error" },
  { "verbindung verloren", "network_error" },
  { "verbindungsfehler", "network_error" },
  { "verbindungsprobleme", "network_error" },
  { "netzwerkfehler", "network_error" },
  { "netzwerkbedingungen", "network_error" },
  { "zeitüberschreitung", "network_error" },
  { "reagiert nicht", "network_error" },
  { "nicht erreichbar", "network_error" },
  { "ausgefallen", "network_error", weak = true },
  -- expired
  { "warteschlange ist abgelaufen", "expired" },
  { "ablaufzeit der nachricht", "expired" },
  { "abgelaufen", "expired", weak = true },
  -- has_moved
  { "benutzer nicht lokal", "has_moved" },
  -- unknown: delivery failed, without a reason
  { "nicht zugestellt", "unknown", weak = true },
  { "nicht erreicht", "unknown", weak = true },
  { "unzustellbar", "unknown", weak = true },
  { "smtp-fehler", "unknown", weak = true },
  { "smtp fehler", "unknown", weak = true },
  { "fehler beim senden", "unknown", weak = true },
  { "fehlgeschlagen", "unknown", weak = true },
  { "zurückgewiesen", "unknown", weak = true },
  { "transaktion gescheitert", "unknown", weak = true },
  { "nachrichtenzustellung", "unknown", weak = true },

  ---------------------------------------------------------------- Spanish
  -- Gmail's and Exchange's replies and NDR texts in Spanish, hosting
  -- providers' help pages, the Spanish catalogues of mail clients and
  -- webmails (Thunderbird, Evolution, Roundcube, PHPMailer, Horde).

  -- user_unknown
  { "no existe dicha persona", "user_unknown" },
  { "no existe ese usuario", "user_unknown" },
  { "no se pudo encontrar la dirección", "user_unknown" },
  { "usuario desconocido", "user_unknown" },
  { "destinatario desconocido", "user_unknown" },
  { "dirección desconocida", "user_unknown" },
  { "usuario inexistente", "user_unknown" },
  { "dirección inexistente", "user_unknown" },
  { "cuenta inexistente", "user_unknown" },
  { "inexistente", "user_unknown", weak = true },
  { "no existe", "user_unknown", weak = true },
  { "usuario no encontrado", "user_unknown" },
  { "buzón no disponible", "user_unknown" },
  { "buzón no está disponible", "user_unknown" },
  { "buzón no existe", "user_unknown" },
  { "destinatario no válido", "user_unknown" },
  { "destinatarios no válidos", "user_unknown" },
  { "destinatario inválido", "user_unknown" },
  { "dirección de correo electrónico es incorrecta", "user_unknown" },
  -- mailbox_disabled
  { "cuenta desactivada", "mailbox_disabled" },
  { "cuenta deshabilitada", "mailbox_disabled" },
  { "cuenta suspendida", "mailbox_disabled" },
  { "buzón desactivado", "mailbox_disabled" },
  { "buzón deshabilitado", "mailbox_disabled" },
  { "deshabilitado", "mailbox_disabled", weak = true },
  -- host_unknown
  { "dominio no existe", "host_unknown" },
  { "dominio inexistente", "host_unknown" },
  { "dominio desconocido", "host_unknown" },
  { "dominio no encontrado", "host_unknown" },
  { "host desconocido", "host_unknown" },
  { "el servidor puede estar mal configurado", "host_unknown" },
  { "no hay una ruta", "host_unknown" },
  -- mailbox_full
  { "buzón lleno", "mailbox_full" },
  { "buzón está lleno", "mailbox_full" },
  { "bandeja de entrada está llena", "mailbox_full" },
  { "casilla llena", "mailbox_full" },
  { "está llena", "mailbox_full", weak = true },
  { "está lleno", "mailbox_full", weak = true },
  { "cuota de almacenamiento", "mailbox_full" },
  { "capacidad de almacenamiento", "mailbox_full" },
  { "espacio de almacenamiento", "mailbox_full" },
  { "falta de espacio", "mailbox_full" },
  { "cuota excedida", "mailbox_full" },
  -- message_too_big
  { "demasiado grande", "message_too_big" },
  { "tamaño del mensaje", "message_too_big" },
  { "tamaño de mensaje", "message_too_big" },
  { "tamaño máximo", "message_too_big" },
  { "límite de tamaño", "message_too_big" },
  { "mensaje muy grande", "message_too_big" },
  -- too_many_recipients
  { "demasiados destinatarios", "too_many_recipients" },
  { "número de destinatarios", "too_many_recipients" },
  { "número permitido de destinatarios", "too_many_recipients" },
  { "número total de destinatarios", "too_many_recipients" },
  { "número máximo de destinatarios", "too_many_recipients" },
  -- rate_limited
  { "límite de envío", "rate_limited" },
  { "límite para enviar", "rate_limited" },
  { "frecuencia de envío", "rate_limited" },
  { "velocidad de envío", "rate_limited" },
  { "demasiadas conexiones", "rate_limited" },
  { "demasiados mensajes", "rate_limited" },
  { "demasiados correos", "rate_limited" },
  { "límite diario", "rate_limited" },
  -- greylisted
  { "lista gris", "greylisted" },
  -- blocked (and the French "bloqué", which "bloqueado" holds)
  { "lista negra", "blocked" },
  { "listas negras", "blocked" },
  { "ip bloqueada", "blocked" },
  -- spam_detected
  { "como spam", "spam_detected" },
  { "considerado spam", "spam_detected" },
  { "correo no deseado", "spam_detected", weak = true },
  -- policy_violation
  { "no se permite que el remitente", "policy_violation" },
  { "política de seguridad", "policy_violation" },
  { "archivo adjunto no permitido", "policy_violation" },
  -- auth_failure: the sender's domain or IP failed SPF, DKIM, DMARC or reverse DNS
  { "dns inverso", "auth_failure" },
  -- auth_required: SMTP AUTH asked for, or the credentials refused
  { "autenticación requerida", "auth_required" },
  { "requiere autenticación", "auth_required" },
  { "precisa autentificación", "auth_required" },
  { "ha fallado la autenticación", "auth_required" },
  { "falló la autenticación", "auth_required" },
  { "fallo de autenticación", "auth_required" },
  { "error de autenticación", "auth_required" },
  { "imposible autentificar", "auth_required" },
  { "denegó la autentificación", "auth_required" },
  { "no se puede identificar al servidor", "auth_required" },
  { "autenticación", "auth_required", weak = true },
  { "autentificación", "auth_required", weak = true },
  -- tls_required
  { "cifrado requerid", "tls_required" },
  { "requiere cifrado", "tls_required" },
  { "contraseñas no cifradas", "tls_required" },
  -- relay_denied
  { "no sea el destino final", "relay_denied" },
  { "relay denegado", "relay_denied" },
  { "retransmisión denegada", "relay_denied" },
  -- sender_rejected
  { "dirección del remitente", "sender_rejected", weak = true },
  { "direcciones de remitente", "sender_rejected", weak = true },
  { "remitente no válido", "sender_rejected" },
  { "remitente inválido", "sender_rejected" },
  { "remitente rechazado", "sender_rejected" },
  { "asignar el remitente", "sender_rejected" },
  { "su dirección de correo electrónico es correcta", "sender_rejected" },
  -- syntax_error
  { "nombre no permitido para el buzón", "syntax_error" },
  { "error de sintaxis", "syntax_error" },
  { "sintaxis incorrecta", "syntax_error" },
  { "de forma incorrecta", "syntax_error", weak = true },
  -- system_error
  { "servicio no disponible", "system_error", weak = true },
  { "error en procesamiento", "system_error" },
  { "error en el procesamiento", "system_error" },
  { "error de procesamiento", "system_error" },
  { "capacidad del sistema es insuficiente", "system_error" },
  { "almacenamiento del sistema insuficiente", "system_error" },
  { "error interno", "system_error" },
  { "problema temporal", "system_error", weak = true },
  -- network_error
  { "ha fallado la conexión", "network_error" },
  { "falló la conexión", "network_error" },
  { "error de conexión", "network_error" },
  { "error conectando", "network_error" },
  { "imposible conectar", "network_error" },
  { "no se pudo conectar", "network_error" },
  { "no se pudo iniciar una conexión", "network_error" },
  { "conexión al servidor", "network_error" },
  { "cerró la conexión", "network_error" },
  { "conexión rechazada", "network_error" },
  { "no admite conexiones", "network_error" },
  { "condiciones transitorias de la red", "network_error" },
  { "tiempo de espera", "network_error" },
  -- expired
  { "cola ha expirado", "expired" },
  { "mensaje ha expirado", "expired" },
  { "tiempo de expiración del mensaje", "expired" },
  -- has_moved
  { "usuario no es local", "has_moved" },
  -- unknown: delivery failed, without a reason
  { "error smtp", "unknown", weak = true },
  { "error al enviar", "unknown", weak = true },
  { "al enviar el correo", "unknown", weak = true },
  { "al enviar el mensaje", "unknown", weak = true },
  { "no se pudo entregar", "unknown", weak = true },
  { "no se ha podido entregar", "unknown", weak = true },
  { "no se ha podido realizar la entrega", "unknown", weak = true },
  { "no se puede entregar", "unknown", weak = true },
  { "no se pudo enviar", "unknown", weak = true },
  { "no se ha podido enviar", "unknown", weak = true },
  { "correo no entregado", "unknown", weak = true },
  { "mensaje no entregado", "unknown", weak = true },
  { "falló la transacción", "unknown", weak = true },
  { "no recibieron su mensaje", "unknown", weak = true },
  { "no se ha entregado", "unknown", weak = true },
  { "no aceptó el correo", "unknown", weak = true },

  ---------------------------------------------------------------- Italian
  -- Libero, Virgilio, Aruba and other Italian providers' replies and help
  -- pages, Exchange's translated NDR texts, the Italian catalogues of mail
  -- clients and webmails (Thunderbird, Evolution, Roundcube, PHPMailer).

  -- user_unknown
  { "nessun utente simile in questo indirizzo", "user_unknown" },
  { "utente sconosciuto", "user_unknown" },
  { "destinatario sconosciuto", "user_unknown" },
  { "indirizzo sconosciuto", "user_unknown" },
  { "utente inesistente", "user_unknown" },
  { "indirizzo inesistente", "user_unknown" },
  { "casella inesistente", "user_unknown" },
  { "utente non trovato", "user_unknown" },
  { "non esiste", "user_unknown", weak = true },
  { "mailbox non disponibile", "user_unknown" },
  { "casella non disponibile", "user_unknown" },
  { "casella di posta non disponibile", "user_unknown" },
  { "cassetta postale non disponibile", "user_unknown" },
  { "cassetta postale non trovata", "user_unknown" },
  { "destinatario non valido", "user_unknown" },
  { "destinatari non validi", "user_unknown" },
  -- mailbox_disabled
  { "casella disattivata", "mailbox_disabled" },
  { "account disattivato", "mailbox_disabled" },
  { "casella sospesa", "mailbox_disabled" },
  { "account sospeso", "mailbox_disabled" },
  { "disattivata", "mailbox_disabled", weak = true },
  -- host_unknown
  { "dominio inesistente", "host_unknown" },
  { "dominio non esiste", "host_unknown" },
  { "dominio sconosciuto", "host_unknown" },
  { "dominio non trovato", "host_unknown" },
  { "host sconosciuto", "host_unknown" },
  { "il server potrebbe essere configurato in modo non corretto", "host_unknown" },
  { "non è presente una route", "host_unknown" },
  -- mailbox_full
  { "casella piena", "mailbox_full" },
  { "casella di posta piena", "mailbox_full" },
  { "cassetta postale piena", "mailbox_full" },
  { "mailbox piena", "mailbox_full" },
  { "è piena", "mailbox_full", weak = true },
  { "quota superata", "mailbox_full" },
  { "superato la quota", "mailbox_full" },
  { "quota di archiviazione", "mailbox_full" },
  { "allocazione dell'archivio", "mailbox_full" },
  { "spazio esaurito", "mailbox_full" },
  { "capienza", "mailbox_full" },
  -- message_too_big
  { "troppo grande", "message_too_big" },
  { "dimensione del messaggio", "message_too_big" },
  { "dimensioni del messaggio", "message_too_big" },
  { "limite di dimensione", "message_too_big" },
  { "dimensione massima", "message_too_big" },
  -- too_many_recipients
  { "troppi destinatari", "too_many_recipients" },
  { "numero di destinatari", "too_many_recipients" },
  { "numero eccessivo di destinatari", "too_many_recipients" },
  { "numero totale dei destinatari", "too_many_recipients" },
  { "numero massimo di destinatari", "too_many_recipients" },
  -- rate_limited
  { "velocità di invio", "rate_limited" },
  { "limite di invio", "rate_limited" },
  { "troppe connessioni", "rate_limited" },
  { "troppi messaggi", "rate_limited" },
  { "limite giornaliero", "rate_limited" },
  -- greylisted
  { "lista grigia", "greylisted" },
  -- blocked
  { "lista nera", "blocked" },
  { "ip bloccato", "blocked" },
  { "bloccato", "blocked", weak = true },
  { "sospetto abuso", "blocked" },
  -- spam_detected
  { "come spam", "spam_detected" },
  { "considerata spam", "spam_detected" },
  { "considerato spam", "spam_detected" },
  { "sospetto spam", "spam_detected", weak = true },
  { "posta indesiderata", "spam_detected", weak = true },
  -- policy_violation
  { "non è consentito inviare", "policy_violation" },
  { "non abilitato alla ricezione", "policy_violation" },
  { "allegato non consentito", "policy_violation" },
  -- auth_required: SMTP AUTH asked for, or the credentials refused
  { "autenticazione richiesta", "auth_required" },
  { "richiede l'autenticazione", "auth_required" },
  { "autenticazione non riuscita", "auth_required" },
  { "autenticazione fallita", "auth_required" },
  { "impossibile autenticarsi", "auth_required" },
  { "credenziali non valide", "auth_required" },
  { "autenticazione", "auth_required", weak = true },
  -- tls_required
  { "richiede la cifratura", "tls_required" },
  { "cifratura richiesta", "tls_required" },
  { "password in testo semplice", "tls_required" },
  -- relay_denied
  { "non è la destinazione finale", "relay_denied" },
  { "relay non consentito", "relay_denied" },
  { "relay negato", "relay_denied" },
  { "inoltro non consentito", "relay_denied" },
  -- sender_rejected
  { "indirizzo mittente", "sender_rejected", weak = true },
  { "indirizzi mittenti", "sender_rejected", weak = true },
  { "mittente non valido", "sender_rejected" },
  { "mittente rifiutato", "sender_rejected" },
  { "impostazione del mittente", "sender_rejected" },
  { "mittente diverso", "sender_rejected" },
  { "verificare l'indirizzo email nelle impostazioni", "sender_rejected" },
  -- syntax_error
  { "nome della mailbox non consentito", "syntax_error" },
  { "errore di sintassi", "syntax_error" },
  { "in modo non corretto", "syntax_error", weak = true },
  -- system_error
  { "servizio non disponibile", "system_error", weak = true },
  { "errore nell'elaborazione", "system_error" },
  { "errore di elaborazione", "system_error" },
  { "archivio di sistema non sufficiente", "system_error" },
  { "memoria esaurita", "system_error" },
  { "temporaneamente non disponibil", "system_error", weak = true },
  { "errore interno", "system_error" },
  -- network_error
  { "connessione al server", "network_error" },
  { "connessione non riuscita", "network_error" },
  { "connessione fallita", "network_error" },
  { "impossibile connettersi", "network_error" },
  { "timeout della connessione", "network_error" },
  { "connessione tra i server", "network_error" },
  { "connessione rifiutata", "network_error" },
  { "condizioni di rete", "network_error" },
  { "problemi di rete", "network_error" },
  { "sulla rete", "network_error" },
  { "errore di rete", "network_error" },
  -- expired
  { "coda è scaduto", "expired" },
  { "messaggio è scaduto", "expired" },
  { "timeout di scadenza", "expired" },
  -- has_moved
  { "utente non locale", "has_moved" },
  -- unknown: delivery failed, without a reason
  { "errore smtp", "unknown", weak = true },
  { "durante l'invio", "unknown", weak = true },
  { "generato un errore", "unknown", weak = true },
  { "impossibile inviare il messaggio", "unknown", weak = true },
  { "mancato recapito", "unknown", weak = true },
  { "non recapitato", "unknown", weak = true },
  { "non è riuscito ad inoltrare", "unknown", weak = true },
  { "transazione non riuscita", "unknown", weak = true },
  { "dati non accettati", "unknown", weak = true },
  { "invio non riuscito", "unknown", weak = true },

  ---------------------------------------------------------------- Portuguese
  -- Brazilian and Portuguese providers' replies and help pages, Gmail's and
  -- Exchange's translated texts, the catalogues of mail clients and
  -- webmails in both Portuguese (Thunderbird, Evolution, Roundcube, PHPMailer).
  -- Words spelt as in Spanish but for their accents ("número de destinatarios",
  -- "lista negra") are matched by the Spanish entries.

  -- user_unknown
  { "usuário desconhecido", "user_unknown" },
  { "utilizador desconhecido", "user_unknown" },
  { "destinatário desconhecido", "user_unknown" },
  { "endereço desconhecido", "user_unknown" },
  { "endereço inexistente", "user_unknown" },
  { "conta inexistente", "user_unknown" },
  { "não existe", "user_unknown", weak = true },
  { "caixa de correio indisponível", "user_unknown" },
  { "caixa postal indisponível", "user_unknown" },
  { "caixa de correio não disponível", "user_unknown" },
  { "caixa postal não disponível", "user_unknown" },
  { "destinatários inválidos", "user_unknown" },
  { "endereço errado", "user_unknown" },
  { "desconhecidos", "user_unknown", weak = true },
  -- mailbox_disabled
  { "conta desativada", "mailbox_disabled" },
  { "conta suspensa", "mailbox_disabled" },
  { "conta bloqueada", "mailbox_disabled" },
  { "desabilitada", "mailbox_disabled", weak = true },
  { "desativada", "mailbox_disabled", weak = true },
  -- host_unknown
  { "domínio não existe", "host_unknown" },
  { "domínio do destinatário não existir", "host_unknown" },
  { "domínio desconhecido", "host_unknown" },
  { "domínio não encontrado", "host_unknown" },
  { "não existe o servidor de destino", "host_unknown" },
  { "não é conhecido", "host_unknown", weak = true },
  { "o servidor pode ter sido configurado incorretamente", "host_unknown" },
  { "o servidor esteja mal configurado", "host_unknown" },
  -- mailbox_full
  { "caixa cheia", "mailbox_full" },
  { "caixa de correio cheia", "mailbox_full" },
  { "caixa postal cheia", "mailbox_full" },
  { "caixa de entrada cheia", "mailbox_full" },
  { "está cheia", "mailbox_full", weak = true },
  { "estão cheias", "mailbox_full", weak = true },
  { "lotada", "mailbox_full", weak = true },
  { "cota de armazenamento", "mailbox_full" },
  { "cota de repositório", "mailbox_full" },
  { "cota excedida", "mailbox_full" },
  { "acima da cota", "mailbox_full" },
  { "sem espaço", "mailbox_full" },
  { "espaço alocado excedido", "mailbox_full" },
  { "alocação de armazenamento", "mailbox_full" },
  -- message_too_big
  { "muito grande", "message_too_big", weak = true },
  { "mensagem muito grande", "message_too_big" },
  { "é muito grande", "message_too_big" },
  { "tamanho da mensagem", "message_too_big" },
  { "tamanho máximo", "message_too_big" },
  { "limite de tamanho", "message_too_big" },
  -- too_many_recipients
  { "muitos destinatários", "too_many_recipients" },
  -- rate_limited
  { "taxa de envio", "rate_limited" },
  { "taxa de envio de mensagens", "rate_limited" },
  { "muito rápido", "rate_limited" },
  { "a uma taxa", "rate_limited" },
  { "volume de mensagens acima do normal", "rate_limited" },
  { "muitas conexões", "rate_limited" },
  -- greylisted
  { "lista cinza", "greylisted" },
  -- blocked
  { "ip bloqueado", "blocked" },
  -- spam_detected
  { "lixo eletrônico", "spam_detected", weak = true },
  -- policy_violation
  { "não tem permissão para enviar mensagens", "policy_violation" },
  { "política de segurança", "policy_violation" },
  -- auth_required: SMTP AUTH asked for, or the credentials refused
  { "autenticação necessária", "auth_required" },
  { "autenticação exigida", "auth_required" },
  { "exige autenticação", "auth_required" },
  { "requer autenticação", "auth_required" },
  { "necessita de autenticação", "auth_required" },
  { "prévia autenticação", "auth_required" },
  { "autenticação falhou", "auth_required" },
  { "falha na autenticação", "auth_required" },
  { "falha de autenticação", "auth_required" },
  { "falha temporária de autenticação", "auth_required" },
  { "não foi possível autenticar", "auth_required" },
  { "realizar a autenticação", "auth_required" },
  { "efetuar a autenticação", "auth_required" },
  { "autenticação", "auth_required", weak = true },
  { "autenticar", "auth_required", weak = true },
  -- tls_required
  { "criptografia necessária", "tls_required" },
  { "criptografia exigida", "tls_required" },
  { "requer criptografia", "tls_required" },
  { "em texto simples", "tls_required" },
  { "em texto puro", "tls_required" },
  -- relay_denied
  { "não seja o destino final", "relay_denied" },
  { "relay negado", "relay_denied" },
  { "retransmissão negada", "relay_denied" },
  -- sender_rejected
  { "endereço do remetente", "sender_rejected", weak = true },
  { "endereço de remetente", "sender_rejected", weak = true },
  { "remetente inválido", "sender_rejected" },
  { "remetente não é válido", "sender_rejected" },
  { "remetente rejeitado", "sender_rejected" },
  { "definir o remetente", "sender_rejected" },
  { "seguintes remetentes", "sender_rejected" },
  { "seguintes remententes", "sender_rejected" },
  { "correto nas configurações da conta", "sender_rejected" },
  { "correto nas definições da conta", "sender_rejected" },
  -- syntax_error
  { "nome da caixa de correio não permitido", "syntax_error" },
  { "nome de caixa de correio não permitido", "syntax_error" },
  { "erro de sintaxe", "syntax_error" },
  { "exibido incorretamente", "syntax_error" },
  -- system_error
  { "serviço indisponível", "system_error", weak = true },
  { "temporariamente indisponível", "system_error", weak = true },
  { "erro no processamento", "system_error" },
  { "erro local no processamento", "system_error" },
  { "armazenamento de sistema insuficiente", "system_error" },
  { "espaço no sistema insuficiente", "system_error" },
  { "erro interno", "system_error" },
  -- network_error
  { "falha na conexão", "network_error" },
  { "conexão com o servidor", "network_error" },
  { "conexão ao servidor", "network_error" },
  { "ligação ao servidor", "network_error" },
  { "ligação com o servidor", "network_error" },
  { "não foi possível conectar", "network_error" },
  { "conexão foi perdida", "network_error" },
  { "conexão recusada", "network_error" },
  { "condições de rede", "network_error" },
  -- expired
  { "fila expirou", "expired" },
  { "expiração da mensagem", "expired" },
  -- has_moved
  { "não é local", "has_moved" },
  -- unknown: delivery failed, without a reason
  { "erro smtp", "unknown", weak = true },
  { "erro de smtp", "unknown", weak = true },
  { "erro do smtp", "unknown", weak = true },
  { "ocorreu um erro ao enviar", "unknown", weak = true },
  { "ao enviar", "unknown", weak = true },
  { "falha na entrega", "unknown", weak = true },
  { "falha no envio", "unknown", weak = true },
  { "não foi possível enviar", "unknown", weak = true },
  { "impossível enviar", "unknown", weak = true },
  { "não foi possível entregar", "unknown", weak = true },
  { "problema ao se entregar", "unknown", weak = true },
  { "rejeitou sua mensagem", "unknown", weak = true },
  { "falha na transação", "unknown", weak = true },
  { "transação falhou", "unknown", weak = true },
  { "dados rejeitados", "unknown", weak = true },
  { "foram rejeitados", "unknown", weak = true },

  ---------------------------------------------------------------- Dutch
  -- Dutch and Belgian providers' and hosts' help pages, the Dutch
  -- catalogues of mail clients and webmails (Thunderbird, Evolution,
  -- Roundcube, PHPMailer).

  -- user_unknown
  { "onbekende gebruiker", "user_unknown" },
  { "gebruiker onbekend", "user_unknown" },
  { "gebruiker bestaat niet", "user_unknown" },
  { "onbekende ontvanger", "user_unknown" },
  { "ontvanger onbekend", "user_unknown" },
  { "adres bestaat niet", "user_unknown" },
  { "bestaat niet", "user_unknown", weak = true },
  { "niet bestaat", "user_unknown", weak = true },
  { "niet bekend", "user_unknown", weak = true },
  { "kent het e-mailadres niet", "user_unknown" },
  { "postbus niet beschikbaar", "user_unknown" },
  { "ontvangers ongeldig", "user_unknown" },
  { "ontvanger ongeldig", "user_unknown" },
  { "ongeldige ontvanger", "user_unknown" },
  -- mailbox_disabled
  { "gedeactiveerd", "mailbox_disabled" },
  { "vergrendeld", "mailbox_disabled" },
  { "uitgeschakeld", "mailbox_disabled", weak = true },
  -- host_unknown
  { "domein bestaat niet", "host_unknown" },
  { "domein dat (nog) niet bestaat", "host_unknown" },
  { "onbekend domein", "host_unknown" },
  { "domein onbekend", "host_unknown" },
  { "geen geldige mailservers", "host_unknown" },
  { "mogelijk is de server niet juist geconfigureerd", "host_unknown" },
  -- mailbox_full
  { "mailbox is vol", "mailbox_full" },
  { "mailbox vol", "mailbox_full" },
  { "postvak is vol", "mailbox_full" },
  { "postvak vol", "mailbox_full" },
  { "postbus is vol", "mailbox_full" },
  { "postbus vol", "mailbox_full" },
  { "volle mailbox", "mailbox_full" },
  { "volle postbus", "mailbox_full" },
  { "is vol", "mailbox_full", weak = true, word = true },
  { "teveel ruimte", "mailbox_full" },
  { "quotum overschreden", "mailbox_full" },
  -- message_too_big
  { "berichtgrootte", "message_too_big" },
  { "bericht is te groot", "message_too_big" },
  { "te groot", "message_too_big", weak = true },
  { "groottelimiet", "message_too_big" },
  { "maximale grootte", "message_too_big" },
  -- too_many_recipients
  { "te veel ontvangers", "too_many_recipients" },
  { "teveel ontvangers", "too_many_recipients" },
  { "aantal ontvangers", "too_many_recipients" },
  -- rate_limited
  { "te veel berichten", "rate_limited" },
  { "teveel berichten", "rate_limited" },
  { "te veel verbindingen", "rate_limited" },
  { "teveel verbindingen", "rate_limited" },
  { "verzendlimiet", "rate_limited" },
  { "limiet", "rate_limited", weak = true },
  -- greylisted
  { "grijze lijst", "greylisted" },
  -- blocked
  { "zwarte lijst", "blocked" },
  { "spam lijst", "blocked" },
  { "spamlijst", "blocked" },
  { "geblokkeerd", "blocked", weak = true },
  -- spam_detected (and the German "als spam", above)
  { "phishing", "spam_detected", weak = true },
  -- policy_violation
  { "bijlage", "policy_violation", weak = true },
  -- auth_required: SMTP AUTH asked for, or the credentials refused
  { "authenticatie mislukt", "auth_required" },
  { "authenticatie vereist", "auth_required" },
  { "aanmelding is vereist", "auth_required" },
  { "aanmelden vereist", "auth_required" },
  { "kan niet authenticeren", "auth_required" },
  { "aanmeldingsmechanisme te zwak", "auth_required" },
  { "fout bij aanmelden", "auth_required" },
  { "authenticatie", "auth_required", weak = true },
  -- tls_required
  { "versleuteling vereist", "tls_required" },
  { "versleuteling is vereist", "tls_required" },
  { "plattetekstwachtwoorden", "tls_required" },
  { "tls vereist", "tls_required" },
  -- relay_denied
  { "niet geautoriseerd om e-mail te verzenden naar", "relay_denied" },
  { "geen mail wil aannemen voor dat domein", "relay_denied" },
  { "relay geweigerd", "relay_denied" },
  { "relaying geweigerd", "relay_denied" },
  { "relay niet toegestaan", "relay_denied" },
  -- sender_rejected
  { "afzenderadres", "sender_rejected", weak = true },
  { "afzendersadres", "sender_rejected", weak = true },
  { "ongeldig afzenderadres", "sender_rejected" },
  { "ongeldige afzender", "sender_rejected" },
  { "afzender geweigerd", "sender_rejected" },
  { "kan niet ingesteld worden", "sender_rejected", weak = true },
  { "juist is ingesteld in uw accountinstellingen", "sender_rejected" },
  -- syntax_error
  { "postbusnaam niet toegestaan", "syntax_error" },
  { "syntaxfout", "syntax_error" },
  -- system_error
  { "service is niet beschikbaar", "system_error", weak = true },
  { "dienst niet beschikbaar", "system_error", weak = true },
  { "fout tijdens verwerken", "system_error" },
  { "serverfout", "system_error" },
  { "onvoldoende systeemopslag", "system_error" },
  { "onvoldoende ruimte op systeem", "system_error" },
  { "interne fout", "system_error" },
  -- network_error
  { "verbinding mislukt", "network_error" },
  { "verbinding met", "network_error" },
  { "kon niet verbinden", "network_error" },
  { "verbinden met", "network_error" },
  { "werd verbroken", "network_error" },
  { "verbinding verbroken", "network_error" },
  { "verbinding geweigerd", "network_error" },
  { "netwerkfout", "network_error" },
  { "verbinding", "network_error", weak = true },
  -- expired
  { "bericht is verlopen", "expired" },
  { "wachtrij verlopen", "expired" },
  -- has_moved
  { "niet lokaal", "has_moved" },
  -- unknown: delivery failed, without a reason
  { "smtp-fout", "unknown", weak = true },
  { "bij het verzenden", "unknown", weak = true },
  { "niet gelukt", "unknown", weak = true },
  { "niet is gelukt", "unknown", weak = true },
  { "fout opgetreden bij het verzenden", "unknown", weak = true },
  { "kon niet worden verzonden", "unknown", weak = true },
  { "kon niet worden afgeleverd", "unknown", weak = true },
  { "niet afgeleverd", "unknown", weak = true },
  { "onbestelbaar", "unknown", weak = true },
  { "transactie mislukt", "unknown", weak = true },
  { "verzenden van bericht is mislukt", "unknown", weak = true },
  { "heeft geweigerd", "unknown", weak = true },
  { "data niet geaccepteerd", "unknown", weak = true },

  ---------------------------------------------------------------- Russian
  -- Mail.ru, Yandex and Rambler replies and help pages, Exchange's
  -- translated NDR texts, the Russian catalogues of mail clients and
  -- webmails (Thunderbird, Evolution, Roundcube, PHPMailer). Written in
  -- small letters: the generator adds the capitalised and upper-case forms.

  -- user_unknown
  { "пользователь не найден", "user_unknown" },
  { "неизвестный пользователь", "user_unknown" },
  { "пользователь неизвестен", "user_unknown" },
  { "нет такого пользователя", "user_unknown" },
  { "такого пользователя нет", "user_unknown" },
  { "получатель не найден", "user_unknown" },
  { "неизвестный получатель", "user_unknown" },
  { "адресат неизвестен", "user_unknown" },
  { "ящик не существует", "user_unknown" },
  { "почтового ящика не существует", "user_unknown" },
  { "адрес не существует", "user_unknown" },
  { "не существует", "user_unknown", weak = true },
  { "несуществующ", "user_unknown", weak = true },
  { "почтовый ящик недоступен", "user_unknown" },
  { "некорректных получателей", "user_unknown" },
  { "некорректный получатель", "user_unknown" },
  { "неправильно указа", "user_unknown", weak = true },
  { "неверно указа", "user_unknown", weak = true },
  { "больше не принимает", "user_unknown" },
  { "пользователь удалил", "user_unknown" },
  -- mailbox_disabled
  { "ящик отключен", "mailbox_disabled" },
  { "ящик заблокирован", "mailbox_disabled" },
  { "аккаунт заблокирован", "mailbox_disabled" },
  { "учетная запись отключена", "mailbox_disabled" },
  { "отключен", "mailbox_disabled", weak = true },
  -- host_unknown
  { "домен не существует", "host_unknown" },
  { "не делегирован", "host_unknown" },
  { "несуществующий домен", "host_unknown" },
  { "домен не найден", "host_unknown" },
  { "неизвестный домен", "host_unknown" },
  { "не удалось определить сервер", "host_unknown" },
  { "возможно, сервер неверно сконфигурирован", "host_unknown" },
  { "отсутствует маршрут", "host_unknown" },
  -- mailbox_full
  { "переполнен", "mailbox_full" },
  { "ящик полон", "mailbox_full" },
  { "превысил свою квоту", "mailbox_full" },
  { "квота почтового ящика", "mailbox_full" },
  { "превышена квота", "mailbox_full" },
  { "квота превышена", "mailbox_full" },
  { "исчерпано место", "mailbox_full" },
  { "недостаточно места для новых", "mailbox_full" },
  { "места для хранения", "mailbox_full" },
  { "нет свободного места", "mailbox_full" },
  -- message_too_big
  { "слишком велико", "message_too_big" },
  { "слишком большое", "message_too_big" },
  { "слишком большой", "message_too_big" },
  { "размер сообщения", "message_too_big" },
  { "размер письма", "message_too_big" },
  { "ограничение на размер", "message_too_big" },
  { "предел размера", "message_too_big" },
  -- too_many_recipients
  { "слишком много получателей", "too_many_recipients" },
  { "число получателей", "too_many_recipients" },
  { "количество получателей", "too_many_recipients" },
  { "количества получателей", "too_many_recipients" },
  -- rate_limited
  { "ограничения частоты", "rate_limited" },
  { "ограничивает число писем", "rate_limited" },
  { "слишком много писем", "rate_limited" },
  { "слишком много сообщений", "rate_limited" },
  { "слишком много соединений", "rate_limited" },
  { "лимит отправки", "rate_limited" },
  -- greylisted
  { "серый список", "greylisted" },
  { "грейлистинг", "greylisted" },
  -- blocked
  { "черный список", "blocked" },
  { "чёрный список", "blocked" },
  { "черном списке", "blocked" },
  { "чёрном списке", "blocked" },
  { "блокировка", "blocked", weak = true },
  { "заблокирован", "blocked", weak = true },
  -- spam_detected
  { "как спам", "spam_detected" },
  { "помечено как нежелательное", "spam_detected" },
  { "признано спамом", "spam_detected" },
  { "подозрение на спам", "spam_detected" },
  { "спам", "spam_detected", weak = true },
  -- virus_detected
  { "вирус", "virus_detected" },
  -- policy_violation
  { "не разрешено", "policy_violation", weak = true },
  { "из-за ограничений", "policy_violation", weak = true },
  -- auth_required: SMTP AUTH asked for, or the credentials refused
  { "требуется аутентификация", "auth_required" },
  { "требуется авторизация", "auth_required" },
  { "ошибка аутентификации", "auth_required" },
  { "ошибка авторизации", "auth_required" },
  { "сбой аутентификации", "auth_required" },
  { "не удалось аутентифицироваться", "auth_required" },
  { "проверку подлинности", "auth_required" },
  { "проверки подлинности", "auth_required" },
  { "неверный пароль", "auth_required" },
  { "аутентификац", "auth_required", weak = true },
  { "авторизац", "auth_required", weak = true },
  -- tls_required
  { "требуется шифрование", "tls_required" },
  { "шифрование обязательно", "tls_required" },
  { "текстовых паролей", "tls_required" },
  -- relay_denied
  { "не является конечным местом назначения", "relay_denied" },
  { "пересылка запрещена", "relay_denied" },
  { "релей запрещен", "relay_denied" },
  -- sender_rejected
  { "адрес отправителя", "sender_rejected", weak = true },
  { "адреса отправителя", "sender_rejected", weak = true },
  { "неверный адрес отправителя", "sender_rejected" },
  { "установить отправителя", "sender_rejected" },
  { "отправитель отклонен", "sender_rejected" },
  { "адрес электронной почты верен", "sender_rejected" },
  -- syntax_error
  { "имя почтового ящика недопустимо", "syntax_error" },
  { "синтаксическая ошибка", "syntax_error" },
  { "ошибка синтаксиса", "syntax_error" },
  { "неправильный адрес получателя", "syntax_error" },
  -- system_error
  { "сервис не доступен", "system_error", weak = true },
  { "сервис недоступен", "system_error", weak = true },
  { "ошибка при обработке", "system_error" },
  { "ошибка в обработке", "system_error" },
  { "ошибки при обработке", "system_error" },
  { "недостаточно места в системном", "system_error" },
  { "нехватки памяти", "system_error" },
  { "нехватка памяти", "system_error" },
  { "обслуживание невозможно", "system_error" },
  { "сбои сервиса", "system_error" },
  { "внутренняя ошибка", "system_error" },
  { "временные неполадки", "system_error", weak = true },
  -- network_error
  { "сбой соединения", "network_error" },
  { "ошибка соединения", "network_error" },
  { "разрыв соединения", "network_error" },
  { "не удается подключиться", "network_error" },
  { "не удалось подключиться", "network_error" },
  { "не удалось установить соединение", "network_error" },
  { "соединение с сервером", "network_error" },
  { "соединения с сервером", "network_error" },
  { "не отвечает", "network_error" },
  { "проблем с сетью", "network_error" },
  { "проблемами с сетью", "network_error" },
  { "соединени", "network_error", weak = true },
  -- expired
  { "срок действия сообщения", "expired" },
  { "истек срок", "expired" },
  { "истёк срок", "expired" },
  -- has_moved
  { "не локальный", "has_moved" },
  -- unknown: delivery failed, without a reason
  { "ошибка smtp", "unknown", weak = true },
  { "smtp ошибка", "unknown", weak = true },
  { "ошибка отправления", "unknown", weak = true },
  { "ошибка отправки", "unknown", weak = true },
  { "при отправлении почты", "unknown", weak = true },
  { "не удалось отправить", "unknown", weak = true },
  { "не удалась отправка", "unknown", weak = true },
  { "не доставлено", "unknown", weak = true },
  { "не было доставлено", "unknown", weak = true },
  { "не может быть доставлено", "unknown", weak = true },
  { "сбой транзакции", "unknown", weak = true },
  { "возвращается с ошибкой", "unknown", weak = true },
  { "данные не приняты", "unknown", weak = true },

  ---------------------------------------------------------------- Japanese
  -- Japanese providers' and hosts' help pages on bounces (they quote the
  -- replies and explain them), Gmail's and Exchange's translated texts,
  -- the Japanese catalogues of mail clients and webmails (Thunderbird,
  -- Evolution, Roundcube, PHPMailer). Japanese has no spaces: the words
  -- match anywhere, so each carries a noun and its verb where it can.

  -- user_unknown
  { "宛先不明", "user_unknown", weak = true },
  { "アドレス不明", "user_unknown" },
  { "不明なアドレス", "user_unknown" },
  { "ユーザ不明", "user_unknown" },
  { "ユーザー不明", "user_unknown" },
  { "ユーザが見つかりません", "user_unknown" },
  { "ユーザーが見つかりません", "user_unknown" },
  { "見つかりません", "user_unknown", weak = true },
  { "見つからなかった", "user_unknown", weak = true },
  { "存在しません", "user_unknown", weak = true },
  { "存在しない", "user_unknown", weak = true },
  { "アカウントは存在しません", "user_unknown" },
  { "アカウントが存在しません", "user_unknown" },
  { "アドレスは存在しません", "user_unknown" },
  { "アドレスが存在しません", "user_unknown" },
  { "メールボックスがありません", "user_unknown" },
  { "メールボックスは利用できません", "user_unknown" },
  { "無効な受信者", "user_unknown" },
  { "アドレスが誤って", "user_unknown", weak = true },
  { "受取人が無効", "user_unknown" },
  { "@より前", "user_unknown" },
  { "@マークより左", "user_unknown" },
  { "@マークの左", "user_unknown" },
  { "より左の部分", "user_unknown" },
  -- mailbox_disabled
  { "アカウントが無効", "mailbox_disabled" },
  { "アカウントが停止", "mailbox_disabled" },
  { "利用停止", "mailbox_disabled" },
  { "受信機能が無効", "mailbox_disabled" },
  { "無効になって", "mailbox_disabled", weak = true },
  -- host_unknown
  { "ドメインが存在しません", "host_unknown" },
  { "ドメインは存在しません", "host_unknown" },
  { "ドメイン名が間違", "host_unknown" },
  { "ドメインが見つかりません", "host_unknown" },
  { "ホストが見つかりません", "host_unknown" },
  { "ホストサーバーが無い", "host_unknown" },
  { "サーバーが見つかりません", "host_unknown" },
  { "サーバーの設定に誤り", "host_unknown" },
  { "@マークの右", "host_unknown" },
  { "@マークより右", "host_unknown" },
  { "より右の部分", "host_unknown" },
  { "@より後ろ", "host_unknown" },
  { "ルートが存在しな", "host_unknown" },
  -- mailbox_full
  { "メールボックスがいっぱい", "mailbox_full" },
  { "メールボックスが一杯", "mailbox_full" },
  { "メールボックスが満杯", "mailbox_full" },
  { "メールボックスの容量", "mailbox_full" },
  { "いっぱい", "mailbox_full", weak = true },
  { "容量オーバー", "mailbox_full", weak = true },
  { "容量不足", "mailbox_full" },
  { "空き容量", "mailbox_full" },
  { "クォータ超過", "mailbox_full" },
  { "クォータ制限", "mailbox_full" },
  { "保存容量の上限", "mailbox_full" },
  { "格納域の制限", "mailbox_full" },
  { "領域割り当て", "mailbox_full" },
  -- message_too_big
  { "大きすぎ", "message_too_big" },
  { "長すぎ", "message_too_big", weak = true },
  { "サイズ制限", "message_too_big" },
  { "サイズの上限", "message_too_big" },
  { "メッセージの大きさ", "message_too_big" },
  { "メール容量を超", "message_too_big" },
  { "メールの容量", "message_too_big" },
  { "容量を超過", "message_too_big" },
  -- too_many_recipients
  { "宛先が多すぎ", "too_many_recipients" },
  { "多数の宛先", "too_many_recipients" },
  { "受信者の許容数", "too_many_recipients" },
  { "受信者の総数", "too_many_recipients" },
  { "宛先数", "too_many_recipients" },
  -- rate_limited
  { "送信速度", "rate_limited" },
  { "送信数の上限", "rate_limited" },
  { "送信数が上限", "rate_limited" },
  { "送信制限", "rate_limited" },
  { "短時間に大量", "rate_limited" },
  -- greylisted
  { "グレイリスト", "greylisted" },
  { "グレーリスト", "greylisted" },
  { "一時受取拒否", "greylisted" },
  { "一時的に受け取り拒否", "greylisted" },
  -- blocked
  { "ブラックリスト", "blocked" },
  { "ブロックされ", "blocked", weak = true },
  -- spam_detected
  { "迷惑メールと判定", "spam_detected" },
  { "迷惑メールと判断", "spam_detected" },
  { "スパムと判定", "spam_detected" },
  { "スパム", "spam_detected", weak = true },
  { "不審", "spam_detected", weak = true },
  -- virus_detected
  { "ウイルス", "virus_detected" },
  { "ウィルス", "virus_detected" },
  -- policy_violation
  { "受信拒否設定", "policy_violation" },
  { "アクセス拒否", "policy_violation", weak = true },
  { "ドメイン指定受信", "policy_violation" },
  { "受信者にメッセージを送信することを許可されていません", "policy_violation" },
  -- auth_required: SMTP AUTH asked for, or the credentials refused
  { "認証に失敗", "auth_required" },
  { "認証できません", "auth_required" },
  { "認証を拒否", "auth_required" },
  { "認証を要求", "auth_required" },
  { "認証を必要", "auth_required" },
  { "認証が必要", "auth_required" },
  { "認証されていません", "auth_required" },
  { "認証エラー", "auth_required" },
  { "認証メカニズムは不十分", "auth_required" },
  { "認証", "auth_required", weak = true },
  -- tls_required
  { "暗号化が必要", "tls_required" },
  { "平文のパスワード", "tls_required" },
  -- relay_denied
  { "最終送信先でない", "relay_denied" },
  { "中継を拒否", "relay_denied" },
  { "リレーを拒否", "relay_denied" },
  { "中継は許可されていません", "relay_denied" },
  -- sender_rejected
  { "差出人", "sender_rejected", weak = true },
  { "差出人のアドレス", "sender_rejected" },
  { "fromアドレス", "sender_rejected" },
  { "メールアドレスの設定が正しいか", "sender_rejected" },
  -- syntax_error
  { "メールボックス名は認められません", "syntax_error" },
  { "形式が正しくありません", "syntax_error" },
  { "表示が正しくない", "syntax_error" },
  { "構文エラー", "syntax_error" },
  -- system_error
  { "サービスは利用できません", "system_error", weak = true },
  { "処理中にエラー", "system_error" },
  { "保存領域が足りません", "system_error" },
  { "システムの容量", "system_error" },
  { "メモリ不足", "system_error" },
  { "サーバーの問題", "system_error" },
  { "サーバの問題", "system_error" },
  { "内部エラー", "system_error" },
  -- network_error
  { "接続できません", "network_error" },
  { "接続できなかった", "network_error" },
  { "接続できない", "network_error" },
  { "接続に失敗", "network_error" },
  { "接続がタイムアウト", "network_error" },
  { "接続が切断", "network_error" },
  { "接続を予期せずに切断", "network_error" },
  { "接続を受け付けません", "network_error" },
  { "接続が拒否", "network_error" },
  { "接続が解除", "network_error" },
  { "応答していません", "network_error" },
  { "応答がありません", "network_error" },
  { "応答が無い", "network_error" },
  { "ダウンしている", "network_error" },
  { "ネットワーク", "network_error", weak = true },
  -- expired
  { "有効期限が切れ", "expired" },
  { "配送期限", "expired" },
  -- has_moved
  { "ローカルではありません", "has_moved" },
  -- unknown: delivery failed, without a reason
  { "smtpエラー", "unknown", weak = true },
  { "smtp エラー", "unknown", weak = true },
  { "エラーが発生しました", "unknown", weak = true },
  { "送信できません", "unknown", weak = true },
  { "送信出来ません", "unknown", weak = true },
  { "送信に失敗", "unknown", weak = true },
  { "配信不能", "unknown", weak = true },
  { "配信できません", "unknown", weak = true },
  { "配信に失敗", "unknown", weak = true },
  { "届きませんでした", "unknown", weak = true },
  { "受信不可", "unknown", weak = true },
  { "処理は失敗しました", "unknown", weak = true },
  { "受け付けられませんでした", "unknown", weak = true },

  ---------------------------------------------------------------- Chinese
  -- NetEase (163, 126), Sina, QQ, Aliyun and Coremail replies (often the
  -- English reply with a Chinese gloss), Taiwanese hosts' help pages,
  -- Exchange's translated NDR texts, the Chinese catalogues of mail clients
  -- and webmails (Thunderbird, Evolution, Roundcube, PHPMailer). Simplified
  -- and traditional characters are different bytes: both are listed where
  -- both are seen. Chinese has no spaces: the words match anywhere.

  -- user_unknown
  { "用户不存在", "user_unknown" },
  { "收件人不存在", "user_unknown" },
  { "使用者不存在", "user_unknown" },
  { "邮箱不存在", "user_unknown" },
  { "帐号不存在", "user_unknown" },
  { "账号不存在", "user_unknown" },
  { "账户不存在", "user_unknown" },
  { "地址不存在", "user_unknown" },
  { "不存在", "user_unknown", weak = true },
  { "查无此人", "user_unknown" },
  { "没有收件人", "user_unknown" },
  { "沒有收件者", "user_unknown" },
  { "无此用户", "user_unknown" },
  { "沒有這個使用者", "user_unknown" },
  { "未知用户", "user_unknown" },
  { "无效的收件人", "user_unknown" },
  { "無效的收件者", "user_unknown" },
  { "收件人无效", "user_unknown" },
  { "邮箱无效", "user_unknown" },
  { "郵箱無效", "user_unknown" },
  { "地址无效", "user_unknown" },
  { "地址無效", "user_unknown" },
  { "邮箱不可用", "user_unknown" },
  { "邮箱暂时不可用", "user_unknown" },
  { "郵箱仍未可用", "user_unknown" },
  { "收件人地址被拒绝", "user_unknown", enhanced = "5.4.1" },
  { "收件人地址拒絕", "user_unknown", enhanced = "5.4.1" },
  { "找不到", "user_unknown", weak = true },
  { "收件人地址错误", "user_unknown", weak = true },
  { "收件人地址錯誤", "user_unknown", weak = true },
  -- mailbox_disabled
  { "禁用", "mailbox_disabled", weak = true },
  { "停用", "mailbox_disabled", weak = true },
  { "被锁", "mailbox_disabled" },
  { "冻结", "mailbox_disabled" },
  { "休眠", "mailbox_disabled" },
  { "未开通", "mailbox_disabled", weak = true },
  -- host_unknown
  { "域名不存在", "host_unknown" },
  { "域名错误", "host_unknown" },
  { "域名有错误", "host_unknown" },
  { "主机不存在", "host_unknown" },
  { "没有这个主机", "host_unknown" },
  { "找不到该主机", "host_unknown" },
  { "搜尋不到該主機", "host_unknown" },
  { "无法被系统解析", "host_unknown" },
  { "无法解析", "host_unknown", weak = true },
  { "mx记录", "host_unknown" },
  { "无法查找对方服务器", "host_unknown" },
  { "服务器可能配置错误", "host_unknown" },
  { "伺服器可能設定錯誤", "host_unknown" },
  { "路由", "host_unknown", weak = true },
  -- mailbox_full
  { "空间不足", "mailbox_full" },
  { "空间不够", "mailbox_full" },
  { "已满", "mailbox_full", weak = true },
  { "已滿", "mailbox_full", weak = true },
  { "邮箱已满", "mailbox_full" },
  { "收件箱已满", "mailbox_full" },
  { "信箱已滿", "mailbox_full" },
  { "郵箱已滿", "mailbox_full" },
  { "容量已滿", "mailbox_full" },
  { "容量满", "mailbox_full" },
  { "已爆", "mailbox_full" },
  { "存储配额", "mailbox_full" },
  { "儲存配額", "mailbox_full" },
  { "存储分配超额", "mailbox_full" },
  { "儲存空間的限制", "mailbox_full" },
  { "邮件数量限制", "mailbox_full" },
  -- message_too_big
  { "邮件太大", "message_too_big" },
  { "郵件太大", "message_too_big" },
  { "郵件是太大", "message_too_big" },
  { "太大", "message_too_big", weak = true },
  { "过大", "message_too_big", weak = true },
  { "大小超过", "message_too_big" },
  { "大小超出", "message_too_big" },
  { "大小超過", "message_too_big" },
  { "超過大小限制", "message_too_big" },
  { "全局大小限制", "message_too_big" },
  { "大小上限", "message_too_big" },
  { "大小限制", "message_too_big", weak = true },
  { "长度超过", "message_too_big" },
  { "容量已超出", "message_too_big" },
  -- too_many_recipients
  { "收件人太多", "too_many_recipients" },
  { "太多收件人", "too_many_recipients" },
  { "收件人数", "too_many_recipients" },
  { "收件者數量", "too_many_recipients" },
  { "收件人总数", "too_many_recipients" },
  { "收件者總數", "too_many_recipients" },
  { "过多用户", "too_many_recipients" },
  { "rcpt 允许上限", "too_many_recipients" },
  -- rate_limited
  { "发送频率", "rate_limited" },
  { "发信频率", "rate_limited" },
  { "發信頻率", "rate_limited" },
  { "收信频率", "rate_limited" },
  { "频率限制", "rate_limited" },
  { "頻繁", "rate_limited" },
  { "发信量", "rate_limited" },
  { "發信量", "rate_limited" },
  { "发信数超限制", "rate_limited" },
  { "并发连接数", "rate_limited" },
  { "大量信件", "rate_limited" },
  { "邮件数量超出限制", "rate_limited" },
  { "提交率", "rate_limited" },
  -- greylisted
  { "灰名单", "greylisted" },
  { "稍后再送", "greylisted" },
  -- blocked
  { "黑名单", "blocked" },
  { "黑名單", "blocked" },
  { "被屏蔽", "blocked" },
  { "被禁止", "blocked", weak = true },
  { "挡信", "blocked" },
  { "发送行为异常", "blocked" },
  { "允许的发送地址列表", "blocked" },
  { "开放中继", "blocked" },
  -- spam_detected
  { "垃圾邮件", "spam_detected", weak = true },
  { "垃圾郵件", "spam_detected", weak = true },
  { "垃圾信", "spam_detected", weak = true },
  { "反垃圾", "spam_detected", weak = true },
  { "为垃圾邮件", "spam_detected" },
  { "為垃圾郵件", "spam_detected" },
  { "被認為是垃圾", "spam_detected" },
  { "被认为是垃圾", "spam_detected" },
  { "垃圾邮件特征", "spam_detected" },
  -- virus_detected
  { "病毒", "virus_detected" },
  -- policy_violation
  { "拒收", "policy_violation", weak = true },
  { "过滤规则", "policy_violation" },
  { "過濾規則", "policy_violation" },
  { "服务器拒绝", "policy_violation", weak = true },
  { "不允许邮件发件人", "policy_violation" },
  -- auth_required: SMTP AUTH asked for, or the credentials refused
  { "认证失败", "auth_required" },
  { "認證失敗", "auth_required" },
  { "核對失敗", "auth_required" },
  { "登录失败", "auth_required" },
  { "登入失敗", "auth_required" },
  { "认证机制太弱", "auth_required" },
  { "核對機制太弱", "auth_required" },
  { "必须认证", "auth_required" },
  { "要求核對", "auth_required" },
  { "必须通过验证", "auth_required" },
  { "身份验证", "auth_required", weak = true },
  { "认证", "auth_required", weak = true },
  { "認證", "auth_required", weak = true },
  { "驗證", "auth_required", weak = true },
  -- tls_required
  { "必须加密", "tls_required" },
  { "必須加密", "tls_required" },
  { "明文密码", "tls_required" },
  { "未加密的密碼", "tls_required" },
  { "加密", "tls_required", weak = true },
  -- relay_denied
  { "最终目的地", "relay_denied" },
  { "最終目的地", "relay_denied" },
  { "拒绝中继", "relay_denied" },
  { "中继", "relay_denied", weak = true },
  -- sender_rejected
  { "发件人地址", "sender_rejected" },
  { "寄件者的地址", "sender_rejected" },
  { "寄件者地址", "sender_rejected" },
  { "寄件人", "sender_rejected", weak = true },
  { "发信地址", "sender_rejected" },
  { "发送地址", "sender_rejected" },
  { "發送地址", "sender_rejected" },
  { "发信用户", "sender_rejected" },
  { "mail from地址", "sender_rejected" },
  { "寄件人被拒絕", "sender_rejected" },
  { "添加发件人失败", "sender_rejected" },
  { "無法設定寄件者", "sender_rejected" },
  { "账户设置中的电子邮件地址", "sender_rejected" },
  { "中您的電子郵件地址是否正確", "sender_rejected" },
  -- syntax_error
  { "邮件箱名称", "syntax_error" },
  { "郵箱名稱", "syntax_error" },
  { "邮箱名不可用", "syntax_error" },
  { "错误指令", "syntax_error" },
  { "地址可能不正确", "syntax_error" },
  { "语法错误", "syntax_error" },
  { "語法錯誤", "syntax_error" },
  { "格式错误", "syntax_error" },
  -- system_error
  { "服务不可用", "system_error", weak = true },
  { "服務仍未可用", "system_error", weak = true },
  { "处理出错", "system_error" },
  { "處理時發生錯誤", "system_error" },
  { "系统存储空间不足", "system_error" },
  { "系統的儲存空間不足", "system_error" },
  { "内存不足", "system_error" },
  { "記憶體不足", "system_error" },
  { "记忆体不足", "system_error" },
  { "服务器问题", "system_error" },
  { "伺服器問題", "system_error" },
  { "服务器繁忙", "system_error", weak = true },
  -- network_error
  { "连接失败", "network_error" },
  { "连接服务器失败", "network_error" },
  { "連線失敗", "network_error" },
  { "无法连接", "network_error" },
  { "無法連線", "network_error" },
  { "无法连线", "network_error" },
  { "无法建立", "network_error" },
  { "连接超时", "network_error" },
  { "连接被拒绝", "network_error" },
  { "连线被拒", "network_error" },
  { "连接中断", "network_error" },
  { "连接在传输过程中中断", "network_error" },
  { "連線在傳輸過程中中斷", "network_error" },
  { "连接的邮件", "rate_limited", weak = true },
  { "网路不通", "network_error" },
  { "网络异常", "network_error" },
  { "没有响应", "network_error" },
  { "沒有回應", "network_error" },
  { "网络状况", "network_error" },
  { "網路條件", "network_error" },
  { "超时", "network_error", weak = true },
  { "逾時", "network_error", weak = true },
  -- expired
  { "已过期", "expired" },
  { "已過期", "expired" },
  { "多次尝试", "expired" },
  -- has_moved
  { "不在本地", "has_moved" },
  { "不是本地", "has_moved" },
  -- unknown: delivery failed, without a reason
  { "smtp 错误", "unknown", weak = true },
  { "smtp 錯誤", "unknown", weak = true },
  { "smtp错误", "unknown", weak = true },
  { "发送失败", "unknown", weak = true },
  { "发送邮件时", "unknown", weak = true },
  { "寄信時發生錯誤", "unknown", weak = true },
  { "寄送郵件時發生錯誤", "unknown", weak = true },
  { "寄出失敗", "unknown", weak = true },
  { "传送失败", "unknown", weak = true },
  { "執行失敗", "unknown", weak = true },
  { "无法送达", "unknown", weak = true },
  { "无法投递", "unknown", weak = true },
  { "無法傳送", "unknown", weak = true },
  { "失败重寄", "unknown", weak = true },
  { "送信失败", "unknown", weak = true },
  { "退回", "unknown", weak = true },
  { "系统退信", "unknown", weak = true },
  { "数据不被接受", "unknown", weak = true },
  { "無法接受的資料", "unknown", weak = true },

  ---------------------------------------------------------------- Polish
  -- The Polish catalogues of PHPMailer, Roundcube, Thunderbird and Evolution
  -- (camel's SMTP texts). Written in small letters: the generator adds the
  -- capitalised and upper-case forms of the letters Latin-1 does not hold.

  -- user_unknown
  { "skrzynka jest niedostępna", "user_unknown" },
  { "odbiorców jest nieprawidłowy", "user_unknown" },
  -- host_unknown
  { "serwer może być niewłaściwie skonfigurowany", "host_unknown" },
  -- mailbox_full
  { "przekroczony wykorzystany rozmiar", "mailbox_full" },
  -- message_too_big
  { "rozmiar wiadomości przekracza", "message_too_big" },
  { "limit rozmiaru wiadomości", "message_too_big" },
  -- too_many_recipients
  { "liczby adresatów", "too_many_recipients" },
  { "liczby odbiorców", "too_many_recipients" },
  -- auth_required: SMTP AUTH asked for, or the credentials refused
  { "nie można przeprowadzić uwierzytelnienia", "auth_required" },
  { "uwierzytelnianie nie powiodło się", "auth_required" },
  { "błąd podczas komunikacji", "network_error", class = "transient" },
  { "uwierzytelnienie się nie powiodło", "auth_required" },
  { "nie udało się uwierzytelnić", "auth_required" },
  { "szyfrowanych haseł", "auth_required" },
  { "nie obsługuje wybranej metody uwierzytelniania", "auth_required" },
  { "nie obsługuje uwierzytelniania", "auth_required" },
  { "mechanizm uwierzytelniania jest za słaby", "auth_required" },
  { "niepowodzenie podczas uwierzytelniania", "auth_required" },
  { "wymagane uwierzytelnienie", "auth_required" },
  { "odpowiedź serwera na uwierzytelnienie", "auth_required" },
  { "uwierzytelni", "auth_required", weak = true },
  -- tls_required
  { "haseł przesyłanych otwartym tekstem", "tls_required" },
  { "wymaga szyfrowania", "tls_required" },
  { "nie udało się nawiązać bezpiecznego połączenia", "tls_required" },
  -- sender_rejected
  { "adres nadawcy", "sender_rejected", weak = true },
  { "adres nadawcy jest nieprawidłowy", "sender_rejected" },
  { "nieprawidłowy adres nadawcy", "sender_rejected" },
  { "nie można ustawić nadawcy", "sender_rejected" },
  { "poprawności adresu e-mail w konfiguracji kont", "sender_rejected" },
  { "poprawność adresu e-mail w konfiguracji kont", "sender_rejected" },
  -- syntax_error
  { "błąd składniowy", "syntax_error" },
  { "niedozwolona nazwa skrzynki", "syntax_error" },
  { "znaki spoza zakresu ascii", "syntax_error" },
  { "znaków unicode w adresach", "syntax_error" },
  -- system_error
  { "usługa nie jest dostępna", "system_error", weak = true },
  { "błąd podczas przetwarzania", "system_error" },
  { "brak miejsca w miejscu przechowywania", "system_error" },
  -- network_error
  { "nie można połączyć się", "network_error" },
  { "nie można nawiązać połączenia", "network_error" },
  { "nie udało się połączyć", "network_error" },
  { "połączenie z serwerem", "network_error" },
  { "limit czasu połączenia", "network_error" },
  -- has_moved
  { "użytkownik nie jest lokalny", "has_moved" },
  -- unknown: delivery failed, without a reason
  { "błąd smtp", "unknown", weak = true },
  { "błąd serwera poczty", "unknown", weak = true },
  { "dane nie zostały", "none" },   -- data, not DANE
  { "dane nie zostały przyjęte", "unknown", weak = true },
  { "podczas wysyłania wiadomości", "unknown", weak = true },
  { "wysyłanie wiadomości się nie powiodło", "unknown", weak = true },
  { "podczas dostarczania", "unknown", weak = true },
  { "nie można wysłać wiadomości", "unknown", weak = true },
  { "transakcja się nie powiodła", "unknown", weak = true },

  ---------------------------------------------------------------- Czech
  -- The Czech catalogues of PHPMailer, Roundcube, Thunderbird and Evolution
  -- (camel's SMTP texts), with PHPMailer's older Czech file (cz).

  -- user_unknown
  { "poštovní schránka není k dispozici", "user_unknown" },
  { "neplatných příjemců", "user_unknown" },
  -- host_unknown
  { "server může být špatně nakonfigurován", "host_unknown" },
  -- mailbox_full
  { "překročena alokace úložiště", "mailbox_full" },
  -- message_too_big
  { "velikost zprávy", "message_too_big" },
  { "zpráva překročila limit serveru", "message_too_big" },
  { "velikostní limit", "message_too_big" },
  -- too_many_recipients
  { "počet příjemců", "too_many_recipients" },
  -- auth_required: SMTP AUTH asked for, or the credentials refused
  { "autentizace selhala", "auth_required" },
  { "chyba autentikace", "auth_required" },
  { "chyba přihlášení", "auth_required" },
  { "se nezdařila autentizace", "auth_required" },
  { "nepodporuje šifrovaná hesla", "auth_required" },
  { "nepodporuje zvolenou metodu autentizace", "auth_required" },
  { "mechanismus ověřování", "auth_required" },
  { "selhání ověřování", "auth_required" },
  { "vyžadováno ověření totožnosti", "auth_required" },
  { "odpověď ověřování totožnosti", "auth_required" },
  { "nepodporuje ověřování totožnosti", "auth_required" },
  { "selhalo ověření", "auth_required" },
  { "autentizac", "auth_required", weak = true },
  { "ověřování totožnosti", "auth_required", weak = true },
  -- tls_required
  { "nepodporuje nezašifrovaná hesla", "tls_required" },
  { "vyžadováno šifrován", "tls_required" },
  { "nelze se bezpečně připojit", "tls_required" },
  -- sender_rejected
  { "adresa odesílatele", "sender_rejected", weak = true },
  { "adresa odesílatele je nesprávná", "sender_rejected" },
  { "adresa odesílatele není platná", "sender_rejected" },
  { "nelze nastavit odesílatele", "sender_rejected" },
  { "správnost své e-mailové adresy", "sender_rejected" },
  -- syntax_error
  { "syntaktická chyba", "syntax_error" },   -- Slovak too
  { "název poštovní schránky nepovolen", "syntax_error" },
  { "znaky mimo ascii", "syntax_error" },
  { "unicode v e-mailové adrese", "syntax_error" },
  -- system_error
  { "služba není k dispozici", "system_error", weak = true },
  { "chyba při zpracování", "system_error" },
  { "nedostatek místa v systému", "system_error" },
  -- network_error
  { "nelze navázat spojení", "network_error" },
  { "připojení k serveru selhalo", "network_error" },
  { "nepodařilo připojit", "network_error" },
  { "spojení se smtp serverem", "network_error" },
  { "nelze se připojit k serveru", "network_error" },
  -- has_moved
  { "uživatel není místní", "has_moved" },
  -- unknown: delivery failed, without a reason
  { "chyba smtp", "unknown", weak = true },   -- Slovak too
  { "data nebyla přijata", "unknown", weak = true },
  { "při odesílání", "unknown", weak = true },
  { "poslání zprávy selhalo", "unknown", weak = true },
  { "nelze odeslat zprávu", "unknown", weak = true },
  { "transakce selhala", "unknown", weak = true },

  ---------------------------------------------------------------- Slovak
  -- The Slovak catalogues of PHPMailer, Roundcube, Thunderbird and Evolution
  -- (camel's SMTP texts). The Czech "chyba smtp" and "syntaktická chyba" are
  -- Slovak too.

  -- user_unknown
  { "poštová schránka nie je k dispozícii", "user_unknown" },
  { "adresáti nie sú platní", "user_unknown" },
  -- host_unknown
  { "server môže byť nesprávne nakonfigurovaný", "host_unknown" },
  -- mailbox_full
  { "presiahnuté vyhradené miesto", "mailbox_full" },
  -- message_too_big
  { "veľkosť správy", "message_too_big" },
  { "presiahla globálny limit", "message_too_big" },
  -- too_many_recipients
  { "počtu príjemcov", "too_many_recipients" },
  { "počet príjemcov", "too_many_recipients" },
  -- auth_required: SMTP AUTH asked for, or the credentials refused
  { "chyba autentifikácie", "auth_required" },
  { "neúspešná autentifikácia", "auth_required" },
  { "nebolo možné overenie", "auth_required" },
  { "nepodporuje šifrované heslá", "auth_required" },
  { "nepodporuje zvolenú metódu overenia", "auth_required" },
  { "mechanizmus overenia", "auth_required" },
  { "zlyhanie overenia", "auth_required" },
  { "vyžaduje sa overenie totožnosti", "auth_required" },
  { "odpoveď na overenie totožnosti", "auth_required" },
  { "nepodporuje spôsob overenia", "auth_required" },
  { "zlyhalo overenie", "auth_required" },
  { "autentifikáci", "auth_required", weak = true },
  { "overenia totožnosti", "auth_required", weak = true },
  -- tls_required
  { "nepovoľuje nezašifrované heslá", "tls_required" },
  { "vyžadované šifrovanie", "tls_required" },
  { "nepodarilo sa nadviazať zabezpečené spojenie", "tls_required" },
  -- sender_rejected
  { "adresa odosielateľa", "sender_rejected", weak = true },
  { "adresa odosielateľa nie je platná", "sender_rejected" },
  { "adresa from je nesprávna", "sender_rejected" },
  { "nemožno nastaviť odosielateľa", "sender_rejected" },
  { "vašej e-mailovej adresy v nastaveniach", "sender_rejected" },
  -- syntax_error
  { "nepovolený názov poštovej schránky", "syntax_error" },
  { "znaky mimo sady ascii", "syntax_error" },
  { "unicode v e-mailovej adrese", "syntax_error" },
  -- system_error
  { "služba nie je k dispozícii", "system_error", weak = true },
  { "chyba pri spracovaní", "system_error" },
  { "nedostatok miesta v systéme", "system_error" },
  -- network_error
  { "nebolo možné nadviazať spojenie", "network_error" },
  { "neúspešné pripojenie k serveru", "network_error" },
  { "pripojenie k serveru", "network_error" },
  { "časový limit pripojenia", "network_error" },
  -- has_moved
  { "používateľ nie je lokálny", "has_moved" },
  -- unknown: delivery failed, without a reason
  { "smtp chyba", "unknown", weak = true },
  { "príjemcov niesu správne", "unknown", weak = true },
  { "dáta neboli prijaté", "unknown", weak = true },
  { "pri odosielaní", "unknown", weak = true },
  { "počas odosielania", "unknown", weak = true },
  { "odoslanie správy zlyhalo", "unknown", weak = true },
  { "správa sa nedá odoslať", "unknown", weak = true },
  { "transakcia zlyhala", "unknown", weak = true },
  { "chyba pri doručovaní", "unknown", weak = true },

  ---------------------------------------------------------------- Ukrainian
  -- The Ukrainian catalogues of PHPMailer, Roundcube, Thunderbird and
  -- Evolution (camel's SMTP texts). Words that follow an apostrophe
  -- ("з'єднання") start after it: Ukrainian writes it three ways. The Russian
  -- "авторизац" is Ukrainian too.

  -- user_unknown
  { "поштова скринька недоступна", "user_unknown" },
  { "неправильних отримувачів", "user_unknown" },
  -- host_unknown
  { "сервер має неправильну конфігурацію", "host_unknown" },
  -- mailbox_full
  { "скінчився вільний простір", "mailbox_full" },
  -- message_too_big
  { "розмір повідомлення", "message_too_big" },
  { "обмеження розміру", "message_too_big" },
  -- too_many_recipients
  { "кількості отримувачів", "too_many_recipients" },
  { "кількість отримувачів", "too_many_recipients" },
  -- auth_required: SMTP AUTH asked for, or the credentials refused
  { "помилка авторизації", "auth_required" },
  { "невдала спроба автентифікації", "auth_required" },
  { "неможливо авторизуватися", "auth_required" },
  { "не підтримує зашифровані паролі", "auth_required" },
  { "не підтримує обраний метод автентифікації", "auth_required" },
  { "не підтримує автентифікацію", "auth_required" },
  { "механізм автентифікації надто слабкий", "auth_required" },
  { "збій автентифікації", "auth_required" },
  { "вимагається автентифікація", "auth_required" },
  { "неправильна автентифікація", "auth_required" },
  { "не вдалося пройти розпізнавання", "auth_required" },
  { "автентифікац", "auth_required", weak = true },
  -- tls_required
  { "не дозволяє використання звичайних паролів", "tls_required" },
  { "потребує шифрування", "tls_required" },
  { "встановити безпечний", "tls_required" },
  -- sender_rejected
  { "адреса відправника", "sender_rejected", weak = true },
  { "невірна адреса відправника", "sender_rejected" },
  { "неправильна адреса відправника", "sender_rejected" },
  { "не вдалося вказати відправника", "sender_rejected" },
  { "адреса електронної пошти вказана правильно", "sender_rejected" },
  -- syntax_error
  { "синтаксична помилка", "syntax_error" },
  { "неприпустиме ім", "syntax_error" },
  { "не ascii символи", "syntax_error" },
  -- system_error
  { "служба не доступна", "system_error", weak = true },
  { "помилка при обробці", "system_error" },
  { "місця у системному сховищі", "system_error" },
  -- network_error
  { "єднатися до smtp", "network_error" },
  { "єднатись до", "network_error" },
  { "єднання з smtp", "network_error" },
  { "єднатися з сервером", "network_error" },
  { "єднання з сервером", "network_error" },
  -- has_moved
  { "користувач не локальний", "has_moved" },
  -- unknown: delivery failed, without a reason
  { "помилка smtp", "unknown", weak = true },
  { "дані не прийнято", "unknown", weak = true },
  { "під час надсилання", "unknown", weak = true },
  { "при надсиланні", "unknown", weak = true },
  { "під час доставки", "unknown", weak = true },
  { "не вдалося надіслати", "unknown", weak = true },
  { "не вдалося відіслати", "unknown", weak = true },
  { "збій транзакції", "unknown", weak = true },

  ---------------------------------------------------------------- Korean
  -- The Korean catalogues of PHPMailer, Roundcube, Thunderbird and Evolution
  -- (camel's SMTP texts). The words match anywhere, so each keeps its
  -- particle and verb.

  -- user_unknown
  { "메일함을 사용할 수 없습니다", "user_unknown" },
  { "한 명 이상이 잘못", "user_unknown" },
  -- host_unknown
  { "서버 설정이 틀릴 가능성", "host_unknown" },
  -- mailbox_full
  { "할당량을 넘었", "mailbox_full" },
  -- message_too_big
  { "메시지 크기", "message_too_big" },
  { "메시지의 크기", "message_too_big" },
  -- too_many_recipients
  { "받는 사람 수의", "too_many_recipients" },
  -- auth_required: SMTP AUTH asked for, or the credentials refused
  { "인증할 수 없습니다", "auth_required" },
  { "인증을 실패", "auth_required" },
  { "인증에 실패", "auth_required" },
  { "암호화된 비밀번호 사용을 지원하지", "auth_required" },
  { "인증 방식을 지원하지", "auth_required" },
  { "인증 방식이 너무 취약", "auth_required" },
  { "인증이 임시로 실패", "auth_required" },
  { "인증이 필요", "auth_required" },
  { "인증 응답이 틀렸", "auth_required" },
  -- tls_required
  { "평문 비밀번호", "tls_required" },
  { "암호화가 필요", "tls_required" },
  { "보안 연결을 할 수 없", "tls_required" },
  -- sender_rejected
  { "from 주소에서 오류", "sender_rejected" },
  { "(으)로 설정하는데 실패", "sender_rejected" },
  { "자신의 메일 주소를 확인", "sender_rejected" },
  { "보내는 사람 주소", "sender_rejected" },
  -- syntax_error
  { "문법 오류", "syntax_error" },
  { "메일함 이름이 쓸 수 없는", "syntax_error" },
  { "비 ascii 문자", "syntax_error" },
  { "유니코드 이메일 주소를 지원하지", "syntax_error" },
  -- system_error
  { "서비스를 사용할 수 없습니다", "system_error", weak = true },
  { "처리하는데 오류", "system_error" },
  { "시스템 저장 공간이 부족", "system_error" },
  -- network_error
  { "호스트에 접속할 수 없습니다", "network_error" },
  { "smtp 연결을 실패", "network_error" },
  { "서버와의 연결을 실패", "network_error" },
  { "연결이 실패", "network_error" },
  { "연결이 중간에 실패", "network_error" },
  { "연결 시간이 초과", "network_error" },
  { "보안 모드로 연결하는데 실패", "network_error" },
  -- has_moved
  { "로컬 사용자가 아닙니다", "has_moved" },
  -- unknown: delivery failed, without a reason
  { "smtp 오류", "unknown", weak = true },
  { "보내는 중 오류", "unknown", weak = true },
  { "발송 중 오류", "unknown", weak = true },
  { "메시지 보내기 실패", "unknown", weak = true },
  { "메시지를 보낼 수 없습니다", "unknown", weak = true },
  { "전송이 실패", "unknown", weak = true },

  ---------------------------------------------------------------- Turkish
  -- The Turkish catalogues of PHPMailer, Roundcube, Thunderbird and
  -- Evolution (camel's SMTP texts). The dotted and dotless i have no case
  -- variants: no phrase starts with one but "İletim", written so.

  -- user_unknown
  { "posta kutusu kullanılabilir değil", "user_unknown" },
  { "hatalı alıcı", "user_unknown" },
  -- host_unknown
  { "yanlış yapılandırılmış olabilir", "host_unknown" },
  -- mailbox_full
  { "saklama miktarı aşıldı", "mailbox_full" },
  -- message_too_big
  { "boyutu sunucu sınırlamasını", "message_too_big" },
  { "boyut sınırını", "message_too_big" },
  -- too_many_recipients
  { "alıcı sayısı", "too_many_recipients" },
  -- auth_required: SMTP AUTH asked for, or the credentials refused
  { "oturum açılamadı", "auth_required" },
  { "kimlik doğrulanamadı", "auth_required" },
  { "şifrelenmiş parolaları desteklemiyor", "auth_required" },
  { "kimlik doğrulama yöntemini desteklemiyor", "auth_required" },
  { "kimlik doğrulama desteklemiyor", "auth_required" },
  { "kimlik doğrulama yöntemi çok zayıf", "auth_required" },
  { "kimlik doğrulama hatası", "auth_required" },
  { "kimlik doğrulaması gerekli", "auth_required" },
  { "hatalı kimlik doğrulama", "auth_required" },
  { "kimlik doğrulama başarısız", "auth_required" },
  { "kimlik doğrula", "auth_required", weak = true },
  -- tls_required
  { "düz metin parola", "tls_required" },
  { "şifreleme gerekiyor", "tls_required" },
  { "güvenli bir bağlantı sağlanamadı", "tls_required" },
  -- sender_rejected
  { "gönderici adresi", "sender_rejected", weak = true },
  { "gönderen adresi", "sender_rejected", weak = true },
  { "gönderen adresi geçerli değil", "sender_rejected" },
  { "belirtilen adreslere gönderme başarısız", "sender_rejected" },
  { "e-posta adresinin doğruluğunu", "sender_rejected" },
  -- syntax_error
  { "söz dizimi hatası", "syntax_error" },
  { "posta kutusu adına izin verilmedi", "syntax_error" },
  { "ascii dışı karakter", "syntax_error" },
  { "unikod karakterleri desteklemiyor", "syntax_error" },
  -- system_error
  { "servis uygun değil", "system_error", weak = true },
  { "işlem sırasında hata", "system_error" },
  { "disk alanı yetersiz", "system_error" },
  -- network_error
  { "sunucusuna bağlanılamadı", "network_error" },
  { "sunucu bağlantısı kurulamadı", "network_error" },
  { "bağlantı kurulamadı", "network_error" },
  { "ile bağlantı başarısız", "network_error" },
  { "bağlantı koptu", "network_error" },
  { "bağlantı zaman aşımına", "network_error" },
  -- has_moved
  { "kullanıcı yerel değil", "has_moved" },
  -- unknown: delivery failed, without a reason
  { "smtp hatası", "unknown", weak = true },
  { "smtp sorunu", "unknown", weak = true },
  { "veri kabul edilmedi", "unknown", weak = true },
  { "gönderilirken", "unknown", weak = true },
  { "gönderirken bir hata", "unknown", weak = true },
  { "gönderilmesi başarısız", "unknown", weak = true },
  { "gönderilemiyor", "unknown", weak = true },
  { "teslim edilirken bir hata", "unknown", weak = true },
  { "iletim başarısız", "unknown", weak = true },
  { "İletim başarısız", "unknown", weak = true },

  ---------------------------------------------------------------- Hungarian
  -- The Hungarian catalogues of PHPMailer, Roundcube, Thunderbird and
  -- Evolution (camel's SMTP texts).

  -- user_unknown
  { "postafiók nem érhető el", "user_unknown" },
  { "érvénytelen címzett", "user_unknown" },
  -- host_unknown
  { "hibásan állították be", "host_unknown" },
  -- mailbox_full
  { "tárolólefoglalás túllépve", "mailbox_full" },
  -- message_too_big
  { "üzenet mérete", "message_too_big" },
  { "méretkorlát", "message_too_big" },
  -- too_many_recipients
  { "címzettek engedélyezett száma", "too_many_recipients" },
  -- auth_required: SMTP AUTH asked for, or the credentials refused
  { "azonosítás sikertelen", "auth_required" },
  { "sikertelen bejelentkezés", "auth_required" },
  { "nem támogatja a titkosított jelszavakat", "auth_required" },
  { "nem sikerült a hitelesítés", "auth_required" },
  { "nem sikerült hitelesíteni", "auth_required" },
  { "nem támogatja a kiválasztott hitelesítési", "auth_required" },
  { "hitelesítési mechanizmus túl gyenge", "auth_required" },
  { "átmeneti hitelesítési hiba", "auth_required" },
  { "hitelesítés szükséges", "auth_required" },
  { "hibás hitelesítési válasz", "auth_required" },
  { "hitelesít", "auth_required", weak = true },
  -- tls_required
  { "sima szöveges jelszavak", "tls_required" },
  { "titkosítás szükséges", "tls_required" },
  { "starttls használatával", "tls_required" },
  -- sender_rejected
  { "feladóként megadott", "sender_rejected" },
  { "feladó beállítása", "sender_rejected" },
  { "küldőcím nem érvényes", "sender_rejected" },
  { "címe helyesen van-e megadva", "sender_rejected" },
  -- syntax_error
  { "szintaktikai hiba", "syntax_error" },
  { "postafiók neve nem engedélyezett", "syntax_error" },
  { "nem ascii karakterek", "syntax_error" },
  { "unicode karaktereket az email címben", "syntax_error" },
  -- system_error
  { "szolgáltatás nem érhető el", "system_error", weak = true },
  { "hiba a feldolgozás során", "system_error" },
  { "nincs elegendő rendszertárhely", "system_error" },
  -- network_error
  { "nem lehet kapcsolódni", "network_error" },
  { "sikertelen kapcsolódás", "network_error" },
  { "nem lehetett kapcsolatot teremteni", "network_error" },
  { "kapcsolat megszakadt", "network_error" },
  { "időtúllépés miatt", "network_error" },
  { "biztonságos módon kapcsolódni", "network_error" },
  { "smtp-kapcsolatban", "network_error" },
  -- has_moved
  { "felhasználó nem helyi", "has_moved" },
  -- unknown: delivery failed, without a reason
  { "smtp hiba", "unknown", weak = true },
  { "smtp-szerver hiba", "unknown", weak = true },
  { "adatok visszautasítva", "unknown", weak = true },
  { "levél küldése közben", "unknown", weak = true },
  { "levél küldésekor", "unknown", weak = true },
  { "üzenet küldése sikertelen", "unknown", weak = true },
  { "nem lehet elküldeni az üzenetet", "unknown", weak = true },
  { "üzenetek kézbesítésekor", "unknown", weak = true },
  { "tranzakció sikertelen", "unknown", weak = true },

  ---------------------------------------------------------------- Romanian
  -- The Romanian catalogues of PHPMailer, Roundcube, Thunderbird and
  -- Evolution (camel's SMTP texts). They write s and t with a comma below
  -- or, as older texts do, a cedilla: words that hold them come both ways.

  -- user_unknown
  { "căsuța poștală nedisponibilă", "user_unknown" },
  { "căsuţa poştală nedisponibilă", "user_unknown" },
  { "destinatari nu sunt valizi", "user_unknown" },
  -- host_unknown
  { "problemă de configurare a serverului", "host_unknown" },
  -- mailbox_full
  { "stocare alocat depășit", "mailbox_full" },
  { "stocare alocat depăşit", "mailbox_full" },
  -- message_too_big
  { "mărimea mesajului", "message_too_big" },
  { "dimensiunea mesajului", "message_too_big" },
  -- too_many_recipients
  { "numărului permis de destinatari", "too_many_recipients" },
  { "numărul de destinatari", "too_many_recipients" },
  -- auth_required: SMTP AUTH asked for, or the credentials refused
  { "autentificarea a eșuat", "auth_required" },
  { "autentificarea a eşuat", "auth_required" },
  { "autentificare eșuată", "auth_required" },
  { "autentificare eşuată", "auth_required" },
  { "suport pentru parole criptate", "auth_required" },
  { "nu se poate efectua autentificarea", "auth_required" },
  { "suport pentru metoda de autentificare", "auth_required" },
  { "mecanismul de autentificare este prea slab", "auth_required" },
  { "temporară a autentificării", "auth_required" },
  { "necesită autentificare", "auth_required" },
  { "răspunsul serverului de autentificare", "auth_required" },
  { "nu suportă autentificare", "auth_required" },
  { "eșec la autentificare", "auth_required" },
  { "eşec la autentificare", "auth_required" },
  { "autentific", "auth_required", weak = true },
  -- tls_required
  { "parole în clar", "tls_required" },
  { "necesită criptare", "tls_required" },
  { "nu se poate stabili o conexiune sigură", "tls_required" },
  -- sender_rejected
  { "adrese from au dat eroare", "sender_rejected" },
  { "nu s-a putut seta expeditorul", "sender_rejected" },
  { "adresa expeditorului", "sender_rejected" },
  { "adresa ta de e-mail este corectă", "sender_rejected" },
  -- syntax_error
  { "eroare de sintaxă", "syntax_error" },
  { "nume neacceptat pentru", "syntax_error" },
  { "caractere non-ascii", "syntax_error" },
  -- system_error
  { "serviciu nedisponibil", "system_error", weak = true },
  { "eroare la procesare", "system_error" },
  { "stocare insuficient", "system_error" },
  -- network_error
  { "conectarea la serverul smtp", "network_error" },
  { "conexiunea cu serverul", "network_error" },
  { "conexiunea la serverul", "network_error" },
  { "conectarea în mod securizat", "network_error" },
  -- has_moved
  { "utilizatorul nu este local", "has_moved" },
  { "utilizatorul nu e local", "has_moved" },
  -- unknown: delivery failed, without a reason
  { "eroare smtp", "unknown", weak = true },
  { "eroare server smtp", "unknown", weak = true },
  { "datele nu au fost acceptate", "unknown", weak = true },
  { "eroare la trimiterea", "unknown", weak = true },
  { "eroare la serverul de trimitere", "unknown", weak = true },
  { "eroare la expedierea", "unknown", weak = true },
  { "trimiterea mesajului a", "unknown", weak = true },
  { "nu s-a putut trimite", "unknown", weak = true },
  { "tranzacție eșuată", "unknown", weak = true },
  { "tranzacţie eşuată", "unknown", weak = true },

  ---------------------------------------------------------------- Swedish
  -- The Swedish catalogues of PHPMailer, Roundcube, Thunderbird and
  -- Evolution (camel's SMTP texts).

  -- user_unknown
  { "brevlådan inte tillgänglig", "user_unknown" },
  { "ogiltiga mottagare", "user_unknown" },
  -- host_unknown
  { "kan vara felaktigt konfigurerad", "host_unknown" },
  -- mailbox_full
  { "utrymmesallokering", "mailbox_full" },
  -- message_too_big
  { "meddelandet är för stort", "message_too_big" },
  { "storleksgräns", "message_too_big" },
  { "meddelandestorlek", "message_too_big" },
  -- too_many_recipients
  { "antalet mottagare", "too_many_recipients" },
  -- auth_required: SMTP AUTH asked for, or the credentials refused
  { "kunde inte autentisera", "auth_required" },
  { "kan inte autentisera", "auth_required" },
  { "misslyckades med att autentisera", "auth_required" },
  { "inloggningen misslyckades", "auth_required" },
  { "stöder inte krypterade lösenord", "auth_required" },
  { "stöder inte den valda autentiseringsmetoden", "auth_required" },
  { "autentiseringsmekanismen är för svag", "auth_required" },
  { "autentiseringsmisslyckande", "auth_required" },
  { "autentisering krävs", "auth_required" },
  { "felaktigt autentiseringssvar", "auth_required" },
  { "autentiser", "auth_required", weak = true },   -- Danish and Norwegian too
  -- tls_required
  { "lösenord i klartext", "tls_required" },
  { "kryptering behövs", "tls_required" },
  { "upprätta en säker länk", "tls_required" },
  -- sender_rejected
  { "avsändaradress", "sender_rejected", weak = true },
  { "avsändaradress är felaktig", "sender_rejected" },
  { "kan inte sätta avsändaradress", "sender_rejected" },
  { "avsändaradressen är inte giltig", "sender_rejected" },
  { "e-postadress är korrekt i dina kontoinställningar", "sender_rejected" },
  -- syntax_error
  { "syntaxfel", "syntax_error" },
  { "brevlådenamn inte tillåtet", "syntax_error" },
  { "tecken som inte är ascii", "syntax_error" },
  { "mailadresser med unicode", "syntax_error" },
  -- system_error
  { "tjänsten inte tillgänglig", "system_error", weak = true },
  { "fel i behandling", "system_error" },
  { "otillräckligt systemutrymme", "system_error" },
  -- network_error
  { "kunde inte ansluta", "network_error" },
  { "misslyckades med att ansluta", "network_error" },
  { "anslutning till servern misslyckades", "network_error" },
  { "anslutning till utgående server", "network_error" },
  { "anslutningen till utgående server", "network_error" },
  -- has_moved
  { "användaren inte lokal", "has_moved" },
  -- unknown: delivery failed, without a reason
  { "smtp fel", "unknown", weak = true, word = true },
  { "smtp-fel", "unknown", weak = true },
  { "smtp serverfel", "unknown", weak = true },
  { "data accepterades inte", "unknown", weak = true },
  { "e-post skulle skickas", "unknown", weak = true },
  { "meddelanden skulle skickas", "unknown", weak = true },
  { "gick inte att skicka meddelandet", "unknown", weak = true },
  { "kan inte skicka meddelande", "unknown", weak = true },
  { "transaktionen misslyckades", "unknown", weak = true },

  ---------------------------------------------------------------- Danish
  -- The Danish catalogues of PHPMailer, Roundcube, Thunderbird and
  -- Evolution (camel's SMTP texts), with PHPMailer's older Danish file (dk).
  -- The Swedish "autentiser" is Danish too.

  -- user_unknown
  { "postboks ikke tilgængelig", "user_unknown" },
  { "ugyldige modtagere", "user_unknown" },
  -- host_unknown
  { "serveren er måske forkert sat op", "host_unknown" },
  -- mailbox_full
  { "lagringsallokering", "mailbox_full" },   -- Norwegian too
  -- message_too_big
  { "beskedens størrelse", "message_too_big" },
  { "størrelsesgrænse", "message_too_big" },
  -- too_many_recipients
  { "antallet af modtagere", "too_many_recipients" },
  -- auth_required: SMTP AUTH asked for, or the credentials refused
  { "login mislykkedes", "auth_required" },
  { "kunne ikke logge på", "auth_required" },
  { "autenticering fejlede", "auth_required" },
  { "ikke krypterede adgangskoder", "auth_required" },
  { "kunne ikke godkende", "auth_required" },
  { "understøtter ikke den valgte sikkerhedsindstilling", "auth_required" },
  { "understøtter ikke godkendelsestype", "auth_required" },
  { "autentificeringsmekanismen er for svag", "auth_required" },
  { "autentificeringsfejl", "auth_required" },
  { "godkendelse kræves", "auth_required" },
  { "svar på godkendelse", "auth_required" },
  { "godkendelse", "auth_required", weak = true },
  { "autentificering", "auth_required", weak = true },
  -- tls_required
  { "ukrypterede adgangskoder", "tls_required" },
  { "kræver kryptering", "tls_required" },
  { "etablere en sikker forbindelse", "tls_required" },
  -- sender_rejected
  { "afsenderadresse", "sender_rejected", weak = true },
  { "afsenderadresse er forkert", "sender_rejected" },
  { "afsenderadresse ikke gyldig", "sender_rejected" },
  { "kunne ikke indstille afsender", "sender_rejected" },
  { "mailadresse er rigtig i dine kontoindstillinger", "sender_rejected" },
  -- syntax_error
  { "syntaksfejl", "syntax_error" },
  { "postboksnavn ikke tilladt", "syntax_error" },
  { "ikke-ascii-tegn", "syntax_error" },   -- Norwegian too
  -- system_error
  { "tjenesten er ikke tilgængelig", "system_error", weak = true },
  { "fejl i processering", "system_error" },
  { "utilstrækkelig lagringsplads", "system_error" },
  -- network_error
  { "forbindelse til smtp", "network_error" },
  { "forbindelsen til serveren", "network_error" },
  { "forbindelsen til smtp-serveren", "network_error" },
  { "tilslutning til smtp-serveren", "network_error" },
  { "kunne ikke tilslutte", "network_error" },
  -- has_moved
  { "ikke lokal bruger", "has_moved" },
  -- unknown: delivery failed, without a reason
  { "smtp fejl", "unknown", weak = true },
  { "smtp-fejl", "unknown", weak = true },
  { "smtp server fejl", "unknown", weak = true },
  { "data blev ikke accepteret", "unknown", weak = true },
  { "fejl under afsendelse", "unknown", weak = true },
  { "fejl ved afsendelse", "unknown", weak = true },
  { "afsendelse af meddelelsen mislykkedes", "unknown", weak = true },
  { "kan ikke sende brev", "unknown", weak = true },
  { "transaktionen mislykkedes", "unknown", weak = true },

  ---------------------------------------------------------------- Finnish
  -- The Finnish catalogues of PHPMailer, Roundcube, Thunderbird and
  -- Evolution (camel's SMTP texts).

  -- user_unknown
  { "postilaatikko ei käytettävissä", "user_unknown" },
  { "viallinen vastaanottaja", "user_unknown" },
  -- host_unknown
  { "palvelinasetukset voivat olla virheelliset", "host_unknown" },
  -- mailbox_full
  { "varattu levytila ylitetty", "mailbox_full" },
  -- message_too_big
  { "viestin koko", "message_too_big" },
  { "kokorajoitu", "message_too_big" },
  -- too_many_recipients
  { "vastaanottajien sallittu", "too_many_recipients" },
  -- auth_required: SMTP AUTH asked for, or the credentials refused
  { "tunnistus epäonnistui", "auth_required" },
  { "tukevan salattuja salasanoja", "auth_required" },
  { "ei tue valittua todennustapaa", "auth_required" },
  { "todennusmenetelmä on liian heikko", "auth_required" },
  { "todennusvirhe", "auth_required" },
  { "todennus vaaditaan", "auth_required" },
  { "vastaus varmennukseen", "auth_required" },
  { "ei tue tunnistautumismenetelmää", "auth_required" },
  { "tunnistautuminen epäonnistui", "auth_required" },
  { "todennus", "auth_required", weak = true },
  { "tunnistautu", "auth_required", weak = true },
  -- tls_required
  { "salaamattomia salasanoja", "tls_required" },
  { "vaatii salausta", "tls_required" },
  { "suojattua yhteyttä", "tls_required" },
  -- sender_rejected
  { "lähettäjän osoite", "sender_rejected", weak = true },
  { "lähettäjän osoite on virheellinen", "sender_rejected" },
  { "lähettäjän osoite on epäkelpo", "sender_rejected" },
  { "lähettäjän {address} asettaminen epäonnistui", "sender_rejected" },
  { "sähköpostiosoitteesi on asetuksissa oikein", "sender_rejected" },
  -- syntax_error
  { "syntaksivirhe", "syntax_error" },
  { "postilaatikon nimi ei ole sallittu", "syntax_error" },
  { "ascii-merkistöön", "syntax_error" },
  { "unicodea sähköpostiosoitteessa", "syntax_error" },
  -- system_error
  { "palvelu ei ole käytettävissä", "system_error", weak = true },
  { "virhe käsittelyssä", "system_error" },
  { "levytila ei riitä", "system_error" },
  -- network_error
  { "yhteys palvelimeen ei onnistu", "network_error" },
  { "palvelimelle yhdistäminen epäonnistui", "network_error" },
  { "yhdistäminen smtp-palvelimeen", "network_error" },
  { "ei onnistuttu luomaan", "network_error" },
  { "yhteys smtp-palvelimeen", "network_error" },
  { "aikakatkaist", "network_error" },
  -- has_moved
  { "käyttäjä ei ole paikallinen", "has_moved" },
  -- unknown: delivery failed, without a reason
  { "smtp-virhe", "unknown", weak = true },
  { "data on virheellinen", "unknown", weak = true },
  { "postia lähetettäessä", "unknown", weak = true },
  { "viestin lähettäminen epäonnistui", "unknown", weak = true },
  { "viestiä ei voi lähettää", "unknown", weak = true },
  { "viestien lähettämisessä", "unknown", weak = true },
  { "tapahtuma epäonnistui", "unknown", weak = true },

  ---------------------------------------------------------------- Norwegian
  -- The Norwegian (Bokmål) catalogues of PHPMailer, Roundcube, Thunderbird
  -- and Evolution (camel's SMTP texts), with PHPMailer's older Norwegian file
  -- (no). The Swedish "autentiser" and the Danish "lagringsallokering" and
  -- "ikke-ascii-tegn" are Norwegian too.

  -- user_unknown
  { "postboks ikke tilgjengelig", "user_unknown" },
  { "ugyldige mottakere", "user_unknown" },
  -- host_unknown
  { "kan være feilkonfigurert", "host_unknown" },
  -- message_too_big
  { "meldingsstørrelse", "message_too_big" },
  { "maksstørrelse", "message_too_big" },
  -- too_many_recipients
  { "antallet mottakere", "too_many_recipients" },
  -- auth_required: SMTP AUTH asked for, or the credentials refused
  { "kunne ikke autentisere", "auth_required" },
  { "kunne ikke authentisere", "auth_required" },
  { "klarte ikke å autentisere", "auth_required" },
  { "pålogging feilet", "auth_required" },
  { "støtte krypterte passord", "auth_required" },
  { "støtter ikke den valgte autentiseringsmetoden", "auth_required" },
  { "støtter ikke autentiseringstype", "auth_required" },
  { "autentiseringsmekanismen er for svak", "auth_required" },
  { "autentiseringsfeil", "auth_required" },
  { "autentisering kreves", "auth_required" },
  { "svar på autentisering", "auth_required" },
  -- tls_required
  { "passord i klartekst", "tls_required" },
  { "kryptering kreves", "tls_required" },
  { "opprette en sikker kommunikasjonskanal", "tls_required" },
  -- sender_rejected
  { "avsenderadresse", "sender_rejected", weak = true },
  { "avsenderadresse feilet", "sender_rejected" },
  { "frå adresse feilet", "sender_rejected" },
  { "kunne ikke sette avsender", "sender_rejected" },
  { "senderadresse ikke gyldig", "sender_rejected" },
  { "e-postadressen er korrekt i kontoinnstillingene", "sender_rejected" },
  -- syntax_error
  { "syntaksfeil", "syntax_error" },
  { "postboksnavn ikke tillatt", "syntax_error" },
  { "unicode i epostadressen", "syntax_error" },
  -- system_error
  { "tjenesten er ikke tilgjengelig", "system_error", weak = true },
  { "feil i prosessering", "system_error" },
  { "utilstrekkelig lagringsplass", "system_error" },
  -- network_error
  { "ikke koble til", "network_error" },
  { "klarte ikke å koble til", "network_error" },
  { "tilkoblingen til", "network_error" },
  -- has_moved
  { "ikke lokal bruker", "has_moved" },
  -- unknown: delivery failed, without a reason
  { "smtp feil", "unknown", weak = true },
  { "smtp-feil", "unknown", weak = true },
  { "smtp server feil", "unknown", weak = true },
  { "datainnhold ikke akseptert", "unknown", weak = true },
  { "ved sending av", "unknown", weak = true },
  { "under sending av", "unknown", weak = true },
  { "klarte ikke sende melding", "unknown", weak = true },
  { "kan ikke sende melding", "unknown", weak = true },
  { "transaksjonen feilet", "unknown", weak = true },

  ---------------------------------------------------------------- Greek
  -- The Greek catalogues of PHPMailer, Roundcube, Thunderbird and Evolution
  -- (camel's SMTP texts). Written in small letters with their accents: the
  -- generator adds the capitalised and upper-case forms.

  -- user_unknown
  { "γραμματοκιβώτιο δεν είναι διαθέσιμο", "user_unknown" },
  { "άκυροι παραλήπτες", "user_unknown" },
  -- host_unknown
  { "διακομιστής smtp {host} είναι άγνωστος", "host_unknown" },
  -- mailbox_full
  { "κατανομής αποθήκευσης", "mailbox_full" },
  -- message_too_big
  { "μέγεθος του μηνύματος", "message_too_big" },
  { "όριο μεγέθους", "message_too_big" },
  -- too_many_recipients
  { "αριθμού παραληπτών", "too_many_recipients" },
  -- auth_required: SMTP AUTH asked for, or the credentials refused
  { "αδυναμία πιστοποίησης", "auth_required" },
  { "αποτυχία πιστοποίησης", "auth_required" },
  { "σφάλμα ταυτοποίησης", "auth_required" },
  { "υποστηρίζει κρυπτογραφημένους κωδικούς", "auth_required" },
  { "δεν είναι δυνατή η ταυτοποίηση", "auth_required" },
  { "δεν υποστηρίζει την επιλεγμένη μέθοδο ταυτοποίησης", "auth_required" },
  { "δεν υποστηρίζει την πιστοποίηση", "auth_required" },
  { "μηχανισμός πιστοποίησης είναι αδύναμος", "auth_required" },
  { "απαιτείται πιστοποίηση", "auth_required" },
  { "απάντηση πιστοποίησης", "auth_required" },
  { "πιστοποίησ", "auth_required", weak = true },
  { "ταυτοποίησ", "auth_required", weak = true },
  -- tls_required
  { "κωδικούς πρόσβασης απλού κειμένου", "tls_required" },
  { "απαιτείται κρυπτογράφηση", "tls_required" },
  { "ασφαλούς σύνδεσης", "tls_required" },
  -- sender_rejected
  { "διεύθυνση αποστολέα", "sender_rejected", weak = true },
  { "διεύθυνση αποστολέα δεν είναι σωστή", "sender_rejected" },
  { "άκυρη διεύθυνση αποστολέα", "sender_rejected" },
  { "αποτυχία ορισμού αποστολέα", "sender_rejected" },
  { "διεύθυνση email σας είναι σωστή", "sender_rejected" },
  -- syntax_error
  { "σφάλμα σύνταξης", "syntax_error" },
  { "όνομα του γραμματοκιβωτίου δεν επιτρέπεται", "syntax_error" },
  { "μη-ascii χαρακτήρες", "syntax_error" },
  { "unicode σε διευθύνσεις", "syntax_error" },
  -- system_error
  { "υπηρεσία δεν διατίθεται", "system_error", weak = true },
  { "σφάλμα κατά την επεξεργασία", "system_error" },
  { "ανεπαρκής αποθήκευση συστήματος", "system_error" },
  -- network_error
  { "αδυναμία σύνδεσης", "network_error" },
  { "αποτυχία σύνδεσης", "network_error" },
  { "απέτυχε η σύνδεση", "network_error" },
  { "χάθηκε η σύνδεση", "network_error" },
  { "όριο χρόνου σύνδεσης", "network_error" },
  -- has_moved
  { "μη τοπικός χρήστης", "has_moved" },
  -- unknown: delivery failed, without a reason
  { "σφάλμα smtp", "unknown", weak = true },
  { "smtp Σφάλμα", "unknown", weak = true },   -- PHPMailer writes it so
  { "σφάλμα από τον smtp", "unknown", weak = true },
  { "δεδομένα δεν έγιναν αποδεκτά", "unknown", weak = true },
  { "κατά την αποστολή", "unknown", weak = true },
  { "αποστολή του μηνύματος απέτυχε", "unknown", weak = true },
  { "δεν ήταν δυνατή η αποστολή", "unknown", weak = true },
  { "αδυναμία αποστολής", "unknown", weak = true },
  { "συναλλαγή απέτυχε", "unknown", weak = true },

  ---------------------------------------------------------------- Hebrew
  -- The Hebrew catalogues of PHPMailer, Roundcube, Thunderbird and Evolution
  -- (camel's SMTP texts); Thunderbird's untranslated ones are read by the
  -- English phrases. The words match anywhere.

  -- user_unknown
  { "תיבת הדואר אינה זמינה", "user_unknown" },
  { "נמען אחד או יותר שגוי", "user_unknown" },
  -- host_unknown
  { "אינו מוגדר כראוי", "host_unknown" },
  -- mailbox_full
  { "מהקצאת שטח האחסון", "mailbox_full" },
  -- message_too_big
  { "גודל ההודעה", "message_too_big" },
  -- auth_required: SMTP AUTH asked for, or the credentials refused
  { "האימות נכשלה", "auth_required" },
  { "ההזדהות נכשלה", "auth_required" },
  { "שיטת האימות חלשה", "auth_required" },
  { "כשל זמני באימות", "auth_required" },
  { "נדרשת הזדהות", "auth_required" },
  { "הזדהות", "auth_required", weak = true },
  -- tls_required
  { "ההצפנה הנדרשת", "tls_required" },
  -- sender_rejected
  { "כתובת השולח", "sender_rejected" },
  { "בהגדרות החשבון שלך נכונה", "sender_rejected" },
  -- syntax_error
  { "שגיאת תחביר", "syntax_error" },
  { "שם תיבת הדואר אינו מורשה", "syntax_error" },
  { "ביוניקוד", "syntax_error" },
  -- system_error
  { "השירות אינו זמין", "system_error", weak = true },
  { "שגיאה בעת העיבוד", "system_error" },
  { "אחסון המערכת אינו מספיק", "system_error" },
  -- network_error
  { "להתחבר לשרת", "network_error" },
  { "בהתחברות לשרת", "network_error" },
  { "אבד הקשר לשרת", "network_error" },
  { "החיבור לשרת", "network_error" },
  -- has_moved
  { "המשתמש אינו מקומי", "has_moved" },
  -- unknown: delivery failed, without a reason
  { "שגיאת smtp", "unknown", weak = true },
  { "שגיאת שרת smtp", "unknown", weak = true },
  { "מידע לא התקבל", "unknown", weak = true },
  { "הבאים נכשלו", "unknown", weak = true },
  { "הבאות נכשלו", "unknown", weak = true },
  { "בעת שליחת", "unknown", weak = true },
  { "במהלך שליחת", "unknown", weak = true },
  { "שליחת ההודעה נכשלה", "unknown", weak = true },
  { "לא ניתן לשלוח", "unknown", weak = true },
  { "בעת העברת ההודעות", "unknown", weak = true },
  { "ההעברה כשלה", "unknown", weak = true },
  { "כתובת המקבל", "unknown", weak = true },
  { "לפענח רשימת נמענים", "unknown", weak = true },

  ---------------------------------------------------------------- Arabic
  -- The Arabic catalogues of PHPMailer, Roundcube, Thunderbird and
  -- Evolution (camel's SMTP texts); Thunderbird's untranslated ones are read
  -- by the English phrases. The words match anywhere; where a word carries
  -- a shadda or a kasra that writers leave out, the phrase stops before it
  -- or comes both ways.

  -- user_unknown
  { "صندوق البريد غير متوف", "user_unknown" },
  { "مستلم أو أكثر غير سليم", "user_unknown" },
  -- host_unknown
  { "معدًا بشكل مغلوط", "host_unknown" },
  { "بشكل مغلوط", "host_unknown", weak = true },
  -- mailbox_full
  { "تجاوز مخص", "mailbox_full" },
  -- message_too_big
  { "حجم الرسالة", "message_too_big" },
  -- auth_required: SMTP AUTH asked for, or the credentials refused
  { "تأكيد الهوية", "auth_required" },
  { "التحقق من هويتك", "auth_required" },
  { "لا يدعم كلمات السر", "auth_required" },
  { "تعذر استيثاق", "auth_required" },
  { "طريقة الاستيثاق المحددة", "auth_required" },
  { "الاستيثاق", "auth_required", weak = true },
  { "التّوثّق ضعيفة", "auth_required" },
  { "مؤقّت في التّوثّق", "auth_required" },
  { "مطلوبٌ التّوثيق", "auth_required" },
  { "توثيق رديئة", "auth_required" },
  -- tls_required
  { "بكلمات السر غير", "tls_required" },
  { "التشفير مطلوب", "tls_required" },
  { "رابط آمن", "tls_required" },
  -- sender_rejected
  { "عنوان المرسل", "sender_rejected" },
  { "عنوان المرسِل", "sender_rejected" },
  { "تحديد المرسل", "sender_rejected" },
  { "عنوان بريدك صحيح", "sender_rejected" },
  -- syntax_error
  { "خطأ صياغي", "syntax_error" },
  { "اسم صندوق البريد غير مسموح", "syntax_error" },
  -- system_error
  { "الخدمة غير متوف", "system_error", weak = true },
  { "خطأ في المعالجة", "system_error" },
  { "التّخزين على النّظام", "system_error" },
  { "التخزين على النظام", "system_error" },
  -- network_error
  { "الاتصال بالخادم", "network_error" },
  { "فشل الاتصال", "network_error" },
  { "فشل الاتّصال", "network_error" },
  { "لفقد الاتصال", "network_error" },
  { "مهلة الاتصال", "network_error" },
  -- has_moved
  { "ليس محلّ", "has_moved" },
  { "ليس محلي", "has_moved" },
  -- unknown: delivery failed, without a reason
  { "خطأ smtp", "unknown", weak = true },
  { "لم يتم قبول المعلومات", "unknown", weak = true },
  { "أثناء إرسال البريد", "unknown", weak = true },
  { "فشل إرسال الرسالة", "unknown", weak = true },
  { "تعذّر إرسال", "unknown", weak = true },
  { "تعذر إرسال", "unknown", weak = true },
  { "لا يمكن إرسال", "unknown", weak = true },
  { "أثناء تسليم الرسائل", "unknown", weak = true },
  { "فشلت المعاملة", "unknown", weak = true },

  ---------------------------------------------------------------- Bulgarian
  -- The Bulgarian catalogues of PHPMailer, Roundcube, Thunderbird and
  -- Evolution (camel's SMTP texts).

  -- user_unknown
  { "липсва пощенска кутия", "user_unknown" },
  { "неправилни адреси на получатели", "user_unknown" },
  -- host_unknown
  { "може би е неправилно конфигуриран", "host_unknown" },
  -- mailbox_full
  { "квотата за запазване", "mailbox_full" },
  -- message_too_big
  { "размерът на писмото", "message_too_big" },
  { "ограничението на сървъра за общ размер", "message_too_big" },
  -- too_many_recipients
  { "брой получатели", "too_many_recipients" },
  -- auth_required: SMTP AUTH asked for, or the credentials refused
  { "не може да се удостовери", "auth_required" },
  { "грешни потребител", "auth_required" },
  { "не поддържа шифровани пароли", "auth_required" },
  { "неуспешно удостоверяване", "auth_required" },
  { "не поддържа избрания метод за удостоверяване", "auth_required" },
  { "удостоверяване е твърде слаб", "auth_required" },
  { "грешка при удостоверяване", "auth_required" },
  { "изисква се удостоверяване", "auth_required" },
  { "отговор за удостоверяване", "auth_required" },
  { "не поддържа необходимия вид удостоверяване", "auth_required" },
  { "удостоверяване", "auth_required", weak = true },
  -- tls_required
  { "пароли от обикновен текст", "tls_required" },
  { "изисква шифриране", "tls_required" },
  { "сигурна връзка", "tls_required" },
  -- sender_rejected
  { "адреси за подател", "sender_rejected" },
  { "не може да бъде изпратено писмо от", "sender_rejected" },
  { "адрес на изпращача", "sender_rejected" },
  { "верен пощенският", "sender_rejected" },
  -- syntax_error
  { "синтактична грешка", "syntax_error" },
  { "името на пощенската кутия", "syntax_error" },
  { "не-ascii символи", "syntax_error" },
  { "unicode в имейл", "syntax_error" },
  -- system_error
  { "услугата липсва", "system_error", weak = true },
  { "грешка в обработката", "system_error" },
  { "липса на достатъчна квота", "system_error" },
  -- network_error
  { "не може да се свърже", "network_error" },
  { "няма връзка със сървъра", "network_error" },
  { "липса на връзка", "network_error" },
  { "връзката с изходящия", "network_error" },
  { "времето за изчакване", "network_error" },
  { "неуспешно свързване", "network_error" },
  { "провален connect()", "network_error" },
  -- has_moved
  { "потребителят не е локален", "has_moved" },
  -- unknown: delivery failed, without a reason
  { "smtp грешка", "unknown", weak = true },   -- Serbian too
  { "smtp сървърна грешка", "unknown", weak = true },
  { "данните не са приети", "unknown", weak = true },
  { "при изпращане на пощата", "unknown", weak = true },
  { "писмото не е изпратено", "unknown", weak = true },
  { "писмото не може да бъде изпратено", "unknown", weak = true },
  { "при доставяне на", "unknown", weak = true },
  { "неуспешна транзакция", "unknown", weak = true },

  ---------------------------------------------------------------- Croatian
  -- The Croatian catalogues of PHPMailer, Roundcube, Thunderbird and
  -- Evolution (camel's SMTP texts). "smtp greška" is Serbian (Latin) and
  -- Bosnian too.

  -- user_unknown
  { "nedostupan pretinac", "user_unknown" },
  { "nevaljanih primatelja", "user_unknown" },
  -- host_unknown
  { "postavke poslužitelja mogu biti netočne", "host_unknown" },
  -- mailbox_full
  { "premašen dodijeljeni prostor", "mailbox_full" },
  -- message_too_big
  { "veličina poruke", "message_too_big" },
  { "ograničenje veličine", "message_too_big" },
  -- too_many_recipients
  { "broja primatelja", "too_many_recipients" },
  -- auth_required: SMTP AUTH asked for, or the credentials refused
  { "neuspjela autentikacija", "auth_required" },
  { "autentikacija nije uspjela", "auth_required" },
  { "ne podržava kriptirane lozinke", "auth_required" },
  { "nije se moguće prijaviti", "auth_required" },
  { "ne podržava odabranu metodu provjere autentičnosti", "auth_required" },
  { "mehanizam ovjere je preslab", "auth_required" },
  { "ovjera je neuspjela", "auth_required" },
  { "potrebna je ovjera", "auth_required" },
  { "odgovor ovjere", "auth_required" },
  { "ne podržava {word} ovjeru", "auth_required" },
  { "neuspjela ovjera", "auth_required" },
  { "autentikacij", "auth_required", weak = true },
  { "autentičnosti", "auth_required", weak = true },
  -- tls_required
  { "ne dozvoljava obične lozinke", "tls_required" },
  { "šifriranje je potrebno", "tls_required" },
  { "uspostaviti sigurnu vezu", "tls_required" },
  -- sender_rejected
  { "adresa pošiljatelja", "sender_rejected", weak = true },
  { "slanje s navedenih e-mail adresa", "sender_rejected" },
  { "postavljanje pošiljatelja", "sender_rejected" },
  { "adresa e-pošte ispravno upisana", "sender_rejected" },
  -- syntax_error
  { "greška sintakse", "syntax_error" },
  { "naziv pretinca nije dopušten", "syntax_error" },
  { "ne-ascii znakovi", "syntax_error" },
  { "unicode u adresama", "syntax_error" },
  -- system_error
  { "usluga nije dostupna", "system_error", weak = true },
  { "greška obrade", "system_error" },
  { "nedovoljno prostora na sustavu", "system_error" },
  -- network_error
  { "ne mogu se spojiti", "network_error" },
  { "spajanje na smtp poslužitelj", "network_error" },
  { "spajanje na poslužitelj", "network_error" },
  { "povezivanje na poslužitelj", "network_error" },
  { "neuspjelo povezivanje", "network_error" },
  { "veza s poslužiteljem", "network_error" },
  -- has_moved
  { "korisnik nije lokalan", "has_moved" },
  -- unknown: delivery failed, without a reason
  { "smtp greška", "unknown", weak = true },
  { "greška smtp poslužitelja", "unknown", weak = true },
  { "podatci nisu prihvaćeni", "unknown", weak = true },
  { "prilikom slanja", "unknown", weak = true },
  { "prilikom isporuke", "unknown", weak = true },
  { "slanje poruke nije uspjelo", "unknown", weak = true },
  { "nemoguće slanje poruke", "unknown", weak = true },
  { "prijenos neuspio", "unknown", weak = true },

  ---------------------------------------------------------------- Serbian
  -- The Serbian (Cyrillic) catalogues of PHPMailer, Roundcube, Thunderbird
  -- and Evolution (camel's SMTP texts). The Russian "аутентификац" and the
  -- Bulgarian "smtp грешка" are Serbian too.

  -- user_unknown
  { "недоступно поштанско сандуче", "user_unknown" },
  { "поштанско сандуче је недоступно", "user_unknown" },
  { "неисправних прималаца", "user_unknown" },
  -- host_unknown
  { "можда лоше подешен", "host_unknown" },
  -- mailbox_full
  { "додељен простор", "mailbox_full" },
  -- message_too_big
  { "величина поруке", "message_too_big" },
  { "ограничење величине", "message_too_big" },
  -- too_many_recipients
  { "број прималаца", "too_many_recipients" },
  -- auth_required: SMTP AUTH asked for, or the credentials refused
  { "аутентификација није успела", "auth_required" },
  { "неуспешна аутентификација", "auth_required" },
  { "не подржава шифроване лозинке", "auth_required" },
  { "не могу да се аутентификујем", "auth_required" },
  { "не подржава изабрани начин пријаве", "auth_required" },
  { "потврђивања идентитета је преслаб", "auth_required" },
  { "није успело привремено потврђивање", "auth_required" },
  { "потребно је потврђивање идентитета", "auth_required" },
  { "одговор потврђивања идентитета", "auth_required" },
  { "нисам успео да потврдим идентитет", "auth_required" },
  { "потврђивање идентитета", "auth_required", weak = true },
  { "потврђивања идентитета", "auth_required", weak = true },
  -- tls_required
  { "нешифроване лозинке", "tls_required" },
  { "неопходно је шифровање", "tls_required" },
  { "безбедну везу", "tls_required" },
  { "старттлс", "tls_required" },
  -- sender_rejected
  { "адреса пошиљаоца", "sender_rejected", weak = true },
  { "слање са следећих адреса", "sender_rejected" },
  { "постављање пошиљаоца", "sender_rejected" },
  { "адреса исправна у вашим подешавањима", "sender_rejected" },
  -- syntax_error
  { "грешка у синтакси", "syntax_error" },
  { "име поштанског сандучета није дозвољено", "syntax_error" },
  { "који нису ascii", "syntax_error" },
  { "уникод у адресама", "syntax_error" },
  -- system_error
  { "услуга није доступна", "system_error", weak = true },
  { "грешка при обради", "system_error" },
  { "недовољно простора на систему", "system_error" },
  -- network_error
  { "повезивање са smtp сервером", "network_error" },
  { "неуспешно повезивање", "network_error" },
  { "повезивање на одлазни", "network_error" },
  { "веза са одлазним", "network_error" },
  { "не могу да се повежем", "network_error" },
  -- has_moved
  { "корисник није локалан", "has_moved" },
  -- unknown: delivery failed, without a reason
  { "СМТП грешка", "unknown", weak = true },   -- Roundcube writes it so
  { "грешка smtp сервера", "unknown", weak = true },
  { "подаци нису прихваћени", "unknown", weak = true },
  { "приликом слања", "unknown", weak = true },
  { "приликом доставе", "unknown", weak = true },
  { "слање поруке није успело", "unknown", weak = true },
  { "не могу да пошаљем поруку", "unknown", weak = true },
  { "пренос није успео", "unknown", weak = true },

  ---------------------------------------------------------------- Slovenian
  -- The Slovenian catalogues of PHPMailer, Roundcube, Thunderbird and
  -- Evolution (camel's SMTP texts).

  -- user_unknown
  { "poštni predal ni na voljo", "user_unknown" },
  { "neveljavni prejemniki", "user_unknown" },
  -- host_unknown
  { "strežnik ni pravilno nastavljen", "host_unknown" },
  -- mailbox_full
  { "dodelitev shranjevanja", "mailbox_full" },
  -- message_too_big
  { "velikost sporočila", "message_too_big" },
  -- too_many_recipients
  { "števila prejemnikov", "too_many_recipients" },
  -- auth_required: SMTP AUTH asked for, or the credentials refused
  { "avtentikacija ni uspela", "auth_required" },
  { "avtentikacija je spodletela", "auth_required" },
  { "ne podpira šifriranih gesel", "auth_required" },
  { "ni mogoče overiti", "auth_required" },
  { "ne podpira izbrane metode overjanja", "auth_required" },
  { "način overitve je prešibak", "auth_required" },
  { "napaka overitve", "auth_required" },
  { "zahtevana je overitev", "auth_required" },
  { "odziva podatkov overitve", "auth_required" },
  { "vrste overitve", "auth_required" },
  { "overitev je spodletela", "auth_required" },
  { "avtentikacij", "auth_required", weak = true },
  { "overitve", "auth_required", weak = true },
  { "overitev", "auth_required", weak = true },
  -- tls_required
  { "gesel v golem besedilu", "tls_required" },
  { "obvezno šifriranje", "tls_required" },
  { "vzpostaviti varne povezave", "tls_required" },
  -- sender_rejected
  { "naslov pošiljatelja", "sender_rejected", weak = true },
  { "neveljaven e-naslov pošiljatelja", "sender_rejected" },
  { "neveljaven elektronski naslov pošiljatelja", "sender_rejected" },
  { "naslov pošiljatelja ni veljaven", "sender_rejected" },
  { "e-poštni naslov v nastavitvah računa", "sender_rejected" },
  -- syntax_error
  { "napaka skladnje", "syntax_error" },
  { "ime poštnega predala ni dovoljeno", "syntax_error" },
  { "niso del ascii", "syntax_error" },
  -- system_error
  { "storitev ni na voljo", "system_error", weak = true },
  { "napaka v obdelavi", "system_error" },
  { "premalo je prostora na disku", "system_error" },
  -- network_error
  { "povezave s smtp", "network_error" },
  { "povezava s strežnikom", "network_error" },
  { "povezava z odhodnim strežnikom", "network_error" },
  -- has_moved
  { "uporabnik ni krajeven", "has_moved" },
  -- unknown: delivery failed, without a reason
  { "smtp napaka", "unknown", weak = true },
  { "napaka smtp strežnika", "unknown", weak = true },
  { "strežnik zavrača podatke", "unknown", weak = true },
  { "pri pošiljanju", "unknown", weak = true },
  { "med pošiljanjem", "unknown", weak = true },
  { "med dostavo", "unknown", weak = true },
  { "pošiljanje sporočila je spodletelo", "unknown", weak = true },
  { "ni mogoče poslati sporočila", "unknown", weak = true },
  { "sporočila ni bilo mogoče poslati", "unknown", weak = true },
  { "prenos je spodletel", "unknown", weak = true },

  ---------------------------------------------------------------- Lithuanian
  -- The Lithuanian catalogues of PHPMailer, Roundcube, Thunderbird and
  -- Evolution (camel's SMTP texts).

  -- user_unknown
  { "pašto dėžutė neprieinama", "user_unknown" },
  { "adresatų yra neteisingi", "user_unknown" },
  -- host_unknown
  { "neteisingai aprašytas", "host_unknown" },
  -- mailbox_full
  { "peržengta vietos saugykloje", "mailbox_full" },
  -- message_too_big
  { "laiško dydis", "message_too_big" },
  { "dydžio limit", "message_too_big" },
  -- too_many_recipients
  { "gavėjų skaičius", "too_many_recipients" },
  -- auth_required: SMTP AUTH asked for, or the credentials refused
  { "autentifikacija nepavyko", "auth_required" },
  { "nepavyko autentikuotis", "auth_required" },
  { "nesupranta užšifruotų slaptažodžių", "auth_required" },
  { "nepavyko patvirtinti tapatumo", "auth_required" },
  { "nepavyko patvirtinti tapatybės", "auth_required" },
  { "nepalaiko nurodyto tapatumo patikrinimo", "auth_required" },
  { "nepalaiko prašyto tapatybės nustatymo", "auth_required" },
  { "nustatymo mechanizmas per silpnas", "auth_required" },
  { "tapatybės nustatymo nesėkmė", "auth_required" },
  { "būtina nustatyti tapatybę", "auth_required" },
  { "tapatybės nustatymo atsakymas", "auth_required" },
  { "tapatybės nustatymo", "auth_required", weak = true },
  { "autentifikacij", "auth_required", weak = true },
  -- tls_required
  { "neleidžia nešifruotų slaptažodžių", "tls_required" },
  { "reikalingas šifravimas", "tls_required" },
  { "užmegzti saugaus ryšio", "tls_required" },
  -- sender_rejected
  { "neteisingas siuntėjo adresas", "sender_rejected" },
  { "siuntėjo adresas neteisingas", "sender_rejected" },
  { "nepavyko nurodyti siuntėjo", "sender_rejected" },
  { "nurodytą paskyros nuostatose", "sender_rejected" },
  -- syntax_error
  { "sintaksės klaida", "syntax_error" },
  { "pašto dėžutės vardas neleistinas", "syntax_error" },
  { "ne ascii simbolių", "syntax_error" },
  { "nepalaiko unikodo", "syntax_error" },
  -- system_error
  { "paslauga neprieinama", "system_error", weak = true },
  { "klaida vykdant", "system_error" },
  { "trūksta vietos sistemoje", "system_error" },
  -- network_error
  { "nepavyksta prisijungti prie", "network_error" },
  { "nepavyko prisijungti prie", "network_error" },
  { "susijungimo klaida", "network_error" },
  { "ryšys su išsiuntimo", "network_error" },
  { "nepavyko susisiekti su", "network_error" },
  -- has_moved
  { "naudotojas ne vietinis", "has_moved" },
  -- unknown: delivery failed, without a reason
  { "smtp klaida", "unknown", weak = true },
  { "smtp stoties klaida", "unknown", weak = true },
  { "duomenys nepriimti", "unknown", weak = true },
  { "klaida išsiunčiant", "unknown", weak = true },
  { "klaida pristatant", "unknown", weak = true },
  { "laiško nepavyko išsiųsti", "unknown", weak = true },
  { "nepavyko išsiųsti", "unknown", weak = true },
  { "tranzakcija nepavyko", "unknown", weak = true },

  ---------------------------------------------------------------- Latvian
  -- The Latvian catalogues of PHPMailer, Roundcube, Thunderbird and
  -- Evolution (camel's SMTP texts).

  -- user_unknown
  { "pastkaste nav pieejama", "user_unknown" },
  { "nederīgi adresāti", "user_unknown" },
  -- host_unknown
  { "ir iestatīts nepareizi", "host_unknown" },
  -- mailbox_full
  { "glabātuves brīvā vieta", "mailbox_full" },
  -- message_too_big
  { "vēstules izmērs", "message_too_big" },
  { "izmēra ierobežojum", "message_too_big" },
  -- too_many_recipients
  { "saņēmēju skaita", "too_many_recipients" },
  -- auth_required: SMTP AUTH asked for, or the credentials refused
  { "autorizācija neizdevās", "auth_required" },
  { "neizdevās autorizēties", "auth_required" },
  { "neizdevās autentificēties", "auth_required" },
  { "neatbalsta šifrētas paroles", "auth_required" },
  { "neatbalsta izvēlēto autentifikācijas veidu", "auth_required" },
  { "neatbalsta {word} autentifikāciju", "auth_required" },
  { "autentifikācijas mehānisms ir par vāju", "auth_required" },
  { "autentifikācijas problēma", "auth_required" },
  { "nepieciešama autentifikācija", "auth_required" },
  { "autentifikācijas atbilde", "auth_required" },
  { "autentifikācij", "auth_required", weak = true },
  -- tls_required
  { "vienkārša teksta paroles", "tls_required" },
  { "nepieciešama šifrēšana", "tls_required" },
  { "izveidot drošu saiti", "tls_required" },
  -- sender_rejected
  { "sūtītāja adrese", "sender_rejected", weak = true },
  { "nepareiza sūtītāja adrese", "sender_rejected" },
  { "sūtītāja adrese nav derīga", "sender_rejected" },
  { "neizdevās iestatīt sūtītāju", "sender_rejected" },
  { "e-pasta adrese ir pareiza", "sender_rejected" },
  -- syntax_error
  { "sintakses kļūda", "syntax_error" },
  { "pastkastes nosaukums nav atļauts", "syntax_error" },
  { "kas nav ascii", "syntax_error" },
  { "neatbalsta unikodu", "syntax_error" },
  -- system_error
  { "serviss nav pieejams", "system_error", weak = true },
  { "kļūda apstrādē", "system_error" },
  { "sistēmā nepietiek vietas", "system_error" },
  -- network_error
  { "nevar izveidot savienojumu", "network_error" },
  { "neizdevās izveidot savienojumu", "network_error" },
  { "smtp savienojuma kļūda", "network_error" },
  { "pieslēgties serverim", "network_error" },
  { "zaudēts savienojums", "network_error" },
  { "savienojumam ar izejošo", "network_error" },
  { "neizdevās savienoties", "network_error" },
  -- has_moved
  { "lietotājs nav lokāls", "has_moved" },
  -- unknown: delivery failed, without a reason
  { "smtp kļūda", "unknown", weak = true },
  { "smtp kļūme", "unknown", weak = true },
  { "smtp servera kļūda", "unknown", weak = true },
  { "nepieņem informāciju", "unknown", weak = true },
  { "nosūtīšanas laikā", "unknown", weak = true },
  { "nosūtīšanā atgadījās", "unknown", weak = true },
  { "sūtot pastu", "unknown", weak = true },
  { "sūtot vēstuli", "unknown", weak = true },
  { "neizdevās nosūtīt", "unknown", weak = true },
  { "nevar nosūtīt", "unknown", weak = true },
  { "piegādājot nesūtītās", "unknown", weak = true },
  { "transakcija neizdevās", "unknown", weak = true },

  ---------------------------------------------------------------- Estonian
  -- The Estonian catalogues of PHPMailer, Roundcube, Thunderbird and
  -- Evolution (camel's SMTP texts).

  -- user_unknown
  { "kirjakast ei ole saadaval", "user_unknown" },
  { "adressaate on vigased", "user_unknown" },
  -- host_unknown
  { "võib olla valesti seadistatud", "host_unknown" },
  -- mailbox_full
  { "lõppes vaba ruum", "mailbox_full" },
  -- message_too_big
  { "kirja suurus", "message_too_big" },
  { "suuruspiirang", "message_too_big" },
  -- too_many_recipients
  { "adressaatide arvu", "too_many_recipients" },
  -- auth_required: SMTP AUTH asked for, or the credentials refused
  { "autoriseerimise viga", "auth_required" },
  { "autentimine nurjus", "auth_required" },
  { "ei toeta krüptitud paroole", "auth_required" },
  { "autentimine smtp-serveriga", "auth_required" },
  { "ei toeta valitud autentimise viisi", "auth_required" },
  { "autentimismehhanism on liiga nõrk", "auth_required" },
  { "autentimise tõrge", "auth_required" },
  { "autentimine on vajalik", "auth_required" },
  { "autentimise vastus", "auth_required" },
  { "autentimi", "auth_required", weak = true },
  -- tls_required
  { "krüptimata kujul paroole", "tls_required" },
  { "krüptimine vajalik", "tls_required" },
  { "luua turvalist ühendust", "tls_required" },
  -- sender_rejected
  { "saatja e-posti aadress", "sender_rejected" },
  { "saatja aadress on vigane", "sender_rejected" },
  { "saatjaks määramine", "sender_rejected" },
  { "kas konto sätted on õiged", "sender_rejected" },
  -- syntax_error
  { "viga süntaksis", "syntax_error" },
  { "süntaksi viga", "syntax_error" },
  { "kirjakastil on lubamatu nimi", "syntax_error" },
  { "mitte-ascii tähemärke", "syntax_error" },
  { "ei toeta unicode", "syntax_error" },
  -- system_error
  { "teenus ei ole saadaval", "system_error", weak = true },
  { "viga töötlemisel", "system_error" },
  { "süsteemis pole piisavalt ruumi", "system_error" },
  -- network_error
  { "ei õnnestunud luua ühendust", "network_error" },
  { "ühendumine nurjus", "network_error" },
  { "ühendumine smtp-serveriga", "network_error" },
  { "ühendus smtp-server", "network_error" },
  { "ühendumisel smtp", "network_error" },
  -- has_moved
  { "pole kohalik kasutaja", "has_moved" },
  -- unknown: delivery failed, without a reason
  { "smtp viga", "unknown", weak = true },
  { "smtp tõrge", "unknown", weak = true },
  { "smtp serveri viga", "unknown", weak = true },
  { "vigased andmed", "unknown", weak = true },
  { "kirja saatmisel", "unknown", weak = true },
  { "kirja saatmine ebaõnnestus", "unknown", weak = true },
  { "kirja saatmine pole võimalik", "unknown", weak = true },
  { "kirja pole võimalik saata", "unknown", weak = true },
  { "sõnumit pole võimalik saata", "unknown", weak = true },
  { "kohaletoimetamine ebaõnnestus", "unknown", weak = true },
  { "tõrge transaktsioonil", "unknown", weak = true },

  ---------------------------------------------------------------- Vietnamese
  -- The Vietnamese catalogues of PHPMailer, Roundcube, Thunderbird and
  -- Evolution (camel's SMTP texts). Latin-1 accents fold ("hóa" and "hoá"
  -- are one); the other Vietnamese letters match as written.

  -- user_unknown
  { "hộp thư không sẵn sàng", "user_unknown" },
  { "người nhận không hợp lệ", "user_unknown" },
  -- host_unknown
  { "định cấu hình không chính xác", "host_unknown" },
  -- mailbox_full
  { "quá hạn sức chứa", "mailbox_full" },
  -- message_too_big
  { "kích thước thư", "message_too_big" },
  { "giới hạn kích thước", "message_too_big" },
  -- too_many_recipients
  { "số lượng người nhận", "too_many_recipients" },
  -- auth_required: SMTP AUTH asked for, or the credentials refused
  { "không thể xác thực", "auth_required" },
  { "xác thực thất bại", "auth_required" },
  { "không hỗ trợ mật khẩu được mã hóa", "auth_required" },
  { "không hỗ trợ phương thức xác thực", "auth_required" },
  { "không hỗ trợ xác thực", "auth_required" },
  { "cơ chế xác thực quá yếu", "auth_required" },
  { "lỗi xác thực", "auth_required" },
  { "cần thiết xác thực", "auth_required" },
  { "trả lời xác thực sai", "auth_required" },
  { "xác thực", "auth_required", weak = true },
  -- tls_required
  { "mật khẩu văn bản thuần", "tls_required" },
  { "cần phải được mã hóa", "tls_required" },
  { "thiết lập liên kết an toàn", "tls_required" },
  -- sender_rejected
  { "địa chỉ người gửi", "sender_rejected", weak = true },
  { "lỗi địa chỉ gửi đi", "sender_rejected" },
  { "không thể bố trí người gửi", "sender_rejected" },
  { "địa chỉ người gửi không hợp lệ", "sender_rejected" },
  { "địa chỉ email của bạn là chính xác", "sender_rejected" },
  -- syntax_error
  { "lỗi cú pháp", "syntax_error" },
  { "không cho phép tên hộp thư", "syntax_error" },
  { "ký tự không phải ascii", "syntax_error" },
  -- system_error
  { "dịch vụ chưa sẵn sàng", "system_error", weak = true },
  { "lỗi khi thực hiện", "system_error" },
  { "không đủ chỗ chứa", "system_error" },
  -- network_error
  { "không thể kết nối", "network_error" },
  { "không kết nối được", "network_error" },
  { "lỗi kết nối", "network_error" },
  { "kết nỗi tới máy chủ", "network_error" },
  { "kết nối với máy chủ gửi thư", "network_error" },
  -- has_moved
  { "không phải người dùng cục bộ", "has_moved" },
  -- unknown: delivery failed, without a reason
  { "lỗi smtp", "unknown", weak = true },
  { "lỗi máy chủ smtp", "unknown", weak = true },
  { "lỗi máy chủ gửi thư", "unknown", weak = true },
  { "dữ liệu không được chấp nhận", "unknown", weak = true },
  { "lỗi khi gửi thư", "unknown", weak = true },
  { "không thể gửi thư", "unknown", weak = true },
  { "giao dịch thất bại", "unknown", weak = true },

  ---------------------------------------------------------------- Indonesian
  -- The Indonesian catalogues of PHPMailer, Roundcube, Thunderbird and
  -- Evolution (camel's SMTP texts).

  -- user_unknown
  { "kotak surat tidak tersedia", "user_unknown" },
  { "beberapa penerima salah", "user_unknown" },
  -- host_unknown
  { "tidak dikonfigurasi dengan benar", "host_unknown" },
  -- mailbox_full
  { "melebihi alokasi penyimpanan", "mailbox_full" },
  -- message_too_big
  { "ukuran pesan", "message_too_big" },
  { "batas maksimum ukuran", "message_too_big" },
  -- too_many_recipients
  { "cacah penerima", "too_many_recipients" },
  { "jumlah penerima", "too_many_recipients" },
  -- auth_required: SMTP AUTH asked for, or the credentials refused
  { "tidak dapat mengotentikasi", "auth_required" },
  { "otentifikasi gagal", "auth_required" },
  { "tidak mendukung kata sandi terenkripsi", "auth_required" },
  { "tidak mendukung metode otentikasi", "auth_required" },
  { "tidak mendukung autentikasi", "auth_required" },
  { "mekanisme autentikasi terlalu lemah", "auth_required" },
  { "autentikasi temporer gagal", "auth_required" },
  { "autentikasi diperlukan", "auth_required" },
  { "balasan autentikasi", "auth_required" },
  { "gagal mengautentikasi", "auth_required" },
  { "otentikasi", "auth_required", weak = true },
  { "autentikasi", "auth_required", weak = true },
  { "otentifikasi", "auth_required", weak = true },
  -- tls_required
  { "kata sandi plaintext", "tls_required" },
  { "penyandian diperlukan", "tls_required" },
  { "membuat tautan aman", "tls_required" },
  -- sender_rejected
  { "alamat pengirim", "sender_rejected", weak = true },
  { "alamat pengirim berikut", "sender_rejected" },
  { "alamat pengirim salah", "sender_rejected" },
  { "gagal mengatur pengirim", "sender_rejected" },
  { "alamat surel anda sudah benar", "sender_rejected" },
  -- syntax_error
  { "salah sintaks", "syntax_error" },
  { "nama kotak surat tidak diperkenankan", "syntax_error" },
  { "karakter non-ascii", "syntax_error" },
  { "tidak mendukung unicode dalam alamat", "syntax_error" },
  -- system_error
  { "layanan tidak tersedia", "system_error", weak = true },
  { "kesalahan dalam pemrosesan", "system_error" },
  { "penyimpanan sistem tidak cukup", "system_error" },
  -- network_error
  { "tidak dapat terhubung", "network_error" },
  { "koneksi ke server gagal", "network_error" },
  { "koneksi ke server keluar", "network_error" },
  { "kegagalan sambungan", "network_error" },
  { "gagal konek", "network_error" },
  -- has_moved
  { "tidak berada pada sistem lokal", "has_moved" },
  { "pengguna tidak lokal", "has_moved" },
  -- unknown: delivery failed, without a reason
  { "kesalahan smtp", "unknown", weak = true },
  { "galat smtp", "unknown", weak = true },
  { "kesalahan pada pelayan smtp", "unknown", weak = true },
  { "galat server keluar", "unknown", weak = true },
  { "data tidak diterima", "unknown", weak = true },
  { "saat mengirim", "unknown", weak = true },
  { "saat menyampaikan", "unknown", weak = true },
  { "gagal mengirim pesan", "unknown", weak = true },
  { "pesan tidak dapat dikirim", "unknown", weak = true },
  { "tidak bisa mengirim pesan", "unknown", weak = true },
  { "transaksi gagal", "unknown", weak = true },
  { "gagal menambah penerima", "unknown", weak = true },
  { "menguraikan daftar penerima", "unknown", weak = true },

  ---------------------------------------------------------------- Thai
  -- The Thai catalogues of PHPMailer, Thunderbird and Evolution (camel's SMTP
  -- texts). Thai has no spaces between words: the phrases match anywhere.

  -- user_unknown
  { "กล่องเมลไม่มีอยู่", "user_unknown" },
  { "ผู้รับอย่างน้อยหนึ่งคนไม่ถูกต้อง", "user_unknown" },
  -- host_unknown
  { "อาจถูกกำหนดค่าอย่างไม่ถูกต้อง", "host_unknown" },
  -- mailbox_full
  { "ที่เก็บข้อมูลที่จัดสรรไว้", "mailbox_full" },
  -- message_too_big
  { "ขนาดของข้อความ", "message_too_big" },
  { "ขีดจำกัดขนาด", "message_too_big" },
  -- too_many_recipients
  { "ผู้รับเกินกว่าจำนวน", "too_many_recipients" },
  -- auth_required: SMTP AUTH asked for, or the credentials refused
  { "ไม่รองรับรหัสผ่านที่เข้ารหัสลับ", "auth_required" },
  { "ไม่สามารถรับรองความถูกต้อง", "auth_required" },
  { "ไม่รองรับวิธีการรับรองความถูกต้อง", "auth_required" },
  { "กลไกการยืนยันตัวบุคคลอ่อน", "auth_required" },
  { "การยืนยันตัวบุคคลล้มเหลว", "auth_required" },
  { "ต้องการการยืนยันตัวบุคคล", "auth_required" },
  { "คำตอบการยืนยันตัวบุคคล", "auth_required" },
  { "ไม่รองรับการยืนยันตัวบุคคล", "auth_required" },
  { "ยืนยันตัวบุคคล", "auth_required", weak = true },
  { "รับรองความถูกต้อง", "auth_required", weak = true },
  -- tls_required
  { "รหัสผ่านที่เป็นข้อความธรรมดา", "tls_required" },
  { "ต้องการการเข้ารหัสลับ", "tls_required" },
  { "ลิงก์ที่ปลอดภัย", "tls_required" },
  -- sender_rejected
  { "ที่อยู่จากต่อไปนี้", "sender_rejected" },
  { "ที่อยู่ผู้ส่ง", "sender_rejected" },
  { "ที่อยู่อีเมลของคุณถูกต้องในการตั้งค่าบัญชี", "sender_rejected" },
  -- syntax_error
  { "ผิดไวยากรณ์", "syntax_error" },
  { "ไม่สามารถใช้ชื่อกล่องเมล", "syntax_error" },
  { "อักขระที่ไม่ใช่ ascii", "syntax_error" },
  -- system_error
  { "ไม่เปิดบริการ", "system_error", weak = true },
  { "เกิดข้อผิดพลาดระหว่างการทำงาน", "system_error" },
  { "ที่เก็บข้อมูลของระบบไม่เพียงพอ", "system_error" },
  -- network_error
  { "การเชื่อมต่อกับเซิร์ฟเวอร์", "network_error" },
  { "ไม่สามารถเชื่อมต่อ", "network_error" },
  -- has_moved
  { "ผู้ใช้ไม่ได้อยู่ในเครื่องนี้", "has_moved" },
  -- unknown: delivery failed, without a reason
  { "ข้อผิดพลาด smtp", "unknown", weak = true },
  { "ไม่ยอมรับข้อมูล", "unknown", weak = true },
  { "เกิดข้อผิดพลาดขณะส่ง", "unknown", weak = true },
  { "ข้อผิดพลาดของเซิร์ฟเวอร์ขาออก", "unknown", weak = true },
  { "การส่งข้อความล้มเหลว", "unknown", weak = true },
  { "ไม่สามารถส่งข้อความ", "unknown", weak = true },
  { "ทำรายการเปลี่ยนแปลงไม่สำเร็จ", "unknown", weak = true },

  ---------------------------------------------------------------- Persian
  -- The Persian catalogues of PHPMailer, Roundcube and Evolution (camel's
  -- SMTP texts). The words match anywhere; words joined by a zero-width
  -- non-joiner keep it, as the catalogues write them.

  -- user_unknown
  { "جعبه نامه قابل دسترسی نیست", "user_unknown" },
  { "صندوق نامه ناموجود", "user_unknown" },
  { "دست کم یکی از گیرنده", "user_unknown" },
  -- mailbox_full
  { "حافظهٔ تخصیص یافته", "mailbox_full" },
  -- auth_required: SMTP AUTH asked for, or the credentials refused
  { "احراز هویت با شکست", "auth_required" },
  { "تصدیق هویت ناموفق", "auth_required" },
  { "تأیید هویت ضعیف", "auth_required" },
  { "شکست در تأیید هویت", "auth_required" },
  { "تأیید هویت لازم", "auth_required" },
  { "پاسخ تأیید هویت", "auth_required" },
  { "احراز هویت", "auth_required", weak = true },
  { "تأیید هویت", "auth_required", weak = true },
  { "تایید هویت", "auth_required", weak = true },
  { "تصدیق هویت", "auth_required", weak = true },
  -- tls_required
  { "رمزنگاری لازم", "tls_required" },
  -- sender_rejected
  { "آدرس فرستنده", "sender_rejected" },
  { "تنظیم فرستنده", "sender_rejected" },
  { "نشانی فرستنده", "sender_rejected" },
  -- syntax_error
  { "خطای نحوی", "syntax_error" },
  { "نام نامه‌دان مجاز نیست", "syntax_error" },
  -- system_error
  { "سرویس موجود نیست", "system_error", weak = true },
  { "خطا در حال پردازش", "system_error" },
  { "سیستم کافی نیست", "system_error" },
  -- network_error
  { "اتصال به سرور", "network_error" },
  { "اتصال به کارساز", "network_error" },
  { "خطا در اتصال", "network_error" },
  -- has_moved
  { "کاربر محلی نیست", "has_moved" },
  -- unknown: delivery failed, without a reason
  { "خطای smtp", "unknown", weak = true },
  { "خطا در smtp", "unknown", weak = true },
  { "تراکنش شکست خورد", "unknown", weak = true },
  { "نمی‌توان پیام را ارسال", "unknown", weak = true },

  ---------------------------------------------------------------- Catalan
  -- The Catalan catalogues of PHPMailer, Roundcube, Thunderbird and
  -- Evolution (camel's SMTP texts). The Spanish "error smtp" is Catalan too.

  -- user_unknown
  { "no està disponible la bústia", "user_unknown" },
  { "destinataris no són vàlids", "user_unknown" },
  -- host_unknown
  { "configurat de forma incorrecta", "host_unknown" },
  -- mailbox_full
  { "emmagatzematge assignat", "mailbox_full" },
  -- message_too_big
  { "mida del missatge", "message_too_big" },
  { "mida límit", "message_too_big" },
  -- too_many_recipients
  { "nombre de destinataris", "too_many_recipients" },
  -- auth_required: SMTP AUTH asked for, or the credentials refused
  { "no s'ha pogut autenticar", "auth_required" },
  { "la identificació ha fallat", "auth_required" },
  { "no permet contrasenyes xifrades", "auth_required" },
  { "no permet el mètode d'autenticació", "auth_required" },
  { "mecanisme d'autenticació és massa feble", "auth_required" },
  { "fallada temporal en l'autenticació", "auth_required" },
  { "cal autenticació", "auth_required" },
  { "resposta d'autenticació", "auth_required" },
  { "no implementa l'autenticació", "auth_required" },
  { "ha fallat l'autentificació", "auth_required" },
  { "autenticació", "auth_required", weak = true },
  { "autentificació", "auth_required", weak = true },
  -- tls_required
  { "contrasenyes de text net", "tls_required" },
  { "necessita xifratge", "tls_required" },
  { "establir un enllaç segur", "tls_required" },
  -- sender_rejected
  { "adreces de remitent", "sender_rejected" },
  { "adreça del remitent", "sender_rejected" },
  { "com a remitent", "sender_rejected" },
  { "adreça electrònica correcta als paràmetres", "sender_rejected" },
  -- syntax_error
  { "error de sintaxi", "syntax_error" },
  { "nom de bústia", "syntax_error" },
  { "que no són ascii", "syntax_error" },
  { "unicode a l'adreça", "syntax_error" },
  -- system_error
  { "servei no està disponible", "system_error", weak = true },
  { "error durant el processament", "system_error" },
  { "no hi ha prou espai d'emmagatzematge", "system_error" },
  -- network_error
  { "no es pot connectar", "network_error" },
  { "no s'ha pogut connectar", "network_error" },
  { "connexió al servidor", "network_error" },
  { "ha fallat la connexió", "network_error" },
  { "perdut la connexió", "network_error" },
  { "temps d'espera de la connexió", "network_error" },
  -- has_moved
  { "usuari no és local", "has_moved" },
  -- unknown: delivery failed, without a reason
  { "error del servidor smtp", "unknown", weak = true },
  { "dades no acceptades", "unknown", weak = true },
  { "en enviar el correu", "unknown", weak = true },
  { "en lliurar els missatges", "unknown", weak = true },
  { "enviament del missatge ha fallat", "unknown", weak = true },
  { "no s'ha pogut enviar", "unknown", weak = true },
  { "ha fallat la transacció", "unknown", weak = true },
}
