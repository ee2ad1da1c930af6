#!/usr/bin/env lua
-- smtperr: explain SMTP replies, look up reply codes, classify replies and
-- scan mail logs (Postfix, Exim, Sendmail, DSN bounce messages) for failed
-- deliveries. Runs unchanged on Lua 5.1 to 5.4 and LuaJIT 2.1; --json needs
-- lua-cjson or dkjson.

local smtperr = require("smtperr")

local PROGRAM = "smtperr"
local BLOCK = 65536                 -- bytes read at a time
local MAX_LINE = 1048576            -- a longer line is cut there
local MB = 1048576
-- Progress is shown every 50 MB; SMTPERR_PROGRESS_STEP (bytes) changes the
-- step for tests.
local PROGRESS_STEP = tonumber(os.getenv("SMTPERR_PROGRESS_STEP") or "") or 50 * MB
local WIDTH = 100                   -- wrap summary lists here
local TEXT_WIDTH = 78               -- wrap paragraphs here

-- {======================================================================
-- Small helpers
-- =======================================================================

local function out(...)
  io.stdout:write(...)
end

local function warn(message)
  io.stderr:write(PROGRAM, ": ", message, "\n")
end

-- Exits with status 1 after a message.
local function fail(message)
  warn(message)
  os.exit(1)
end

-- Exits with status 2 after a usage message pointing to the right help.
local function usage_error(message, command)
  local see = command and (PROGRAM .. " " .. command .. " --help") or (PROGRAM .. " --help")
  io.stderr:write(PROGRAM, ": ", message, " (see ", see, ")\n")
  os.exit(2)
end

-- The number of characters of a UTF-8 string (continuation bytes skipped).
local function width(s)
  local _, n = s:gsub("[^\128-\191]", "")
  return n
end

local function pad(s, n)
  return s .. string.rep(" ", n - width(s))
end

-- Word-wraps text to TEXT_WIDTH columns; the first line follows a label of
-- 'indent' columns, the others start with 'indent' spaces.
local function wrap(text, indent, limit)
  limit = limit or TEXT_WIDTH
  local lines, line, len = {}, nil, indent
  for word in text:gmatch("%S+") do
    local w = width(word)
    if line and len + 1 + w > limit then
      lines[#lines + 1] = line
      line, len = nil, indent
    end
    if line then
      line, len = line .. " " .. word, len + 1 + w
    else
      line, len = word, len + w
    end
  end
  lines[#lines + 1] = line or ""
  return table.concat(lines, "\n" .. string.rep(" ", indent))
end

-- Joins items with commas into lines of at most WIDTH columns: the first
-- starts with 'first', the others with 'indent' spaces. After max_lines
-- lines, the items left are counted with more(n). Ends with a newline.
local function fill(items, indent, first, max_lines, more)
  local lines, line = {}, nil
  for i, item in ipairs(items) do
    local piece = item .. (i < #items and "," or "")
    local last = max_lines and #lines + 1 >= max_lines
    local need = width(piece) + (last and i < #items and 1 + width(more(#items - i)) or 0)
    if line and width(line) + 1 + need > WIDTH then
      if last then
        line = line .. " " .. more(#items - i + 1)
        break
      end
      lines[#lines + 1] = line
      line = nil
    end
    if line then
      line = line .. " " .. piece
    else
      line = (#lines == 0 and first or string.rep(" ", indent)) .. piece
    end
  end
  lines[#lines + 1] = line
  return table.concat(lines, "\n") .. "\n"
end

-- Turns bytes that are not UTF-8 into characters, reading them as
-- Latin-1, and NUL into U+FFFD: JSON output stays valid.
local function to_utf8(s)
  if not s:find("[\128-\255]") and not s:find("\0", 1, true) then return s end
  local parts, i, n = {}, 1, #s
  while i <= n do
    local c = s:byte(i)
    local len = c < 128 and 1 or (c >= 194 and c <= 223) and 2
      or (c >= 224 and c <= 239) and 3 or (c >= 240 and c <= 244) and 4 or 0
    local ok = len > 0 and c ~= 0
    for j = i + 1, i + len - 1 do
      local b = s:byte(j)
      if not b or b < 128 or b > 191 then ok = false end
    end
    if ok then
      parts[#parts + 1] = s:sub(i, i + len - 1)
      i = i + len
    else
      parts[#parts + 1] = c == 0 and "\239\191\189"
        or string.char(192 + math.floor(c / 64), 128 + c % 64)
      i = i + 1
    end
  end
  return table.concat(parts)
end

local function clean(s)
  return s and to_utf8(s)
end

-- Sorts a name -> count map into a list of { name, count }, biggest first.
local function by_count(map)
  local list = {}
  for name, count in pairs(map) do list[#list + 1] = { name = name, count = count } end
  table.sort(list, function(a, b)
    if a.count ~= b.count then return a.count > b.count end
    return a.name < b.name
  end)
  return list
end

local function sorted_keys(map)
  local list = {}
  for key in pairs(map) do list[#list + 1] = key end
  table.sort(list)
  return list
end

local function increment(map, key, n)
  map[key] = (map[key] or 0) + (n or 1)
end

-- A count in words: forms is { singular, plural }, each with a %d.
local function plural(forms, n)
  return string.format(n == 1 and forms[1] or forms[2], n)
end

-- An address without angle brackets, its domain in lower case.
local function normalize_address(a)
  if not a then return nil end
  a = a:gsub("^%s*<?", ""):gsub(">?%s*$", "")
  if a == "" then return nil end
  local user, domain = a:match("^(.*)@([^@]+)$")
  if user then return user .. "@" .. domain:lower() end
  return a
end

local function domain_of(address)
  return address and address:match("@([^@]+)$")
end

-- }======================================================================

-- {======================================================================
-- Texts of the summary and of lookup, in English and French
-- =======================================================================

local TEXTS = {
  en = {
    stdin = "standard input",
    read = "%d lines",
    delivered = "Delivered %d, failed or deferred %d (bounced %d, deferred %d)",
    stages = "By SMTP stage:",
    no_stage = "not said",
    domains = "By recipient domain:",
    more = { "and %d more", "and %d more" },
    none = "No failed or deferred delivery found.",
    hard = { "Hard bounces: %d address to remove", "Hard bounces: %d addresses to remove" },
    retry = "Soft failures worth retrying: ",
    failures = { "%d failure", "%d failures" },
    pending = { "%d address still failing", "%d addresses still failing" },
    recovered = { "%d delivered later", "%d delivered later" },
    tries = "%d tries",
    retry_after = "retry after %d s",
    sender = "Sender-side problems to fix: ",
    other = "Other failures",
    where = "; at %s",
    json_hint = "(smtperr scan --json lists them all)",
    progress = "%d MB read, %d lines, %d failed or deferred",
    classes = {
      success = "success", intermediate = "intermediate reply",
      transient = "transient failure", permanent = "permanent failure",
    },
    labels = {
      class = "Class", meaning = "Meaning", advice = "What to do", note = "Note",
      reason = "Reason", action = "Action", standard = "Standard", source = "Source",
      shadows = "Stands for",
    },
    yes = "yes", nonstandard = "no (nonstandard code)", colon = ":",
  },
  fr = {
    stdin = "entrée standard",
    read = "%d lignes",
    delivered = "Remis %d, en échec ou différés %d (rejetés %d, différés %d)",
    stages = "Par étape SMTP :",
    no_stage = "non précisée",
    domains = "Par domaine destinataire :",
    more = { "et %d autre", "et %d autres" },
    none = "Aucune remise en échec ou différée.",
    hard = { "Rebonds durs : %d adresse à retirer", "Rebonds durs : %d adresses à retirer" },
    retry = "Échecs temporaires à réessayer : ",
    failures = { "%d échec", "%d échecs" },
    pending = { "%d adresse encore en échec", "%d adresses encore en échec" },
    recovered = { "%d remise ensuite", "%d remises ensuite" },
    tries = "%d essais",
    retry_after = "réessayer après %d s",
    sender = "Problèmes côté expéditeur à corriger : ",
    other = "Autres échecs",
    where = " ; à l'étape %s",
    json_hint = "(smtperr scan --json les liste toutes)",
    progress = "%d Mo lus, %d lignes, %d en échec ou différées",
    classes = {
      success = "succès", intermediate = "réponse intermédiaire",
      transient = "échec temporaire", permanent = "échec définitif",
    },
    labels = {
      class = "Classe", meaning = "Sens", advice = "Que faire", note = "Remarque",
      reason = "Raison", action = "Action", standard = "Norme", source = "Source",
      shadows = "Correspond à",
    },
    yes = "oui", nonstandard = "non (code non standard)", colon = " :",
  },
}

-- }======================================================================

-- {======================================================================
-- JSON: lua-cjson, else dkjson
-- =======================================================================

-- An empty list encoded by a cjson without empty_array: replaced after.
local EMPTY_ARRAY = "\0smtperr:[]\0"

local function cjson_codec(cjson)
  return {
    null = cjson.null,
    array = function(t)
      if next(t) ~= nil then return t end
      return cjson.empty_array or EMPTY_ARRAY
    end,
    object = function(t) return t end,      -- an empty table is {} by default
    encode = function(v)
      return (cjson.encode(v):gsub('"\\u0000smtperr:%[%]\\u0000"', "[]"))
    end,
  }
end

local function dkjson_codec(dkjson)
  return {
    null = dkjson.null,
    array = function(t) return setmetatable(t, { __jsontype = "array" }) end,
    object = function(t) return setmetatable(t, { __jsontype = "object" }) end,
    encode = function(v) return dkjson.encode(v) end,
  }
end

local function load_json()
  local ok, cjson = pcall(require, "cjson")
  if ok and type(cjson) == "table" then return cjson_codec(cjson) end
  local ok2, dkjson = pcall(require, "dkjson")
  if ok2 and type(dkjson) == "table" then return dkjson_codec(dkjson) end
  fail("--json needs a JSON library: install lua-cjson or dkjson (apt-get install lua-cjson)")
end

-- }======================================================================

-- {======================================================================
-- Arguments and inputs
-- =======================================================================

-- Options per command: name -> "flag" or "value".
local OPTIONS = {
  explain = { help = "flag", lang = "value", rules = "value" },
  lookup = { help = "flag", lang = "value" },
  classify = { help = "flag", json = "flag", rules = "value" },
  scan = { help = "flag", json = "flag", lang = "value", rules = "value" },
}

-- Reads the options and operands of a command; exits on a usage error.
local function parse_args(command, args, first)
  local spec, opts, operands, only_operands = OPTIONS[command], {}, {}, false
  local i = first
  while i <= #args do
    local a = args[i]
    if only_operands or a == "-" or a:sub(1, 1) ~= "-" then
      operands[#operands + 1] = a
    elseif a == "--" then
      only_operands = true
    elseif a == "-h" then
      opts.help = true
    else
      local name, value = a:match("^%-%-([^=]+)=(.*)$")
      name = name or a:match("^%-%-(.+)$")
      local kind = name and spec[name]
      if not kind then
        usage_error("unknown option '" .. (name and "--" .. name or a) .. "'", command)
      end
      if kind == "flag" then
        if value then usage_error("option '--" .. name .. "' takes no value", command) end
        value = true
      elseif value == nil then
        i = i + 1
        value = args[i]
        if value == nil then usage_error("option '--" .. name .. "' needs a value", command) end
      end
      opts[name] = value
    end
    i = i + 1
  end
  if opts.lang and not TEXTS[opts.lang] then
    usage_error("bad --lang '" .. opts.lang .. "': use en or fr", command)
  end
  opts.lang = opts.lang or "en"
  return opts, operands
end

-- The classifier of the options: the module, or one with the --rules file.
local function make_classifier(opts)
  if not opts.rules then
    return {
      classify = function(s) return smtperr.classify(s) end,
      explain = function(s) return smtperr.explain(s, opts.lang) end,
    }
  end
  local rules, err = smtperr.load_rules(opts.rules)
  if not rules then fail(err) end
  local ok, object = pcall(smtperr.new, { rules = rules, lang = opts.lang })
  if not ok then fail(tostring(object)) end
  return {
    classify = function(s) return object:classify(s) end,
    explain = function(s) return object:explain(s) end,
  }
end

-- Calls on_line(line) for each line of file f, reading it by blocks so that
-- memory stays bounded whatever the input; on_bytes(n) sees the bytes read.
-- Returns nil and a message on a read error.
local function read_lines(f, on_line, on_bytes)
  local carry, skipping = "", false
  while true do
    local block, err = f:read(BLOCK)
    if not block then
      if err then return nil, err end
      break
    end
    local pos = 1
    while true do
      local nl = block:find("\n", pos, true)
      if not nl then break end
      if not skipping then on_line((carry .. block:sub(pos, nl - 1)):gsub("\r$", "")) end
      carry, skipping = "", false
      pos = nl + 1
    end
    if not skipping then
      carry = carry .. block:sub(pos)
      if #carry > MAX_LINE then
        on_line(carry:sub(1, MAX_LINE))
        carry, skipping = "", true
      end
    end
    if on_bytes then on_bytes(#block) end
  end
  if carry ~= "" and not skipping then on_line((carry:gsub("\r$", ""))) end
  return true
end

-- Reads each named file ("-" or none: standard input) line by line.
-- Returns false when a file could not be opened or read.
local function each_input(names, on_line, on_bytes, on_file)
  if #names == 0 then names = { "-" } end
  local all_read = true
  for _, name in ipairs(names) do
    local f, err = io.stdin, nil
    if name ~= "-" then f, err = io.open(name, "rb") end
    if not f then
      warn("cannot open " .. err)
      all_read = false
    else
      if on_file then on_file(name) end
      local ok, read_err = read_lines(f, on_line, on_bytes)
      if not ok then
        warn("cannot read " .. name .. ": " .. tostring(read_err))
        all_read = false
      end
      if f ~= io.stdin then f:close() end
    end
  end
  return all_read
end

-- }======================================================================

-- {======================================================================
-- explain, lookup, classify
-- =======================================================================

local function cmd_explain(opts, operands)
  if #operands == 0 then usage_error("explain needs a reply or a code", "explain") end
  local classifier, status, shown = make_classifier(opts), 0, 0
  for _, reply in ipairs(operands) do
    local text, err = classifier.explain(reply)
    if text then
      if shown > 0 then out("\n") end
      out(wrap(text, 0), "\n")
      shown = shown + 1
    else
      warn(err)
      status = 1
    end
  end
  return status
end

local function show_entry(e, lang)
  local t = TEXTS[lang]
  local function described(name, texts)
    local text = texts[name] and texts[name][lang]
    return text and (name .. " - " .. text) or name
  end
  local class = t.classes[e.class] or e.class
  if not class:find(e.class, 1, true) then class = class .. " (" .. e.class .. ")" end
  local rows = {
    { "class", class },
    { "meaning", e.meaning }, { "advice", e.advice }, { "note", e.note },
    { "reason", described(e.reason, smtperr.reasons) },
    { "action", described(e.action, smtperr.actions) },
    { "standard", e.standard and t.yes or t.nonstandard },
    { "source", e.source }, { "shadows", e.shadows },
  }
  local w = 0
  for _, row in ipairs(rows) do
    if row[2] then w = math.max(w, width(t.labels[row[1]] .. t.colon) + 1) end
  end
  out(tostring(e.code), "  ", e.title, "\n")
  for _, row in ipairs(rows) do
    if row[2] then out(pad(t.labels[row[1]] .. t.colon, w), wrap(row[2], w), "\n") end
  end
end

local function cmd_lookup(opts, operands)
  if #operands == 0 then usage_error("lookup needs a code", "lookup") end
  local status, shown = 0, 0
  for _, code in ipairs(operands) do
    local e, err = smtperr.lookup(code, opts.lang)
    if e then
      if shown > 0 then out("\n") end
      show_entry(e, opts.lang)
      shown = shown + 1
    else
      warn(err)
      status = 1
    end
  end
  return status
end

local COLUMNS = { "code", "enhanced", "class", "reason", "bounce", "action", "retry", "text" }
local FIELDS = { "code", "enhanced", "text", "class", "retry", "reason", "bounce", "action",
                 "provider", "evidence", "command", "address", "host", "retry_after", "help",
                 "lines" }

local function tsv_row(r)
  local fields = {}
  for i, name in ipairs(COLUMNS) do
    local v = r and r[name]
    fields[i] = v == nil and "" or (tostring(v):gsub("[%c]", " "))
  end
  return table.concat(fields, "\t") .. "\n"
end

local function json_row(json, r, err, lineno)
  if not r then return json.encode({ error = clean(err), line = lineno }) .. "\n" end
  local object = {}
  for _, name in ipairs(FIELDS) do object[name] = json.null end
  for name, v in pairs(r) do object[name] = type(v) == "string" and to_utf8(v) or v end
  return json.encode(object) .. "\n"
end

local function cmd_classify(opts, operands)
  local classifier = make_classifier(opts)
  local json = opts.json and load_json()
  local lineno, classified = 0, 0
  local all_read = each_input(operands, function(line)
    lineno = lineno + 1
    local r, err = nil, "empty line"
    if line:find("%S") then r, err = classifier.classify(line) end
    if r then classified = classified + 1 end
    out(json and json_row(json, r, err, lineno) or tsv_row(r))
  end)
  if classified == 0 then
    if all_read then
      warn(lineno == 0 and "no input line" or "no SMTP reply recognised in the input")
    end
    return 1
  end
  return all_read and 0 or 1
end

-- }======================================================================

-- {======================================================================
-- scan: the log parsers
-- =======================================================================

-- Reasons that point at the sending side.
local SENDER_SIDE = {
  blocked = true, auth_failure = true, auth_required = true, tls_required = true,
  relay_denied = true, sender_rejected = true, rate_limited = true,
}

local FORMATS = { "postfix", "exim", "sendmail", "dsn" }
local FORMAT_NAMES = { postfix = "Postfix", exim = "Exim", sendmail = "Sendmail", dsn = "DSN" }

-- The host name of a relay= or Remote-MTA value ("mx.example.org[192.0.2.1]:25").
local function host_of(relay)
  if not relay then return nil end
  local host = relay:gsub("^dns;%s*", ""):gsub("[%[%s].*$", ""):gsub("%.$", "")
  if not host:find(".", 1, true) then return nil end      -- none, local, ...
  return host
end

local record_failure, record_delivery  -- defined with the summary below

-- Postfix: a delivery agent's status line (smtp, lmtp, local, virtual,
-- error, ...). Returns true when the line is Postfix's.
local function parse_postfix(st, line)
  local rest = line:match("postfix[%w%._%-]*/[%w%._%-/]+%[%d+%]: (.*)$")
  if not rest then return false end
  st.formats.postfix = st.formats.postfix + 1
  local status = rest:match(", status=(%a+)")
  local to = rest:match("to=<([^>]*)>")
  if not status or not to then return true end
  status = status:lower()
  if status == "sent" then
    record_delivery(st, to)
    return true
  end
  local kind = (status == "bounced" or status == "expired") and "bounced"
    or (status == "deferred" or status == "softbounce") and "deferred"
  if kind then
    record_failure(st, {
      format = "postfix", status = kind, recipients = { to },
      reply = rest:match(", status=%a+ %((.*)%)%s*$"),
      fragment = rest:match("(dsn=.*)$") or rest:match("(status=.*)$"),
      host = host_of(rest:match("relay=([^,%s]+)")),
    })
  end
  return true
end

-- Exim main log: "** addr ...: message" (failed), "== addr ...: message"
-- (deferred), "=>" and "->" (delivered).
local function parse_exim(st, line)
  if not line:find("^%d%d%d%d%-%d%d%-%d%d %d%d:%d%d:%d%d") then return false end
  local rest = line:sub(20):gsub("^%.%d+", ""):gsub("^ [%+%-]%d%d%d%d", ""):gsub("^ %[%d+%]", "")
  local body = rest:match("^ %w+%-%w+%-%w+ (.*)$")
  if not body then return false end
  st.formats.exim = st.formats.exim + 1
  local flag, address, after = body:match("^(%S+) (%S+)%s*(.*)$")
  if flag == "=>" or flag == "->" then
    record_delivery(st, address)
  elseif flag == "**" or flag == "==" then
    local message = address:find(":$") and after or after:match("^.-: (.*)$")
    record_failure(st, {
      format = "exim", status = flag == "**" and "bounced" or "deferred",
      recipients = { (address:gsub(":$", "")) },
      reply = message or after, fragment = address .. " " .. after,
      host = host_of(after:match("H=(%S+)")),
    })
  end
  return true
end

-- Sendmail: "QID: to=<a>,<b>, ..., dsn=5.1.1, stat=User unknown", and a
-- "QID: reply=550 ..." line before or after it with the remote reply.
local function sendmail_failure(st, qid, rest)
  local dsn, stat = rest:match("dsn=(%d%.%d+%.%d+)"), rest:match("stat=(.*)$")
  local list = rest:match("^to=(.-), %a+=")
  if not list or not stat then return end
  local recipients = {}
  for item in list:gmatch("[^,]+") do recipients[#recipients + 1] = item end
  if stat:find("^Sent") then
    for _, to in ipairs(recipients) do record_delivery(st, to) end
    return
  end
  local class = dsn and dsn:sub(1, 1)
  if not (stat:find("^Deferred") or class == "4" or class == "5") then return end
  local d = {
    format = "sendmail", status = (class == "5" and not stat:find("^Deferred")) and "bounced"
      or "deferred", recipients = recipients, reply = stat,
    fragment = (dsn and dsn .. " " or "") .. stat,
    host = host_of(rest:match("relay=([^,]+)")), qid = qid, line = st.lineno,
  }
  local earlier = st.sendmail_replies[qid]
  if earlier then
    st.sendmail_replies[qid], st.sendmail_kept = nil, st.sendmail_kept - 1
    d.reply, d.fragment = earlier, earlier
    record_failure(st, d)
  else
    st.pending = d          -- a reply= line may follow
  end
end

local function flush_pending(st)
  local d = st.pending
  if d then
    st.pending = nil
    record_failure(st, d)
  end
end

local function parse_sendmail(st, line)
  local qid, rest = line:match("sendmail%[%d+%]: (%w+): (.*)$")
  if not qid then qid, rest = line:match("sm%-mta%[%d+%]: (%w+): (.*)$") end
  if not qid then
    return line:find("sendmail%[%d+%]: ") ~= nil or line:find("sm%-mta%[%d+%]: ") ~= nil
  end
  st.formats.sendmail = st.formats.sendmail + 1
  local reply = rest:match("^reply=(.*)$")
  if reply and st.pending and st.pending.qid == qid then
    st.pending.reply, st.pending.fragment = reply, reply
    flush_pending(st)
  elseif reply then
    if st.sendmail_kept >= 1000 then st.sendmail_replies, st.sendmail_kept = {}, 0 end
    st.sendmail_replies[qid], st.sendmail_kept = reply, st.sendmail_kept + 1
  elseif rest:find("^to=") then
    sendmail_failure(st, qid, rest)
  end
  return true
end

-- DSN (RFC 3464) per-recipient fields; a group ends at a line that is none
-- of them nor a continuation.
local DSN_FIELDS = {
  ["final-recipient"] = true, ["original-recipient"] = true, action = true, status = true,
  ["remote-mta"] = true, ["diagnostic-code"] = true, ["last-attempt-date"] = true,
  ["will-retry-until"] = true, ["x-actual-recipient"] = true, ["final-log-id"] = true,
}

local function field_value(value)
  return value and (value:gsub("^[%w%-]+;%s*", ""):gsub("%s+", " "):gsub("^ ", ""):gsub(" $", ""))
end

local function flush_dsn(st)
  local g = st.dsn
  if not g then return end
  st.dsn = nil
  local action = (g.fields.action or ""):lower():match("%a+")
  local status = (g.fields.status or ""):match("^%s*(%d)%.")
  local kind = (action == "failed" or (not action and status == "5")) and "bounced"
    or (action == "delayed" or (not action and status == "4")) and "deferred"
  local delivered = action == "delivered" or action == "relayed" or action == "expanded"
  if not kind and not delivered then return end
  st.formats.dsn = st.formats.dsn + #g.lines
  local recipient = field_value(g.fields["final-recipient"] or g.fields["original-recipient"])
  if delivered then
    record_delivery(st, recipient)
    return
  end
  record_failure(st, {
    format = "dsn", status = kind, recipients = { recipient },
    reply = field_value(g.fields["diagnostic-code"]) or field_value(g.fields.status),
    fragment = table.concat(g.lines, "\n"), host = host_of(field_value(g.fields["remote-mta"])),
    line = g.line,
  })
end

-- Returns true when the line belongs to a DSN group.
local function parse_dsn(st, line)
  local g = st.dsn
  if g and g.last and line:find("^[ \t]+%S") then
    g.lines[#g.lines + 1] = line
    g.fields[g.last] = g.fields[g.last] .. "\n" .. line
    return true
  end
  local name, value = line:match("^([%a%-]+):%s*(.*)$")
  name = name and name:lower()
  if not (name and DSN_FIELDS[name]) then
    flush_dsn(st)
    return false
  end
  if g and g.fields[name] then        -- a field seen again starts the next recipient
    flush_dsn(st)
    g = nil
  end
  if not g then
    g = { lines = {}, fields = {}, line = st.lineno }
    st.dsn = g
  end
  g.lines[#g.lines + 1] = line
  g.fields[name], g.last = value, name
  return true
end

local function scan_line(st, line)
  st.lines = st.lines + 1
  st.lineno = st.lineno + 1
  if st.pending and not line:find(st.pending.qid .. ": reply=", 1, true) then flush_pending(st) end
  if parse_dsn(st, line) then return end
  local _ = parse_postfix(st, line) or parse_exim(st, line) or parse_sendmail(st, line)
end

-- }======================================================================

-- {======================================================================
-- scan: the report
-- =======================================================================

local function new_report(opts)
  return {
    lang = opts.lang, files = {}, lines = 0, lineno = 0, bytes = 0,
    formats = { postfix = 0, exim = 0, sendmail = 0, dsn = 0 },
    delivered = 0, total = 0, bounced = 0, deferred = 0, recovered = 0,
    by_reason = {}, by_domain = {}, by_command = {}, no_command = 0,
    groups = { hard = {}, retry = {}, sender = {}, other = {} },
    hard = {}, soft = {}, sender = {},
    sendmail_replies = {}, sendmail_kept = 0,
    entries = opts.json and {} or nil,
    next_progress = PROGRESS_STEP,
  }
end

-- Which part of the summary a failure goes to.
local function group_of(e)
  if SENDER_SIDE[e.reason] then return "sender" end
  if e.bounce == "hard" then return "hard" end
  if e.retry or (e.class == nil and e.status == "deferred") then return "retry" end
  return "other"
end

local function summarize(st, e)
  st.total = st.total + 1
  st[e.status] = st[e.status] + 1
  increment(st.by_reason, e.reason)
  local domain = domain_of(e.recipient)
  if domain then increment(st.by_domain, domain) end
  if e.command then increment(st.by_command, e.command) else st.no_command = st.no_command + 1 end
  local group = group_of(e)
  increment(st.groups[group], e.reason)
  local code = ((e.code and e.code .. " " or "") .. (e.enhanced or "")):gsub(" $", "")
  local address = e.recipient
  if group == "hard" and address then
    st.hard[address] = e.reason
    st.soft[address] = nil
  elseif group == "retry" and address and not st.hard[address] then
    local s = st.soft[address] or { tries = 0 }
    s.tries, s.reason, s.code = s.tries + 1, e.reason, code
    s.retry_after = e.retry_after or s.retry_after
    st.soft[address] = s
  elseif address and e.status == "bounced" then
    st.soft[address] = nil          -- the MTA gave up: no retry pending
  end
  if group == "sender" then
    local s = st.sender[e.reason] or { action = e.action, commands = {}, domains = {} }
    if e.command then increment(s.commands, e.command) end
    if domain then increment(s.domains, domain) end
    st.sender[e.reason] = s
  end
end

local RESULT_FIELDS = { "code", "enhanced", "class", "bounce", "action", "command", "retry_after",
                        "retry", "provider" }

-- Classifies one failed or deferred delivery per recipient.
function record_failure(st, d)
  local r = st.classifier.classify(d.fragment or d.reply or "")
  local recipients = #d.recipients > 0 and d.recipients or { false }
  for _, to in ipairs(recipients) do
    local e = {      -- the log's recipient, else the address in the reply
      recipient = normalize_address(to or nil) or (r and normalize_address(r.address)),
      status = d.status, format = d.format, reply = d.reply or d.fragment,
      reason = r and r.reason or "unknown", host = r and r.host or d.host,
    }
    if r then
      for _, field in ipairs(RESULT_FIELDS) do e[field] = r[field] end
    end
    summarize(st, e)
    if st.entries then
      e.file, e.line = st.file, d.line or st.lineno
      st.entries[#st.entries + 1] = e
    end
  end
end

function record_delivery(st, to)
  st.delivered = st.delivered + 1
  local address = normalize_address(to)
  if address and st.soft[address] then
    st.soft[address] = nil
    st.recovered = st.recovered + 1
  end
end

local function stderr_is_terminal()
  local ok = os.execute("test -t 2")
  return ok == true or ok == 0
end

-- Shows how far the scan is, on a terminal, every PROGRESS_STEP bytes.
local function progress(st, n)
  st.bytes = st.bytes + n
  if st.bytes < st.next_progress then return end
  while st.next_progress <= st.bytes do st.next_progress = st.next_progress + PROGRESS_STEP end
  if st.terminal == nil then st.terminal = stderr_is_terminal() end
  if not st.terminal then return end
  local text = PROGRAM .. ": " .. string.format(TEXTS[st.lang].progress,
    math.floor(st.bytes / MB), st.lines, st.total)
  st.progress_width = math.max(st.progress_width or 0, width(text))
  io.stderr:write("\r", pad(text, st.progress_width))
end

local function end_progress(st)
  if st.progress_width then
    io.stderr:write("\r", string.rep(" ", st.progress_width), "\r")
  end
end

-- }======================================================================

-- {======================================================================
-- scan: output
-- =======================================================================

-- "name count" items, biggest first, the rest counted at the end.
local function counts_text(map, limit, t)
  local list, items = by_count(map), {}
  for i, item in ipairs(list) do
    if i > limit and #list > limit + 1 then   -- "and 1 more" would say less than the item
      items[#items + 1] = plural(t.more, #list - limit)
      break
    end
    items[#items + 1] = item.name .. " " .. item.count
  end
  return items
end

-- A reason's line: count, name and explanation.
local function reason_row(st, name, count)
  local texts = smtperr.reasons[name]
  out(string.format("%4d  %-19s %s\n", count, name, texts and texts[st.lang] or ""))
end

local function print_hard(st, t)
  if next(st.groups.hard) == nil then return end
  local addresses = sorted_keys(st.hard)
  out("\n", plural(t.hard, #addresses), #addresses > 8 and " " .. t.json_hint or "", "\n")
  local function more(n) return plural(t.more, n) end
  for _, row in ipairs(by_count(st.groups.hard)) do
    reason_row(st, row.name, row.count)
    local list = {}
    for _, address in ipairs(addresses) do
      if st.hard[address] == row.name then list[#list + 1] = address end
    end
    if #list > 0 then out(fill(list, 6, "      ", 2, more)) end
  end
end

local function print_retry(st, t)
  if next(st.groups.retry) == nil then return end
  local list, limit, w, n = {}, 5, 0, 0
  for address, s in pairs(st.soft) do list[#list + 1] = { address = address, s = s } end
  local counts = st.groups.retry
  table.sort(list, function(a, b)     -- most tried first, then the commonest reasons
    if a.s.tries ~= b.s.tries then return a.s.tries > b.s.tries end
    if a.s.reason ~= b.s.reason then
      if counts[a.s.reason] ~= counts[b.s.reason] then
        return (counts[a.s.reason] or 0) > (counts[b.s.reason] or 0)
      end
      return a.s.reason < b.s.reason
    end
    return a.address < b.address
  end)
  for i = 1, math.min(#list, limit) do w = math.max(w, width(list[i].address)) end
  for _, count in pairs(st.groups.retry) do n = n + count end
  out("\n", t.retry, plural(t.failures, n), ", ", plural(t.pending, #list),
      st.recovered > 0 and ", " .. plural(t.recovered, st.recovered) or "", "\n")
  for _, row in ipairs(by_count(st.groups.retry)) do reason_row(st, row.name, row.count) end
  for i = 1, math.min(#list, limit) do
    local s = list[i].s
    local line = "      " .. pad(list[i].address, w) .. "  " .. pad(s.reason, 14) .. " "
      .. pad(s.code, 10)
    if s.tries > 1 then line = line .. " " .. string.format(t.tries, s.tries) end
    if s.retry_after then line = line .. " " .. string.format(t.retry_after, s.retry_after) end
    out((line:gsub("%s+$", "")), "\n")
  end
  if #list > limit then out("      ", plural(t.more, #list - limit), "\n") end
end

local function print_sender(st, t)
  local rows, n = by_count(st.groups.sender), 0
  if #rows == 0 then return end
  for _, row in ipairs(rows) do n = n + row.count end
  out("\n", t.sender, plural(t.failures, n), "\n")
  for _, row in ipairs(rows) do
    local s = st.sender[row.name]
    reason_row(st, row.name, row.count)
    local action = s.action and smtperr.actions[s.action]
    if action then out("      -> ", wrap(action[st.lang], 9, WIDTH + 10), "\n") end
    local where = table.concat(counts_text(s.domains, 3, t), ", ")
    if next(s.commands) ~= nil then
      where = where .. string.format(t.where, table.concat(counts_text(s.commands, 3, t), ", "))
    end
    if where ~= "" then out("         ", where, "\n") end
  end
end

local function print_summary(st)
  local t = TEXTS[st.lang]
  local names, formats = {}, {}
  for i, name in ipairs(st.files) do names[i] = name == "-" and t.stdin or name end
  for _, f in ipairs(FORMATS) do
    if st.formats[f] > 0 then formats[#formats + 1] = FORMAT_NAMES[f] .. " " .. st.formats[f] end
  end
  out(table.concat(names, ", "), ": ", string.format(t.read, st.lines),
      " (", table.concat(formats, ", "), ")\n")
  out(string.format(t.delivered, st.delivered, st.total, st.bounced, st.deferred), "\n")
  if st.total == 0 then
    out(t.none, "\n")
    return
  end
  local stages = counts_text(st.by_command, 10, t)
  if st.no_command > 0 then stages[#stages + 1] = t.no_stage .. " " .. st.no_command end
  out(t.stages, " ", table.concat(stages, ", "), "\n")
  out(fill(counts_text(st.by_domain, 8, t), 2, t.domains .. " "))
  print_hard(st, t)
  print_retry(st, t)
  print_sender(st, t)
  if next(st.groups.other) ~= nil then
    out("\n", t.other, "\n")
    for _, row in ipairs(by_count(st.groups.other)) do reason_row(st, row.name, row.count) end
  end
end

local ENTRY_FIELDS = { "recipient", "reply", "code", "enhanced", "reason", "class", "bounce",
                       "action", "command", "retry_after", "host", "status", "format" }

local function print_json(st)
  local json = load_json()
  for _, e in ipairs(st.entries) do        -- in place: entries can be many
    for _, name in ipairs(ENTRY_FIELDS) do
      local v = e[name]
      if v == nil then v = json.null elseif type(v) == "string" then v = to_utf8(v) end
      e[name] = v
    end
    e.file = clean(e.file)
  end
  local retry = {}
  for _, address in ipairs(sorted_keys(st.soft)) do
    local s = st.soft[address]
    retry[#retry + 1] = { recipient = clean(address), reason = s.reason, tries = s.tries,
                          retry_after = s.retry_after or json.null }
  end
  local by_domain, hard = {}, {}
  for domain, n in pairs(st.by_domain) do by_domain[to_utf8(domain)] = n end
  for i, address in ipairs(sorted_keys(st.hard)) do hard[i] = to_utf8(address) end
  local sender = {}
  for reason, n in pairs(st.groups.sender) do sender[reason] = n end
  out(json.encode({
    files = json.array(st.files), lines = st.lines, formats = json.object(st.formats),
    delivered = st.delivered, total = st.total, bounced = st.bounced, deferred = st.deferred,
    recovered = st.recovered,
    by_reason = json.object(st.by_reason), by_domain = json.object(by_domain),
    by_command = json.object(st.by_command),
    hard_bounces = json.array(hard), retry = json.array(retry),
    sender_problems = json.object(sender), entries = json.array(st.entries),
  }), "\n")
end

local function cmd_scan(opts, operands)
  local st = new_report(opts)
  st.classifier = make_classifier(opts)
  if opts.json then load_json() end       -- fail early without a JSON library
  local all_read = each_input(operands, function(line) scan_line(st, line) end,
    function(n) progress(st, n) end,
    function(name)
      flush_pending(st)
      flush_dsn(st)
      st.files[#st.files + 1] = clean(name)
      st.file, st.lineno = name, 0
    end)
  flush_pending(st)
  flush_dsn(st)
  end_progress(st)
  local recognised = 0
  for _, n in pairs(st.formats) do recognised = recognised + n end
  if recognised == 0 then
    if #st.files > 0 then
      local where = #st.files == 1 and st.files[1] ~= "-" and st.files[1] or "the input"
      warn("no Postfix, Exim, Sendmail or DSN line found in " .. where)
    end
    return 1
  end
  if opts.json then print_json(st) else print_summary(st) end
  return all_read and 0 or 1
end

-- }======================================================================

-- {======================================================================
-- Help and main
-- =======================================================================

local HELP = {}

HELP.main = [[
Usage: smtperr COMMAND [OPTIONS] [ARGUMENTS]

Understand SMTP replies: explain them, look up reply codes, classify replies
and scan mail logs for failed deliveries.

Commands:
  explain    explain replies or codes, one paragraph each
  lookup     show the table entry of reply codes and enhanced status codes
  classify   classify one reply per line, as tab-separated rows or JSON
  scan       summarise the failed and deferred deliveries of mail logs
  help       show the help of a command

  smtperr explain [--lang en|fr] [--rules FILE] REPLY...
  smtperr lookup [--lang en|fr] CODE...
  smtperr classify [--json] [--rules FILE] [FILE|-]
  smtperr scan [--json] [--lang en|fr] [--rules FILE] [LOGFILE...|-]
  smtperr help [COMMAND]

Options:
  -h, --help     show this help (smtperr COMMAND --help: a command's help)
  --version      show the version

Exit status: 0 on success, 1 when nothing could be read or recognised,
2 on a usage error.
]]

HELP.explain = [[
Usage: smtperr explain [--lang en|fr] [--rules FILE] REPLY...

Explains each REPLY in a paragraph. A reply code (550) or an enhanced status
code (5.1.1) is explained from the code table; anything else (a whole reply,
a log fragment, a Diagnostic-Code line, words such as "Connection timed out")
is classified first.

Options:
  --lang en|fr   language of the explanation (default en)
  --rules FILE   add the rules of FILE ("reason [action=A] [class=C]
                 [code=NNN] [enhanced=X.Y.Z]: phrase" lines, # comments)
  -h, --help     show this help

Example:
  smtperr explain "452 4.2.2 The email account that you tried to reach is over quota"

Exit status: 0, or 1 when a reply is not recognised or the rules file is bad.
]]

HELP.lookup = [[
Usage: smtperr lookup [--lang en|fr] CODE...

Shows the table entry of each reply code (550) or enhanced status code
(5.7.26): class, title, meaning, what to do, note, reason, action, whether
the code is standard, and its source.

Options:
  --lang en|fr   language of the entry (default en)
  -h, --help     show this help

Exit status: 0, or 1 when a code is not in the table.
]]

HELP.classify = [[
Usage: smtperr classify [--json] [--rules FILE] [FILE|-]

Reads one SMTP reply per line (a reply, a log fragment, a DSN
Diagnostic-Code line, ...) from FILE or standard input and writes one
decision per line, tab-separated:

  1 code       reply code (550), empty when none
  2 enhanced   enhanced status code (5.1.1), empty when none
  3 class      success, intermediate, transient or permanent
  4 reason     why, one of smtperr.reasons (user_unknown, mailbox_full, ...)
  5 bounce     hard, soft, or empty for a success
  6 action     what to do, one of smtperr.actions (remove_recipient, retry, ...)
  7 retry      true when retrying later may work, else false
  8 text       the reply text

A line that cannot be classified gives an empty row (a JSON object with
"error" under --json).

Options:
  --json         one JSON object per line with all the fields of
                 smtperr.classify (null when unknown)
  --rules FILE   add the rules of FILE
  -h, --help     show this help

Exit status: 0, or 1 when no line could be classified or a file could not
be read.
]]

HELP.scan = [[
Usage: smtperr scan [--json] [--lang en|fr] [--rules FILE] [LOGFILE...|-]

Reads mail logs and bounce messages (standard input when no LOGFILE is
given), finds every failed or deferred delivery with its recipient and the
remote reply, classifies it and prints a summary: counts by SMTP stage and
recipient domain, the hard-bounced addresses to remove, the soft failures
worth retrying and the sender-side problems to fix (block lists,
authentication, TLS, relay, sender address, sending rate), each reason with
a one-line explanation. Successful deliveries are only counted.

Formats: Postfix (smtp, lmtp, local, virtual, error: status=bounced,
deferred or sent), Exim main log (** failed, == deferred, => delivered),
Sendmail (dsn= and stat=, and a reply= line), and DSN bounce messages
(Final-Recipient, Action, Status, Diagnostic-Code with its folded lines).
Logs are read line by line; on a terminal, progress is shown every 50 MB.

Options:
  --json         print one JSON object: files, lines, formats, delivered,
                 total, bounced, deferred, recovered, by_reason, by_domain,
                 by_command, hard_bounces, retry, sender_problems and entries
                 (one per failed or deferred delivery)
  --lang en|fr   language of the summary (default en)
  --rules FILE   add the rules of FILE
  -h, --help     show this help

Examples:
  smtperr scan /var/log/mail.log
  zcat /var/log/mail.log.*.gz | smtperr scan --json | jq -r '.hard_bounces[]'

Exit status: 0, or 1 when a file cannot be read or no line of a supported
format is found.
]]

local function cmd_help(args)
  local name = args[2]
  if name == nil then
    out(HELP.main)
  elseif HELP[name] and name ~= "main" then
    out(HELP[name])
  else
    usage_error("unknown command '" .. name .. "'")
  end
  return 0
end

local COMMANDS = { explain = cmd_explain, lookup = cmd_lookup, classify = cmd_classify,
                   scan = cmd_scan }

local function main(args)
  local name = args[1]
  if name == nil then usage_error("missing command") end
  if name == "-h" or name == "--help" or name == "help" then return cmd_help(args) end
  if name == "--version" then
    out(smtperr._VERSION, " (", rawget(_G, "jit") and _G.jit.version or _VERSION, ")\n")
    return 0
  end
  local run = COMMANDS[name]
  if not run then
    if name:sub(1, 1) == "-" then usage_error("unknown option '" .. name .. "'") end
    usage_error("unknown command '" .. name .. "'")
  end
  local opts, operands = parse_args(name, args, 2)
  if opts.help then
    out(HELP[name])
    return 0
  end
  return run(opts, operands)
end

os.exit(main(arg))

-- }======================================================================
