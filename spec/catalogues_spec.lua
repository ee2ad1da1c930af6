-- The messages that mail-sending libraries and mail clients show, in the languages whose
-- catalogues src/data/phrases-intl.lua took its newer sections from: PHPMailer's language
-- files, Roundcube's localization, Thunderbird's composeMsgs.properties and the SMTP texts
-- of Evolution's camel. Each is written as a user meets it: the catalogue's text with a
-- host, an address, a size or a reply code in place of its placeholders, bare, and with
-- the server's reply where the catalogue shows one. A reply with a code decides the
-- reading, as it should: "... Odpowiedź serwera: 552 5.3.4 Message size exceeds fixed
-- limit." reads as the reply says. Each must give exactly its reason and class.
local smtperr = require("smtperr")

-- { message, reason, class }
local cases = {
  pl = {   -- Polish
    { "Błąd SMTP: Nie można przeprowadzić uwierzytelnienia.",
      "auth_required", "permanent" },
    { "Błąd SMTP: Nie można połączyć się z wybranym hostem.",
      "network_error", "transient" },
    { "Następujący adres Nadawcy jest nieprawidłowy: anna@example.com",
      "sender_rejected", "permanent" },
    { "Błąd SMTP: Dane nie zostały przyjęte.",
      "unknown", "permanent" },
    { "Wystąpił błąd podczas wysyłania wiadomości: serwer "
      .. "„smtp.example.com” poczty wychodzącej (SMTP) jest nieznany. Serwer "
      .. "może być niewłaściwie skonfigurowany. Należy sprawdzić poprawność "
      .. "ustawień serwera poczty wychodzącej, a następnie spróbować "
      .. "ponownie.",
      "host_unknown", "permanent" },
    { "Wysyłanie wiadomości się nie powiodło, ponieważ upłynął limit "
      .. "czasu połączenia z serwerem smtp.example.com poczty wychodzącej "
      .. "(SMTP). Należy spróbować ponownie lub skontaktować się "
      .. "z administratorem sieci.",
      "network_error", "transient" },
    { "Błąd SMTP: Rozmiar wiadomości przekracza limit (25 MB)",
      "message_too_big", "permanent" },
    { "Rozmiar wysyłanej wiadomości przekracza globalny limit rozmiaru "
      .. "wiadomości na serwerze. Wiadomość nie została wysłana; należy "
      .. "zmniejszyć jej rozmiar i spróbować ponownie. Odpowiedź serwera: "
      .. "552 5.3.4 Message size exceeds fixed limit.",
      "message_too_big", "permanent" },
    { "Wiadomość nie została wysłana z powodu przekroczenia dozwolonej "
      .. "liczby adresatów. Odpowiedź serwera: 452 4.5.3 Error: too many "
      .. "recipients.",
      "too_many_recipients", "transient" },
    { "Wystąpił błąd podczas wysyłania wiadomości. Odpowiedź serwera: 550 "
      .. "5.1.1 <jan@example.org>: Recipient address rejected: User unknown "
      .. "in virtual mailbox table. Proszę sprawdzić wiadomość i spróbować "
      .. "ponownie.",
      "user_unknown", "permanent" },
    { "Wystąpił błąd podczas wysyłania wiadomości. Odpowiedź serwera "
      .. "poczty: 553 5.7.1 <anna@example.com>: Sender address rejected: not "
      .. "owned by user anna@example.com. Proszę zweryfikować poprawność "
      .. "adresu e-mail w konfiguracji kont i spróbować ponownie.",
      "sender_rejected", "permanent" },
    { "W części adresu odbiorcy („józef@example.com”) opisującej "
      .. "użytkownika, znajdują się znaki spoza zakresu ASCII, a używany "
      .. "serwer nie obsługuje SMTPUTF8. Proszę zmienić adres i spróbować "
      .. "ponownie.",
      "syntax_error", "permanent" },
    { "Serwer „smtp.example.com” poczty wychodzącej (SMTP) nie zezwala na "
      .. "uwierzytelnianie przy pomocy haseł przesyłanych otwartym tekstem. "
      .. "Proszę spróbować zmienić metodę uwierzytelniania na Szyfrowane "
      .. "hasło w Poczta wychodząca w Konfiguracji kont.",
      "tls_required", "permanent" },
    { "Nie wykonano żądanej operacji: skrzynka jest niedostępna",
      "user_unknown", "permanent" },
  },
  cs = {   -- Czech
    { "Chyba SMTP: Autentizace selhala.",
      "auth_required", "permanent" },
    { "Chyba SMTP: Nelze navázat spojení se SMTP serverem.",
      "network_error", "transient" },
    { "Následující adresa odesílatele je nesprávná: anna@example.com",
      "sender_rejected", "permanent" },
    { "Chyba SMTP: Data nebyla přijata.",
      "unknown", "permanent" },
    { "Při odesílání zprávy nastala chyba: SMTP server smtp.example.com "
      .. "je neznámý. Server může být špatně nakonfigurován. Ověřte prosím "
      .. "správnost vašeho nastavení pošty a zkuste to znovu.",
      "host_unknown", "permanent" },
    { "Zprávu se nepodařilo odeslat, protože spojení se SMTP serverem "
      .. "smtp.example.com vypršelo. Zkuste to znovu, nebo kontaktujte "
      .. "správce sítě.",
      "network_error", "transient" },
    { "Chyba SMTP: Zpráva překročila limit serveru (25 MB)",
      "message_too_big", "permanent" },
    { "Velikost odesílané zprávy překročila na serveru nastavený globální "
      .. "velikostní limit. Zpráva nebyla odeslána. Pokuste se zmenšit "
      .. "velikost zprávy a zkuste to znovu. Server odpověděl: 552 5.3.4 "
      .. "Message size exceeds fixed limit.",
      "message_too_big", "permanent" },
    { "Zpráva nebyla odeslána, protože překročila povolený počet "
      .. "příjemců. Server odpověděl: 452 4.5.3 Error: too many recipients.",
      "too_many_recipients", "transient" },
    { "Při odesílání zprávy nastala chyba. Server odpověděl: 550 5.1.1 "
      .. "<jan@example.org>: Recipient address rejected: User unknown in "
      .. "virtual mailbox table. Zkontrolujte prosím zprávu a zkuste to "
      .. "znovu.",
      "user_unknown", "permanent" },
    { "Při odesílání zprávy nastala chyba. Server odpověděl: 553 5.7.1 "
      .. "<anna@example.com>: Sender address rejected: not owned by user "
      .. "anna@example.com. Ověřte prosím správnost své e-mailové adresy a "
      .. "zkuste to znovu.",
      "sender_rejected", "permanent" },
    { "Místní část adresy příjemce józef@example.com obsahuje znaky mimo "
      .. "ASCII, ale váš server nepodporuje SMTPUTF8. Změňte prosím adresu a "
      .. "zkuste to znovu.",
      "syntax_error", "permanent" },
    { "SMTP server smtp.example.com nepodporuje nezašifrovaná hesla. "
      .. "Změňte v dialogu Nastavení účtu | Nastavení serveru metodu "
      .. "autentizace na 'Šifrované heslo'.",
      "tls_required", "permanent" },
    { "Požadovaná akce nebyla vykonána, poštovní schránka není k "
      .. "dispozici",
      "user_unknown", "permanent" },
  },
  sk = {   -- Slovak
    { "SMTP Error: Chyba autentifikácie.",
      "auth_required", "permanent" },
    { "SMTP Error: Nebolo možné nadviazať spojenie so SMTP serverom.",
      "network_error", "transient" },
    { "Následujúca adresa From je nesprávna: anna@example.com",
      "sender_rejected", "permanent" },
    { "SMTP Error: Dáta neboli prijaté",
      "unknown", "permanent" },
    { "Počas odosielania správy sa vyskytla chyba: server pre odosielanie "
      .. "pošty (SMTP) smtp.example.com je neznámy. Server môže byť "
      .. "nesprávne nakonfigurovaný. Overte správnosť nastavení servera pre "
      .. "odosielanie pošty (SMTP) a skúste to znova.",
      "host_unknown", "permanent" },
    { "Správa nemohla byť odoslaná, pretože časový limit pripojenia k "
      .. "serveru pre odosielanie pošty (SMTP) smtp.example.com vypršal. "
      .. "Skúste to znova.",
      "network_error", "transient" },
    { "Chyba SMTP: veľkosť správy presahuje limit servera (25 MB)",
      "message_too_big", "permanent" },
    { "Veľkosť správy, ktorú sa pokúšate odoslať, presiahla globálny "
      .. "limit servera. Správa nebola odoslaná. Zmenšite veľkosť správy a "
      .. "skúste to znova. Server odpovedal: 552 5.3.4 Message size exceeds "
      .. "fixed limit.",
      "message_too_big", "permanent" },
    { "Správa nebola odoslaná z dôvodu prekročenia povoleného počtu "
      .. "príjemcov. Server odpovedal: 452 4.5.3 Error: too many recipients.",
      "too_many_recipients", "transient" },
    { "Chyba počas odosielania e‑mailovej správy. Server odpovedal: 550 "
      .. "5.1.1 <jan@example.org>: Recipient address rejected: User unknown "
      .. "in virtual mailbox table. Skontrolujte správu a skúste znova.",
      "user_unknown", "permanent" },
    { "Chyba pri odosielaní e‑mailovej správy. Server odpovedal: 553 "
      .. "5.7.1 <anna@example.com>: Sender address rejected: not owned by "
      .. "user anna@example.com. Overte nastavenie vašej e‑mailovej adresy v "
      .. "nastaveniach účtu a skúste to znova.",
      "sender_rejected", "permanent" },
    { "V časti adresy príjemcu józef@example.com sa nachádzajú "
      .. "nepodporované znaky mimo sady ASCII a váš server nepodporuje "
      .. "SMTPUTF8. Upravte adresu a skúste to znova.",
      "syntax_error", "permanent" },
    { "Server pre odosielanie pošty (SMTP) smtp.example.com nepovoľuje "
      .. "nezašifrované heslá. Skúste zmeniť nastavenie 'Metóda overenia' v "
      .. "okne 'Nastavenia účtu | Server pre odosielanie pošty (SMTP)' na "
      .. "'Zašifrované heslo'.",
      "tls_required", "permanent" },
    { "Požadovaná akcia nevykonaná: poštová schránka nie je k dispozícii",
      "user_unknown", "permanent" },
  },
  uk = {   -- Ukrainian
    { "Помилка SMTP: помилка авторизації.",
      "auth_required", "permanent" },
    { "Помилка SMTP: не вдається під'єднатися до SMTP-серверу.",
      "network_error", "transient" },
    { "Невірна адреса відправника: anna@example.com",
      "sender_rejected", "permanent" },
    { "Помилка SMTP: дані не прийнято.",
      "unknown", "permanent" },
    { "Сталася помилка при надсиланні пошти: Невідомий сервер вихідної "
      .. "пошти (SMTP) smtp.example.com. Можливо, сервер має неправильну "
      .. "конфігурацію. Переконайтеся, що налаштування вашого сервера "
      .. "вихідної пошти (SMTP) правильні та спробуйте знову.",
      "host_unknown", "permanent" },
    { "Не вдалося надіслати повідомлення через те, що завершився час "
      .. "очікування з'єднання з сервером вихідної пошти (SMTP) "
      .. "smtp.example.com. Спробуйте знову.",
      "network_error", "transient" },
    { "Розмір повідомлення, яке ви намагаєтесь надіслати, перевищує "
      .. "глобальне обмеження розміру сервера. Повідомлення не надіслано. "
      .. "Зменшіть розмір повідомлення і спробуйте знову. Відповідь сервера: "
      .. "552 5.3.4 Message size exceeds fixed limit.",
      "message_too_big", "permanent" },
    { "Повідомлення не було надіслано через перевищення дозволеної "
      .. "кількості отримувачів. Відповідь сервера: 452 4.5.3 Error: too "
      .. "many recipients.",
      "too_many_recipients", "transient" },
    { "Під час надсилання сталася помилка. Відповідь поштового "
      .. "сервера:  550 5.1.1 <jan@example.org>: Recipient address rejected: "
      .. "User unknown in virtual mailbox table. Перевірте повідомлення і "
      .. "повторіть спробу.",
      "user_unknown", "permanent" },
    { "Під час надсилання сталася помилка. Відповідь поштового сервера: "
      .. "553 5.7.1 <anna@example.com>: Sender address rejected: not owned "
      .. "by user anna@example.com. Переконайтеся, що в налаштуваннях "
      .. "облікового запису ваша адреса електронної пошти вказана правильно "
      .. "і спробуйте ще раз.",
      "sender_rejected", "permanent" },
    { "Локальна частина адреси отримувача józef@example.com містить не "
      .. "ASCII символи, а ваш сервер не підтримує SMTPUTF8. Змініть адресу "
      .. "та спробуйте знову.",
      "syntax_error", "permanent" },
    { "Сервер вихідної пошти (SMTP) smtp.example.com не дозволяє "
      .. "використання звичайних паролів. Спробуйте змінити \"Метод "
      .. "автентифікації\" в \"Параметрах облікового запису | Вихідний "
      .. "(SMTP) сервер\" на \"Зашифрований пароль\".",
      "tls_required", "permanent" },
    { "Запитана дія не виконана: поштова скринька недоступна",
      "user_unknown", "permanent" },
  },
  ko = {   -- Korean
    { "SMTP 오류: 인증할 수 없습니다.",
      "auth_required", "permanent" },
    { "SMTP 오류: SMTP 호스트에 접속할 수 없습니다.",
      "network_error", "transient" },
    { "다음 From 주소에서 오류가 발생했습니다: anna@example.com",
      "sender_rejected", "permanent" },
    { "SMTP 오류: 데이터가 받아들여지지 않았습니다.",
      "unknown", "permanent" },
    { "메일 보내는 중 오류가 발생했습니다. SMTP서버(smtp.example.com)를 알 수 없습니다. 서버 설정이 틀릴 "
      .. "가능성이 있습니다. SMTP 서버 설정을 다시 확인하여 재시도해 보시기 바랍니다.",
      "host_unknown", "permanent" },
    { "SMTP 서버(smtp.example.com) 연결 시간이 초과되어 메시지를 보낼 수 없습니다. 서버 관리자에게 문의해 "
      .. "보시기 바랍니다.",
      "network_error", "transient" },
    { "SMTP 오류: 메시지 크기가 서버 제한을 (25 MB) 넘었습니다.",
      "message_too_big", "permanent" },
    { "보내시려는 메시지의 크기가 서버의 일반 크기 제한 보다 큽니다. 메시지 용량을 줄여서 다시 시도해 보시기 바랍니다. "
      .. "서버 응답: 552 5.3.4 Message size exceeds fixed limit.",
      "message_too_big", "permanent" },
    { "받는 사람 수의 한도를 초과하여 메시지가 전송되지 않았습니다. 서버 응답: 452 4.5.3 Error: too "
      .. "many recipients.",
      "too_many_recipients", "transient" },
    { "메일 보내는 중 오류. 서버 메시지: 550 5.1.1 <jan@example.org>: Recipient "
      .. "address rejected: User unknown in virtual mailbox table. 다시 시도해 "
      .. "보십시오.",
      "user_unknown", "permanent" },
    { "메일 보내는 중 오류. 서버 메시지: 553 5.7.1 <anna@example.com>: Sender address "
      .. "rejected: not owned by user anna@example.com. 메일 설정에 자신의 메일 주소를 "
      .. "확인한 후 다시 시도해 보십시오.",
      "sender_rejected", "permanent" },
    { "수신자 주소 józef@example.com의 로컬 부분에 비 ASCII 문자가 있으며 서버가 SMTPUTF8을 "
      .. "지원하지 않습니다. 이 주소를 변경하고 다시 시도하십시오.",
      "syntax_error", "permanent" },
    { "smtp.example.com SMTP 서버는 평문 비밀번호 사용을 허가하지 않습니다. '계정 설정 | 서버 설정'의 "
      .. "'인증 방식'을 '암호화된 비밀번호'로 변경하십시오.",
      "tls_required", "permanent" },
    { "요청한 작업을 하지 않습니다: 메일함을 사용할 수 없습니다",
      "user_unknown", "permanent" },
  },
  tr = {   -- Turkish
    { "SMTP Hatası: Oturum açılamadı.",
      "auth_required", "permanent" },
    { "SMTP Hatası: SMTP sunucusuna bağlanılamadı.",
      "network_error", "transient" },
    { "Belirtilen adreslere gönderme başarısız: anna@example.com",
      "sender_rejected", "permanent" },
    { "SMTP Hatası: Veri kabul edilmedi.",
      "unknown", "permanent" },
    { "Posta gönderirken bir hata meydana geldi: Giden sunucusu (SMTP) "
      .. "smtp.example.com bilinmiyor. Sunucu yanlış yapılandırılmış "
      .. "olabilir. Lütfen giden sunucusu (SMTP) ayarlarını kontrol edip "
      .. "yeniden deneyin.",
      "host_unknown", "permanent" },
    { "İleti gönderilemedi çünkü smtp.example.com giden sunucusu (SMTP) "
      .. "ile bağlantı zaman aşımına uğradı. Lütfen yeniden deneyin.",
      "network_error", "transient" },
    { "SMTP hatası: İleti boyutu sunucu sınırlamasını aşıyor (25 MB)",
      "message_too_big", "permanent" },
    { "Göndermeyi denediğiniz iletinin boyutu sunucunun genel boyut "
      .. "sınırını aşıyor. İleti gönderilmedi. İleti boyutunu azaltıp "
      .. "yeniden deneyin. Sunucunun yanıtı: 552 5.3.4 Message size exceeds "
      .. "fixed limit.",
      "message_too_big", "permanent" },
    { "İzin verilen alıcı sayısı aşıldığı için ileti gönderilmedi. "
      .. "Sunucunun yanıtı: 452 4.5.3 Error: too many recipients.",
      "too_many_recipients", "transient" },
    { "Posta gönderilirken bir hata oluştu. Posta sunucusunun yanıtı: 550 "
      .. "5.1.1 <jan@example.org>: Recipient address rejected: User unknown "
      .. "in virtual mailbox table. Lütfen iletiyi gözden geçirip yeniden "
      .. "deneyin.",
      "user_unknown", "permanent" },
    { "Posta gönderilirken bir hata oluştu. Posta sunucusunun yanıtı: 553 "
      .. "5.7.1 <anna@example.com>: Sender address rejected: not owned by "
      .. "user anna@example.com. Lütfen posta ayarlarındaki e-posta "
      .. "adresinin doğruluğunu kontrol edip yeniden deneyin.",
      "sender_rejected", "permanent" },
    { "józef@example.com alıcı adresinin yerel kısmında ASCII dışı "
      .. "karakterler var ve sunucunuz SMTPUTF8 desteklemiyor. Lütfen bu "
      .. "adresi değiştirip tekrar deneyin.",
      "syntax_error", "permanent" },
    { "smtp.example.com giden sunucusu (SMTP) düz metin parolalara izin "
      .. "vermiyor. \"Hesap ayarları > Giden sunucusu (SMTP)\" kısmındaki "
      .. "\"Kimlik doğrulama yöntemi\"ni \"Şifrelenmiş parola\" olarak "
      .. "değiştirmeyi deneyin.",
      "tls_required", "permanent" },
    { "İstenen eylem yapılmadı: posta kutusu kullanılabilir değil",
      "user_unknown", "permanent" },
  },
  hu = {   -- Hungarian
    { "SMTP hiba: az azonosítás sikertelen.",
      "auth_required", "permanent" },
    { "SMTP hiba: nem lehet kapcsolódni az SMTP-szerverhez.",
      "network_error", "transient" },
    { "A feladóként megadott következő cím hibás: anna@example.com",
      "sender_rejected", "permanent" },
    { "SMTP hiba: adatok visszautasítva.",
      "unknown", "permanent" },
    { "Hiba történt a levél küldésekor: a(z) smtp.example.com levélküldő "
      .. "kiszolgáló (SMTP) ismeretlen. Lehet, hogy a kiszolgálót hibásan "
      .. "állították be. Ellenőrizze, hogy a levélküldő (SMTP) kiszolgáló "
      .. "beállításai helyesek-e, és próbálja újra.",
      "host_unknown", "permanent" },
    { "Az üzenet küldése sikertelen, mert a levélküldő (SMTP) "
      .. "kiszolgálóval (smtp.example.com) való kapcsolat időtúllépés miatt "
      .. "megszakadt. Próbálja újra.",
      "network_error", "transient" },
    { "SMTP hiba: Az üzenet mérete elérte a kiszálgáló által engedélyzett "
      .. "maximális méretet (25 MB)",
      "message_too_big", "permanent" },
    { "Az elküldeni kívánt üzenet mérete meghaladja a kiszolgáló által "
      .. "meghatározott globális méretkorlátot. Az üzenet nem lett elküldve. "
      .. "Próbálja csökkenteni a méretét, és küldje el újra. A kiszolgáló "
      .. "válasza: 552 5.3.4 Message size exceeds fixed limit.",
      "message_too_big", "permanent" },
    { "Az üzenet nem lett elküldve, mert túllépte a címzettek "
      .. "engedélyezett számát. A kiszolgáló válasza: 452 4.5.3 Error: too "
      .. "many recipients.",
      "too_many_recipients", "transient" },
    { "Hiba történt a levél küldése közben. A levelezőkiszolgáló válasza: "
      .. "550 5.1.1 <jan@example.org>: Recipient address rejected: User "
      .. "unknown in virtual mailbox table. Ellenőrizze az üzenetet, majd "
      .. "próbálja újra.",
      "user_unknown", "permanent" },
    { "Hiba történt a levél küldése közben. A levelezőkiszolgáló válasza: "
      .. "553 5.7.1 <anna@example.com>: Sender address rejected: not owned "
      .. "by user anna@example.com. Ellenőrizze, hogy az Ön e-mail címe "
      .. "helyesen van-e megadva a fiók beállításaiban, majd próbálja újra.",
      "sender_rejected", "permanent" },
    { "Nem ASCII karakterek is vannak a címzett józef@example.com címének "
      .. "helyi részében, és a kiszolgálója nem támogatja az SMTPUTF8-at. "
      .. "Módosítsa a címet, és próbálja újra.",
      "syntax_error", "permanent" },
    { "A levélküldő (SMTP) kiszolgáló (smtp.example.com) nem engedi meg a "
      .. "sima szöveges jelszavak használatát. Próbálja megadni a "
      .. "„Titkosított jelszó” lehetőséget a „Hitelesítési módszer” "
      .. "beállításnál a „Postafiók beállításai | Levélküldő kiszolgáló "
      .. "(SMTP)” alatt.\\u0020",
      "tls_required", "permanent" },
    { "A kért művelet nem történt meg: a postafiók nem érhető el",
      "user_unknown", "permanent" },
  },
  ro = {   -- Romanian
    { "Eroare SMTP: Autentificarea a eșuat.",
      "auth_required", "permanent" },
    { "Eroare SMTP: Conectarea la serverul SMTP a eșuat.",
      "network_error", "transient" },
    { "Următoarele adrese From au dat eroare: anna@example.com",
      "sender_rejected", "permanent" },
    { "Eroare SMTP: Datele nu au fost acceptate.",
      "unknown", "permanent" },
    { "S-a produs o eroare la trimiterea mesajului: serverul de trimitere "
      .. "(SMTP) smtp.example.com este necunoscut. Ar putea fi o problemă de "
      .. "configurare a serverului. Te rugăm să te asiguri că setările "
      .. "serverului de trimitere (SMTP) sunt corecte și încearcă din nou.",
      "host_unknown", "permanent" },
    { "Mesajul nu a putut fi trimis deoarece conexiunea la serverul de "
      .. "trimitere (SMTP) smtp.example.com a expirat. Încearcă din nou.",
      "network_error", "transient" },
    { "Mărimea mesajului pe care încerci să-l trimiți depășește "
      .. "dimensiunea standard acceptată de server. Mesajul nu a fost "
      .. "trimis; redu mesajul și încearcă din nou. Răspunsul serverului: "
      .. "552 5.3.4 Message size exceeds fixed limit.",
      "message_too_big", "permanent" },
    { "Mesajul nu a fost trimis din cauza depășirii numărului permis de "
      .. "destinatari. Serverul a răspuns cu: 452 4.5.3 Error: too many "
      .. "recipients.",
      "too_many_recipients", "transient" },
    { "S-a produs o eroare la trimiterea corespondenței. Serverul de "
      .. "e-mail a răspuns: 550 5.1.1 <jan@example.org>: Recipient address "
      .. "rejected: User unknown in virtual mailbox table. Te rugăm să "
      .. "verifici mesajul și încearcă din nou.",
      "user_unknown", "permanent" },
    { "S-a produs o eroare la trimiterea corespondenței. Serverul de "
      .. "e-mail a răspuns: 553 5.7.1 <anna@example.com>: Sender address "
      .. "rejected: not owned by user anna@example.com. Te rugăm să verifici "
      .. "în setările contului dacă adresa ta de e-mail este corectă și "
      .. "încearcă din nou.",
      "sender_rejected", "permanent" },
    { "Există caractere non-ASCII în partea locală a adresei "
      .. "destinatarului józef@example.com, iar serverul dvs. nu acceptă "
      .. "SMTPUTF8. Schimbați această adresă și încercați din nou.",
      "syntax_error", "permanent" },
    { "Serverul de trimitere (SMTP) smtp.example.com nu permite parole în "
      .. "clar. Te rugăm să încerci să schimbi „Metoda de autentificare” din "
      .. "„Setările contului | Server de trimitere (SMTP)” pe „Parolă "
      .. "criptată”.",
      "tls_required", "permanent" },
    { "Acțiunea cerută neefectuată: căsuța poștală nedisponibilă",
      "user_unknown", "permanent" },
  },
  sv = {   -- Swedish
    { "SMTP fel: Kunde inte autentisera.",
      "auth_required", "permanent" },
    { "SMTP fel: Kunde inte ansluta till SMTP-server.",
      "network_error", "transient" },
    { "Följande avsändaradress är felaktig: anna@example.com",
      "sender_rejected", "permanent" },
    { "SMTP fel: Data accepterades inte.",
      "unknown", "permanent" },
    { "Ett fel uppstod när e-post skulle skickas: Utgående server (SMTP) "
      .. "smtp.example.com är okänd. Servern kan vara felaktigt "
      .. "konfigurerad. Kontrollera att dina inställningar för utgående "
      .. "server (SMTP) är korrekta och försök igen.",
      "host_unknown", "permanent" },
    { "Meddelandet kunde inte skickas eftersom anslutningen till utgående "
      .. "server (SMTP) smtp.example.com gjorde timeout. Försök igen.",
      "network_error", "transient" },
    { "SMTP-fel: Meddelandet är för stort (25 MB).",
      "message_too_big", "permanent" },
    { "Storleken på meddelandet du försöker skicka överskrider den "
      .. "globala storleksgränsen för servern. Meddelandet skickades inte; "
      .. "minska meddelandestorleken och försök igen. Servern svarade: 552 "
      .. "5.3.4 Message size exceeds fixed limit.",
      "message_too_big", "permanent" },
    { "Meddelandet skickades inte på grund av att det tillåtna antalet "
      .. "mottagare överskrids. Servern svarade: 452 4.5.3 Error: too many "
      .. "recipients.",
      "too_many_recipients", "transient" },
    { "Ett fel uppstod när e-post skulle skickas. Servern svarade: 550 "
      .. "5.1.1 <jan@example.org>: Recipient address rejected: User unknown "
      .. "in virtual mailbox table. Kontrollera meddelandet och försök igen.",
      "user_unknown", "permanent" },
    { "Ett fel uppstod när e-post skulle skickas. Servern svarade: 553 "
      .. "5.7.1 <anna@example.com>: Sender address rejected: not owned by "
      .. "user anna@example.com. Kontrollera att din e-postadress är korrekt "
      .. "i dina kontoinställningar och försök igen.",
      "sender_rejected", "permanent" },
    { "Det finns tecken som inte är ASCII i den lokala delen av "
      .. "mottagaradressen józef@example.com och din server stöder inte "
      .. "SMTPUTF8. Ändra adressen och försök igen.",
      "syntax_error", "permanent" },
    { "Den utgående servern (SMTP) smtp.example.com tillåter inte "
      .. "lösenord i klartext. Försök att ändra 'Autentiseringsmetod' i "
      .. "'Kontoinställningar | Server för utgående e-post' till 'Krypterat "
      .. "lösenord'",
      "tls_required", "permanent" },
    { "Begärd åtgärd inte utförd: brevlådan inte tillgänglig",
      "user_unknown", "permanent" },
  },
  da = {   -- Danish
    { "SMTP fejl: Login mislykkedes.",
      "auth_required", "permanent" },
    { "SMTP fejl: Forbindelse til SMTP serveren kunne ikke oprettes.",
      "network_error", "transient" },
    { "Følgende afsenderadresse er forkert: anna@example.com",
      "sender_rejected", "permanent" },
    { "SMTP fejl: Data blev ikke accepteret.",
      "unknown", "permanent" },
    { "Der opstod en fejl ved afsendelse af meddelelsen: SMTP-serveren "
      .. "smtp.example.com er ukendt. Serveren er måske forkert sat op. "
      .. "Undersøg om dine SMTP-serverindstillinger er korrekte og prøv "
      .. "igen.",
      "host_unknown", "permanent" },
    { "Meddelelsen kunne ikke sendes fordi tiden for forbindelsen til "
      .. "SMTP-serveren smtp.example.com løb ud. Prøv igen.",
      "network_error", "transient" },
    { "SMTP fejl: Beskedens størrelse overskrider serverenes grænse (25 "
      .. "MB)",
      "message_too_big", "permanent" },
    { "Størrelsen på den meddelelse, du er ved at sende, overstiger den "
      .. "generelle størrelsesgrænse på serveren. Meddelelsen blev ikke "
      .. "sendt; prøv at gøre meddelelsen mindre og prøv igen. Serveren "
      .. "svarede: 552 5.3.4 Message size exceeds fixed limit.",
      "message_too_big", "permanent" },
    { "Meddelelsen blev ikke sendt, fordi antallet af modtagere "
      .. "overskrider det maksimalt tilladte. Svar fra server: 452 4.5.3 "
      .. "Error: too many recipients.",
      "too_many_recipients", "transient" },
    { "Der opstod en fejl under afsendelsen. Mailserveren svarede: 550 "
      .. "5.1.1 <jan@example.org>: Recipient address rejected: User unknown "
      .. "in virtual mailbox table. Kontrollér meddelelsen og prøv igen.",
      "user_unknown", "permanent" },
    { "Der opstod en fejl under afsendelsen. Mailserveren svarede: 553 "
      .. "5.7.1 <anna@example.com>: Sender address rejected: not owned by "
      .. "user anna@example.com. Kontrollér om din mailadresse er rigtig i "
      .. "dine kontoindstillinger og prøv igen.",
      "sender_rejected", "permanent" },
    { "Der er ikke-ASCII-tegn i den lokale del af modtageradressen "
      .. "józef@example.com og din server understøtter ikke SMTPUTF8. Ret "
      .. "adressen og prøv igen.",
      "syntax_error", "permanent" },
    { "SMTP-serveren smtp.example.com tillader ikke ukrypterede "
      .. "adgangskoder. Vælg 'Krypteret adgangskode' som godkendelsesmetode "
      .. "i 'Kontoindstillinger | Udgående serverindstillinger (SMTP)'.",
      "tls_required", "permanent" },
    { "Forespurgt handling ikke udført: postboks ikke tilgængelig",
      "user_unknown", "permanent" },
  },
  fi = {   -- Finnish
    { "SMTP-virhe: käyttäjätunnistus epäonnistui.",
      "auth_required", "permanent" },
    { "SMTP-virhe: yhteys palvelimeen ei onnistu.",
      "network_error", "transient" },
    { "Seuraava lähettäjän osoite on virheellinen: anna@example.com",
      "sender_rejected", "permanent" },
    { "SMTP-virhe: data on virheellinen.",
      "unknown", "permanent" },
    { "Postia lähetettäessä tapahtui virhe: SMTP-palvelinta "
      .. "smtp.example.com ei tunneta. Palvelinasetukset voivat olla "
      .. "virheelliset. Varmista, että SMTP-palvelinasetuksesi ovat oikein "
      .. "ja yritä uudelleen.",
      "host_unknown", "permanent" },
    { "Viestiä ei voitu lähettää, koska yhteys SMTP-palvelimeen "
      .. "smtp.example.com aikakatkaistiin. Yritä uudelleen tai ota yhteyttä "
      .. "verkon ylläpitoon.",
      "network_error", "transient" },
    { "SMTP-virhe: Viestin koko ylittää palvleimen rajoituksen (25 MB)",
      "message_too_big", "permanent" },
    { "Viestin, jota yritit lähettää, koko ylittää palvelimen "
      .. "kokorajoituksen viesteille. Viestiä ei lähetetty. Tee viestistäsi "
      .. "pienempi ja yritä uudelleen. Palvelin vastasi: 552 5.3.4 Message "
      .. "size exceeds fixed limit.",
      "message_too_big", "permanent" },
    { "Viestiä ei lähetetty, koska vastaanottajien sallittu määrä "
      .. "ylittyi. Palvelin vastasi: 452 4.5.3 Error: too many recipients.",
      "too_many_recipients", "transient" },
    { "Postia lähetettäessä tapahtui virhe. Postipalvelin vastasi: 550 "
      .. "5.1.1 <jan@example.org>: Recipient address rejected: User unknown "
      .. "in virtual mailbox table. Tarkista viesti ja yritä uudelleen",
      "user_unknown", "permanent" },
    { "Postia lähetettäessä tapahtui virhe. Postipalvelin vastasi: 553 "
      .. "5.7.1 <anna@example.com>: Sender address rejected: not owned by "
      .. "user anna@example.com. Tarkista että sähköpostiosoitteesi on "
      .. "asetuksissa oikein ja yritä uudelleen.",
      "sender_rejected", "permanent" },
    { "Vastaanottajan osoitteen józef@example.com paikallisosassa on "
      .. "merkkejä, jotka eivät kuulu ASCII-merkistöön, ja palvelimesi ei "
      .. "tue STMPUTF8:aa. Muokkaa osoitetta ja yritä uudelleen.",
      "syntax_error", "permanent" },
    { "Lähtevän postin palvelin (SMTP) smtp.example.com ei hyväksy "
      .. "salaamattomia salasanoja. Yritä vaihtaa todennustavaksi \"Salattu "
      .. "salasana\" palvelinasetuksista: Tilien asetukset - "
      .. "Palvelinasetukset.",
      "tls_required", "permanent" },
    { "Pyydettyä toimenpidettä ei suoritettu: postilaatikko ei "
      .. "käytettävissä",
      "user_unknown", "permanent" },
  },
  nb = {   -- Norwegian
    { "SMTP Feil: Kunne ikke autentisere.",
      "auth_required", "permanent" },
    { "SMTP Feil: Kunne ikke koble til SMTP tjener.",
      "network_error", "transient" },
    { "Følgende Frå adresse feilet: anna@example.com",
      "sender_rejected", "permanent" },
    { "SMTP Feil: Datainnhold ikke akseptert.",
      "unknown", "permanent" },
    { "Klarte ikke sende meldingen: SMTP-serveren smtp.example.com er "
      .. "ukjent. Serveren kan være feilkonfigurert. Kontroller at "
      .. "SMTP-serverinnstillingene er korrekte og prøv igjen.",
      "host_unknown", "permanent" },
    { "Klarte ikke sende meldingen fordi tilkoblingen til SMTP-serveren "
      .. "smtp.example.com fikk tidsavbrudd. Prøv igjen eller kontakt "
      .. "systemansvarlig.",
      "network_error", "transient" },
    { "SMTP-feil: Meldingsstørrelse overskreder servererens grense (25 "
      .. "MB)",
      "message_too_big", "permanent" },
    { "Størrelsen på meldingen du forsøker å sende er større enn "
      .. "maksstørrelsen på serveren. Meldingen ble ikke sendt; gjør "
      .. "meldingen mindre og prøv igjen. Serveren svarte: 552 5.3.4 Message "
      .. "size exceeds fixed limit.",
      "message_too_big", "permanent" },
    { "Meldingen ble ikke sendt på grunn av at det tillatte antallet "
      .. "mottakere ble overskredet. Serveren svarte: 452 4.5.3 Error: too "
      .. "many recipients.",
      "too_many_recipients", "transient" },
    { "En feil oppstod ved sending av e-post. E-postserveren svarte: 550 "
      .. "5.1.1 <jan@example.org>: Recipient address rejected: User unknown "
      .. "in virtual mailbox table. Kontroller meldingen og prøv igjen.",
      "user_unknown", "permanent" },
    { "En feil oppstod ved sending av e-post. E-postserveren svarte: 553 "
      .. "5.7.1 <anna@example.com>: Sender address rejected: not owned by "
      .. "user anna@example.com. Kontroller at e-postadressen er korrekt i "
      .. "kontoinnstillingene og prøv igjen.",
      "sender_rejected", "permanent" },
    { "Det er ikke-ASCII-tegn i den lokale delen av mottakeradressen "
      .. "józef@example.com, og serveren din støtter ikke SMTPUTF8. Endre "
      .. "denne adressen og prøv på nytt.",
      "syntax_error", "permanent" },
    { "Den utgående serveren (SMTP) smtp.example.com tillater ikke "
      .. "passord i klartekst. Prøv å endre 'autentiseringsmetode' i "
      .. "'Kontoinnstillinger | Utgående server (SMTP)' til 'Kryptert "
      .. "passord'.",
      "tls_required", "permanent" },
    { "Forespurt handling ikke utført: postboks ikke tilgjengelig",
      "user_unknown", "permanent" },
  },
  el = {   -- Greek
    { "SMTP Σφάλμα: Αδυναμία πιστοποίησης (authentication).",
      "auth_required", "permanent" },
    { "SMTP Σφάλμα: Αδυναμία σύνδεσης στον SMTP-Host.",
      "network_error", "transient" },
    { "Η παρακάτω διεύθυνση αποστολέα δεν είναι σωστή: anna@example.com",
      "sender_rejected", "permanent" },
    { "SMTP Σφάλμα: Τα δεδομένα δεν έγιναν αποδεκτά.",
      "unknown", "permanent" },
    { "Σφάλμα κατά την αποστολή αλληλογραφίας. Ο διακομιστής SMTP "
      .. "smtp.example.com είναι άγνωστος. Βεβαιωθείτε ότι έχετε εισάγει "
      .. "σωστά τις ρυθμίσεις SMTP και προσπαθήστε ξανά.",
      "host_unknown", "permanent" },
    { "Το μήνυμα δεν στάλθηκε επειδή έληξε το όριο χρόνου σύνδεσης με τον "
      .. "διακομιστή SMTP smtp.example.com. Προσπαθήστε ξανά.",
      "network_error", "transient" },
    { "Σφάλμα SMTP: Το μέγεθος του μηνύματος υπερβαίνει το όριο του "
      .. "διακομιστή (25 MB)",
      "message_too_big", "permanent" },
    { "Το μέγεθος του μηνύματος που προσπαθείτε να στείλετε υπερβαίνει το "
      .. "όριο μεγέθους του διακομιστή. Το μήνυμα δεν απεστάλη· μειώστε το "
      .. "μέγεθός του και δοκιμάστε ξανά. Ο διακομιστής αποκρίθηκε: 552 "
      .. "5.3.4 Message size exceeds fixed limit.",
      "message_too_big", "permanent" },
    { "Το μήνυμα δεν απεστάλη λόγω υπέρβασης του επιτρεπόμενου αριθμού "
      .. "παραληπτών. Ο διακομιστής απάντησε: 452 4.5.3 Error: too many "
      .. "recipients.",
      "too_many_recipients", "transient" },
    { "Σφάλμα κατά την αποστολή αλληλογραφίας. Ο διακομιστής "
      .. "αλληλογραφίας αποκρίθηκε: 550 5.1.1 <jan@example.org>: Recipient "
      .. "address rejected: User unknown in virtual mailbox table. Ελέγξτε "
      .. "το μήνυμα και προσπαθήστε ξανά.",
      "user_unknown", "permanent" },
    { "Προέκυψε σφάλμα κατά την αποστολή email. Ο διακομιστής "
      .. "ηλεκτρονικού ταχυδρομείου απάντησε: 553 5.7.1 <anna@example.com>: "
      .. "Sender address rejected: not owned by user anna@example.com. "
      .. "Βεβαιωθείτε ότι η διεύθυνση email σας είναι σωστή στις ρυθμίσεις "
      .. "λογαριασμού και δοκιμάστε ξανά.",
      "sender_rejected", "permanent" },
    { "Υπάρχουν μη-ASCII χαρακτήρες στο τοπικό μέρος της διεύθυνσης "
      .. "παραλήπτη józef@example.com και ο διακομιστής σας δεν υποστηρίζει "
      .. "SMTPUTF8. Αλλάξτε αυτήν τη διεύθυνση και δοκιμάστε ξανά.",
      "syntax_error", "permanent" },
    { "Ο διακομιστής εξερχομένων (SMTP) smtp.example.com δεν υποστηρίζει "
      .. "κωδικούς πρόσβασης απλού κειμένου. Δοκιμάστε να επιλέξετε "
      .. "«Κρυπτογραφημένος κωδικός πρόσβασης» για την επιλογή «Μέθοδος "
      .. "ταυτοποίησης» στις «Ρυθμίσεις λογαριασμού | Διακομιστής "
      .. "εξερχομένων (SMTP)».",
      "tls_required", "permanent" },
    { "Η αιτηθείσα ενέργεια δεν εκτελέστηκε: το γραμματοκιβώτιο δεν είναι "
      .. "διαθέσιμο",
      "user_unknown", "permanent" },
  },
  he = {   -- Hebrew
    { "שגיאת SMTP: פעולת האימות נכשלה.",
      "auth_required", "permanent" },
    { "שגיאת SMTP: לא הצלחתי להתחבר לשרת SMTP.",
      "network_error", "transient" },
    { "(Sender address rejected) SMTP (-1): \"anna@example.com\" לא נרשמה "
      .. "כתובת השולח",
      "sender_rejected", "permanent" },
    { "שגיאת SMTP: מידע לא התקבל.",
      "unknown", "permanent" },
    { "אירעה שגיאה בעת שליחת דוא״ל: השרת היוצא (SMTP) smtp.example.com "
      .. "אינו מוכר. יכול להיות שהשרת אינו מוגדר כראוי. נא לוודא שהגדרות "
      .. "השרת היוצא (SMTP) שלך נכונות ולנסות שוב.",
      "host_unknown", "permanent" },
    { "לא ניתן לשלוח את ההודעה כיוון שהחיבור לשרת היוצא (SMTP) "
      .. "smtp.example.com פג. נא לנסות שוב.",
      "network_error", "transient" },
    { "גודל ההודעה עולה על הגודל המותר בשרת limit (25 MB)",
      "message_too_big", "permanent" },
    { "גודל ההודעה המועמדת לשליחה חורג ממגבלת הגודל הגלובלית של השרת. "
      .. "ההודעה לא נשלחה, מוטב לנסות לצמצם את גודל ההודעה ולנסות שוב. תגובת "
      .. "השרת היא: 552 5.3.4 Message size exceeds fixed limit.",
      "message_too_big", "permanent" },
    { "אירעה שגיאה בעת שליחת דוא״ל. תגובת שרת הדוא״ל היא: 550 5.1.1 "
      .. "<jan@example.org>: Recipient address rejected: User unknown in "
      .. "virtual mailbox table. נא לבדוק את ההודעה ולנסות שוב.",
      "user_unknown", "permanent" },
    { "אירעה שגיאה בעת שליחת דוא״ל. תגובת שרת הדוא״ל היא: 553 5.7.1 "
      .. "<anna@example.com>: Sender address rejected: not owned by user "
      .. "anna@example.com. נא לוודא שכתובת הדוא״ל בהגדרות החשבון שלך נכונה "
      .. "ולנסות שוב.",
      "sender_rejected", "permanent" },
    { "הפעולה המבוקשת לא בוצעה: תיבת הדואר אינה זמינה",
      "user_unknown", "permanent" },
  },
  ar = {   -- Arabic
    { "خطأ SMTP : لا يمكن تأكيد الهوية.",
      "auth_required", "permanent" },
    { "خطأ SMTP: لا يمكن الاتصال بالخادم SMTP.",
      "network_error", "transient" },
    { "خطأ على مستوى عنوان المرسل : anna@example.com",
      "sender_rejected", "permanent" },
    { "خطأ SMTP: لم يتم قبول المعلومات .",
      "unknown", "permanent" },
    { "حدث عطل أثناء إرسال البريد: خادوم الصادر (SMPT)‏ smtp.example.com "
      .. "مجهول. قد يكون الخادوم معدًا بشكل مغلوط. رجاءً تحقق أن إعدادات "
      .. "خادوم الصادر ‏(SMTP) لديك صحيحة وحاول مجددًا.",
      "host_unknown", "permanent" },
    { "تعذّر إرسال الرسالة لانتهاء مهلة الاتصال مع خادوم الصادر (SMTP)‏ "
      .. "smtp.example.com. أعد المحاولة.",
      "network_error", "transient" },
    { "حجم الرسالة التي تحاول إرسالها يتجاوز حد الحجم العمومي للخادوم. لم "
      .. "تُرسل الرسالة؛ قلّص حجم الرسالة ثم حاول مجددًا. أجاب الخادوم: 552 "
      .. "5.3.4 Message size exceeds fixed limit.",
      "message_too_big", "permanent" },
    { "حدث عطل أثناء إرسال البريد. استجاب خادوم البريد: 550 5.1.1 "
      .. "<jan@example.org>: Recipient address rejected: User unknown in "
      .. "virtual mailbox table. من فضلك افحص الرسالة وحاول ثانيةً.",
      "user_unknown", "permanent" },
    { "حدث عطل أثناء إرسال البريد. استجاب خادوم البريد: 553 5.7.1 "
      .. "<anna@example.com>: Sender address rejected: not owned by user "
      .. "anna@example.com. من فضلك تأكد من أن عنوان بريدك صحيح في إعدادات "
      .. "الحساب و حاول ثانيةً.",
      "sender_rejected", "permanent" },
    { "لا يسم خادوم الصادر (SMTP)‏ smtp.example.com بكلمات السر غير "
      .. "المُعمَّاة. جرب تغيير 'طريقة الاستيثاق' في 'إعدادات الحساب | خادوم "
      .. "الصادر (SMTP)' إلى 'كلمة معمّاة'.",
      "tls_required", "permanent" },
    { "الإجراء المطلوب لم يتّخذ: صندوق البريد غير متوفّر",
      "user_unknown", "permanent" },
  },
  bg = {   -- Bulgarian
    { "SMTP грешка: Не може да се удостовери пред сървъра.",
      "auth_required", "permanent" },
    { "SMTP грешка: Не може да се свърже с SMTP хоста.",
      "network_error", "transient" },
    { "Следните адреси за подател са невалидни: anna@example.com",
      "sender_rejected", "permanent" },
    { "SMTP грешка: данните не са приети.",
      "unknown", "permanent" },
    { "Възникна грешка при изпращане на пощата: Изходящият (SMTP) сървър "
      .. "smtp.example.com е непознат. Сървърът може би е неправилно "
      .. "конфигуриран. Моля, проверете настройките му и опитайте отново.",
      "host_unknown", "permanent" },
    { "Писмото не може да бъде изпратено, защото времето за изчакване на "
      .. "изходящия (SMTP) smtp.example.com сървър изтече. Опитайте отново.",
      "network_error", "transient" },
    { "SMTP грешка: Размерът на писмото надвишава ограничението на "
      .. "сървъра (25 MB)",
      "message_too_big", "permanent" },
    { "Размерът на изпращаното от вас писмо надхвърля ограничението на "
      .. "сървъра за общ размер. Писмото не е изпратено, намалете размера му "
      .. "и опитайте отново. Сървърът отговори: 552 5.3.4 Message size "
      .. "exceeds fixed limit.",
      "message_too_big", "permanent" },
    { "Съобщението не беше изпратено поради превишаване на разрешения "
      .. "брой получатели. Сървърът отговори: 452 4.5.3 Error: too many "
      .. "recipients.",
      "too_many_recipients", "transient" },
    { "Възникна грешка при изпращане на пощата. Пощенският сървър "
      .. "отвовори: 550 5.1.1 <jan@example.org>: Recipient address rejected: "
      .. "User unknown in virtual mailbox table. Моля, проверете писмото и "
      .. "опитайте отново.",
      "user_unknown", "permanent" },
    { "Възникна грешка при изпращане на пощата. Пощенският сървър "
      .. "отговори: 553 5.7.1 <anna@example.com>: Sender address rejected: "
      .. "not owned by user anna@example.com. Моля, проверете дали е верен "
      .. "пощенският Ви адрес в настройките и опитайте отново.",
      "sender_rejected", "permanent" },
    { "Има не-ASCII символи в локалната част на адреса на получателя "
      .. "józef@example.com и вашият сървър не поддържа SMTPUTF8. Моля, "
      .. "променете този адрес и опитайте отново.",
      "syntax_error", "permanent" },
    { "Изходящият (SMTP) smtp.example.com сървър изглежда не приема "
      .. "пароли от обикновен текст. Променете метода на удостоверяване в "
      .. "„Настройки на профила“ – 'Изходящ (SMTP) сървър' на „Шифрована "
      .. "парола“.",
      "tls_required", "permanent" },
    { "Заявеното действие не е извършено: липсва пощенска кутия",
      "user_unknown", "permanent" },
  },
  hr = {   -- Croatian
    { "SMTP Greška: Neuspjela autentikacija.",
      "auth_required", "permanent" },
    { "SMTP Greška: Ne mogu se spojiti na SMTP poslužitelj.",
      "network_error", "transient" },
    { "SMTP Greška: Slanje s navedenih e-mail adresa nije uspjelo: "
      .. "anna@example.com",
      "sender_rejected", "permanent" },
    { "SMTP Greška: Podatci nisu prihvaćeni.",
      "unknown", "permanent" },
    { "Greška prilikom slanja pošte: poslužitelj odlazne pošte (SMTP) "
      .. "smtp.example.com je nepoznat. Postavke poslužitelja mogu biti "
      .. "netočne. Provjerite jesu li postavke vašeg poslužitelja odlazne "
      .. "pošte (SMTP) ispravne i pokušajte ponovno.",
      "host_unknown", "permanent" },
    { "Poruka nije poslana jer je veza s poslužiteljem odlazne pošte "
      .. "(SMTP) smtp.example.com istekla. Pokušajte ponovno.",
      "network_error", "transient" },
    { "SMTP greška: veličina poruke prekoračila je ograničenje "
      .. "poslužitelja (25 MB)",
      "message_too_big", "permanent" },
    { "Veličina poruke koju pokušavate poslati prelazi globalno "
      .. "ograničenje veličine poslužitelja. Poruka nije poslana; smanjite "
      .. "veličinu poruke i pokušajte ponovno. Server je odgovorio: 552 "
      .. "5.3.4 Message size exceeds fixed limit.",
      "message_too_big", "permanent" },
    { "Poruka nije poslana zbog prekoračenja dopuštenog broja primatelja. "
      .. "Poslužitelj je odgovorio: 452 4.5.3 Error: too many recipients.",
      "too_many_recipients", "transient" },
    { "Greška prilikom slanja poruke. Poslužitelj e-pošte je odgovorio: "
      .. "550 5.1.1 <jan@example.org>: Recipient address rejected: User "
      .. "unknown in virtual mailbox table. Provjerite poruku i pokušajte "
      .. "ponovno.",
      "user_unknown", "permanent" },
    { "Greška prilikom slanja poruke. Poslužitelj e-pošte je odgovorio: "
      .. "553 5.7.1 <anna@example.com>: Sender address rejected: not owned "
      .. "by user anna@example.com. Provjerite je li vaša adresa e-pošte "
      .. "ispravno upisana u postavkama računa, te pokušajte ponovno.",
      "sender_rejected", "permanent" },
    { "Postoje ne-ASCII znakovi u lokalnom dijelu primateljeve adrese "
      .. "józef@example.com, a vaš poslužitelj ne podržava SMTPUTF8. "
      .. "Promjenite adresu i pokušajte ponovno.",
      "syntax_error", "permanent" },
    { "Poslužitelj odlazne pošte (SMTP) smtp.example.com ne dozvoljava "
      .. "obične lozinke. Pokušajte promijeniti metodu provjere "
      .. "autentičnosti u 'Postavke računa | Odlazni poslužitelj (SMTP)' u "
      .. "'Kriptirana lozinka'.",
      "tls_required", "permanent" },
    { "Zatražena radnja nije obavljena: nedostupan pretinac",
      "user_unknown", "permanent" },
  },
  sr = {   -- Serbian
    { "SMTP грешка: аутентификација није успела.",
      "auth_required", "permanent" },
    { "SMTP грешка: повезивање са SMTP сервером није успело.",
      "network_error", "transient" },
    { "SMTP грешка: слање са следећих адреса није успело: "
      .. "anna@example.com",
      "sender_rejected", "permanent" },
    { "SMTP грешка: подаци нису прихваћени.",
      "unknown", "permanent" },
    { "Догодила се грешка приликом слања поште: Одлазни сервер (SMTP) "
      .. "smtp.example.com је непознат. Сервер је можда лоше подешен. "
      .. "Проверите да су ваша подешавања одлазног (SMTP) сервера исправна и "
      .. "пробајте поново.",
      "host_unknown", "permanent" },
    { "Порука није могла бити послата јер је веза са одлазним (SMTP) "
      .. "сервером smtp.example.com истекла. Пробајте поново.",
      "network_error", "transient" },
    { "СМТП грешка: порука прекорачује ограничење величине (25 MB)",
      "message_too_big", "permanent" },
    { "Величина поруке коју покушавате да пошаљете премашује опште "
      .. "ограничење величине на серверу. Порука није послата, смањите "
      .. "величину поруке и пробајте поново. Сервер је одговорио са:  552 "
      .. "5.3.4 Message size exceeds fixed limit.",
      "message_too_big", "permanent" },
    { "Порука није послата јер је премашен дозвољени број прималаца. "
      .. "Сервер је одговорио: 452 4.5.3 Error: too many recipients.",
      "too_many_recipients", "transient" },
    { "Догодила се грешка приликом слања поште. Поштански сервер је "
      .. "одговорио са:  550 5.1.1 <jan@example.org>: Recipient address "
      .. "rejected: User unknown in virtual mailbox table. Проверите поруку "
      .. "и пробајте поново.",
      "user_unknown", "permanent" },
    { "Догодила се грешка приликом слања поште. Поштански сервер је "
      .. "одговорио: 553 5.7.1 <anna@example.com>: Sender address rejected: "
      .. "not owned by user anna@example.com. Проверите да ли је ваша мејл "
      .. "адреса исправна у вашим подешавањима налога и пробајте поново.",
      "sender_rejected", "permanent" },
    { "Има знакова који нису ASCII у локалном делу адресе примаоца "
      .. "józef@example.com а ваш сервер не подржава SMTPUTF8. Промените ову "
      .. "адресу и покушајте поново.",
      "syntax_error", "permanent" },
    { "Одлазни (SMTP) сервер smtp.example.com не дозвољава нешифроване "
      .. "лозинке. Промените начин пријаве у 'Шифрована лозинка', у "
      .. "подешавањима налога |одлазни (SMTP) сервер у 'Шифрована лозинка'.",
      "tls_required", "permanent" },
    { "Тражена радња није предузета: поштанско сандуче је недоступно",
      "user_unknown", "permanent" },
  },
  sl = {   -- Slovenian
    { "SMTP napaka: Avtentikacija ni uspela.",
      "auth_required", "permanent" },
    { "SMTP napaka: Vzpostavljanje povezave s SMTP gostiteljem ni uspelo.",
      "network_error", "transient" },
    { "Neveljaven e-naslov pošiljatelja: anna@example.com",
      "sender_rejected", "permanent" },
    { "SMTP napaka: Strežnik zavrača podatke.",
      "unknown", "permanent" },
    { "Pri pošiljanju pošte je prišlo do napake: odhodni strežnik (SMTP) "
      .. "smtp.example.com ni znan. Morda strežnik ni pravilno nastavljen. "
      .. "Preverite, ali so nastavitve vašega odhodnega strežnika(SMTP) "
      .. "pravilne in poskusite znova.",
      "host_unknown", "permanent" },
    { "Sporočila ni bilo mogoče poslati, ker je povezava z odhodnim "
      .. "strežnikom (SMTP) smtp.example.com potekla. Poskusite znova.",
      "network_error", "transient" },
    { "Velikost sporočila, ki ga poskušate poslati, presega splošno "
      .. "omejitev strežnika. Sporočilo ni bilo poslano; zmanjšajte velikost "
      .. "sporočila in poskusite znova. Strežnik je odgovoril: 552 5.3.4 "
      .. "Message size exceeds fixed limit.",
      "message_too_big", "permanent" },
    { "Sporočilo ni bilo poslano zaradi prevelikega števila prejemnikov. "
      .. "Strežnik je odgovoril: 452 4.5.3 Error: too many recipients.",
      "too_many_recipients", "transient" },
    { "Med pošiljanjem pošte je prišlo do napake. Poštni strežnik je "
      .. "odgovoril: 550 5.1.1 <jan@example.org>: Recipient address "
      .. "rejected: User unknown in virtual mailbox table. Preverite "
      .. "sporočilo in poskusite znova.",
      "user_unknown", "permanent" },
    { "Med pošiljanjem pošte je prišlo do napake. Poštni strežnik je "
      .. "odgovoril: 553 5.7.1 <anna@example.com>: Sender address rejected: "
      .. "not owned by user anna@example.com. Preverite, ali je vaš e-poštni "
      .. "naslov v nastavitvah računa pravilen in poskusite znova.",
      "sender_rejected", "permanent" },
    { "V krajevnem delu prejemnikovega naslova józef@example.com so "
      .. "znaki, ki niso del ASCII, vaš strežnik pa ne podpira SMTPUTF8. "
      .. "Spremenite naslov in poskusite znova.",
      "syntax_error", "permanent" },
    { "Odhodni strežnik (SMTP) smtp.example.com ne dovoljuje gesel v "
      .. "golem besedilu. Poskusite 'Metodo overitve' v 'Nastavitve računa | "
      .. "Odhodni strežnik (SMTP)' spremeniti v 'Šifrirano geslo'.",
      "tls_required", "permanent" },
    { "Zahtevano dejanje ni izvedeno: poštni predal ni na voljo",
      "user_unknown", "permanent" },
  },
  lt = {   -- Lithuanian
    { "SMTP klaida: autentifikacija nepavyko.",
      "auth_required", "permanent" },
    { "SMTP klaida: nepavyksta prisijungti prie SMTP stoties.",
      "network_error", "transient" },
    { "Neteisingas siuntėjo adresas: anna@example.com",
      "sender_rejected", "permanent" },
    { "SMTP klaida: duomenys nepriimti.",
      "unknown", "permanent" },
    { "Klaida išsiunčiant laišką: nežinomas išsiuntimo (SMTP) serveris – "
      .. "smtp.example.com. Serveris gali būti neteisingai aprašytas. "
      .. "Patikrinkite laiškų išsiuntimo serverio (SMTP) nuostatas ir "
      .. "bandykite dar kartą.",
      "host_unknown", "permanent" },
    { "Laiškas neišsiųstas, nes nepavyko susisiekti su išsiuntimo (SMTP) "
      .. "serveriu smtp.example.com. Bandykite kiek vėliau.",
      "network_error", "transient" },
    { "SMTP klaida: Laiško dydis viršija serverio nustatytą ribą (25 MB)",
      "message_too_big", "permanent" },
    { "Mėginamo išsiųsti laiško dydis viršija bendrąjį serverio leidžiamą "
      .. "dydžio limitą. Laiškas neišsiųstas. Sumažinkite jo dydį ir "
      .. "bandykite dar kartą. Serveris atsakė: 552 5.3.4 Message size "
      .. "exceeds fixed limit.",
      "message_too_big", "permanent" },
    { "Žinutė nebuvo išsiųsta, nes viršytas leistinas gavėjų skaičius. "
      .. "Serverio atsakas: 452 4.5.3 Error: too many recipients.",
      "too_many_recipients", "transient" },
    { "Klaida išsiunčiant laiškus. Pašto serveris atsakė: 550 5.1.1 "
      .. "<jan@example.org>: Recipient address rejected: User unknown in "
      .. "virtual mailbox table. Patikrinkite laišką ir bandykite vėl.",
      "user_unknown", "permanent" },
    { "Klaida išsiunčiant laiškus. Pašto serveris atsakė: „553 5.7.1 "
      .. "<anna@example.com>: Sender address rejected: not owned by user "
      .. "anna@example.com“. Patikrinkite el. pašto adresą, nurodytą "
      .. "paskyros nuostatose, ir bandykite dar kartą.",
      "sender_rejected", "permanent" },
    { "Gavėjo „józef@example.com“ pašto adrese yra ne ASCII simbolių, o "
      .. "naudojamas serveris nepalaiko SMTPUTF8. Pataisykite adresą ir "
      .. "bandykite dar kartą.",
      "syntax_error", "permanent" },
    { "Išsiuntimo (SMTP) serveris smtp.example.com neleidžia nešifruotų "
      .. "slaptažodžių. Pabandykite paskyros „Laiškų išsiuntimo serveris "
      .. "(SMTP)“ nuostatose pakeisti šio serverio nuostatos „Tapatumo "
      .. "tikrinimo metodas“ reikšmę į „Šifruotas slaptažodis“.",
      "tls_required", "permanent" },
    { "Prašytas veiksmas neįvykdytas: pašto dėžutė neprieinama",
      "user_unknown", "permanent" },
  },
  lv = {   -- Latvian
    { "SMTP kļūda: Autorizācija neizdevās.",
      "auth_required", "permanent" },
    { "SMTP Kļūda: Nevar izveidot savienojumu ar SMTP serveri.",
      "network_error", "transient" },
    { "Nepareiza sūtītāja adrese: anna@example.com",
      "sender_rejected", "permanent" },
    { "SMTP Kļūda: Nepieņem informāciju.",
      "unknown", "permanent" },
    { "Sūtot pastu, radās kļūda: Izejošais serveris (SMTP) "
      .. "smtp.example.com nav zināms. Iespējams, ka serveris ir iestatīts "
      .. "nepareizi. Lūdzu, pārbaudiet, vai jūsu izejošā servera (SMTP) "
      .. "iestatījumi ir pareizi, un mēģiniet vēlreiz.",
      "host_unknown", "permanent" },
    { "Ziņojumu neizdevās nosūtīt, jo savienojumam ar izejošo serveri "
      .. "(SMTP) smtp.example.com iestājās noildze. Jāmēģina vēlreiz.",
      "network_error", "transient" },
    { "SMTP kļūda: Vēstules izmērs pārsniedz serverī noteikto limitu (25 "
      .. "MB)",
      "message_too_big", "permanent" },
    { "Vēstules izmērs, ko mēģināt nosūt, pārsniedz servera globālo "
      .. "izmēra ierobežojumu. Vēstule netika nosūtīta; mēģiniet samazināt "
      .. "vēstules izmēru vai pagaidiet kādu laiku un mēģiniet vēlreiz. "
      .. "Serveris atbildēja: 552 5.3.4 Message size exceeds fixed limit.",
      "message_too_big", "permanent" },
    { "Ziņojums netika nosūtīts pārsniegta atļautā saņēmēju skaita dēļ. "
      .. "Serveris atbildēja: 452 4.5.3 Error: too many recipients.",
      "too_many_recipients", "transient" },
    { "Sūtot vēstuli, radās kļūda. Pasta serveris atbildēja: 550 5.1.1 "
      .. "<jan@example.org>: Recipient address rejected: User unknown in "
      .. "virtual mailbox table. Lūdzu, pārbaudiet vēstuli un mēģiniet "
      .. "vēlreiz.",
      "user_unknown", "permanent" },
    { "Pasta nosūtīšanas laikā atgadījās kļūda. Pasta serveris atbildēja: "
      .. "553 5.7.1 <anna@example.com>: Sender address rejected: not owned "
      .. "by user anna@example.com. Lūgums konta iestatījumos "
      .. "pārliecināties, ka e-pasta adrese ir pareiza, un mēģināt vēlreiz.",
      "sender_rejected", "permanent" },
    { "Saņēmēja adreses józef@example.com lokālajā daļā ir rakstzīmes, "
      .. "kas nav ASCII, bet jūsu serveris neatbalsta SMTPUTF8. Lūdzu, "
      .. "nomainiet šo adresi un mēģiniet vēlreiz.",
      "syntax_error", "permanent" },
    { "Šķiet, ka izejošais serveris (SMTP) smtp.example.com neatbalsta "
      .. "vienkārša teksta paroles. Ja tikko izveidojāt kontu, sadaļā 'Konta "
      .. "iestatījumi | Izejošais serveris (SMTP)' pamēģiniet "
      .. "'Autentifikācijas veids' nomainīt uz 'Šifrēta parole'.",
      "tls_required", "permanent" },
    { "Pieprasītā darbība nav notikusi — pastkaste nav pieejama",
      "user_unknown", "permanent" },
  },
  et = {   -- Estonian
    { "SMTP Viga: Autoriseerimise viga.",
      "auth_required", "permanent" },
    { "SMTP Viga: Ei õnnestunud luua ühendust SMTP serveriga.",
      "network_error", "transient" },
    { "Järgnev saatja e-posti aadress on vigane: anna@example.com",
      "sender_rejected", "permanent" },
    { "SMTP Viga: Vigased andmed.",
      "unknown", "permanent" },
    { "Kirja saatmisel esines viga: SMTP-server smtp.example.com on "
      .. "tundmatu. Server võib olla valesti seadistatud. Palun kontrolli "
      .. "oma SMTP-serveri sätete korrektsust ja proovi uuesti.",
      "host_unknown", "permanent" },
    { "Kirja saatmine pole võimalik, sest ühendus SMTP-serverisse "
      .. "smtp.example.com aegus. Proovi uuesti.",
      "network_error", "transient" },
    { "SMTP Viga: Kirja suurus ületab serveri limiiti (25 MB)",
      "message_too_big", "permanent" },
    { "Sinu kirja suurus ületab üldise suuruspiirangu. Kirja ei saadetud. "
      .. "Proovi selle suurust vähendada ja siis uuesti saata. Server "
      .. "vastas: 552 5.3.4 Message size exceeds fixed limit.",
      "message_too_big", "permanent" },
    { "Kirja ei saadetud lubatud adressaatide arvu ületamise tõttu. "
      .. "Server vastas: 452 4.5.3 Error: too many recipients.",
      "too_many_recipients", "transient" },
    { "Kirja saatmisel esines viga. E-posti server vastas: 550 5.1.1 "
      .. "<jan@example.org>: Recipient address rejected: User unknown in "
      .. "virtual mailbox table. Palun kontrolli kiri üle ja proovi uuesti.",
      "user_unknown", "permanent" },
    { "Kirja saatmisel esines viga. E-posti server vastas: 553 5.7.1 "
      .. "<anna@example.com>: Sender address rejected: not owned by user "
      .. "anna@example.com. Palun kontrolli, kas konto sätted on õiged, ja "
      .. "proovi uuesti.",
      "sender_rejected", "permanent" },
    { "Saaja aadress józef@example.com sisaldab kohalikul (enne @-märki) "
      .. "poolel mitte-ASCII tähemärke, kuid sinu server ei toeta SMTPUTF8. "
      .. "Palun muuda aadressi ja proovi uuesti.",
      "syntax_error", "permanent" },
    { "SMTP-server aadressil smtp.example.com ei luba krüptimata kujul "
      .. "paroole. Palun proovi autentimise viisiks konto serveri sätete all "
      .. "määrata 'krüptitud parool'.",
      "tls_required", "permanent" },
    { "Nõutud tegevust ei tehtud: kirjakast ei ole saadaval",
      "user_unknown", "permanent" },
  },
  vi = {   -- Vietnamese
    { "Lỗi SMTP: Không thể xác thực.",
      "auth_required", "permanent" },
    { "Lỗi SMTP: Không thể kết nối máy chủ SMTP.",
      "network_error", "transient" },
    { "Lỗi địa chỉ gửi đi: anna@example.com",
      "sender_rejected", "permanent" },
    { "Lỗi SMTP: Dữ liệu không được chấp nhận.",
      "unknown", "permanent" },
    { "Đã xảy ra lỗi khi gửi thư: Máy chủ gửi thư (SMTP) smtp.example.com "
      .. "không xác định. Máy chủ có thể được định cấu hình không chính xác. "
      .. "Vui lòng xác minh rằng cài đặt máy chủ gửi thư (SMTP) của bạn là "
      .. "chính xác và thử lại.",
      "host_unknown", "permanent" },
    { "Không thể gửi thư vì đã hết thời gian chờ kết nối với máy chủ gửi "
      .. "thư (SMTP) smtp.example.com. Vui lòng thử lại.",
      "network_error", "transient" },
    { "Kích thước thư của bạn đang cố gửi vượt quá giới hạn kích thước "
      .. "chung của máy chủ. Thư đã không được gửi đi; giảm kích thước thư "
      .. "và thử lại. Máy chủ đã phản hồi: 552 5.3.4 Message size exceeds "
      .. "fixed limit.",
      "message_too_big", "permanent" },
    { "Thư không được gửi do vượt quá số lượng người nhận cho phép. Máy "
      .. "chủ đã phản hồi: 452 4.5.3 Error: too many recipients.",
      "too_many_recipients", "transient" },
    { "Đã xảy ra lỗi khi gửi thư. Máy chủ thư đã phản hồi: 550 5.1.1 "
      .. "<jan@example.org>: Recipient address rejected: User unknown in "
      .. "virtual mailbox table. Vui lòng kiểm tra thư và thử lại.",
      "user_unknown", "permanent" },
    { "Đã xảy ra lỗi khi gửi thư. Máy chủ thư đã phản hồi: 553 5.7.1 "
      .. "<anna@example.com>: Sender address rejected: not owned by user "
      .. "anna@example.com. Vui lòng xác minh rằng địa chỉ email của bạn là "
      .. "chính xác trong cài đặt tài khoản của bạn và thử lại.",
      "sender_rejected", "permanent" },
    { "Có các ký tự không phải ASCII trong phần cục bộ của địa chỉ người "
      .. "nhận józef@example.com và máy chủ của bạn không hỗ trợ SMTPUTF8. "
      .. "Vui lòng thay đổi địa chỉ này và thử lại.",
      "syntax_error", "permanent" },
    { "Máy chủ gửi thư (SMTP) smtp.example.com không cho phép mật khẩu "
      .. "văn bản thuần túy. Vui lòng thử thay đổi 'Phương thức xác thực' "
      .. "trong 'Cài đặt tài khoản | Máy chủ gửi thư (SMTP)' thành 'Mật khẩu "
      .. "được mã hóa'.",
      "tls_required", "permanent" },
    { "Không thực hiện hành động yêu cầu: hộp thư không sẵn sàng",
      "user_unknown", "permanent" },
  },
  id = {   -- Indonesian
    { "Kesalahan SMTP: Tidak dapat mengotentikasi.",
      "auth_required", "permanent" },
    { "Kesalahan SMTP: Tidak dapat terhubung ke host SMTP.",
      "network_error", "transient" },
    { "Alamat pengirim berikut mengakibatkan kesalahan: anna@example.com",
      "sender_rejected", "permanent" },
    { "Kesalahan SMTP: Data tidak diterima.",
      "unknown", "permanent" },
    { "Terjadi kesalahan saat mengirim email: Server keluar (SMTP) "
      .. "smtp.example.com tidak diketahui. Server mungkin tidak "
      .. "dikonfigurasi dengan benar. Harap verifikasi bahwa pengaturan "
      .. "Server Keluar (SMTP) Anda sudah benar dan coba lagi.",
      "host_unknown", "permanent" },
    { "Pesan tidak dapat dikirim karena koneksi ke Server keluar (SMTP) "
      .. "smtp.example.com kehabisan waktu. Coba lagi.",
      "network_error", "transient" },
    { "Galat SMTP: Ukuran pesan melampaui batas server (25 MB)",
      "message_too_big", "permanent" },
    { "Ukuran pesan yang ingin Anda kirim melebihi batas maksimum ukuran "
      .. "global server. Pesan tidak dikirim; coba kurangi ukuran pesan atau "
      .. "tunggu beberapa saat dan coba lagi. Balasan dari server: 552 5.3.4 "
      .. "Message size exceeds fixed limit.",
      "message_too_big", "permanent" },
    { "Pesan tidak terkirim karena melebihi cacah penerima yang "
      .. "diizinkan. Server menjawab: 452 4.5.3 Error: too many recipients.",
      "too_many_recipients", "transient" },
    { "Kesalahan terjadi saat mengirim email. Server mail menjawab: 550 "
      .. "5.1.1 <jan@example.org>: Recipient address rejected: User unknown "
      .. "in virtual mailbox table. Periksa kembali pesan dan coba lagi.",
      "user_unknown", "permanent" },
    { "Terjadi kesalahan saat mengirim surel. Server surel merespons: 553 "
      .. "5.7.1 <anna@example.com>: Sender address rejected: not owned by "
      .. "user anna@example.com. Harap verifikasi bahwa alamat surel Anda "
      .. "sudah benar dalam pengaturan akun dan coba lagi.",
      "sender_rejected", "permanent" },
    { "Ada karakter non-ASCII di bagian lokal alamat penerima "
      .. "józef@example.com dan server Anda tidak mendukung SMTPUTF8. Harap "
      .. "ubah alamat ini dan coba lagi.",
      "syntax_error", "permanent" },
    { "Server Keluar (SMTP) smtp.example.com tidak mengizinkan kata sandi "
      .. "plaintext. Silakan coba ubah 'Metode otentikasi' di 'Pengaturan "
      .. "Akun | Server keluar (SMTP) 'ke' Kata sandi terenkripsi'.",
      "tls_required", "permanent" },
    { "Tindakan yang diminta tidak dapat dipenuhi: kotak surat tidak "
      .. "tersedia",
      "user_unknown", "permanent" },
  },
  th = {   -- Thai
    { "ข้อผิดพลาด SMTP: ไม่สามารถรับรองความถูกต้อง",
      "auth_required", "permanent" },
    { "ข้อผิดพลาด SMTP: ไม่สามารถเชื่อมต่อกับโฮสต์ SMTP:",
      "network_error", "transient" },
    { "ที่อยู่จากต่อไปนี้ล้มเหลว: anna@example.com",
      "sender_rejected", "permanent" },
    { "ข้อผิดพลาด SMTP: ไม่ยอมรับข้อมูล",
      "unknown", "permanent" },
    { "เกิดข้อผิดพลาดขณะส่งจดหมาย: ไม่รู้จักเซิร์ฟเวอร์ขาออก (SMTP) "
      .. "smtp.example.com เซิร์ฟเวอร์อาจถูกกำหนดค่าอย่างไม่ถูกต้อง "
      .. "โปรดตรวจสอบว่าการตั้งค่าเซิร์ฟเวอร์ขาออก (SMTP) "
      .. "ของคุณถูกต้องแล้วลองอีกครั้ง",
      "host_unknown", "permanent" },
    { "ไม่สามารถส่งข้อความได้เนื่องจากการเชื่อมต่อกับเซิร์ฟเวอร์ขาออก "
      .. "(SMTP) smtp.example.com หมดเวลา ลองอีกครั้ง",
      "network_error", "transient" },
    { "ขนาดของข้อความที่คุณพยายามส่งเกินขีดจำกัดขนาดส่วนกลางของเซิร์ฟเวอร์ "
      .. "ข้อความไม่ถูกส่ง ลดขนาดข้อความและลองอีกครั้ง "
      .. "เซิร์ฟเวอร์ตอบกลับว่า: 552 5.3.4 Message size exceeds fixed limit",
      "message_too_big", "permanent" },
    { "ข้อความนี้ไม่ได้ถูกส่งเนื่องจากมีผู้รับเกินกว่าจำนวนที่อนุญาต "
      .. "เซิร์ฟเวอร์ตอบกลับว่า: 452 4.5.3 Error: too many recipients",
      "too_many_recipients", "transient" },
    { "เกิดข้อผิดพลาดขณะส่งจดหมาย เซิร์ฟเวอร์อีเมลตอบกลับว่า: 550 5.1.1 "
      .. "<jan@example.org>: Recipient address rejected: User unknown in "
      .. "virtual mailbox table โปรดตรวจสอบข้อความแล้วลองอีกครั้ง",
      "user_unknown", "permanent" },
    { "เกิดข้อผิดพลาดขณะส่งจดหมาย เซิร์ฟเวอร์จดหมายตอบกลับว่า: 553 5.7.1 "
      .. "<anna@example.com>: Sender address rejected: not owned by user "
      .. "anna@example.com "
      .. "โปรดยืนยันว่าที่อยู่อีเมลของคุณถูกต้องในการตั้งค่าบัญชีของคุณแล้วลองอีกครั้ง",
      "sender_rejected", "permanent" },
    { "มีอักขระที่ไม่ใช่ ASCII ในส่วนภายในของที่อยู่ผู้รับ "
      .. "józef@example.com และเซิร์ฟเวอร์ของคุณไม่รองรับ SMTPUTF8 "
      .. "โปรดเปลี่ยนที่อยู่นี้แล้วลองอีกครั้ง",
      "syntax_error", "permanent" },
    { "เซิร์ฟเวอร์ขาออก (SMTP) smtp.example.com "
      .. "ไม่อนุญาตรหัสผ่านที่เป็นข้อความธรรมดา โปรดลองเปลี่ยน "
      .. "'วิธีการรับรองความถูกต้อง' ใน 'การตั้งค่าบัญชี | เซิร์ฟเวอร์ขาออก "
      .. "(SMTP)' เป็น 'รหัสผ่านที่เข้ารหัสลับ'",
      "tls_required", "permanent" },
    { "ไม่สามารถทำปฏิบัติการที่ขอ: กล่องเมลไม่มีอยู่",
      "user_unknown", "permanent" },
  },
  fa = {   -- Persian
    { "خطای SMTP: احراز هویت با شکست مواجه شد.",
      "auth_required", "permanent" },
    { "خطای SMTP: اتصال به سرور SMTP برقرار نشد.",
      "network_error", "transient" },
    { "آدرس فرستنده اشتباه است: anna@example.com",
      "sender_rejected", "permanent" },
    { "خطای SMTP: داده‌ها نا‌درست هستند.",
      "unknown", "permanent" },
    { "اتصال به کارساز SMTP ‏smtp.example.com در حالت امن شکست خورد: "
      .. "Connection timed out",
      "network_error", "transient" },
    { "کنش درخواستی انجام نشد: صندوق نامه ناموجود",
      "user_unknown", "permanent" },
  },
  ca = {   -- Catalan
    { "Error SMTP: No s’ha pogut autenticar.",
      "auth_required", "permanent" },
    { "Error SMTP: No es pot connectar al servidor SMTP.",
      "network_error", "transient" },
    { "La(s) següent(s) adreces de remitent han fallat: anna@example.com",
      "sender_rejected", "permanent" },
    { "Error SMTP: Dades no acceptades.",
      "unknown", "permanent" },
    { "S'ha produït un error en enviar el correu: El servidor de sortida "
      .. "(SMTP) smtp.example.com és desconegut. El servidor pot estar "
      .. "configurat de forma incorrecta. Verifiqueu que els paràmetres del "
      .. "servidor de sortida (SMTP) siguin correctes i torneu-ho a provar.",
      "host_unknown", "permanent" },
    { "No s'ha pogut enviar el missatge perquè s'ha esgotat el temps "
      .. "d'espera de la connexió al servidor de sortida (SMTP) "
      .. "smtp.example.com. Torneu-ho a provar.",
      "network_error", "transient" },
    { "Error SMTP: La mida del missatge supera el límit del servidor (25 "
      .. "MB).",
      "message_too_big", "permanent" },
    { "La mida del missatge que proveu d'enviar excedeix la mida límit "
      .. "global del servidor. El missatge no s'ha enviat, mireu de reduir "
      .. "la mida del missatge i torneu-ho a provar. El servidor ha respost: "
      .. "552 5.3.4 Message size exceeds fixed limit.",
      "message_too_big", "permanent" },
    { "El missatge no s'ha enviat perquè s'ha superat el nombre de "
      .. "destinataris permès. El servidor ha respost: 452 4.5.3 Error: too "
      .. "many recipients.",
      "too_many_recipients", "transient" },
    { "S'ha produït un error en enviar el correu. El servidor de correu "
      .. "ha respost: 550 5.1.1 <jan@example.org>: Recipient address "
      .. "rejected: User unknown in virtual mailbox table. Comproveu el "
      .. "missatge i torneu-ho a provar.",
      "user_unknown", "permanent" },
    { "S'ha produït un error en enviar el correu. El servidor de correu "
      .. "ha respost: 553 5.7.1 <anna@example.com>: Sender address rejected: "
      .. "not owned by user anna@example.com. Comproveu que heu indicat "
      .. "l'adreça electrònica correcta als paràmetres del compte i "
      .. "torneu-ho a provar.",
      "sender_rejected", "permanent" },
    { "Hi ha caràcters que no són ASCII a la part local de l'adreça del "
      .. "destinatari józef@example.com i el servidor no admet SMTPUTF8. "
      .. "Canvieu l'adreça i torneu-ho a provar.",
      "syntax_error", "permanent" },
    { "El servidor de sortida (SMTP) smtp.example.com no permet les "
      .. "contrasenyes de text net. Proveu «Contrasenya xifrada» com a "
      .. "«Mètode d'autenticació» a «Paràmetres del compte | Servidor de "
      .. "sortida (SMTP)».",
      "tls_required", "permanent" },
    { "No s'ha fet l'acció sol·licitada: no està disponible la bústia de "
      .. "correu",
      "user_unknown", "permanent" },
  },
}

local order = { "pl", "cs", "sk", "uk", "ko", "tr", "hu", "ro", "sv", "da", "fi", "nb", "el", "he",
                "ar", "bg", "hr", "sr", "sl", "lt", "lv", "et", "vi", "id", "th", "fa", "ca" }

for _, lang in ipairs(order) do
  describe("catalogue messages in " .. lang, function()
    it("has at least four", function()
      assert.is_true(#cases[lang] >= 4, #cases[lang] .. " messages")
    end)
    for _, case in ipairs(cases[lang]) do
      local message, reason, class = case[1], case[2], case[3]
      it(message:gsub("\n", " "):sub(1, 70) .. ": " .. reason, function()
        local r, err = smtperr.classify(message)
        assert.is_table(r, err)
        assert.are.equal(reason, r.reason, r.evidence)
        assert.are.equal(class, r.class)
      end)
    end
  end)
end
