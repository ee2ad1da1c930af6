local smtperr = require("smtperr")
local helpers = require("spec.helpers")

local function has(text, part)
  assert.is_truthy(text:find(part, 1, true), ("%q not in %q"):format(part, text))
end

describe("smtperr.explain", function()
  describe("a code of the table", function()
    for _, code in ipairs(helpers.guide_codes) do
      it(code .. " in English and French", function()
        local en, fr = smtperr.explain(code), smtperr.explain(code, "fr")
        local e, f = smtperr.lookup(code), smtperr.lookup(code, "fr")
        has(en, tostring(code))
        has(en, e.title)
        has(en, e.meaning)
        has(en, "What to do: " .. e.advice)
        has(fr, f.title)
        has(fr, "Que faire : " .. f.advice)
        if e.note then
          has(en, "Note: " .. e.note)
          has(fr, "À savoir : " .. f.note)
        end
        assert.are.equal(en, smtperr.explain(tostring(code)))
      end)
    end

    it("names the class in words", function()
      has(smtperr.explain(250), "(success)")
      has(smtperr.explain(354), "(intermediate reply)")
      has(smtperr.explain(421), "(transient failure)")
      has(smtperr.explain(550), "(permanent failure)")
      has(smtperr.explain(550, "fr"), "(échec définitif)")
      has(smtperr.explain(421, "fr"), "(échec temporaire)")
    end)

    it("an enhanced code", function()
      local en = smtperr.explain("5.1.1")
      has(en, "5.1.1 (permanent failure): Bad destination mailbox address.")
      has(smtperr.explain("4.2.2", "fr"), "4.2.2 (échec temporaire)")
    end)
  end)

  describe("a whole reply", function()
    it("explains the decision in English", function()
      local text = smtperr.explain("host mx.example.org[192.0.2.1] said: 550 5.1.1 <bob@example.org>: "
        .. "User unknown (in reply to RCPT TO command)")
      has(text, "550 5.1.1: permanent failure, hard bounce.")
      has(text, "Enhanced code 5.1.1: Bad destination mailbox address.")
      has(text, "Reason: the recipient address does not exist")
      has(text, 'because phrase "user unknown"')
      has(text, "SMTP stage: RCPT.")
      has(text, "Do not retry unchanged.")
      has(text, "What to do: Remove the address from your list")
    end)

    it("and in French", function()
      local text = smtperr.explain("451 4.7.1 Greylisting in action, please come back in 00:05:00", "fr")
      has(text, "451 4.7.1 : échec temporaire, rebond doux (soft bounce).")
      has(text, "Raison : le serveur destinataire applique une liste grise")
      has(text, "Un nouvel essai plus tard peut réussir.")
      has(text, "Le serveur demande d'attendre 300 secondes.")
      has(text, "Que faire : Réessayez plus tard")
    end)

    it("gives the provider and the help link", function()
      local text = smtperr.explain("550-5.7.1 This message was blocked because its content presents a\n"
        .. "550 5.7.1 potential security issue. https://support.google.com/mail/?p=BlockedMessage - gsmtp")
      has(text, "Answered by Gmail.")
      has(text, "More: https://support.google.com/mail/?p=BlockedMessage")
    end)

    it("explains words without a code", function()
      local text = smtperr.explain("Connection timed out")
      has(text, "transient failure")
      has(text, "the connection could not be made or was lost")
    end)

    it("explains a success", function()
      local text = smtperr.explain("250 2.0.0 Ok: queued as 4B1C21234")
      has(text, "250 2.0.0: success.")
      has(text, "Nothing to do.")
    end)
  end)

  describe("bad input", function()
    it("answers nil and a message for what it cannot understand", function()
      for _, v in ipairs({ "", "hello", 999.5, -1, 0 / 0 }) do
        local text, err = smtperr.explain(v)
        assert.is_nil(text, tostring(v))
        assert.is_string(err)
      end
    end)

    it("raises for wrong types", function()
      assert.has_error(function() smtperr.explain() end)
      assert.has_error(function() smtperr.explain({}) end)
      assert.has_error(function() smtperr.explain(true) end)
      assert.has_error(function() smtperr.explain(550, "es") end)
      assert.has_error(function() smtperr.explain("550 x", 3) end)
    end)
  end)
end)
