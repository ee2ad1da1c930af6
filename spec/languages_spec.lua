-- Replies in the nine languages of src/data/phrases-intl.lua, written for this
-- spec the way servers, bounce notices and mail clients of those countries
-- word them (none is a row of spec/fixtures/multilingual-replies.tsv): bare,
-- with their codes, upper case, and inside Postfix, Exim and Sendmail log
-- lines. Each must give exactly its reason and class.
local smtperr = require("smtperr")

-- { reply, reason, class }
local cases = {
  fr = {
    { "550 Utilisateur inconnu dans la table des destinataires", "user_unknown", "permanent" },
    { "status=bounced (host mx.exemple.fr[192.0.2.10] said: 550 <paul@exemple.fr>: ce compte "
      .. "n'existe pas (in reply to RCPT TO command))", "user_unknown", "permanent" },
    { "550 5.1.1 Destinataire inexistant sur ce serveur", "user_unknown", "permanent" },
    { "552 La boîte aux lettres de votre correspondant est pleine, réessayez plus tard",
      "mailbox_full", "permanent" },
    { "452 Quota de la boîte aux lettres dépassé", "mailbox_full", "transient" },
    { "550 Domaine du destinataire introuvable", "host_unknown", "permanent" },
    { "552 Message trop volumineux (taille maximale 20 Mo)", "message_too_big", "permanent" },
    { "452 Trop de destinataires pour ce message", "too_many_recipients", "transient" },
    { "421 Trop de connexions depuis votre adresse IP, réessayez plus tard", "rate_limited", "transient" },
    { "554 5.7.1 Votre adresse IP figure sur une liste noire", "blocked", "permanent" },
    { "554 Message refusé : contenu considéré comme du spam", "spam_detected", "permanent" },
    { "554 Virus détecté dans la pièce jointe", "virus_detected", "permanent" },
    { "530 5.7.0 Authentification requise avant l'envoi", "auth_required", "permanent" },
    { "554 Relais refusé : vous n'êtes pas autorisé à utiliser ce serveur", "relay_denied", "permanent" },
    { "553 Adresse de l'expéditeur invalide", "sender_rejected", "permanent" },
    { "421 Service temporairement indisponible, fermeture de la connexion", "system_error", "transient" },
    { "Le message n'a pas pu être remis au destinataire.", "unknown", "permanent" },
    { "Diagnostic-Code: smtp; 550 5.1.1 Adresse e-mail inconnue", "user_unknown", "permanent" },
    { "SMTP error from remote mail server after RCPT TO:<a@exemple.fr>:\n"
      .. "550 Cette adresse e-mail n'existe plus", "user_unknown", "permanent" },
    { "452 4.2.2 Boîte de réception pleine", "mailbox_full", "transient" },
    { "550 5.7.1 Message rejeté car identifié comme spam", "spam_detected", "permanent" },
    { "535 5.7.8 Échec d'authentification : identifiants invalides", "auth_required", "permanent" },
    { "451 Erreur temporaire, veuillez réessayer plus tard", "system_error", "transient" },
  },
  de = {
    { "550 5.1.1 <max@beispiel.de>: Empfängeradresse abgelehnt: Benutzer unbekannt",
      "user_unknown", "permanent" },
    { "550 Die E-Mail-Adresse existiert nicht", "user_unknown", "permanent" },
    { "status=bounced (host mx00.gmx.net[212.227.15.9] said: 550 Postfach nicht verfügbar "
      .. "(in reply to RCPT TO command))", "user_unknown", "permanent" },
    { "552 5.2.2 Das Postfach des Empfängers ist voll", "mailbox_full", "permanent" },
    { "452 Speicherplatz des Postfachs erschöpft", "mailbox_full", "transient" },
    { "550 Die Domain existiert nicht", "host_unknown", "permanent" },
    { "552 Die Nachricht ist zu groß (maximal 25 MB)", "message_too_big", "permanent" },
    { "421 Zu viele Verbindungen von Ihrer IP-Adresse, bitte später erneut versuchen",
      "rate_limited", "transient" },
    { "554 Ihre IP-Adresse steht auf einer Sperrliste", "blocked", "permanent" },
    { "550 Nachricht als Spam eingestuft und abgelehnt", "spam_detected", "permanent" },
    { "554 Virus gefunden, Nachricht abgewiesen", "virus_detected", "permanent" },
    { "535 5.7.8 Authentifizierung fehlgeschlagen", "auth_required", "permanent" },
    { "550 Das Konto des Empfängers wurde deaktiviert", "mailbox_disabled", "permanent" },
    { "451 Vorübergehender Fehler bei der Verarbeitung, bitte später erneut versuchen",
      "system_error", "transient" },
    { "Ihre Nachricht konnte nicht zugestellt werden.", "unknown", "permanent" },
    { "Diagnostic-Code: smtp; 550 5.1.1 Benutzer existiert nicht", "user_unknown", "permanent" },
    { "SMTP error from remote mail server after RCPT TO:<k@web.de>:\n550 Mailbox voll",
      "mailbox_full", "permanent" },
    { "552 5.3.4 Nachricht zu gross", "message_too_big", "permanent" },
    { "550 5.7.1 Zugriff verweigert: IP-Adresse blockiert", "blocked", "permanent" },
    { "421 4.4.2 Verbindung wurde unterbrochen", "network_error", "transient" },
    { "451 4.7.1 Greylisting aktiv, bitte später erneut versuchen", "greylisted", "transient" },
  },
  es = {
    { "550 5.1.1 El usuario no existe en este servidor", "user_unknown", "permanent" },
    { "550 Usuario desconocido", "user_unknown", "permanent" },
    { "552 El buzón del destinatario está lleno", "mailbox_full", "permanent" },
    { "452 Cuota de almacenamiento excedida para este buzón", "mailbox_full", "transient" },
    { "550 El dominio no existe", "host_unknown", "permanent" },
    { "552 El mensaje es demasiado grande", "message_too_big", "permanent" },
    { "554 5.7.1 Su dirección IP está en una lista negra", "blocked", "permanent" },
    { "550 Mensaje rechazado: detectado como spam", "spam_detected", "permanent" },
    { "530 Autenticación requerida", "auth_required", "permanent" },
    { "421 Demasiadas conexiones desde su dirección IP", "rate_limited", "transient" },
    { "status=bounced (host mx.ejemplo.es[192.0.2.20] said: 550 5.1.1 <ana@ejemplo.es>: "
      .. "buzón no disponible (in reply to RCPT TO command))", "user_unknown", "permanent" },
    { "No se pudo entregar el mensaje a los destinatarios.", "unknown", "permanent" },
    { "Diagnostic-Code: smtp; 550 5.1.1 La cuenta de correo no existe", "user_unknown", "permanent" },
    { "554 5.7.1 Mensaje rechazado por contener virus", "virus_detected", "permanent" },
    { "550 5.7.1 Remitente no válido", "sender_rejected", "permanent" },
    { "450 4.7.1 Lista gris: vuelva a intentarlo más tarde", "greylisted", "transient" },
  },
  it = {
    { "550 5.1.1 Utente sconosciuto", "user_unknown", "permanent" },
    { "550 L'indirizzo email non esiste", "user_unknown", "permanent" },
    { "552 Casella di posta piena", "mailbox_full", "permanent" },
    { "452 Quota superata per la casella del destinatario", "mailbox_full", "transient" },
    { "550 Dominio inesistente", "host_unknown", "permanent" },
    { "552 Messaggio troppo grande", "message_too_big", "permanent" },
    { "554 Il tuo indirizzo IP è in una lista nera", "blocked", "permanent" },
    { "550 Messaggio classificato come spam", "spam_detected", "permanent" },
    { "535 Autenticazione fallita", "auth_required", "permanent" },
    { "421 Troppe connessioni dal tuo indirizzo IP", "rate_limited", "transient" },
    { "SMTP error from remote mail server after RCPT TO:<luca@esempio.it>:\n"
      .. "550 5.1.1 Casella inesistente", "user_unknown", "permanent" },
    { "Impossibile recapitare il messaggio: mancato recapito al destinatario", "unknown", "permanent" },
    { "550 5.1.1 L'utente non esiste", "user_unknown", "permanent" },
    { "552 5.2.2 La casella è piena", "mailbox_full", "permanent" },
    { "550 5.7.1 Mittente non valido", "sender_rejected", "permanent" },
    { "554 Messaggio rifiutato: virus rilevato", "virus_detected", "permanent" },
  },
  pt = {
    { "550 5.1.1 Usuário desconhecido", "user_unknown", "permanent" },
    { "550 Este endereço de e-mail não existe", "user_unknown", "permanent" },
    { "552 A caixa postal do destinatário está cheia", "mailbox_full", "permanent" },
    { "452 Cota excedida para esta conta", "mailbox_full", "transient" },
    { "550 O domínio não existe", "host_unknown", "permanent" },
    { "552 Mensagem muito grande", "message_too_big", "permanent" },
    { "554 Seu IP está em uma lista negra", "blocked", "permanent" },
    { "550 Mensagem classificada como spam", "spam_detected", "permanent" },
    { "535 Falha na autenticação", "auth_required", "permanent" },
    { "421 Muitas conexões a partir do seu IP, tente novamente mais tarde", "rate_limited", "transient" },
    { "status=bounced (host mx.exemplo.com.br[192.0.2.30] said: 550 5.1.1 <joao@exemplo.com.br>: "
      .. "caixa postal indisponível (in reply to RCPT TO command))", "user_unknown", "permanent" },
    { "Não foi possível entregar a mensagem.", "unknown", "permanent" },
    { "550 5.1.1 O usuário não existe", "user_unknown", "permanent" },
    { "552 5.2.2 Caixa de correio cheia", "mailbox_full", "permanent" },
    { "554 5.7.1 Mensagem bloqueada: vírus detectado", "virus_detected", "permanent" },
    { "550 5.7.1 Endereço do remetente inválido", "sender_rejected", "permanent" },
  },
  nl = {
    { "550 5.1.1 Onbekende gebruiker", "user_unknown", "permanent" },
    { "550 Dit e-mailadres bestaat niet", "user_unknown", "permanent" },
    { "552 De mailbox van de ontvanger is vol", "mailbox_full", "permanent" },
    { "550 Het domein bestaat niet", "host_unknown", "permanent" },
    { "552 Het bericht is te groot", "message_too_big", "permanent" },
    { "554 Uw IP-adres staat op een zwarte lijst", "blocked", "permanent" },
    { "550 Bericht herkend als spam", "spam_detected", "permanent" },
    { "535 Authenticatie mislukt", "auth_required", "permanent" },
    { "421 Te veel verbindingen vanaf uw IP-adres", "rate_limited", "transient" },
    { "Uw bericht kon niet worden afgeleverd.", "unknown", "permanent" },
    { "550 5.1.1 Gebruiker bestaat niet", "user_unknown", "permanent" },
    { "552 5.2.2 Postvak vol", "mailbox_full", "permanent" },
    { "554 Bericht geweigerd: virus gevonden", "virus_detected", "permanent" },
  },
  ru = {
    { "550 5.1.1 Пользователь не найден", "user_unknown", "permanent" },
    { "550 ПОЛЬЗОВАТЕЛЬ НЕ НАЙДЕН", "user_unknown", "permanent" },
    { "550 Такого почтового ящика не существует", "user_unknown", "permanent" },
    { "552 Почтовый ящик получателя переполнен", "mailbox_full", "permanent" },
    { "452 ПОЧТОВЫЙ ЯЩИК ПЕРЕПОЛНЕН", "mailbox_full", "transient" },
    { "550 Домен не существует", "host_unknown", "permanent" },
    { "552 Размер письма превышает допустимый", "message_too_big", "permanent" },
    { "554 Ваш IP-адрес находится в черном списке", "blocked", "permanent" },
    { "550 Письмо отклонено: подозрение на спам", "spam_detected", "permanent" },
    { "535 Ошибка аутентификации", "auth_required", "permanent" },
    { "421 Слишком много соединений с вашего адреса", "rate_limited", "transient" },
    { "status=bounced (host mxs.mail.ru[217.69.139.150] said: 550 Сообщение не доставлено: "
      .. "адресат неизвестен (in reply to RCPT TO command))", "user_unknown", "permanent" },
    { "Ваше письмо не доставлено.", "unknown", "permanent" },
    { "550 5.1.1 Адрес получателя не существует", "user_unknown", "permanent" },
    { "550 5.7.1 СООБЩЕНИЕ ОТКЛОНЕНО КАК СПАМ", "spam_detected", "permanent" },
    { "552 5.3.4 Письмо слишком большое", "message_too_big", "permanent" },
    { "554 5.7.1 Обнаружен вирус", "virus_detected", "permanent" },
    { "421 4.7.0 Слишком много писем, попробуйте позже", "rate_limited", "transient" },
  },
  ja = {
    { "550 5.1.1 宛先のユーザーが見つかりません", "user_unknown", "permanent" },
    { "550 そのメールアドレスは存在しません", "user_unknown", "permanent" },
    { "552 受信者のメールボックスがいっぱいです", "mailbox_full", "permanent" },
    { "452 メールボックスの容量が不足しています", "mailbox_full", "transient" },
    { "550 ドメインが存在しません", "host_unknown", "permanent" },
    { "552 メールのサイズが大きすぎます", "message_too_big", "permanent" },
    { "554 送信元IPアドレスがブラックリストに登録されています", "blocked", "permanent" },
    { "550 迷惑メールと判定されたため受信を拒否しました", "spam_detected", "permanent" },
    { "554 ウイルスが検出されたため配信を中止しました", "virus_detected", "permanent" },
    { "535 認証に失敗しました", "auth_required", "permanent" },
    { "status=bounced (host mx.example.jp[192.0.2.40] said: 550 5.1.1 <taro@example.jp>: "
      .. "ユーザー不明 (in reply to RCPT TO command))", "user_unknown", "permanent" },
    { "このメールは配信できませんでした。", "unknown", "permanent" },
    { "550 5.1.1 指定されたメールアドレスは存在しません", "user_unknown", "permanent" },
    { "550 5.7.1 スパムと判定されました", "spam_detected", "permanent" },
    { "421 4.7.0 送信制限を超えました", "rate_limited", "transient" },
  },
  zh = {
    { "550 5.1.1 收件人不存在", "user_unknown", "permanent" },
    { "550 用户不存在,请核对收件人地址", "user_unknown", "permanent" },
    { "552 收件人邮箱已满", "mailbox_full", "permanent" },
    { "452 收件人信箱已滿，請稍後再試", "mailbox_full", "transient" },
    { "550 域名不存在", "host_unknown", "permanent" },
    { "552 邮件太大,超过了对方服务器的限制", "message_too_big", "permanent" },
    { "554 发信IP在黑名单中", "blocked", "permanent" },
    { "550 邮件被判定为垃圾邮件", "spam_detected", "permanent" },
    { "554 邮件包含病毒", "virus_detected", "permanent" },
    { "535 认证失败,请检查用户名和密码", "auth_required", "permanent" },
    { "421 发送频率过高,请稍后再试", "rate_limited", "transient" },
    { "status=bounced (host mx.qq.com[192.0.2.50] said: 550 Mailbox not found. 收件人邮箱不存在 "
      .. "(in reply to RCPT TO command))", "user_unknown", "permanent" },
    { "550 5.7.1 SPF验证失败", "auth_failure", "permanent" },
    { "邮件发送失败。", "unknown", "permanent" },
    { "550 5.1.1 该邮箱不存在", "user_unknown", "permanent" },
    { "550 5.7.1 该邮件被识别为垃圾邮件", "spam_detected", "permanent" },
    { "421 4.7.0 发信频率过快,请稍后重试", "rate_limited", "transient" },
    { "550 5.7.1 寄件者的IP位於黑名單", "blocked", "permanent" },
    { "550 5.2.1 用户已被停用", "mailbox_disabled", "permanent" },
  },
}

local order = { "fr", "de", "es", "it", "pt", "nl", "ru", "ja", "zh" }

for _, lang in ipairs(order) do
  describe("replies in " .. lang, function()
    for _, case in ipairs(cases[lang]) do
      local reply, reason, class = case[1], case[2], case[3]
      it(reply:gsub("\n", " "):sub(1, 70) .. ": " .. reason, function()
        local r, err = smtperr.classify(reply)
        assert.is_table(r, err)
        assert.are.equal(reason, r.reason, r.evidence)
        assert.are.equal(class, r.class)
      end)
    end
  end)
end
