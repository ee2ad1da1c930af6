-- smtperr scan: the deliveries of mail logs, classified and summarised,
-- or written one JSON object each as they are read (--jsonl, and the
-- entries of --json), or followed as a log grows (--follow).
local address = require("smtperr.cli.address")
local new_classifier = require("smtperr.cli.classifier").new
local console = require("smtperr.cli.console")
local errors = require("smtperr.cli.errors")
local input = require("smtperr.cli.input")
local json = require("smtperr.cli.json")
local logs = require("smtperr.cli.logs")
local progress = require("smtperr.cli.progress")
local report = require("smtperr.cli.report")
local tally = require("smtperr.cli.tally")
local text = require("smtperr.cli.text")

local scan = {}

-- f, remembering its answers: a log names the same addresses and hosts
-- again and again. What it remembers is dropped at MEMO_MAX answers.
local MEMO_MAX = 10000

local function remembered(f)
  local memo, n = {}, 0
  return function(x)
    if x == nil then return nil end
    local v = memo[x]
    if v == nil then
      v = f(x) or false
      if n == MEMO_MAX then memo, n = {}, 0 end
      memo[x], n = v, n + 1
    end
    return v or nil
  end
end

-- The host name of a relay ("mx.example.org[192.0.2.1]:25", "mx.example.com. [192.0.2.10]").
local host_of = remembered(function(relay)
  local host = relay:gsub("[%[%s(].*$", ""):gsub("%.$", "")
  if not host:find("%a") or not host:find(".", 1, true) then return nil end
  return host
end)

local normalize = remembered(address.normalize)

-- The entry of a record (from smtperr.cli.logs) for one of its recipients
-- (nil: the record names none; the address in the reply stands for it).
function scan.entry_of(record, recipient)
  local r = record
  return {                           -- one constructor: the table is made at its size
    recipient = normalize(recipient) or normalize(r.address), reply = r.reply or r.detail,
    reason = r.reason or "unknown", host = r.remote_host or host_of(r.relay),
    -- the log's fields
    status = r.status, format = r.format, time = r.time, queue_id = r.queue_id, sender = r.sender,
    relay = r.relay, dsn = r.dsn, line = r.line,
    -- the classification's (none without a reason)
    code = r.code, enhanced = r.enhanced, class = r.class, bounce = r.bounce, action = r.action,
    command = r.command, retry_after = r.retry_after, retry = r.retry, provider = r.provider,
  }
end

-- The recipients of a record: several when the log joined them with ','.
local function recipients_of(record)
  local list = {}
  for a in (record.recipient or ""):gmatch("[^,]+") do list[#list + 1] = a end
  if #list == 0 then list[1] = false end
  return list
end

-- Calls fn(a) for each recipient of the record (nil when it names none).
local function each_recipient(record, fn)
  local r = record.recipient
  if r == nil or not r:find(",", 1, true) then return fn(r) end
  for _, a in ipairs(recipients_of(record)) do fn(a or nil) end
end

-- The fields the summary reads of a record (smtperr.logreader's fields).
scan.SUMMARY_FIELDS = { "status", "recipient", "reject", "address", "code", "enhanced", "class", "retry",
                        "reason", "bounce", "action", "command", "retry_after" }

-- {======================================================================
-- Outputs: what each record becomes, as it is read. Each has delivery,
-- failure and reject (record, file), and finish(lang).
-- =======================================================================

-- The summary (and --json): records counted in the tally; with --json,
-- each failure's entry is written as soon as it is found, so that memory
-- does not grow with the log. Without --json, a failure's record serves
-- as its entry.
local function tally_output(found, codec)
  local started = false
  local out = { found = found }
  -- Without --json, a record is its own entry (one per recipient when it has several).
  local function count(record, _, a)
    local e = record.recipient == a and record or setmetatable({}, { __index = record })
    e.recipient = normalize(a) or normalize(record.address)
    e.reason = record.reason or "unknown"
    found:add_failure(e)
  end
  local function write(record, file, a)
    local e = scan.entry_of(record, a)
    e.file = file
    found:add_failure(e)
    console.out(started and "," or '{"entries":[', codec.encode(report.complete_entry(e, codec)))
    started = true
  end
  function out.delivery(record)
    local r = record.recipient
    if r ~= nil and r:find(",", 1, true) then
      for _, a in ipairs(recipients_of(record)) do found:add_delivery(normalize(a)) end
    else
      found:add_delivery(normalize(r))
    end
  end
  function out.failure(record, file)
    local r, take_one = record.recipient, codec and write or count
    if r ~= nil and r:find(",", 1, true) then
      for _, a in ipairs(recipients_of(record)) do take_one(record, file, a) end
    else
      take_one(record, file, r)
    end
  end
  function out.reject() found:add_reject() end
  function out.finish(lang)
    if not codec then
      console.out(report.summary(found, lang))
      return
    end
    local members = report.json_members(found, codec)
    console.out(started and "]," or '{"entries":[],', members, "}\n")
  end
  return out
end

-- --jsonl: every delivery (sent, failed, deferred, refused) as one JSON
-- object a line, as it is read.
local function jsonl_output(found, codec)
  local out = { found = found }
  local function each_entry(record, file, fn)
    each_recipient(record, function(a)
      local e = scan.entry_of(record, a)
      e.file = file
      fn(e)
      console.out(codec.encode(report.complete_entry(e, codec)), "\n")
    end)
  end
  function out.delivery(record, file)
    each_entry(record, file, function(e) found:add_delivery(e.recipient) end)
  end
  function out.failure(record, file)
    each_entry(record, file, function(e) found:add_failure(e) end)
  end
  function out.reject(record, file)
    found:add_reject()
    each_entry(record, file, function(e) e.reject = true end)
  end
  function out.finish() end
  return out
end

-- Sends each record of the list to the output; 'file' is its input.
local function take(records, out, file)
  for i = 1, #records do
    local record = records[i]
    if record.reject then
      out.reject(record, file)
    elseif record.status == "sent" then
      out.delivery(record, file)
    else
      out.failure(record, file)
    end
  end
end

-- }======================================================================

-- Reads the inputs, each record to the output; returns whether every
-- input could be read.
local function read_logs(opts, operands, reader, out)
  local found, meter, file = out.found, progress.new(opts.lang), nil
  local function emit(records) take(records, out, file) end
  local all_read = input.each(operands, {
    file = function(name)
      found.files[#found.files + 1] = text.to_utf8(name)
      file = name
    end,
  }, function(f)
    return reader:read(f, emit, function(n) meter:advance(n, reader:lines(), found.total) end)
  end)
  meter:finish()
  found.lines = reader:lines()
  found.formats = reader:formats()
  return all_read
end

local function lines_recognised(found)
  local n = 0
  for _, count in pairs(found.formats) do n = n + count end
  return n
end

local function check_options(opts, operands)
  if opts.json and opts.jsonl then errors.usage("use --json or --jsonl, not both", "scan") end
  if opts.follow and opts.json then
    errors.usage("--follow writes text or --jsonl: a summary would never end", "scan")
  end
  if opts.follow and #operands > 0 then errors.usage("--follow takes one file, named after it", "scan") end
end

-- Returns 1 when an input could not be read or nothing was recognised, else 0.
function scan.run(opts, operands)
  check_options(opts, operands)
  local classifier = new_classifier(opts)
  local codec = (opts.json or opts.jsonl) and json.load()  -- fail before reading without a JSON library
  if opts.follow then return require("smtperr.cli.follow").run(opts, classifier, codec) end
  local found = tally.new()
  local out = opts.jsonl and jsonl_output(found, codec) or tally_output(found, opts.json and codec)
  local reader = logs.reader(classifier, {
    classify = opts.jsonl and "all" or "failures",
    fields = not (opts.json or opts.jsonl) and scan.SUMMARY_FIELDS or nil,
  })
  local all_read = read_logs(opts, input.expand(operands), reader, out)
  if lines_recognised(found) == 0 then
    if #found.files > 0 then
      local where = #found.files == 1 and found.files[1] ~= "-" and found.files[1] or "the input"
      console.warn("no mail log line or DSN found in " .. where)
    end
    return 1
  end
  out.finish(opts.lang)
  return all_read and 0 or 1
end

scan.take = take

return scan
