-- Invariants held on every real reply of the fixture tables: the reading
-- (reason, class, code, enhanced) does not depend on the letter case, the
-- line ends, runs of spaces, nor on the envelope a reply arrives in (the log
-- lines of Postfix and Exim, a DSN field, the errors of LuaSocket,
-- lua-resty-mail and Python's smtplib); classify(reply) reads as
-- classify(code, text); explain answers wherever classify did; and no
-- string of an answer is invalid UTF-8, whatever bytes the input holds.
--
-- Each property is checked on every row of every table. An envelope that
-- has no meaning for a shape of reply says so below, in `envelopes`, with
-- the reason, for the whole shape; no row is set apart by itself.
local smtperr = require("smtperr")
local helpers = require("spec.helpers")

local TABLES = { "vendor-replies.tsv", "realworld-replies.tsv", "realworld-replies-2.tsv",
                 "realworld-replies-3.tsv", "multilingual-replies.tsv" }

-- The replies of a table, line breaks as LF, and the code the table gives
-- apart (the multilingual table gives words and their code apart).
local function replies_of(name)
  local list, codes = {}, {}
  for _, row in ipairs(helpers.tsv(name)) do
    if row.reply ~= "" then
      list[#list + 1] = helpers.unescape(row.reply)
      codes[#list] = tonumber(row.code)
    end
  end
  return list, codes
end

local function reading(r)
  if r == nil then return "nothing" end
  return ("%s %s %s %s"):format(r.reason, r.class, tostring(r.code), tostring(r.enhanced))
end

local function lines_of(reply)
  local lines = {}
  for line in (reply .. "\n"):gmatch("([^\n]*)\n") do lines[#lines + 1] = line end
  return lines
end

-- A bare SMTP reply, as a server sends it: every line opens with its reply
-- code ("550-...", "550 ...", or the code alone).
local function bare_reply(reply)
  for _, line in ipairs(lines_of(reply)) do
    if not (line:match("^%d%d%d[ -]") or line:match("^%d%d%d$")) then return false end
  end
  return true
end

-- A row a log line can hold: one line, a bare reply, or lines of which none
-- but the first opens with a reply code.
local function one_log_line(reply)
  if bare_reply(reply) then return true end
  local lines = lines_of(reply)
  for i = 2, #lines do
    if lines[i]:match("^%s*%d%d%d[ -]") or lines[i]:match("^%s*%d%d%d$") then return false end
  end
  return true
end

-- Python's repr of bytes: b'...' (or b"..." when the text holds a single
-- quote and no double one), \\, \t, \n, \r and \xNN escapes.
local function python_bytes(s)
  local quote = (s:find("'", 1, true) and not s:find('"', 1, true)) and '"' or "'"
  local out = s:gsub("[%z\1-\31\\'\"\127-\255]", function(c)
    if c == "\\" then return "\\\\" end
    if c == "\t" then return "\\t" end
    if c == "\n" then return "\\n" end
    if c == "\r" then return "\\r" end
    if c == quote then return "\\" .. c end
    if c == "'" or c == '"' then return c end
    return ("\\x%02x"):format(c:byte())
  end)
  return "b" .. quote .. out .. quote
end

-- The ways a reply is written, each a function of the reply as the table
-- has it (LF line ends); the reading must not change.
local writings = {
  { "upper-case ASCII letters", function(s) return (s:gsub("%l", string.upper)) end },
  { "CRLF line ends", function(s) return (s:gsub("\n", "\r\n")) end },
  { "CR line ends", function(s) return (s:gsub("\n", "\r")) end },
  { "runs of spaces for single ones", function(s) return (s:gsub(" ", "   ")) end },
}

-- The envelopes. `wrap(reply, bare)` writes the reply inside it (bare: the
-- reply's own reading); `source(reply, code)`, when present, gives the reply
-- it holds for a row (code: the one the table gives apart); `fits(reply)`, when present, is the shape of
-- replies the envelope can hold, and `why` says why the others cannot;
-- `read(text)`, when present, reads the wrapped text instead of
-- smtperr.classify and returns a table with reason, class, code and
-- enhanced (a reader of log lines is one more entry with its own `read`).
local envelopes = {
  {
    name = "a Postfix log line",
    -- Postfix writes a multi-line reply on its one log line, lines joined by
    -- a space. The status it logs is the one it acted on: "deferred" for a
    -- reply it will retry, "bounced" for the rest.
    wrap = function(reply, bare)
      local status = bare and bare.class == "transient" and "deferred" or "bounced"
      return "postfix/smtp[123]: ABC123: to=<bob@example.org>, relay=mx.example.org[192.0.2.1]:25, "
        .. "delay=1, status=" .. status .. " (host mx.example.org[192.0.2.1] said: "
        .. table.concat(lines_of(reply), " ") .. " (in reply to RCPT TO command))"
    end,
    stage = "RCPT",
    fits = one_log_line,
    why = "a row whose reply opens a later line (a bounce's text, the reply under it) is no server's "
      .. "reply: joined on one log line, its reply code would stand in mid-sentence, where a number "
      .. "is rightly not read as a code",
  },
  {
    name = "a Postfix log line read by smtperr.logline",
    -- The same line with its syslog prefix, through the log reader: the
    -- record's reading is the reply's.
    wrap = function(reply, bare)
      local status = bare and bare.class == "transient" and "deferred" or "bounced"
      return "Nov 30 10:00:01 mx1 postfix/smtp[123]: ABC123: to=<bob@example.org>, "
        .. "relay=mx.example.org[192.0.2.1]:25, delay=1, status=" .. status
        .. " (host mx.example.org[192.0.2.1] said: " .. table.concat(lines_of(reply), " ")
        .. " (in reply to RCPT TO command))"
    end,
    read = function(line)                -- a record with no reading is no reading
      local r = smtperr.logline(line)
      if r and r.reason then return r end
    end,
    stage = "RCPT",
    fits = one_log_line,
    why = "as for Postfix: a row whose reply opens a later line is no server's reply",
  },
  {
    name = "an Exim log line",
    -- Exim, too, logs the reply's lines on its one log line.
    wrap = function(reply)
      return " ** bob@example.org R=dnslookup T=remote_smtp H=mx.example.org [192.0.2.1]: "
        .. "SMTP error from remote mail server after RCPT TO:<bob@example.org>: "
        .. table.concat(lines_of(reply), " ")
    end,
    stage = "RCPT",
    fits = one_log_line,
    why = "as for Postfix: a row whose reply opens a later line is no server's reply",
  },
  {
    name = "a DSN field",
    -- A header field goes on over lines that start with white space.
    wrap = function(reply)
      return "Diagnostic-Code: smtp; " .. table.concat(lines_of(reply), "\n    ")
    end,
  },
  {
    name = "LuaSocket's error",
    -- socket.smtp returns the reply itself, its lines joined by LF.
    wrap = function(reply) return reply end,
  },
  {
    name = "lua-resty-mail's error",
    wrap = function(reply)
      return "/usr/local/openresty/lualib/resty/mail/smtp.lua:130: SMTP response was not successful: " .. reply
    end,
  },
  {
    name = "Python smtplib's tuple",
    -- {'bob@example.org': (550, b'5.1.1 text\n5.1.1 more')}: the code apart,
    -- each line's text after its code (its enhanced code kept), the lines
    -- joined by a literal \n, the bytes escaped. Words with no code of their
    -- own whose code the table gives apart are the reply that code opens.
    source = function(reply, code)
      local own = smtperr.classify(reply)
      if bare_reply(reply) or not code or not smtperr.classify(code) or (own and own.code) then return reply end
      local lines = lines_of(reply)
      for i, line in ipairs(lines) do lines[i] = code .. (i < #lines and "-" or " ") .. line end
      return table.concat(lines, "\n")
    end,
    wrap = function(reply)
      local code, texts = reply:sub(1, 3), {}
      for _, line in ipairs(lines_of(reply)) do texts[#texts + 1] = line:sub(5) end
      return "{'bob@example.org': (" .. code .. ", " .. python_bytes(table.concat(texts, "\n")) .. ")}"
    end,
    fits = bare_reply,
    why = "smtplib holds what a server sent, code apart: a row that is no bare SMTP reply (a log "
      .. "line, a DSN, a client's message) nor words whose code the table gives has no tuple form",
  },
}

-- The reading a reply gets inside an envelope that names the SMTP stage
-- refused: a refusal whose words say nothing of why it was refused (its
-- reason unknown, or a best reading of the code alone) is read from that
-- stage, as the bare reply would be with the stage given (doc/api.md, "How
-- classify decides"); any other reading must stay as it is.
local function expected_in(envelope, reply, bare)
  if not envelope.stage or bare == nil then return reading(bare) end
  if bare.reason ~= "unknown" and not (bare.evidence or ""):find("^best reading") then return reading(bare) end
  return reading(smtperr.classify(reply .. "\n(in reply to " .. envelope.stage .. " TO command)"))
end

-- Up to 5 failures, for the message.
local function report(failures, total)
  local shown = {}
  for i = 1, math.min(5, #failures) do shown[i] = failures[i] end
  return ("%d of %d rows read otherwise:\n%s"):format(#failures, total, table.concat(shown, "\n"))
end

local function short(s) return (s:sub(1, 100):gsub("[\r\n]", "|")) end

-- Is s valid UTF-8 (RFC 3629)? utf8.len on Lua 5.3+, a pattern walk before.
local valid_utf8
if utf8 and utf8.len then
  valid_utf8 = function(s) return utf8.len(s) ~= nil end
else
  valid_utf8 = function(s)
    local i, n = 1, #s
    while i <= n do
      local c = s:byte(i)
      local len
      local lo, hi = 0x80, 0xBF
      if c < 0x80 then len = 1
      elseif c >= 0xC2 and c <= 0xDF then len = 2
      elseif c >= 0xE0 and c <= 0xEF then
        len = 3
        if c == 0xE0 then lo = 0xA0 elseif c == 0xED then hi = 0x9F end
      elseif c >= 0xF0 and c <= 0xF4 then
        len = 4
        if c == 0xF0 then lo = 0x90 elseif c == 0xF4 then hi = 0x8F end
      else return false end
      if len > 1 then
        local c2 = s:byte(i + 1)
        if not c2 or c2 < lo or c2 > hi then return false end
        for k = 2, len - 1 do
          local ck = s:byte(i + k)
          if not ck or ck < 0x80 or ck > 0xBF then return false end
        end
      end
      i = i + len
    end
    return true
  end
end

-- Every string of a value, tables walked.
local function invalid_string(v, where)
  if type(v) == "string" then
    if not valid_utf8(v) then return where end
  elseif type(v) == "table" then
    for k, x in pairs(v) do
      local bad = invalid_string(x, where .. "." .. tostring(k))
      if bad then return bad end
    end
  end
  return nil
end

-- Bytes that are not UTF-8: stray continuation bytes, bytes no sequence
-- uses, overlong forms, surrogates, sequences cut short, past U+10FFFF.
local INVALID = { "\128", "\191", "\192\175", "\193\191", "\255", "\254", "\237\160\128",
                  "\224\128\128", "\230\151", "\226\130", "\240\159\152", "\244\144\128\128",
                  "\248\136\128\128\128", "\195", "\195\195\169" }

-- A small fixed generator, so that every run splices the same bytes.
local function generator(seed)
  local x = seed
  return function(n)
    x = (x * 1103515245 + 12345) % 2147483648
    return x % n + 1
  end
end

local function splice(reply, random)
  local out = reply
  for _ = 1, random(4) do
    local at = random(#out + 1) - 1
    out = out:sub(1, at) .. INVALID[random(#INVALID)] .. out:sub(at + 1)
  end
  return out
end

for _, name in ipairs(TABLES) do
  local replies, codes = replies_of(name)

  describe("properties of " .. name .. " (" .. #replies .. " replies)", function()
    for _, w in ipairs(writings) do
      it("reads the same with " .. w[1], function()
        local failures = {}
        for _, reply in ipairs(replies) do
          local want, got = reading(smtperr.classify(reply)), reading(smtperr.classify(w[2](reply)))
          if want ~= got then failures[#failures + 1] = ("  %s: %s, then %s"):format(short(reply), want, got) end
        end
        assert(#failures == 0, report(failures, #replies))
      end)
    end

    for _, e in ipairs(envelopes) do
      local held, left_out = {}, 0
      for i, reply in ipairs(replies) do
        held[i] = e.source and e.source(reply, codes[i]) or reply
        if e.fits and not e.fits(held[i]) then left_out = left_out + 1 end
      end
      local title = "reads the same inside " .. e.name
      if left_out > 0 then title = title .. " (" .. left_out .. " rows left out: " .. e.why .. ")" end
      it(title, function()
        local failures, tried = {}, 0
        for _, reply in ipairs(held) do
          if not e.fits or e.fits(reply) then
            tried = tried + 1
            local bare = smtperr.classify(reply)
            local want, got = expected_in(e, reply, bare), reading((e.read or smtperr.classify)(e.wrap(reply, bare)))
            if want ~= got then
              failures[#failures + 1] = ("  %s: %s, then %s"):format(short(reply), want, got)
            end
          end
        end
        assert(#failures == 0, report(failures, tried))
        assert(tried > 0)
      end)
    end

    it("reads the same through classify(reply) and classify(code, text)", function()
      local failures, tried = {}, 0
      for _, row in ipairs(helpers.tsv(name)) do
        local reply = helpers.unescape(row.reply)
        local bare = smtperr.classify(reply)
        local whole, code, text
        if bare and bare.code and bare_reply(reply) and tonumber(reply:sub(1, 3)) == bare.code then
          -- a bare reply: its code apart, each line's text after it
          local texts = {}
          for _, line in ipairs(lines_of(reply)) do texts[#texts + 1] = line:sub(5) end
          whole, code, text = reply, bare.code, table.concat(texts, "\n")
        elseif bare and bare.code then
          -- a code read inside a longer text (a log line): given apart, the text whole
          whole, code, text = reply, bare.code, reply
        elseif row.code ~= "" and reply ~= "" and smtperr.classify(tonumber(row.code)) then
          -- the table gives the code apart from words without one: both ways
          whole, code, text = row.code .. " " .. reply, tonumber(row.code), reply
        end
        if whole then
          tried = tried + 1
          local want, got = reading(smtperr.classify(whole)), reading(smtperr.classify(code, text))
          if got ~= want then
            failures[#failures + 1] = ("  %s: %s, then %s"):format(short(whole), want, got)
          end
        end
      end
      assert(#failures == 0, report(failures, tried))
      assert(tried > #replies / 4, tried .. " of " .. #replies .. " rows tried")
    end)

    it("explains wherever it classifies, in both languages", function()
      local failures = {}
      for _, reply in ipairs(replies) do
        for _, variant in ipairs({ reply, reply:upper(), (reply:gsub("\n", "\r\n")) }) do
          if smtperr.classify(variant) then
            for _, lang in ipairs({ "en", "fr" }) do
              local ok, text, err = pcall(smtperr.explain, variant, lang)
              if not ok or type(text) ~= "string" or text == "" then
                failures[#failures + 1] = ("  %s (%s): %s"):format(short(variant), lang, tostring(ok and err or text))
              end
            end
          end
        end
      end
      assert(#failures == 0, report(failures, #replies))
    end)

    it("answers valid UTF-8 only, with invalid bytes spliced into every reply", function()
      local failures, random = {}, generator(#replies)
      for _, reply in ipairs(replies) do
        for _ = 1, 3 do
          local input = splice(reply, random)
          local r = smtperr.classify(input)
          local bad = invalid_string(r, "classify")
          local text, err = smtperr.explain(input)
          bad = bad or invalid_string(text or err, "explain")
          local fr = smtperr.explain(input, "fr")
          bad = bad or invalid_string(fr, "explain fr")
          if r then
            bad = bad or invalid_string(smtperr.classify(r.code or 550, input), "classify(code, text)")
            if r and not text then bad = "explain failed where classify answered" end
          end
          if bad then failures[#failures + 1] = ("  %s: %s"):format(short(input), bad) end
        end
      end
      assert(#failures == 0, report(failures, 3 * #replies))
    end)
  end)
end

describe("properties of bounce messages", function()
  local dir = "spec/fixtures/bounces/"
  local names = {}
  local p = assert(io.popen('ls -1 "' .. dir .. '"'))
  for file in p:lines() do
    if file:match("%.eml$") then names[#names + 1] = file end
  end
  p:close()

  it("answers valid UTF-8 only, for every message of spec/fixtures/bounces, as is and with invalid bytes spliced in",
    function()
      local failures, random = {}, generator(7)
      for _, file in ipairs(names) do
        local f = assert(io.open(dir .. file, "rb"))
        local message = f:read("*a")
        f:close()
        for k = 0, 2 do
          local input = k == 0 and message or splice(message, random)
          local r = smtperr.bounces(input, { headers = { "Subject", "X-Mailer", "Message-ID" } })
          local bad = invalid_string(r, "bounces")
          if r then
            for i, rc in ipairs(r.recipients) do
              local d = rc.diagnostic
              if d and smtperr.classify(d) and not smtperr.explain(d, "fr") then
                bad = bad or ("recipient " .. i .. ": explain failed where classify answered")
              end
            end
          end
          if bad then failures[#failures + 1] = ("  %s (%d): %s"):format(file, k, bad) end
        end
      end
      assert(#failures == 0, report(failures, 3 * #names))
    end)
end)
