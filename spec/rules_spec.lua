-- Classifier objects with the operator's own rules: smtperr.new, load_rules.
local smtperr = require("smtperr")

local RULES = "spec/fixtures/rules/"

local function new_with(rules)
  return smtperr.new({ rules = rules })
end

describe("smtperr.new", function()
  it("makes a classifier with the module's methods", function()
    local c = smtperr.new()
    assert.are.equal("userdata", type(c))
    assert.matches("smtperr.classifier %(0 rules%)", tostring(c))
    assert.are.equal("user_unknown", c:classify("550 5.1.1 User unknown").reason)
    assert.are.equal(550, c:lookup(550).code)
    assert.is_string(c:explain(550))
  end)

  describe("rules", function()
    local c = new_with({
      { match = "frozen by the ops team", reason = "mailbox_disabled" },
      { match = "relay quota exceeded", reason = "rate_limited", action = "slow_down",
        class = "transient" },
      { match = "User unknown", reason = "mailbox_disabled", code = 551 },
      { match = "Rejected", reason = "spam_detected", enhanced = "5.7.9" },
    })

    it("decide a reply no built-in phrase knows", function()
      local r = c:classify("550 5.7.1 Account frozen by the ops team")
      assert.are.equal("mailbox_disabled", r.reason)
      assert.are.equal("hard", r.bounce)
      assert.are.equal("user rule 1", r.evidence)
      assert.are.equal("policy_violation", smtperr.classify("550 5.7.1 Account frozen by the ops team").reason)
    end)

    it("set the class and the action they name", function()
      local r = c:classify("550 Relay quota exceeded, sorry")
      assert.are.equal("transient", r.class)
      assert.is_true(r.retry)
      assert.are.equal("slow_down", r.action)
      assert.are.equal("soft", r.bounce)
    end)

    it("apply only to their reply code or enhanced code", function()
      assert.are.equal("mailbox_disabled", c:classify("551 User unknown").reason)
      assert.are.equal("user_unknown", c:classify("550 User unknown").reason)
      assert.are.equal("spam_detected", c:classify("554 5.7.9 Rejected").reason)
      assert.are.equal("policy_violation", c:classify("554 5.7.1 Rejected").reason)
    end)

    it("match case-, accent- and space-insensitively", function()
      local fr = new_with({ { match = "Boîte  désactivée", reason = "mailbox_disabled" } })
      assert.are.equal("mailbox_disabled", fr:classify("550 boite DESACTIVEE").reason)
      assert.are.equal("mailbox_disabled", fr:classify("550 BOÎTE\n550 désactivée").reason)
    end)
  end)

    it("hold one-piece patterns with a leading or trailing slot, many of them (found by fuzzing)", function()
      -- "listed in {host}" is one literal piece and a slot: the compiler once
      -- left no room for such pieces, and wrote past the end of its table.
      local rules = {
        { match = "exceeded {number} messages", reason = "rate_limited" },
        { match = "ip {word} is refused", reason = "auth_failure" },
        { match = "ip {word} refused", reason = "spam_detected" },
      }
      for _, prep in ipairs({ "in", "on", "at", "by", "with", "under" }) do
        rules[#rules + 1] = { match = "listed " .. prep .. " {host}", reason = "blocked" }
        rules[#rules + 1] = { match = "{word} held " .. prep, reason = "policy_violation" }
      end
      local many = new_with(rules)
      assert.are.equal("user rule 1", many:classify("550 you exceeded 300 messages").evidence)
      assert.are.equal("auth_failure", many:classify("550 ip 192.0.2.1 is refused").reason)
      assert.are.equal("spam_detected", many:classify("550 ip 192.0.2.1 refused").reason)
      assert.are.equal("user rule 10", many:classify("550 Listed by bl.example.org").evidence)
      assert.are.equal("user rule 15", many:classify("550 message held under review").evidence)
      many = nil                                         -- luacheck: ignore 311
      collectgarbage()
      collectgarbage()
    end)

  describe("precedence", function()
    it("user rule over built-in phrase over enhanced code", function()
      local reply = "550 5.2.2 Mailbox full, account suspended"
      assert.are.equal("enhanced 5.2.2", smtperr.classify("550 5.2.2 Over the limit").evidence)
      assert.are.equal('phrase "mailbox full"', smtperr.classify(reply).evidence)
      local c = new_with({ { match = "account suspended", reason = "mailbox_disabled" } })
      local r = c:classify(reply)
      assert.are.equal("mailbox_disabled", r.reason)
      assert.are.equal("user rule 1", r.evidence)
    end)

    it("user rule over a provider's own code", function()
      local reply = "550 5.7.26 Unauthenticated email is not accepted - gsmtp"
      assert.are.equal('provider gmail "5.7.26"', smtperr.classify(reply).evidence)
      local c = new_with({ { match = "is not accepted", reason = "policy_violation" } })
      assert.are.equal("policy_violation", c:classify(reply).reason)
    end)

    it("the longest of two user rules", function()
      local c = new_with({
        { match = "quota", reason = "mailbox_full" },
        { match = "sending quota", reason = "rate_limited" },
      })
      assert.are.equal("rate_limited", c:classify("550 sending quota exceeded").reason)
      assert.are.equal("mailbox_full", c:classify("552 quota exceeded").reason)
    end)
  end)

  describe("objects are independent", function()
    it("two classifiers never see each other's rules, nor does the module", function()
      local a = new_with({ { match = "zorglub", reason = "blocked" } })
      local b = new_with({ { match = "zorglub", reason = "virus_detected" } })
      local reply = "450 zorglub"
      assert.are.equal("blocked", a:classify(reply).reason)
      assert.are.equal("virus_detected", b:classify(reply).reason)
      assert.are.equal("unknown", smtperr.classify(reply).reason)
      assert.are.equal("blocked", a:classify(reply).reason)
    end)

    it("are collected by the garbage collector", function()
      local weak = setmetatable({}, { __mode = "k" })
      for i = 1, 20 do
        weak[new_with({ { match = "rule " .. i, reason = "blocked" } })] = true
      end
      collectgarbage()
      collectgarbage()
      assert.is_nil(next(weak))
    end)
  end)

  describe("lang and texts", function()
    it("lang is the default language of explain and lookup", function()
      local c = smtperr.new({ lang = "fr" })
      assert.matches("échec définitif", c:explain("550 5.1.1 User unknown"))
      assert.matches("permanent failure", c:explain("550 5.1.1 User unknown", "en"))
      assert.are.equal("fr", c:lookup(550).lang)
    end)

    it("texts replace the explanation of a reason", function()
      local c = smtperr.new({ texts = {
        user_unknown = { en = "this person has left the company", fr = "cette personne est partie" },
      } })
      assert.matches("this person has left the company", c:explain("550 5.1.1 User unknown"))
      assert.matches("cette personne est partie", c:explain("550 5.1.1 User unknown", "fr"))
      assert.not_matches("left the company", smtperr.explain("550 5.1.1 User unknown"))
      assert.matches("too many recipients", c:explain("452 4.5.3 Too many recipients"))
    end)
  end)

  describe("bad options", function()
    local function fails(options, pattern)
      local ok, err = pcall(smtperr.new, options)
      assert.is_false(ok)
      assert.matches(pattern, err)
    end

    it("are refused with a clear error", function()
      fails({ rules = { { match = "", reason = "blocked" } } }, "rule 1: empty phrase")
      fails({ rules = { { match = "   ", reason = "blocked" } } }, "rule 1: empty phrase")
      fails({ rules = { { match = "x", reason = "blocked" }, { match = "y", reason = "nope" } } },
            "rule 2: unknown reason 'nope'")
      fails({ rules = { { match = "x" } } }, "rule 1: 'reason' must be")
      fails({ rules = { { match = 42, reason = "blocked" } } }, "'match' must be a string")
      fails({ rules = { { match = "x", reason = "blocked", action = "dance" } } }, "'action' must be")
      fails({ rules = { { match = "x", reason = "blocked", class = "sometimes" } } }, "'class' must be")
      fails({ rules = { { match = "x", reason = "blocked", code = 999 } } }, "'code' must be")
      fails({ rules = { { match = "x", reason = "blocked", code = "550" } } }, "'code' must be")
      fails({ rules = { { match = "x", reason = "blocked", enhanced = "5.7" } } }, "'enhanced' must be")
      fails({ rules = { { match = "x", reason = "blocked", colour = "red" } } }, "unknown field 'colour'")
      fails({ rules = { "x" } }, "a rule must be a table")
      fails({ rules = { { match = ("x"):rep(300), reason = "blocked" } } }, "longer than 255")
      fails({ rules = { { match = "a\0b", reason = "blocked" } } }, "NUL")
      fails({ rules = "x" }, "field 'rules': a list of rules expected, got string")
      fails({ lang = "de" }, "field 'lang': invalid option 'de'")
      fails({ lang = 5 }, "bad argument #1 to '[^']*' %(field 'lang': \"en\" or \"fr\" expected, got number%)")
      fails({ texts = { nope = { en = "x" } } }, "field 'texts': unknown reason 'nope'")
      fails({ texts = { blocked = { en = 1 } } }, "field 'texts.blocked.en': string expected, got number")
      fails({ rules_file = RULES .. "bad-reason.txt" }, "field 'rules_file': .*bad%-reason.txt:4: unknown reason")
      assert.has_error(function() smtperr.new(42) end)
    end)
  end)
end)

describe("rules files", function()
  it("the line format", function()
    local rules = assert(smtperr.load_rules(RULES .. "good.txt"))
    assert.are.equal(4, #rules)
    assert.are.same({ match = "relay quota exceeded for this hour", reason = "rate_limited",
                      action = "slow_down", class = "transient" }, rules[2])
    assert.are.equal(550, rules[3].code)
    assert.are.equal("5.1.1", rules[4].enhanced)
    assert.are.equal("inconnu dans l'annuaire", rules[4].match)
  end)

  it("a Lua table file gives the same rules", function()
    assert.are.same(smtperr.load_rules(RULES .. "good.txt"), smtperr.load_rules(RULES .. "good.lua"))
  end)

  it("loads into a classifier, after the rules given inline", function()
    local c = smtperr.new({ rules = { { match = "quota exceeded", reason = "mailbox_full" } },
                            rules_file = RULES .. "good.txt" })
    assert.matches("5 rules", tostring(c))
    local r = c:classify("550 Relay quota exceeded for this hour")
    assert.are.equal("rate_limited", r.reason)
    assert.are.equal("user rule 3", r.evidence)
    assert.are.equal("blocked", c:classify("550 Rejected by corporate firewall").reason)
    assert.are.equal("user_unknown", c:classify("550 5.1.1 Inconnu dans l'annuaire").reason)
  end)

  it("report the file and line of a mistake", function()
    local cases = {
      ["bad-reason.txt"] = "bad%-reason.txt:4: unknown reason 'not_a_reason'",
      ["bad-option.txt"] = "bad%-option.txt:2: unknown option",
      ["bad-colon.txt"] = "bad%-colon.txt:3: expected 'reason: phrase'",
      ["bad-empty.txt"] = "bad%-empty.txt:1: empty phrase",
      ["bad-class.txt"] = "bad%-class.txt:1: 'class' must be",
      ["bad-code.txt"] = "bad%-code.txt:1: 'code' must be",
      ["bad-empty.lua"] = "bad%-empty.lua: rule 2: empty phrase",
      ["bad-syntax.lua"] = "bad%-syntax.lua:%d+:",
      ["bad-type.lua"] = "must return a table",
      ["bad-global.lua"] = "os",
      ["missing.txt"] = "cannot open .*missing.txt",
    }
    for file, pattern in pairs(cases) do
      local rules, err = smtperr.load_rules(RULES .. file)
      assert.is_nil(rules, file)
      assert.matches(pattern, err)
    end
  end)

  it("refuse precompiled Lua: a rules file loads as source text only", function()
    local path = os.tmpname() .. ".lua"
    local f = assert(io.open(path, "wb"))
    f:write(string.dump(function() return { { match = "x", reason = "blocked" } } end))
    f:close()
    local rules, err = smtperr.load_rules(path)
    assert.is_nil(rules)
    assert.matches("precompiled Lua is not accepted", err)
    local ok, raised = pcall(smtperr.new, { rules_file = path })
    assert.is_false(ok)
    assert.matches("field 'rules_file': .*precompiled Lua is not accepted", raised)
    os.remove(path)
  end)

  it("raise for a wrong argument type", function()
    assert.has_error(function() smtperr.load_rules() end)
    assert.has_error(function() smtperr.load_rules({}) end)
  end)
end)
