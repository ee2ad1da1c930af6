--[[
gen-tables.lua: reads the data source (src/data/*.lua), checks it, and
writes the C tables src/gen_tables.h and src/gen_tables.c (src/tools/mkdfa.c then
compiles their phrases into src/gen_automaton.c).

  lua5.4 lua/smtperr/tools/gen-tables.lua SRC_DATA_DIR OUT_DIR

The output depends on the data only (no dates, no paths), so that
`make check-generated` can compare it with the committed copy.
]]

local data_dir, out_dir = arg[1], arg[2]
if not data_dir or not out_dir then
  io.stderr:write("usage: gen-tables.lua DATA_DIR OUT_DIR\n")
  os.exit(2)
end

local errors = {}
local function fail(where, fmt, ...)
  errors[#errors + 1] = where .. ": " .. string.format(fmt, ...)
end

local function load(name)
  local path = data_dir .. "/" .. name
  local chunk, err = loadfile(path)
  if not chunk then
    io.stderr:write(err, "\n")
    os.exit(1)
  end
  return chunk(), path
end

-- The limits the core is built with (src/selimits.h, beside the data).
local function read_limits()
  local path = data_dir .. "/../selimits.h"
  local f = io.open(path, "rb")
  if not f then
    io.stderr:write("gen-tables: cannot read ", path, "\n")
    os.exit(1)
  end
  local text = f:read("a")
  f:close()
  local limits = {}
  for name, value in text:gmatch("#define (SE_[%u_]+) (%d+)u?\n") do limits[name] = tonumber(value) end
  return limits
end
local LIMITS = read_limits()
local MAXPHRASE = assert(LIMITS.SE_MAXPHRASE, "SE_MAXPHRASE not found in selimits.h")
local WARN_PERCENT = assert(LIMITS.SE_WARN_PERCENT, "SE_WARN_PERCENT not found in selimits.h")

-- Says so when a table passes WARN_PERCENT of what the C can hold.
local function check_limit(what, count, limit)
  if count > limit then
    io.stderr:write(string.format("gen-tables: %d %s, over the limit of %d\n", count, what, limit))
    os.exit(1)
  elseif count * 100 >= limit * WARN_PERCENT then
    io.stderr:write(string.format("gen-tables: warning: %d %s, %d%% of the limit of %d\n",
                                  count, what, count * 100 // limit, limit))
  end
end

local vocab, vocab_path = load("vocab.lua")
local codes, codes_path = load("codes.lua")
local enhanced, enhanced_path = load("enhanced.lua")
local providers, providers_path = load("providers.lua")
local phrases, phrases_path = load("phrases.lua")
-- The phrases of other languages than English: a list like phrases.reasons.
local intl_phrases, intl_path = load("phrases-intl.lua")

-- The fixed parts of the C core (smtperr.h): classes and commands.
local CLASSES = { "success", "intermediate", "transient", "permanent" }
local CLASS_DIGIT = { ["2"] = "success", ["4"] = "transient", ["5"] = "permanent" }
local COMMANDS = { "CONNECT", "EHLO", "HELO", "STARTTLS", "AUTH", "MAIL", "RCPT", "DATA", "BDAT" }
local REQUIRED_REASONS = { "unknown", "success", "intermediate", "sender_rejected" }

local class_index, command_index = {}, {}
for i, name in ipairs(CLASSES) do class_index[name] = i end
for i, name in ipairs(COMMANDS) do command_index[name] = i end

---------------------------------------------------------------- C output

local function cstr(s)
  if s == nil then return "NULL" end
  s = s:gsub('[\\"?\n\t]', { ["\\"] = "\\\\", ['"'] = '\\"', ["?"] = "\\?",
                              ["\n"] = "\\n", ["\t"] = "\\t" })
  return '"' .. s .. '"'
end

local function ctext(t)
  if t == nil then return "{NULL, NULL}" end
  return "{" .. cstr(t.en) .. ", " .. cstr(t.fr) .. "}"
end

local function upper_id(s)
  return (s:upper():gsub("[^%w]", "_"))
end

---------------------------------------------------------------- checks

local function check_text(where, t, optional)
  if t == nil and optional then return end
  if type(t) ~= "table" then
    fail(where, "expected a text { en = ..., fr = ... }")
    return
  end
  for _, lang in ipairs({ "en", "fr" }) do
    local s = t[lang]
    if type(s) ~= "string" or s == "" then
      fail(where, "missing %s text", lang)
    elseif s:find("%s$") or s:find("^%s") then
      fail(where, "%s text has leading or trailing space", lang)
    end
  end
  for k in pairs(t) do
    if k ~= "en" and k ~= "fr" then fail(where, "unknown language %q", tostring(k)) end
  end
end

---------------------------------------------------------------- vocabulary

for i, c in ipairs(vocab.classes) do
  if c[1] ~= CLASSES[i] then
    fail(vocab_path, "class %d must be %q (the order is fixed in smtperr.h)", i, CLASSES[i])
  end
  check_text(vocab_path .. ": class " .. tostring(c[1]), c[2])
end

local action_index, actions = {}, {}
for i, a in ipairs(vocab.actions) do
  if action_index[a[1]] then fail(vocab_path, "action %q twice", a[1]) end
  action_index[a[1]] = i - 1
  actions[i] = a
  check_text(vocab_path .. ": action " .. a[1], a[2])
end

local reason_index, reasons = {}, {}
for i, r in ipairs(vocab.reasons) do
  local where = vocab_path .. ": reason " .. tostring(r[1])
  if reason_index[r[1]] then fail(where, "defined twice") end
  reason_index[r[1]] = i - 1
  reasons[i] = r
  if not class_index[r.class] then fail(where, "bad class %q", tostring(r.class)) end
  for _, k in ipairs({ "transient", "permanent" }) do
    if not action_index[r[k]] then fail(where, "bad %s action %q", k, tostring(r[k])) end
  end
  check_text(where, r.text)
end
for _, name in ipairs(REQUIRED_REASONS) do
  if not reason_index[name] then fail(vocab_path, "reason %q is required", name) end
end

local function check_reason(where, name)
  if reason_index[name] == nil then fail(where, "unknown reason %q", tostring(name)) end
  return reason_index[name] or 0
end

local function check_action(where, name)
  if action_index[name] == nil then fail(where, "unknown action %q", tostring(name)) end
  return action_index[name] or 0
end

-- The action a reason calls for in a class.
local function reason_action(reason, class)
  local r = reasons[reason_index[reason] + 1]
  return r[class] or r.permanent
end

---------------------------------------------------------------- basic codes

local basic = {}
local seen_code = {}
for i, e in ipairs(codes) do
  local where = codes_path .. ": entry " .. i .. " (" .. tostring(e.code) .. ")"
  if math.type and math.type(e.code) ~= "integer" or type(e.code) ~= "number"
     or e.code < 100 or e.code > 599 or e.code % 1 ~= 0 then
    fail(where, "code must be an integer 100-599")
  elseif seen_code[e.code] then
    fail(where, "code listed twice")
  else
    seen_code[e.code] = true
    if not class_index[e.class] then fail(where, "bad class %q", tostring(e.class)) end
    check_reason(where, e.reason)
    if e.action then check_action(where, e.action) end
    if type(e.standard) ~= "boolean" then fail(where, "standard must be true or false") end
    if type(e.source) ~= "string" or e.source == "" then fail(where, "source is required") end
    for _, f in ipairs({ "title", "meaning", "advice" }) do check_text(where .. " " .. f, e[f]) end
    check_text(where .. " note", e.note, true)
    if not e.standard and not e.note then fail(where, "a nonstandard code needs a note") end
    if e.shadows and not e.shadows:match("^[245]%.%d%d?%d?%.%d%d?%d?$") then
      fail(where, "shadows must be an enhanced code")
    end
    basic[#basic + 1] = e
  end
end
table.sort(basic, function(a, b) return a.code < b.code end)

---------------------------------------------------------------- enhanced codes

local concrete, subjects = {}, {}
local CLASS_KEY = { success = "success", transient = "transient", permanent = "permanent" }
for i, e in ipairs(enhanced) do
  local where = enhanced_path .. ": entry " .. i .. " (" .. tostring(e[1]) .. ")"
  for _, f in ipairs({ "title", "meaning" }) do check_text(where .. " " .. f, e[f]) end
  check_reason(where, e.reason)
  if type(e.source) ~= "string" then fail(where, "source is required") end
  local advice = e.advice
  local function advice_for(class)
    if type(advice) == "table" and advice.en then return advice end
    local a = type(advice) == "table" and (advice[CLASS_KEY[class]] or advice.permanent or advice.transient)
    if not a then fail(where, "no advice for class %s", class) end
    return a
  end
  if e.subject then
    local s = e[1]:match("^X%.(%d)%.YYY$")
    if not s then
      fail(where, "a subject row is written X.n.YYY")
    else
      check_text(where .. " advice", advice_for("permanent"))
      subjects[tonumber(s) + 1] = { e = e, subject = tonumber(s), advice = advice_for("permanent") }
    end
  else
    local s, d = e[1]:match("^X%.(%d+)%.(%d+)$")
    if not s then
      fail(where, "an enhanced code is written X.n.n")
    elseif type(e.classes) ~= "string" or not e.classes:match("^[245]+$") then
      fail(where, "classes must be made of 2, 4 and 5")
    else
      for digit in e.classes:gmatch(".") do
        local class = CLASS_DIGIT[digit]
        local a = advice_for(class)
        check_text(where .. " advice", a)
        local reason = class == "success" and "success" or e.reason
        concrete[#concrete + 1] = {
          code = digit .. "." .. s .. "." .. d,
          key = tonumber(digit) * 1000000 + tonumber(s) * 1000 + tonumber(d),
          class = class, reason = reason,
          action = e.action and e.action[class] or reason_action(reason, class),
          source = e.source, title = e.title, meaning = e.meaning, advice = a, note = e.note,
          broad = e.broad,
        }
      end
    end
  end
end
for s = 0, 7 do
  if not subjects[s + 1] then fail(enhanced_path, "subject X.%d.YYY is missing", s) end
end
table.sort(concrete, function(a, b) return a.key < b.key end)
for i = 2, #concrete do
  if concrete[i].key == concrete[i - 1].key then fail(enhanced_path, "%s twice", concrete[i].code) end
end

---------------------------------------------------------------- providers

local provider_index, provider_list = {}, {}
local provider_codes = {}
local phrase_list = {}   -- every phrase of every kind, in a stable order

local function add_phrase(where, p)
  if type(p.text) ~= "string" or p.text:match("^%s*$") then
    fail(where, "empty phrase")
    return
  end
  if #p.text > MAXPHRASE then fail(where, "phrase longer than %d bytes", MAXPHRASE) end
  p.where = where
  phrase_list[#phrase_list + 1] = p
end

for i, p in ipairs(providers) do
  local where = providers_path .. ": provider " .. tostring(p.id or i)
  if type(p.id) ~= "string" or not p.id:match("^[%l%d_]+$") then fail(where, "id must be lower case") end
  if provider_index[p.id] then fail(where, "defined twice") end
  provider_index[p.id] = i
  provider_list[i] = p
  if type(p.name) ~= "string" then fail(where, "name is required") end
end

for i, p in ipairs(providers) do
  local where = providers_path .. ": provider " .. tostring(p.id or i)
  for _, d in ipairs(p.detect or {}) do
    add_phrase(where, { text = d, kind = "PROVIDER", value = i, flags = { "SE_F_START" } })
  end
  for j, c in ipairs(p.codes or {}) do
    local w = where .. " code " .. j
    local class, subject, lo, hi = tostring(c[1]):match("^([245X])%.(%d+)%.(%d+)%-?(%d*)$")
    if not class then
      fail(w, "code must look like 5.7.26, X.7.26 or 5.7.606-649")
    else
      local mask = class == "X" and 0x30 or (1 << tonumber(class))
      provider_codes[#provider_codes + 1] = {
        provider = i - 1, classes = mask, exclusive = c.exclusive and 1 or 0,
        reason = check_reason(w, c[2]), subject = tonumber(subject),
        lo = tonumber(lo), hi = tonumber(hi ~= "" and hi or lo),
      }
    end
  end
  for j, ph in ipairs(p.phrases or {}) do
    local w = where .. " phrase " .. j
    add_phrase(w, { text = ph[1], kind = "REASON", value = check_reason(w, ph[2]),
                    provider = i, flags = ph.word and { "SE_F_WORD" } or {} })
  end
end

---------------------------------------------------------------- phrases

-- A list of reason phrases (phrases.reasons, the phrases of phrases-intl.lua).
local function add_reason_phrases(list, path, section)
  for i, ph in ipairs(list) do
    local where = path .. ": " .. section .. i .. " (" .. tostring(ph[1]) .. ")"
    local value = ph[2] == "none" and "SE_R_NONE" or check_reason(where, ph[2])
    local flags = {}
    if ph.word then flags[#flags + 1] = "SE_F_WORD" end
    if ph.whole then flags[#flags + 1] = "SE_F_WHOLE" end
    local fallback = value ~= "SE_R_NONE" and reasons[value + 1].fallback
    if ph.weak or fallback then flags[#flags + 1] = "SE_F_WEAK" end
    if fallback then flags[#flags + 1] = "SE_F_FALLBACK" end
    local provider = 0
    if ph.provider then
      provider = provider_index[ph.provider] or 0
      if provider == 0 then fail(where, "unknown provider %q", ph.provider) end
    end
    if ph.class and not class_index[ph.class] then fail(where, "bad class %q", ph.class) end
    local enhanced_key = 0
    if ph.enhanced then
      local c, s, d = tostring(ph.enhanced):match("^([245])%.(%d+)%.(%d+)$")
      if not c then fail(where, "enhanced must be like 5.7.1") end
      enhanced_key = c and (tonumber(c) * 1000000 + tonumber(s) * 1000 + tonumber(d)) or 0
    end
    if ph.code and (type(ph.code) ~= "number" or ph.code < 100 or ph.code > 599) then
      fail(where, "code must be a reply code")
    end
    add_phrase(where, {
      text = ph[1], kind = "REASON", value = value, flags = flags, provider = provider,
      permanent = ph.permanent and check_reason(where, ph.permanent),
      class = ph.class and class_index[ph.class], code = ph.code, enhanced = enhanced_key,
    })
  end
end

add_reason_phrases(phrases.reasons, phrases_path, "reasons ")
add_reason_phrases(intl_phrases, intl_path, "entry ")

for i, c in ipairs(phrases.commands) do
  local where = phrases_path .. ": commands " .. i
  if not command_index[c[2]] then fail(where, "unknown command %q", tostring(c[2])) end
  add_phrase(where, { text = c[1], kind = "COMMAND", value = command_index[c[2]] or 0,
                      flags = { "SE_F_WORD" } })
end

for i, c in ipairs(phrases.class_hints) do
  local where = phrases_path .. ": class_hints " .. i
  if not class_index[c[2]] then fail(where, "bad class %q", tostring(c[2])) end
  add_phrase(where, { text = c[1], kind = "CLASS", value = class_index[c[2]] or 0,
                      flags = c.word and { "SE_F_WORD" } or {} })
end

for i, w in ipairs(phrases.waits) do
  add_phrase(phrases_path .. ": waits " .. i, { text = w, kind = "WAIT", value = 0, flags = { "SE_F_WORD" } })
end

for i, h in ipairs(phrases.hosts) do
  add_phrase(phrases_path .. ": hosts " .. i, { text = h, kind = "HOST", value = 0, flags = { "SE_F_WORD" } })
end

for i, w in ipairs(phrases.senders) do
  add_phrase(phrases_path .. ": senders " .. i, { text = w, kind = "SENDER", value = 0, flags = {} })
end

for i, l in ipairs(phrases.links) do
  add_phrase(phrases_path .. ": links " .. i, { text = l, kind = "LINK", value = 0, flags = {} })
end

for i, a in ipairs(phrases.advice) do
  add_phrase(phrases_path .. ": advice " .. i, { text = a, kind = "ADVICE", value = 0, flags = { "SE_F_START" } })
end

for i, a in ipairs(phrases.addresses) do
  add_phrase(phrases_path .. ": addresses " .. i, { text = a, kind = "ADDRESS", value = 0, flags = {} })
end

-- A text as the matcher folds it (se_fold_phrase in src/ac.c): ASCII in
-- small letters, Latin-1 letters without accents, the typographic
-- apostrophes, hyphens and dashes plain, one space for each run of them.
local LATIN1 = "aaaaaaaceeeeiiiidnooooo\0ouuuuyts" .. "aaaaaaaceeeeiiiidnooooo\0ouuuuyty"
local function fold(s)
  s = s:gsub("\xC3([\x80-\xBF])", function(c)
    local f = LATIN1:sub(c:byte() - 0x7F, c:byte() - 0x7F)
    return f ~= "\0" and f or nil
  end)
  s = s:gsub("\xC2\xA0", " "):gsub("\xC5[\x92\x93]", "o"):gsub("\xE2\x80[\x98\x99]", "'")
       :gsub("\xE2\x80[\x90\x91\x93\x94]", "-")
  return (s:lower():gsub("%s+", " "):gsub("^ ", ""):gsub(" $", ""))
end

-- The same folded text twice with the same kind and provider is a mistake.
do
  local seen = {}
  for _, p in ipairs(phrase_list) do
    local key = p.kind .. "\0" .. tostring(p.provider or 0) .. "\0" .. tostring(p.code or 0)
      .. "\0" .. tostring(p.enhanced or 0) .. "\0" .. fold(p.text)
    if seen[key] then
      fail(p.where, "phrase %q listed twice (%s)", p.text, p.kind)
    end
    seen[key] = true
  end
end

---------------------------------------------------------------- case variants

-- The matcher folds the case of ASCII and Latin-1 letters only (se_fold_next
-- in src/ac.c gives one byte for a letter, and a capital of another script
-- is not one byte away from its small letter). A phrase with letters of
-- Latin Extended-A, Greek or Cyrillic is matched through case variants: all
-- small letters, the first letter a capital, all capitals. Each is an entry
-- of its own with the phrase's text, kind and meaning; only the text the
-- automaton matches differs (se_phrase_variants).

-- Capitals: the first, the last, the distance to the small letter, the step.
local CASE_RANGES = {
  -- Latin Extended-A, without the dotted and dotless i and the oe ligature (folded to o)
  { 0x0100, 0x012E, 1, 2 }, { 0x0132, 0x0136, 1, 2 }, { 0x0139, 0x0147, 1, 2 },
  { 0x014A, 0x0150, 1, 2 }, { 0x0154, 0x0176, 1, 2 }, { 0x0179, 0x017D, 1, 2 },
  -- Greek, with the accented vowels
  { 0x0386, 0x0386, 0x26, 1 }, { 0x0388, 0x038A, 0x25, 1 }, { 0x038C, 0x038C, 0x40, 1 },
  { 0x038E, 0x038F, 0x3F, 1 }, { 0x0391, 0x03A1, 0x20, 1 }, { 0x03A3, 0x03AB, 0x20, 1 },
  -- Cyrillic
  { 0x0400, 0x040F, 0x50, 1 }, { 0x0410, 0x042F, 0x20, 1 }, { 0x0460, 0x0480, 1, 2 },
  { 0x048A, 0x04BE, 1, 2 }, { 0x04C1, 0x04CD, 1, 2 }, { 0x04D0, 0x04FE, 1, 2 },
}
local TO_LOWER, TO_UPPER = {}, {}
for _, r in ipairs(CASE_RANGES) do
  for cp = r[1], r[2], r[4] do
    TO_LOWER[cp] = cp + r[3]
    TO_UPPER[cp + r[3]] = cp
  end
end
TO_UPPER[0x03C2] = 0x03A3   -- final sigma

-- s with its letters mapped by 'map', from the first one only when 'first'.
local function recase(s, map, first)
  local out = {}
  for _, cp in utf8.codes(s) do
    out[#out + 1] = utf8.char(map[cp] and (not first or #out == 0) and map[cp] or cp)
  end
  return table.concat(out)
end

-- The texts besides p.text the automaton must match for p, or nil.
local function case_variants(p)
  if not utf8.len(p.text) then
    fail(p.where, "phrase is not UTF-8")
    return nil
  end
  local cased = false
  for _, cp in utf8.codes(p.text) do cased = cased or TO_LOWER[cp] ~= nil or TO_UPPER[cp] ~= nil end
  if not cased then return nil end
  local lower = recase(p.text, TO_LOWER)
  local seen, list = { [p.text] = true }, {}
  for _, v in ipairs({ lower, recase(lower, TO_UPPER, true), recase(lower, TO_UPPER) }) do
    if not seen[v] then
      seen[v] = true
      list[#list + 1] = v
    end
  end
  return list
end

do
  local expanded = {}
  for _, p in ipairs(phrase_list) do
    expanded[#expanded + 1] = p
    for _, v in ipairs(case_variants(p) or {}) do
      local copy = { pattern = v }
      for k, x in pairs(p) do copy[k] = x end
      expanded[#expanded + 1] = copy
    end
  end
  phrase_list = expanded
end

-- Each phrase's C name: its kind and words, and a hash of what makes it
-- unique when two would share a name. Names, unlike indices, do not change
-- when a phrase is added before them, so the automaton that lists them
-- changes only where the phrases do.
local KIND_PREFIX = { REASON = "", PROVIDER = "P_", COMMAND = "C_", CLASS = "K_", WAIT = "W_",
                      HOST = "H_", SENDER = "S_", LINK = "L_", ADDRESS = "A_",
                      ADVICE = "V_" }

local function fnv1a(s)
  local h = 2166136261
  for i = 1, #s do h = ((h ~ s:byte(i)) * 16777619) & 0xffffffff end
  return h
end

do
  local groups = {}
  for _, p in ipairs(phrase_list) do
    local words = p.text:upper():gsub("[^%w]+", "_"):gsub("^_+", ""):gsub("_+$", ""):sub(1, 48)
    p.key = table.concat({ p.kind, tostring(p.provider or 0), tostring(p.code or 0),
                           tostring(p.enhanced or 0), p.text:lower(), p.pattern }, "\0")
    p.name = "SE_PH_" .. KIND_PREFIX[p.kind] .. (words ~= "" and words or "X")
    groups[p.name] = (groups[p.name] or 0) + 1
  end
  local taken = {}
  for _, p in ipairs(phrase_list) do
    if groups[p.name] > 1 then p.name = string.format("%s_%08X", p.name, fnv1a(p.key)) end
    if taken[p.name] then fail(p.where, "two phrases named %s", p.name) end
    taken[p.name] = true
  end
end

if #errors > 0 then
  io.stderr:write(table.concat(errors, "\n"), "\n")
  io.stderr:write(#errors, " error(s) in ", data_dir, "\n")
  os.exit(1)
end

---------------------------------------------------------------- write

local BANNER = "/* Generated by lua/smtperr/tools/gen-tables.lua from src/data/: do not edit. */\n"

local function write(name, text)
  local f = assert(io.open(out_dir .. "/" .. name, "wb"))
  f:write(text)
  f:close()
end

local h = { BANNER, "#ifndef SMTPERR_GEN_TABLES_H\n#define SMTPERR_GEN_TABLES_H\n\n" }
h[#h + 1] = "enum se_reason {\n"
for i, r in ipairs(reasons) do
  h[#h + 1] = string.format("  SE_R_%s%s\n", upper_id(r[1]), i < #reasons and "," or "")
end
h[#h + 1] = "};\n#define SE_NREASONS " .. #reasons .. "\n\nenum se_action {\n"
for i, a in ipairs(actions) do
  h[#h + 1] = string.format("  SE_A_%s%s\n", upper_id(a[1]), i < #actions and "," or "")
end
h[#h + 1] = "};\n#define SE_NACTIONS " .. #actions .. "\n\n"
h[#h + 1] = string.format("#define SE_NBASIC %d\n#define SE_NENHANCED %d\n", #basic, #concrete)
h[#h + 1] = string.format("#define SE_NPROVIDERS %d\n#define SE_NPROVIDER_CODES %d\n",
                          #provider_list, math.max(#provider_codes, 1))
h[#h + 1] = "\n/* Phrase ids (se_phrases[id]). */\nenum se_phrase_id {\n"
for _, p in ipairs(phrase_list) do h[#h + 1] = "  " .. p.name .. ",\n" end
h[#h + 1] = "  SE_NPHRASES\n};\n\n#endif\n"
write("gen_tables.h", table.concat(h))

local c = { BANNER, '#include "tables.h"\n\n' }
local function add(fmt, ...) c[#c + 1] = string.format(fmt, ...) end

add("const se_class_info se_classes[SE_NCLASSES] = {\n  {NULL, {NULL, NULL}},\n")
for _, cl in ipairs(vocab.classes) do add("  {%s, %s},\n", cstr(cl[1]), ctext(cl[2])) end
add("};\n\n")

add("const se_reason_info se_reasons[SE_NREASONS] = {\n")
for _, r in ipairs(reasons) do
  add("  {%s, %d, %d, %d, {SE_A_NONE, SE_A_%s, SE_A_%s, SE_A_%s, SE_A_%s},\n   %s},\n",
      cstr(r[1]), class_index[r.class], r.hard and 1 or 0, r.address and 1 or 0,
      upper_id(r.success or "none"), upper_id(r.intermediate or "continue"),
      upper_id(r.transient), upper_id(r.permanent), ctext(r.text))
end
add("};\n\n")

add("const se_action_info se_actions[SE_NACTIONS] = {\n")
for _, a in ipairs(actions) do add("  {%s, %s},\n", cstr(a[1]), ctext(a[2])) end
add("};\n\n")

add("const char *const se_commands[SE_NCOMMANDS] = {\n  NULL")
for _, name in ipairs(COMMANDS) do add(", %s", cstr(name)) end
add("\n};\n\n")

local function entry(e, code, key, action, slot)
  return string.format(
    "  {%s, %du, %d, SE_R_%s, SE_A_%s, %d, %d, %d,\n   %s,\n   %s,\n   %s,\n   %s,\n   %s,\n   %s},\n",
    cstr(code), key, class_index[e.class], upper_id(e.reason), upper_id(action),
    e.standard == false and 0 or 1, e.broad and 1 or 0, slot, cstr(e.source), cstr(e.shadows),
    ctext(e.title), ctext(e.meaning), ctext(e.advice), ctext(e.note))
end

add("const se_entry se_basic[SE_NBASIC] = {\n")
local basic_index = {}
for i, e in ipairs(basic) do
  basic_index[e.code] = i - 1
  c[#c + 1] = entry(e, tostring(e.code), e.code, e.action or reason_action(e.reason, e.class), i - 1)
end
add("};\n\n")

add("const int16_t se_basic_index[1000] = {")
for code = 0, 999 do
  if code % 20 == 0 then add("\n ") end
  add(" %d,", basic_index[code] or -1)
end
add("\n};\n\n")

add("const se_entry se_enhanced[SE_NENHANCED] = {\n")
for i, e in ipairs(concrete) do
  c[#c + 1] = entry(e, e.code, e.key, e.action, #basic + i - 1)
end
add("};\n\n")

add("const se_entry se_subjects[8] = {\n")
for s = 0, 7 do
  local sub = subjects[s + 1]
  local e = setmetatable({ class = "permanent", advice = sub.advice }, { __index = sub.e })
  c[#c + 1] = entry(e, "X." .. s .. ".YYY", s * 1000,
                    e.action and e.action.permanent or reason_action(e.reason, "permanent"),
                    #basic + #concrete + s)
end
add("};\n\n")

add("const se_provider se_providers[SE_NPROVIDERS] = {\n")
for _, p in ipairs(provider_list) do add("  {%s, %s},\n", cstr(p.id), cstr(p.name)) end
add("};\n\n")

-- Sorted by subject: classify looks a subject's codes up by binary search.
table.sort(provider_codes, function(a, b)
  if a.subject ~= b.subject then return a.subject < b.subject end
  if a.lo ~= b.lo then return a.lo < b.lo end
  return a.provider < b.provider
end)
add("const se_provider_code se_provider_codes[SE_NPROVIDER_CODES] = {\n")
for _, pc in ipairs(provider_codes) do
  add("  {%d, 0x%02x, %d, %d, %d, %d, %d},\n", pc.provider, pc.classes, pc.exclusive,
      pc.reason, pc.subject, pc.lo, pc.hi)
end
if #provider_codes == 0 then add("  {0, 0, 0, 0, 0, 0, 0}\n") end
add("};\n\n")

add("const se_phrase se_phrases[SE_NPHRASES] = {\n")
for _, p in ipairs(phrase_list) do
  local value = p.value
  if type(value) == "number" then value = tostring(value) end
  local flags = #(p.flags or {}) > 0 and table.concat(p.flags, " | ") or "0"
  add("  {%s, SE_K_%s, %s, %s, %d, %d, SE_NACTIONS, %s, %d, %du},\n",
      cstr(p.text), p.kind, value, p.permanent and tostring(p.permanent) or value,
      p.provider or 0, p.class or 0, flags, p.code or 0, p.enhanced or 0)
end
add("};\n\n")

-- The names, for the automaton's generator only.
add("#if defined(SE_GENERATOR)\nconst char *const se_phrase_names[SE_NPHRASES] = {\n")
for _, p in ipairs(phrase_list) do add("  %s,\n", cstr(p.name)) end
add("};\n\nconst se_phrase_variant se_phrase_variants[] = {\n")
for _, p in ipairs(phrase_list) do
  if p.pattern then add("  {%s, %s},\n", p.name, cstr(p.pattern)) end
end
add("  {0, NULL}\n};\n#endif\n")
write("gen_tables.c", table.concat(c))

check_limit("phrases", #phrase_list, LIMITS.SE_AC_MAXPHRASES)
check_limit("reasons", #reasons, 255)
check_limit("actions", #actions, 255)
check_limit("providers", #provider_list, 254)
check_limit("code table entries", #basic + #concrete + 8, 65535)

io.write(string.format("gen-tables: %d basic codes, %d enhanced codes, %d providers, %d phrases\n",
                       #basic, #concrete, #provider_list, #phrase_list))
