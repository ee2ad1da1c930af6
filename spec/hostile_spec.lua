-- Text that strangers control: every answer is a result, nil and a message,
-- or an argument error; never a crash or a hang. (How the cost grows with
-- the input is measured by `make bench`.)
local smtperr = require("smtperr")

local MB = 1024 * 1024

-- The answer is a table or nil plus a message, and nothing else.
local function answers(f, ...)
  local r, err = f(...)
  if r == nil then
    assert.is_string(err)
  else
    assert.is_true(type(r) == "table" or type(r) == "string")
  end
  return r, err
end

local inputs = {
  empty = "",
  nul = "550\0 5.1.1\0 user\0unknown\0",
  nul_only = ("\0"):rep(1000),
  bad_utf8 = "550 5.1.1 \255\254\253 caf\195 \237\160\128 user unknown \192\175",
  lone_cr = ("550-line\r"):rep(1000) .. "550 end",
  crlf_mix = "550-a\r\n550-b\n550-c\r550 d user unknown\r\n\r\n",
  digits = ("9"):rep(MB),
  dots = ("."):rep(MB),
  dotted_digits = ("5.1."):rep(math.floor(MB / 4)),
  prefixes = ("550-"):rep(math.floor(MB / 4)),
  prefix_lines = ("550-\n"):rep(math.floor(MB / 5)),
  codes = ("550 "):rep(math.floor(MB / 4)),
  at_signs = ("a@"):rep(math.floor(MB / 2)),
  angles = ("<"):rep(MB),
  urls = ("http://"):rep(math.floor(MB / 7)),
  spaces = (" \t"):rep(math.floor(MB / 2)),
  parens = ("(in reply to "):rep(math.floor(MB / 13)),
  lines = ("550-5.1.1 user unknown\n"):rep(100000) .. "550 5.1.1 end",
  phrase_soup = ("spam blocked user unknown mailbox full "):rep(math.floor(MB / 39)),
  waits = ("try again in "):rep(math.floor(MB / 13)),
  hosts = ("host "):rep(math.floor(MB / 5)),
  long_word = ("x"):rep(MB) .. " user unknown",
}

describe("hostile input", function()
  for name, text in pairs(inputs) do
    it(name .. " (" .. #text .. " bytes)", function()
      local r = answers(smtperr.classify, text)
      answers(smtperr.explain, text)
      answers(smtperr.explain, text, "fr")
      answers(smtperr.lookup, text)
      answers(smtperr.classify, 550, text)
      if r then
        -- the server's words, or fewer; a byte that is not UTF-8 becomes
        -- U+FFFD (3 bytes)
        assert.is_true(#r.text <= 3 * #text)
        if utf8 and #text < 65536 then assert.is_number(utf8.len(r.text)) end
        assert.is_true(r.lines >= 0)
      end
    end)
  end

  it("keeps working after all that", function()
    assert.are.equal("user_unknown", smtperr.classify("550 5.1.1 User unknown").reason)
  end)

  it("answers valid UTF-8: a byte that starts no valid sequence becomes U+FFFD", function()
    local r = smtperr.classify("550 5.1.1 caf\195 \255 user unknown <b\255ob@example.org> \237\160\128 \192\175")
    assert.are.equal("user_unknown", r.reason)
    assert.are.equal("caf\239\191\189 \239\191\189 user unknown <b\239\191\189ob@example.org> "
      .. "\239\191\189\239\191\189\239\191\189 \239\191\189\239\191\189", r.text)
    assert.are.equal("b\239\191\189ob@example.org", r.address)
    local ok = smtperr.classify("550 5.1.1 café 日本語 \240\159\152\128 user unknown")
    assert.are.equal("café 日本語 \240\159\152\128 user unknown", ok.text)
    local _, err = smtperr.classify("hello \255 world")
    assert.are.equal("no SMTP reply code, enhanced status code or known words in: hello \239\191\189 world", err)
  end)

  it("reads embedded NUL bytes as bytes", function()
    local r = smtperr.classify("550 5.1.1 user\0 unknown")
    assert.are.equal(550, r.code)
    assert.are.equal("user\0 unknown", r.text)
  end)

  it("counts the 100,000 lines", function()
    local r = smtperr.classify(inputs.lines)
    assert.are.equal(100001, r.lines)
    assert.are.equal("user_unknown", r.reason)
  end)

  it("numbers of every kind for lookup, classify and explain", function()
    for _, v in ipairs({ -1, -550, 0, 0.5, 550.25, 1e300, -1e300, math.huge, -math.huge,
                         0 / 0, 2 ^ 53, 2 ^ 63, -(2 ^ 63), 1000, 99, 9.99e2 }) do
      answers(smtperr.lookup, v)
      answers(smtperr.classify, v)
      answers(smtperr.explain, v)
      answers(smtperr.classify, v, "text")
    end
    if math.maxinteger then
      answers(smtperr.lookup, math.maxinteger)
      answers(smtperr.lookup, math.mininteger)
      answers(smtperr.classify, math.mininteger)
    end
  end)

  it("wrong types for every argument raise argument errors", function()
    local wrong = { {}, true, false, print, coroutine.create(function() end), io.stdout }
    local c = smtperr.new()
    for _, v in ipairs(wrong) do
      for _, call in ipairs({
        function() smtperr.lookup(v) end,
        function() smtperr.lookup(550, v) end,
        function() smtperr.classify(v) end,
        function() smtperr.classify(550, v) end,
        function() smtperr.classify("550 x", v) end,
        function() smtperr.explain(v) end,
        function() smtperr.explain(550, v) end,
        function() smtperr.new(type(v) == "table" and { rules = v, lang = v } or v) end,
        function() smtperr.load_rules(v) end,
        function() c:classify(v) end,
        function() c:explain(550, v) end,
        function() c:lookup(v) end,
        function() c.classify(v, "550") end,
      }) do
        local ok, err = pcall(call)
        assert.is_false(ok)
        assert.is_string(err)
      end
    end
  end)

  it("keeps the reason that weighs most when a reply has more matches than it keeps", function()
    -- 40 weak matches of "spam" before the phrase that says why: the
    -- matcher keeps 32 matches and drops the lightest, never the newest blindly.
    for _, n in ipairs({ 31, 32, 33, 40, 1000 }) do
      local r = smtperr.classify("550 " .. ("spam "):rep(n) .. "user unknown")
      assert.are.equal("user_unknown", r.reason, n .. " repetitions")
      assert.are.equal('phrase "user unknown"', r.evidence)
    end
    local r = smtperr.classify("550 user unknown " .. ("spam "):rep(100))
    assert.are.equal("user_unknown", r.reason)
    local c = smtperr.new({ rules = { { match = "spam", reason = "content_error" } } })
    assert.are.equal("content_error", c:classify("550 " .. ("blocked "):rep(50) .. "spam").reason)
  end)
end)
