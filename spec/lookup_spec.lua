local smtperr = require("smtperr")
local helpers = require("spec.helpers")

local CLASS_OF_DIGIT = { ["1"] = "transient", ["2"] = "success", ["3"] = "intermediate",
                         ["4"] = "transient", ["5"] = "permanent" }

local function check_texts(e, lang)
  for _, field in ipairs({ "title", "meaning", "advice" }) do
    assert.is_string(e[field], field)
    assert.is_true(#e[field] > 3, field)
  end
  assert.matches("[%.!]$", e.meaning)
  assert.matches("[%.!]$", e.advice)
  assert.are.equal(lang, e.lang)
end

describe("smtperr.lookup", function()
  describe("the French guide's codes", function()
    for _, code in ipairs(helpers.guide_codes) do
      it(code .. " in English and French", function()
        local en = assert(smtperr.lookup(code))
        local fr = assert(smtperr.lookup(code, "fr"))
        assert.are.equal(code, en.code)
        assert.are.equal(code, fr.code)
        assert.are.equal(CLASS_OF_DIGIT[tostring(code):sub(1, 1)], en.class)
        check_texts(en, "en")
        check_texts(fr, "fr")
        assert.are_not.equal(en.meaning, fr.meaning)
        assert.are_not.equal(en.advice, fr.advice)
        assert.are.equal(en.reason, fr.reason)
        assert.is_not_nil(smtperr.reasons[en.reason])
        assert.is_not_nil(smtperr.actions[en.action])
        assert.is_boolean(en.standard)
        assert.is_string(en.source)
        -- a string finds the same entry
        assert.are.equal(en, smtperr.lookup(tostring(code)))
      end)
    end
  end)

  describe("codes that are not real SMTP replies", function()
    it("101 and 111 are socket error numbers", function()
      local e101, e111 = smtperr.lookup(101), smtperr.lookup(111)
      assert.is_false(e101.standard)
      assert.is_false(e111.standard)
      assert.matches("ENETUNREACH", e101.note)
      assert.matches("ECONNREFUSED", e111.note)
      assert.matches("errno", e101.source)
      assert.are.equal("network_error", e101.reason)
      assert.are.equal("fix_configuration", e111.action)
      assert.matches("ENETUNREACH", smtperr.lookup(101, "fr").note)
    end)

    local dotless = {
      [422] = "4.2.2", [431] = "4.3.1", [441] = "4.4.1", [442] = "4.4.2", [446] = "4.4.6",
      [447] = "4.4.7", [471] = "4.7.1", [510] = "5.1.0", [511] = "5.1.1", [512] = "5.1.2",
      [513] = "5.1.3", [541] = "5.4.1",
    }
    for code, enhanced in pairs(dotless) do
      it(code .. " is " .. enhanced .. " written without dots", function()
        local e = smtperr.lookup(code)
        assert.is_false(e.standard)
        assert.are.equal(enhanced, e.shadows)
        assert.is_truthy(e.note:find(enhanced, 1, true))
        assert.is_truthy(smtperr.lookup(code, "fr").note:find(enhanced, 1, true))
        local registered = smtperr.lookup("4" .. enhanced:sub(2)) or smtperr.lookup("5" .. enhanced:sub(2))
        assert.is_table(registered)
      end)
    end

    it("449 is Exchange's own 4.4.9 and 420 is GroupWise's", function()
      local e449, e420 = smtperr.lookup(449), smtperr.lookup(420)
      assert.is_false(e449.standard)
      assert.are.equal("4.4.9", e449.shadows)
      assert.matches("Exchange", e449.note)
      assert.is_false(e420.standard)
      assert.matches("GroupWise", e420.note)
    end)

    it("432 is real (RFC 4954) but the guide's meaning is Exchange's 4.3.2", function()
      local e = smtperr.lookup(432)
      assert.is_true(e.standard)
      assert.matches("RFC 4954", e.source)
      assert.matches("4%.3%.2", e.note)
      assert.matches("4%.7%.12", e.note)
      assert.are.equal("4.3.2", e.shadows)
    end)

    it("523 is only associated with 5.7.10 by the registry", function()
      local e = smtperr.lookup(523)
      assert.matches("RFC 5248", e.source)
      assert.matches("5%.7%.10", e.note)
      assert.matches("5%.2%.3", e.note)
    end)
  end)

  describe("every reply code defined by an RFC", function()
    local KIND = { positive_completion = "success", positive_intermediate = "intermediate",
                   transient = "transient", permanent = "permanent" }
    local rows, defined = helpers.tsv("basic-codes.tsv"), {}
    for _, row in ipairs(rows) do
      if row.source:match("^RFC") then defined[row.code] = true end
    end
    for _, row in ipairs(rows) do
      it(row.code .. " (" .. row.source:sub(1, 40) .. ")", function()
        local e = assert(smtperr.lookup(tonumber(row.code)))
        assert.are.equal(KIND[row.class], e.class)
        local rfc = row.source:match("^RFC (%d+)")
        if rfc then
          assert.is_truthy(e.source:find("RFC " .. rfc, 1, true),
                           "source of " .. row.code .. " names RFC " .. rfc)
        else
          assert.are.equal(defined[row.code] == true, e.standard)
        end
      end)
    end
  end)

  describe("every enhanced status code of the IANA registry", function()
    local CLASS = { ["2"] = "success", ["4"] = "transient", ["5"] = "permanent" }
    for _, row in ipairs(helpers.tsv("enhanced-status-codes.tsv")) do
      local subject, detail = row.code:match("^X%.(%d+)%.(%d+)$")
      if subject then
        it(row.code .. " " .. row.title, function()
          local used = row.usual_class:gsub("|", "")
          for digit in ("245"):gmatch(".") do
            local code = digit .. "." .. subject .. "." .. detail
            local e, err = smtperr.lookup(code)
            if used:find(digit, 1, true) then
              assert.is_table(e, code)
              assert.are.equal(code, e.code)
              assert.are.equal(CLASS[digit], e.class)
              assert.are.equal(row.title, e.title)
              assert.is_true(e.standard)
              assert.is_truthy(e.source:find(row.source:match("^[^;]+"), 1, true))
              local fr = smtperr.lookup(code, "fr")
              assert.are_not.equal(e.meaning, fr.meaning)
              if digit == "2" then assert.are.equal("success", e.reason) end
            else
              assert.is_nil(e)
              assert.matches("not in the IANA registry", err)
            end
          end
        end)
      end
    end
  end)

  describe("bad input", function()
    it("raises an argument error for a wrong type", function()
      for _, v in ipairs({ {}, true, false, print, io.stdout }) do
        local ok, err = pcall(smtperr.lookup, v)
        assert.is_false(ok)
        assert.matches("bad argument #1", err)
      end
      assert.has_error(function() smtperr.lookup() end)
      assert.has_error(function() smtperr.lookup(nil) end)
    end)

    it("raises for a language other than en and fr", function()
      assert.has_error(function() smtperr.lookup(550, "de") end)
      assert.has_error(function() smtperr.lookup(550, 1) end)
      assert.has_error(function() smtperr.lookup(550, {}) end)
    end)

    it("answers nil and a message for codes it cannot understand", function()
      local cases = { 999, 100, 0, -550, 550.5, 1e308, -1e308, math.huge, -math.huge, 0 / 0,
                      "abc", "", "55", "5500", "5.1", "5.1.1.1", "1.1.1", "5.1.1000",
                      "5..1", "5.1.", ".5.1.1", "550\0", "5.1.1\0", "x550", "5.10.1" }
      for _, v in ipairs(cases) do
        local e, err = smtperr.lookup(v)
        assert.is_nil(e, tostring(v))
        assert.is_string(err)
      end
      local _, err = smtperr.lookup(550.5)
      assert.matches("invalid reply code", err)
      _, err = smtperr.lookup(999)
      assert.matches("unknown reply code", err)
    end)

    it("accepts an integral float and surrounding blanks", function()
      assert.are.equal(550, smtperr.lookup(550.0).code)
      assert.are.equal("5.1.1", smtperr.lookup(" 5.1.1 ").code)
    end)
  end)

  it("returns the same table each time: results are shared and read-only", function()
    assert.are.equal(smtperr.lookup(550), smtperr.lookup("550"))
    assert.are.equal(smtperr.lookup("5.7.1", "fr"), smtperr.lookup("5.7.1", "fr"))
    assert.are_not.equal(smtperr.lookup(550), smtperr.lookup(550, "fr"))
  end)
end)
