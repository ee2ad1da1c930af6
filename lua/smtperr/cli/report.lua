-- The output of scan from its tally (smtperr.cli.tally): the summary for
-- people, in English or French, and the JSON object of --json.
local smtperr = require("smtperr")
local logs = require("smtperr.cli.logs")
local text = require("smtperr.cli.text")
local texts = require("smtperr.cli.texts")

local report = {}

local FORMAT_NAMES = {
  postfix = "Postfix", exim = "Exim", sendmail = "Sendmail", opensmtpd = "OpenSMTPD", qmail = "qmail",
  exchange = "Exchange", powermta = "PowerMTA", kumomta = "KumoMTA", dsn = "DSN",
  bounce = "bounce messages",
}

local plural, pad, width = text.plural, text.pad, text.width

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

-- The summary is written into a list of strings, joined at the end.
local function writer()
  local parts = {}
  return parts, function(...)
    for i = 1, select("#", ...) do parts[#parts + 1] = select(i, ...) end
  end
end

-- {======================================================================
-- The summary
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
local function reason_row(out, lang, name, count)
  local explained = smtperr.reasons[name]
  out(string.format("%4d  %-19s %s\n", count, name, explained and explained[lang] or ""))
end

local function write_hard(out, tally, lang, t)
  if next(tally.groups.hard) == nil then return end
  local addresses = sorted_keys(tally.hard)
  out("\n", plural(t.hard, #addresses), #addresses > 8 and " " .. t.json_hint or "", "\n")
  local function more(n) return plural(t.more, n) end
  for _, row in ipairs(by_count(tally.groups.hard)) do
    reason_row(out, lang, row.name, row.count)
    local list = {}
    for _, a in ipairs(addresses) do
      if tally.hard[a] == row.name then list[#list + 1] = a end
    end
    if #list > 0 then out(text.fill(list, 6, "      ", 2, more)) end
  end
end

-- The addresses still failing: most tried first, then the commonest
-- reasons, then by address.
local function pending_retries(tally)
  local list, counts = {}, tally.groups.retry
  for a, s in pairs(tally.soft) do list[#list + 1] = { address = a, s = s } end
  table.sort(list, function(x, y)
    if x.s.tries ~= y.s.tries then return x.s.tries > y.s.tries end
    if x.s.reason ~= y.s.reason then
      if counts[x.s.reason] ~= counts[y.s.reason] then
        return (counts[x.s.reason] or 0) > (counts[y.s.reason] or 0)
      end
      return x.s.reason < y.s.reason
    end
    return x.address < y.address
  end)
  return list
end

local function retry_row(t, a, s, address_width)
  local line = "      " .. pad(a, address_width) .. "  " .. pad(s.reason, 14) .. " " .. pad(s.code, 10)
  if s.tries > 1 then line = line .. " " .. string.format(t.tries, s.tries) end
  if s.retry_after then line = line .. " " .. string.format(t.retry_after, s.retry_after) end
  return (line:gsub("%s+$", ""))
end

local function write_retry(out, tally, lang, t)
  if next(tally.groups.retry) == nil then return end
  local list, limit, w, n = pending_retries(tally), 5, 0, 0
  for i = 1, math.min(#list, limit) do w = math.max(w, width(list[i].address)) end
  for _, count in pairs(tally.groups.retry) do n = n + count end
  out("\n", t.retry, plural(t.failures, n), ", ", plural(t.pending, #list),
      tally.recovered > 0 and ", " .. plural(t.recovered, tally.recovered) or "", "\n")
  for _, row in ipairs(by_count(tally.groups.retry)) do reason_row(out, lang, row.name, row.count) end
  for i = 1, math.min(#list, limit) do
    out(retry_row(t, list[i].address, list[i].s, w), "\n")
  end
  if #list > limit then out("      ", plural(t.more, #list - limit), "\n") end
end

local function write_sender(out, tally, lang, t)
  local rows, n = by_count(tally.groups.sender), 0
  if #rows == 0 then return end
  for _, row in ipairs(rows) do n = n + row.count end
  out("\n", t.sender, plural(t.failures, n), "\n")
  for _, row in ipairs(rows) do
    local s = tally.sender[row.name]
    reason_row(out, lang, row.name, row.count)
    local action = s.action and smtperr.actions[s.action]
    if action then out("      -> ", text.wrap(action[lang], 9, text.LIST_WIDTH + 10), "\n") end
    local where = table.concat(counts_text(s.domains, 3, t), ", ")
    if next(s.commands) ~= nil then
      where = where .. string.format(t.where, table.concat(counts_text(s.commands, 3, t), ", "))
    end
    if where ~= "" then out("         ", where, "\n") end
  end
end

local function write_other(out, tally, lang, t)
  if next(tally.groups.other) == nil then return end
  out("\n", t.other, "\n")
  for _, row in ipairs(by_count(tally.groups.other)) do reason_row(out, lang, row.name, row.count) end
end

-- "file: 483 lines (Postfix 366, Exim 85, Sendmail 30)"
local function write_inputs(out, tally, t)
  local names, formats = {}, {}
  for i, name in ipairs(tally.files) do names[i] = name == "-" and t.stdin or name end
  for _, f in ipairs(logs.FORMATS) do
    local n = tally.formats[f] or 0
    if n > 0 then formats[#formats + 1] = FORMAT_NAMES[f] .. " " .. n end
  end
  out(table.concat(names, ", "), ": ", string.format(t.read, tally.lines),
      " (", table.concat(formats, ", "), ")\n")
end

-- The summary of the tally in language lang, as one string.
function report.summary(tally, lang)
  local t = texts[lang]
  local parts, out = writer()
  write_inputs(out, tally, t)
  out(string.format(t.delivered, tally.delivered, tally.total, tally.bounced, tally.deferred), "\n")
  if tally.rejects > 0 then out(plural(t.rejects, tally.rejects), "\n") end
  if tally.total == 0 then
    out(t.none, "\n")
    return table.concat(parts)
  end
  local stages = counts_text(tally.by_command, 10, t)
  if tally.no_command > 0 then stages[#stages + 1] = t.no_stage .. " " .. tally.no_command end
  out(t.stages, " ", table.concat(stages, ", "), "\n")
  out(text.fill(counts_text(tally.by_domain, 8, t), 2, t.domains .. " "))
  write_hard(out, tally, lang, t)
  write_retry(out, tally, lang, t)
  write_sender(out, tally, lang, t)
  write_other(out, tally, lang, t)
  return table.concat(parts)
end

-- }======================================================================

-- {======================================================================
-- JSON
-- =======================================================================

report.ENTRY_FIELDS = { "recipient", "reply", "code", "enhanced", "reason", "class", "bounce",
                        "action", "command", "retry_after", "host", "status", "format", "time",
                        "queue_id", "sender", "relay", "dsn" }

-- Every field of an entry set (null when unknown), its texts valid UTF-8.
-- In place: entries can be many.
function report.complete_entry(e, codec)
  for _, name in ipairs(report.ENTRY_FIELDS) do
    local v = e[name]
    if v == nil then v = codec.null elseif type(v) == "string" then v = text.to_utf8(v) end
    e[name] = v
  end
  e.file = text.to_utf8(e.file)
  return e
end

local function retry_list(tally, codec)
  local list = {}
  for _, a in ipairs(sorted_keys(tally.soft)) do
    local s = tally.soft[a]
    list[#list + 1] = { recipient = text.to_utf8(a), reason = s.reason, tries = s.tries,
                        retry_after = s.retry_after or codec.null }
  end
  return list
end

-- The object of --json, entries aside.
local function summary_object(tally, codec)
  local retry = retry_list(tally, codec)
  local by_domain, hard = {}, {}
  for domain, n in pairs(tally.by_domain) do by_domain[text.to_utf8(domain)] = n end
  for i, a in ipairs(sorted_keys(tally.hard)) do hard[i] = text.to_utf8(a) end
  local sender = {}
  for reason, n in pairs(tally.groups.sender) do sender[reason] = n end
  return {
    files = codec.array(tally.files), lines = tally.lines, formats = codec.object(tally.formats),
    delivered = tally.delivered, total = tally.total, bounced = tally.bounced, deferred = tally.deferred,
    recovered = tally.recovered, rejects = tally.rejects,
    by_reason = codec.object(tally.by_reason), by_domain = codec.object(by_domain),
    by_command = codec.object(tally.by_command),
    hard_bounces = codec.array(hard), retry = codec.array(retry),
    sender_problems = codec.object(sender),
  }
end

-- The JSON text of the tally (whose entries were kept), with the codec of
-- smtperr.cli.json; its entries are completed in place.
function report.json(tally, codec)
  for _, e in ipairs(tally.entries) do report.complete_entry(e, codec) end
  local object = summary_object(tally, codec)
  object.entries = codec.array(tally.entries)
  return codec.encode(object)
end

-- The JSON text of the tally without its entries: an object's members
-- without the braces, for scan --json, which writes the entries as it
-- finds them, then these.
function report.json_members(tally, codec)
  return (codec.encode(summary_object(tally, codec)):gsub("^%s*{", ""):gsub("}%s*$", ""))
end

-- }======================================================================

return report
