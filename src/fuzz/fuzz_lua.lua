-- The driver of src/fuzz/fuzz_lua.c: turns each fuzzer input into one call
-- of smtperr's Lua API and checks the answer. Returns the function the
-- harness calls with the input's bytes.
--
-- Input: byte 1 picks the call, byte 2 holds flags, bytes 3-4 a number;
-- then six short fields, each a length byte and that many bytes; the rest
-- is the text (a reply, a message, a code, a rules file).
-- luacheck: read globals fuzz_violation fuzz_rules_path
local smtperr = require("smtperr")
local violation = fuzz_violation           -- set by the harness: aborts with the message
local rules_path = fuzz_rules_path         -- a file of this process, for load_rules

local function sorted_keys(t)
  local keys = {}
  for k in pairs(t) do keys[#keys + 1] = k end
  table.sort(keys)
  return keys
end
local reasons, actions = sorted_keys(smtperr.reasons), sorted_keys(smtperr.actions)
local classes = { "success", "intermediate", "transient", "permanent" }
local is_class = { success = true, intermediate = true, transient = true, permanent = true }

local function fail(what, ...)
  local parts = { what }
  for i = 1, select("#", ...) do parts[#parts + 1] = ("%q"):format(tostring(select(i, ...))) end
  violation(table.concat(parts, " "))
end

-- Every string of a value (nested tables too) is valid UTF-8. Keys are
-- field names, or the caller's own header names (original_headers).
local function check_utf8(v, where, seen)
  if type(v) == "string" then
    if not utf8.len(v) then fail("invalid UTF-8 in " .. where, v) end
  elseif type(v) == "table" then
    seen = seen or {}
    if seen[v] then return end
    seen[v] = true
    for k, x in pairs(v) do check_utf8(x, where .. "." .. tostring(k), seen) end
  end
end

-- A classification's fields hold the vocabulary's names.
local function check_reading(r, where)
  if r.reason ~= nil and not smtperr.reasons[r.reason] then fail(where .. ": unknown reason", r.reason) end
  if r.action ~= nil and not smtperr.actions[r.action] then fail(where .. ": unknown action", r.action) end
  if r.class ~= nil and not is_class[r.class] then fail(where .. ": unknown class", r.class) end
  if r.reason ~= nil and (r.action == nil or r.class == nil) then fail(where .. ": reason without action or class") end
  if r.code ~= nil and (math.type(r.code) ~= "integer" or r.code < 100 or r.code > 599) then
    fail(where .. ": code out of range", r.code)
  end
end

-- Runs f(...): a string or table answer, or fail and a message; an error
-- only when 'may_raise' (an argument the call refuses), and then a string.
local function answer(name, may_raise, f, ...)
  local ok, r, err = pcall(f, ...)
  if not ok then
    if type(r) ~= "string" then fail(name .. " raised a non-string error", r) end
    if not may_raise then fail(name .. " raised", r) end
    return nil
  end
  if r == nil then
    if type(err) ~= "string" then fail(name .. " answered nil without a message", err) end
    return nil
  end
  if type(r) ~= "table" and type(r) ~= "string" then fail(name .. " answered a " .. type(r)) end
  return r
end

local function check_classify(r, name)
  if r == nil then return end
  if type(r) ~= "table" then fail(name .. " answered a " .. type(r)) end
  check_reading(r, name)
  check_utf8(r, name)
end

local function check_bounces(r, name)
  if r == nil then return end
  check_utf8(r, name)
  if type(r.recipients) ~= "table" or #r.recipients == 0 then fail(name .. ": no recipients") end
  for i, rc in ipairs(r.recipients) do check_reading(rc, name .. " recipient " .. i) end
end

local function pick(list, byte) return list[byte % #list + 1] end

local function bit(flags, k) return flags & (1 << k) ~= 0 end

-- The calls, each a function of the decoded input: in = { text, fields,
-- flags, number, code, lang, lang_may_raise }. Input byte 1 picks one
-- (modulo their number). A new function of the API is one more entry.
local calls = {
  function(in_)                                         -- classify(reply), explain(reply)
    local r = answer("classify", false, smtperr.classify, in_.text)
    check_classify(r, "classify")
    if r and not answer("explain", false, smtperr.explain, in_.text) then
      fail("explain failed where classify answered", in_.text)
    end
  end,

  function(in_)                                         -- classify(code, text)
    local r = answer("classify(code, text)", false, smtperr.classify, in_.code, in_.text)
    check_classify(r, "classify(code, text)")
    if r and not answer("explain", false, smtperr.explain, in_.code, nil) then
      -- explain(code) explains a code alone: classify(code) must answer too
      if smtperr.classify(in_.code) then fail("explain(code) failed where classify(code) answered", in_.code) end
    end
  end,

  function(in_)                                         -- explain(reply, lang)
    local r = answer("classify", false, smtperr.classify, in_.text)
    local e = answer("explain", in_.lang_may_raise, smtperr.explain, in_.text, in_.lang)
    if r and not e and not in_.lang_may_raise then fail("explain failed where classify answered", in_.text) end
    check_utf8(e, "explain")
  end,

  function(in_)                                         -- explain(code, lang)
    check_utf8(answer("explain(code)", in_.lang_may_raise, smtperr.explain, in_.code, in_.lang), "explain(code)")
  end,

  function(in_)                                         -- lookup(code or text, lang)
    local key = bit(in_.flags, 0) and in_.code or in_.text
    local e = answer("lookup", in_.lang_may_raise, smtperr.lookup, key, in_.lang)
    if e and type(e) ~= "table" then fail("lookup answered a " .. type(e)) end
    check_utf8(e, "lookup")
  end,

  function(in_)                                         -- bounces(message, options)
    local options, may_raise, fields = nil, false, in_.fields
    if bit(in_.flags, 0) then options = { headers = { fields[1], fields[2] } } end
    if bit(in_.flags, 1) then
      options = options or {}
      options[fields[3]] = true
      may_raise = fields[3] ~= "headers"
    end
    check_bounces(answer("bounces", may_raise, smtperr.bounces, in_.text, options), "bounces")
  end,

  function(in_)                                         -- new{rules, lang, texts} and its methods
    local flags, number, fields = in_.flags, in_.number, in_.fields
    local rule = {
      match = fields[1],
      reason = bit(flags, 0) and pick(reasons, number) or fields[2],
      action = bit(flags, 1) and pick(actions, number >> 4) or (bit(flags, 2) and fields[3] or nil),
      class = bit(flags, 3) and pick(classes, number >> 8) or nil,
      code = bit(flags, 4) and in_.code or nil,
      enhanced = bit(flags, 2) and fields[4] ~= "" and fields[4] or nil,
    }
    local options = { rules = { rule }, lang = bit(flags, 5) and "fr" or nil }
    if fields[5] ~= "" then options.rules[2] = { match = fields[5], reason = pick(reasons, #fields[5]) } end
    if bit(flags, 6) then options.texts = { [rule.reason] = { en = fields[6], fr = fields[3] } } end
    local ok, c = pcall(smtperr.new, options)
    if not ok then
      if type(c) ~= "string" then fail("new raised a non-string error", c) end
      return
    end
    local r = answer("c:classify", false, c.classify, c, in_.text)
    check_classify(r, "c:classify")
    local e = answer("c:explain", false, c.explain, c, in_.text)
    if r and not e then fail("c:explain failed where c:classify answered", in_.text) end
    check_utf8(e, "c:explain")
    check_bounces(answer("c:bounces", false, c.bounces, c, in_.text), "c:bounces")
    check_classify(answer("c:classify(match)", false, c.classify, c, fields[1]), "c:classify(match)")
    check_utf8(answer("c:lookup", false, c.lookup, c, in_.code), "c:lookup")
    if type(tostring(c)) ~= "string" then fail("tostring(c)") end
  end,

  function(in_)                                         -- load_rules(file in the line format)
    local f = assert(io.open(rules_path, "wb"))
    f:write(in_.text)
    f:close()
    local rules = answer("load_rules", false, smtperr.load_rules, rules_path)
    if rules then
      local ok, c = pcall(smtperr.new, { rules = rules })
      if not ok then fail("new refused the rules load_rules read", c) end
      check_classify(answer("c:classify", false, c.classify, c, in_.fields[1]), "c:classify")
      for _, rule in ipairs(rules) do
        check_classify(answer("c:classify(match)", false, c.classify, c, rule.match), "c:classify(match)")
      end
    end
  end,

  function(in_)                                         -- logline(line), logreader():feed/finish
    local ok, r = pcall(smtperr.logline, in_.text)    -- nil: no delivery in the line
    if not ok then fail("logline raised", r) end
    if r ~= nil and type(r) ~= "table" then fail("logline answered a " .. type(r)) end
    if r then check_reading(r, "logline") end
    local modes = { "all", "none", "failures" }
    local options = { classify = pick(modes, in_.number) }
    if bit(in_.flags, 0) then options.fields = { in_.fields[1], "reason", "recipient" } end
    local made, reader = pcall(smtperr.logreader, options)
    if not made then
      if type(reader) ~= "string" then fail("logreader raised a non-string error", reader) end
      return
    end
    local cut = in_.number % (#in_.text + 1)
    local records = {}
    for _, chunk in ipairs({ in_.text:sub(1, cut), in_.text:sub(cut + 1) }) do
      for _, rec in ipairs(answer("r:feed", false, reader.feed, reader, chunk) or {}) do records[#records + 1] = rec end
    end
    for _, rec in ipairs(answer("r:finish", false, reader.finish, reader) or {}) do records[#records + 1] = rec end
    for i, rec in ipairs(records) do
      if not options.fields then check_reading(rec, "logreader record " .. i) end
      check_utf8({ rec.reason, rec.class, rec.action, rec.evidence, rec.text }, "logreader record " .. i)
    end
    local stats = answer("r:stats", false, reader.stats, reader)
    local _, breaks = in_.text:gsub("\n", "")
    if not stats or math.type(stats.lines) ~= "integer" or stats.lines > breaks + 1 then
      fail("r:stats counts more lines than were fed", stats and stats.lines, breaks)
    end
  end,
}

return function(data)
  local op, flags = data:byte(1) or 0, data:byte(2) or 0
  local number = ((data:byte(3) or 0) << 8 | (data:byte(4) or 0))
  local at, fields = 5, {}
  for k = 1, 6 do
    local n = data:byte(at) or 0
    fields[k] = data:sub(at + 1, at + n)
    at = at + 1 + n
  end
  local in_ = { text = data:sub(at), fields = fields, flags = flags, number = number, code = number % 1000 }
  if bit(flags, 7) then in_.code = in_.code + (number >> 10) / 8 end     -- a number with a fraction
  in_.lang = ({ nil, "en", "fr" })[(flags >> 5) % 4 + 1]
  if (flags >> 5) % 4 == 3 then in_.lang, in_.lang_may_raise = fields[6], fields[6] ~= "en" and fields[6] ~= "fr" end
  calls[op % #calls + 1](in_)
end
