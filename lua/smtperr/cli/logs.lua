-- What scan reads: mail logs, through the module's log reader
-- (smtperr.logreader: Postfix, Exim, Sendmail, OpenSMTPD, qmail, Exchange,
-- PowerMTA, KumoMTA); bounce messages, through smtperr.bounces (an .eml
-- file, each message of an mbox file, each file of a Maildir); and DSN
-- fields (RFC 3464) pasted among log lines, read here. A reader takes its
-- inputs in turn:
--
--   local reader = logs.reader(classifier)   -- smtperr.cli.classifier's
--   reader:read(f, emit [, on_bytes])  reads the open input f (f:read(n)) to
--                      its end, by blocks of input.LOG_BLOCK bytes:
--                      emit(records) for each list of records
--   reader:feed(block) the records of a block of log (no DSN), as follow reads
--   reader:formats()   lines recognised so far, per format (logs.FORMATS; for
--                      "bounce", the bounce messages read)
--   reader:lines()     lines read so far
--
-- An input is read by blocks, straight into the log reader, unless it
-- starts as a mail message (header fields, or an mbox "From " line): then
-- each message of it is a bounce; or its first block holds DSN fields:
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
                 "kumomta", "dsn", "bounce" }

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

-- How the first block of an input starts: "mbox" (a "From " line),
-- "message" (a header field), "dsn" (DSN fields among other lines), or nil.
local function kind_of(block)
  if block:find("^From ") then return "mbox" end
  if block:find("^[%w%-]+:[ \t]") or block:find("^[%w%-]+:\r?\n[ \t]") then return "message" end
  for name in block:gmatch("\n([%a%-]+):") do
    if DSN_FIELDS[name:lower()] then return "dsn" end
  end
  return nil
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
    log = log, classifier = classifier, counts = { dsn = 0, bounce = 0 }, lineno = 0,
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

-- {======================================================================
-- Bounce messages
-- =======================================================================

-- A bounce recipient's DSN action as a delivery status.
local STATUS = { failed = "bounced", delayed = "deferred", delivered = "sent", relayed = "sent",
                 expanded = "sent" }

-- The records of one message whose first line is line 'line' of its input:
-- one per recipient of a bounce or delivery report, as the log reader's.
function Reader:message(text, line)
  local object = self.classifier.object
  local report = object and object:bounces(text) or smtperr.bounces(text)
  self.records = NONE
  if not report or (report.kind ~= "bounce" and report.kind ~= "delay" and report.kind ~= "delivered") then
    return self.records
  end
  for _, x in ipairs(report.recipients) do
    local status = STATUS[x.status] or (x.class == "transient" and "deferred" or "bounced")
    local record = { format = report.format, status = status, line = line, recipient = x.recipient,
                     reply = x.diagnostic, detail = x.diagnostic }
    if status ~= "sent" then
      for k, v in pairs(x) do
        if record[k] == nil then record[k] = v end
      end
      record.remote_host, record.host = x.host or x.remote_mta, nil
    end
    emit(self, record)
  end
  if #report.recipients > 0 then self.counts.bounce = self.counts.bounce + 1 end
  return self.records
end

-- Log lines the log reader has recognised so far.
local function recognised(self)
  local n = 0
  for _, count in pairs(self.log:stats().formats) do n = n + count end
  return n
end

-- Reads the messages of an mbox file (each starts with a "From " line) or
-- the one message of a file, its first block given; emit_records(records)
-- for each. A message longer than input.MAX_MESSAGE is cut there. Its
-- lines go through the log reader too: a message may quote a log (a
-- report mailed by cron). The DSN fields of a message that quotes a log,
-- or that smtperr.bounces does not read as a report (fields pasted alone),
-- are read line by line, as a log's are.
local function read_messages(self, first, f, mbox, emit_records, on_bytes)
  local parts, size, start, lineno, skipping, logged = {}, 0, 1, 0, false, recognised(self)
  local function dsn_lines()
    for i, line in ipairs(parts) do
      self.lineno = start + i - 1
      self.records = NONE
      parse_dsn(self, line)
      emit_records(self.records)
    end
    self.records = NONE
    flush_dsn(self)
    emit_records(self.records)
  end
  local function flush()
    if recognised(self) > logged then
      dsn_lines()
    elseif size > 0 then
      local records = self:message(table.concat(parts, "\n"), start)
      if #records > 0 then emit_records(records) else dsn_lines() end
    end
    parts, size, skipping, logged = {}, 0, false, recognised(self)
  end
  local ok, err = input.read_lines(input.prepend(first, f), function(line)
    lineno = lineno + 1
    local a, b = self.log:line(line)
    if a then emit_records({ a, b }) end
    if mbox and line:find("^From ") then
      flush()
      start = lineno + 1
      return
    end
    if skipping then return end
    size = size + #line + 1
    if size > input.MAX_MESSAGE then skipping = true return end
    parts[#parts + 1] = line
  end, on_bytes)
  flush()
  emit_records(self.log:finish())
  return ok, err
end

-- }======================================================================

function Reader:read(f, emit_records, on_bytes)
  local first, err = f:read(input.LOG_BLOCK)
  local kind = first and kind_of(first)
  if kind == "mbox" or kind == "message" then
    local _
    _, err = read_messages(self, first, f, kind == "mbox", emit_records, on_bytes)
  elseif kind == "dsn" then
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
  counts.bounce = self.counts.bounce
  return counts
end

function Reader:lines()
  return self.log:stats().lines
end

-- }======================================================================

return logs
