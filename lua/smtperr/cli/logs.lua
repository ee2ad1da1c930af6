-- What scan reads: mail logs, through the module's log reader
-- (smtperr.logreader: Postfix, Exim, Sendmail, OpenSMTPD, qmail, Exchange,
-- PowerMTA, KumoMTA), and DSN bounce messages (RFC 3464) given as text,
-- read here. A reader takes its inputs in turn:
--
--   local reader = logs.reader(classifier)   -- smtperr.cli.classifier's
--   reader:read(f, emit [, on_bytes])  reads the open input f (f:read(n)) to
--                      its end, by blocks of input.LOG_BLOCK bytes:
--                      emit(records) for each list of records
--   reader:feed(block) the records of a block of log (no DSN), as follow reads
--   reader:formats()   lines recognised so far, per format (logs.FORMATS)
--   reader:lines()     lines read so far
--
-- An input is read by blocks, straight into the log reader, unless its
-- first block looks like a mail message (header fields, or DSN fields):
-- then each line also goes through the DSN reader.
--
-- A record is a table as smtperr.logline gives: format, status ("sent",
-- "bounced", "deferred" or "expired"), recipient (several joined by ','),
-- reply, detail, line, reject (a refusal by this server's own rules), ...,
-- and the fields of classify (reason, code, command, remote_host, ...).
local smtperr = require("smtperr")
local input = require("smtperr.cli.input")

local logs = {}

logs.FORMATS = { "postfix", "exim", "sendmail", "opensmtpd", "qmail", "exchange", "powermta",
                 "kumomta", "dsn" }

-- The list given when a line completes no record: one table for all.
local NONE = {}

local Reader = {}
Reader.__index = Reader

-- {======================================================================
-- DSN (RFC 3464) per-recipient fields; a group ends at a line that is none
-- of them nor a continuation
-- =======================================================================

local DSN_FIELDS = {
  ["final-recipient"] = true, ["original-recipient"] = true, action = true, status = true,
  ["remote-mta"] = true, ["diagnostic-code"] = true, ["last-attempt-date"] = true,
  ["will-retry-until"] = true, ["x-actual-recipient"] = true, ["final-log-id"] = true,
}

-- A field's value without its type ("rfc822;", "smtp;") and folding.
local function field_value(value)
  return value and (value:gsub("^[%w%-]+;%s*", ""):gsub("%s+", " "):gsub("^ ", ""):gsub(" $", ""))
end

-- The host name of a Remote-MTA value ("dns; mx.example.org").
local function host_of(value)
  if not value then return nil end
  local host = value:gsub("[%[%s].*$", ""):gsub("%.$", "")
  if not host:find(".", 1, true) then return nil end
  return host
end

-- "bounced", "deferred" or "sent" from the Action and Status fields; nil
-- for a group that is none of them.
local function dsn_status(fields)
  local action = (fields.action or ""):lower():match("%a+")
  local class = (fields.status or ""):match("^%s*(%d)%.")
  if action == "failed" or (not action and class == "5") then return "bounced" end
  if action == "delayed" or (not action and class == "4") then return "deferred" end
  if action == "delivered" or action == "relayed" or action == "expanded" then return "sent" end
  return nil
end

local function emit(rd, record)
  if rd.records == NONE then rd.records = {} end
  rd.records[#rd.records + 1] = record
end

-- The record of a DSN group, classified as the log reader classifies.
local function flush_dsn(rd)
  local g = rd.dsn
  if not g then return end
  rd.dsn = nil
  local status = dsn_status(g.fields)
  if not status then return end
  rd.counts.dsn = rd.counts.dsn + #g.lines
  local record = {
    format = "dsn", status = status, line = g.line,
    recipient = field_value(g.fields["final-recipient"] or g.fields["original-recipient"]),
  }
  if status ~= "sent" then
    record.reply = field_value(g.fields["diagnostic-code"]) or field_value(g.fields.status)
    record.detail = table.concat(g.lines, "\n")
    local r = rd.classifier.classify(record.detail)
    if r then
      for k, v in pairs(r) do record[k] = v end
      record.remote_host, record.host = r.host, nil
    end
    record.remote_host = record.remote_host or host_of(field_value(g.fields["remote-mta"]))
  end
  emit(rd, record)
end

-- Reads a line of a message into the DSN group; false when it is none of
-- its lines.
local function parse_dsn(rd, line)
  local g = rd.dsn
  if g and g.last and line:find("^[ \t]+%S") then
    g.lines[#g.lines + 1] = line
    g.fields[g.last] = g.fields[g.last] .. "\n" .. line
    return true
  end
  local name, value = line:match("^([%a%-]+):%s*(.*)$")
  name = name and name:lower()
  if not (name and DSN_FIELDS[name]) then
    flush_dsn(rd)
    return false
  end
  if g and g.fields[name] then        -- a field seen again starts the next recipient
    flush_dsn(rd)
    g = nil
  end
  if not g then
    g = { lines = {}, fields = {}, line = rd.lineno }
    rd.dsn = g
  end
  g.lines[#g.lines + 1] = line
  g.fields[name], g.last = value, name
  return true
end

-- Does the block open a mail message (an mbox "From " line or a header
-- field), or hold a DSN field?
local function looks_like_message(block)
  if block:find("^From ") or block:find("^[%w%-]+: ") then return true end
  for name in block:gmatch("\n([%a%-]+):") do
    if DSN_FIELDS[name:lower()] then return true end
  end
  return false
end

-- }======================================================================

-- {======================================================================
-- The reader
-- =======================================================================

-- classifier: smtperr.cli.classifier's (its object, when it has rules,
-- classifies the log reader's records); options: the log reader's
-- (classify = "failures": the sent deliveries are not classified).
function logs.reader(classifier, options)
  local log = classifier.object and classifier.object:logreader(options) or smtperr.logreader(options)
  return setmetatable({
    log = log, classifier = classifier, counts = { dsn = 0 }, lineno = 0,
    records = NONE, dsn = nil,
  }, Reader)
end

function Reader:feed(block)
  return self.log:feed(block)
end

-- One line of a message: the DSN reader's records, then the log reader's.
function Reader:line(s)
  self.records = NONE
  self.lineno = self.lineno + 1
  parse_dsn(self, s)
  local a, b = self.log:line(s)
  if a then emit(self, a) end
  if b then emit(self, b) end
  return self.records
end

-- The end of an input: what its last lines leave.
function Reader:finish()
  self.records = NONE
  flush_dsn(self)
  for _, record in ipairs(self.log:finish()) do emit(self, record) end
  self.lineno = 0
  return self.records
end

function Reader:read(f, emit_records, on_bytes)
  local first, err = f:read(input.LOG_BLOCK)
  if first and looks_like_message(first) then
    local _
    _, err = input.read_lines(input.prepend(first, f), function(line) emit_records(self:line(line)) end,
                              on_bytes)
  else
    while first do
      emit_records(self.log:feed(first))
      if on_bytes then on_bytes(#first) end
      first, err = f:read(input.LOG_BLOCK)
    end
  end
  emit_records(self:finish())
  if err then return nil, err end
  return true
end

function Reader:formats()
  local counts = self.log:stats().formats
  counts.dsn = self.counts.dsn
  return counts
end

function Reader:lines()
  return self.log:stats().lines
end

-- }======================================================================

return logs
